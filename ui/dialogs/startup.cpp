// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "startup.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "messagebox.h"
#include "session/trackersession.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Promissa
{

QString Startup::configuredLocation(const Settings &settings)
{
    const QString location = settings.databaseLocation();
    return location.isEmpty() ? Tracker::defaultLocation() : location;
}

Expected<void> Startup::openTracker(TrackerSession &session, const Settings &settings, const QString &location)
{
    TrackerOptions options;
    options.author = settings.authorName();
    return session.open(location.isEmpty() ? configuredLocation(settings) : location, options);
}

QString Startup::chooseNewTracker(QWidget *parent, const Settings &settings)
{
    QString file = QFileDialog::getSaveFileName(parent,
                                                //: File dialog title
                                                tr("New Tracker"),
                                                QFileInfo(configuredLocation(settings)).absolutePath(),
                                                //: File dialog filter; keep the pattern in brackets
                                                tr("Promissa trackers (*.promissa)"));
    if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
        file += u".promissa"_s;
    return file;
}

QString Startup::chooseTracker(QWidget *parent, const Settings &settings)
{
    return QFileDialog::getOpenFileName(parent,
                                        //: File dialog title
                                        tr("Open Tracker"),
                                        QFileInfo(configuredLocation(settings)).absolutePath(),
                                        //: File dialog filter; keep the patterns in brackets
                                        tr("Promissa trackers (*.promissa);;All files (*)"));
}

bool Startup::isFirstRun(const Settings &settings)
{
    return settings.databaseLocation().isEmpty() && !QFileInfo::exists(Tracker::defaultLocation());
}

bool Startup::offerFirstRun(QWidget *parent, Settings &settings, TrackerSession &session)
{
    const QString location = Tracker::defaultLocation();
    const bool create = MessageBox::ask(parent,
                                        //: First run: title of the question
                                        tr("Welcome to Promissa"),
                                        //: First run; %1 is the path of the new tracker file
                                        tr("Promissa keeps the commitments it finds in a tracker. "
                                           "Create a tracker in %1 and import an example letter to try it out?\n\n"
                                           "You can choose another file or a shared PostgreSQL database later in Settings.")
                                            .arg(QDir::toNativeSeparators(location)),
                                        //: First run: button that creates the tracker
                                        tr("Create Tracker"),
                                        //: First run: button that starts without a tracker
                                        tr("Not Now"));
    if (!create)
        return false;
    if (auto opened = openTracker(session, settings, location); !opened) {
        //: Title of an error message
        MessageBox::critical(parent, tr("Could not create the tracker"), opened.error().message);
        return false;
    }
    settings.setDatabaseLocation(location);
    settings.sync();
    if (auto example = importExample(session); !example) {
        //: Title of an error message
        MessageBox::warning(parent, tr("Could not import the example letter"), example.error().message);
    }
    return true;
}

QString Startup::exampleResource()
{
    return u":/examples/kamerbrief-2025-03-04-oekraine.txt"_s;
}

Expected<qint64> Startup::importExample(TrackerSession &session)
{
    Tracker *tracker = session.tracker();
    if (!tracker)
        return fail(tr("No tracker is open."));
    QFile file(exampleResource());
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(file.fileName(), file.errorString()));
    auto letter = importLetterData(file.readAll(), QFileInfo(file.fileName()).fileName());
    if (!letter)
        return std::unexpected(letter.error());
    auto imported = tracker->importLetter(*letter, session.analyzer().analyze(*letter));
    if (!imported)
        return std::unexpected(imported.error());
    session.notifyLettersChanged();
    return imported->letterId;
}

} // namespace Promissa
