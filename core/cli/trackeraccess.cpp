// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/trackeraccess.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Promissa
{

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Failed:
        return 1;
    case Error::Kind::NotFound:
        return 3;
    case Error::Kind::Conflict:
        return 4;
    case Error::Kind::Refused:
        return 5;
    }
    return 1;
}

int report(QTextStream &err, const Error &error)
{
    err << error.message << '\n';
    return exitCodeFor(error);
}

void addTrackerOptions(CommandLine &cl)
{
    cl.parser.addOption(QCommandLineOption(u"db"_s,
                                           u"The tracker: a SQLite file or a postgresql:// URL (default: $PROMISSA_DB, else %1)."_s.arg(Tracker::defaultLocation()),
                                           u"db"_s));
    cl.parser.addOption(QCommandLineOption(u"author"_s, u"Who makes the change (default: $PROMISSA_AUTHOR, else the account name)."_s, u"name"_s));
}

Expected<std::unique_ptr<Tracker>> openTracker(const CommandLine &cl, bool readOnly)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString location = cl.parser.value(u"db"_s);
    if (location.isEmpty())
        location = env.value(u"PROMISSA_DB"_s);
    if (location.isEmpty())
        location = Tracker::defaultLocation();
    TrackerOptions options;
    options.author = cl.parser.value(u"author"_s);
    if (options.author.isEmpty())
        options.author = env.value(u"PROMISSA_AUTHOR"_s);
    options.readOnly = readOnly;
    options.create = !readOnly;
    const QString today = env.value(u"PROMISSA_TODAY"_s);
    if (!today.isEmpty()) {
        options.today = QDate::fromString(today, Qt::ISODate);
        if (!options.today.isValid())
            return fail(u"PROMISSA_TODAY: '%1' is not a date of the form YYYY-MM-DD"_s.arg(today));
    }
    return Tracker::open(location, options);
}

} // namespace Promissa
