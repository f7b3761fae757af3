// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "importprogress.h"

#include "importjob.h"
#include "session/trackersession.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Promissa
{

ImportProgress::ImportProgress(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"importProgress"_s);
    m_label = new QLabel;
    m_label->setObjectName(u"importCount"_s);
    m_bar = new QProgressBar;
    //: Accessible name of the progress bar in the status bar
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    auto *cancelButton = new QToolButton;
    cancelButton->setObjectName(u"cancelImport"_s);
    cancelButton->setIcon(QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_DialogCancelButton)));
    //: Status bar button that stops the running import
    cancelButton->setText(tr("Cancel"));
    //: Tooltip of the Cancel button
    cancelButton->setToolTip(tr("Stop after the letter being imported now"));
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(cancelButton, &QToolButton::clicked, this, &ImportProgress::cancel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(cancelButton);
    hide();
}

ImportProgress::~ImportProgress() = default;

QStringList ImportProgress::chooseFiles(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileNames(parent,
                                         //: File dialog title
                                         tr("Import Letters"),
                                         folder,
                                         //: File dialog filter; keep the patterns in brackets
                                         tr("Letters (%1);;All files (*)").arg(ImportJob::letterPatterns().join(u' ')));
}

QStringList ImportProgress::chooseFolder(QWidget *parent, const QString &folder)
{
    //: Folder dialog title
    const QString chosen = QFileDialog::getExistingDirectory(parent, tr("Import a Folder of Letters"), folder);
    return chosen.isEmpty() ? QStringList() : QStringList{chosen};
}

bool ImportProgress::importPaths(const QStringList &paths)
{
    if (m_job || !m_session.isOpen() || paths.isEmpty())
        return false;
    auto *job = new ImportJob(m_session, this);
    job->setPaths(paths);
    return start(job);
}

bool ImportProgress::reanalyse(const QList<qint64> &letterIds)
{
    if (m_job || !m_session.isOpen() || letterIds.isEmpty())
        return false;
    auto *job = new ImportJob(m_session, this);
    job->setReanalysis(letterIds);
    return start(job);
}

void ImportProgress::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ImportProgress::start(ImportJob *job)
{
    m_job = job;
    connect(job, &ImportJob::progress, this, [this](int done, int total, const QString &file) {
        m_bar->setRange(0, std::max(total, 1));
        m_bar->setValue(done);
        m_label->setText(file.isEmpty() ? /*: Status bar during an import: %1 letters done of %2 */ tr("%1 of %2").arg(done).arg(total)
                                        : /*: Status bar during an import: %1 letters done of %2, %3 the current file */
                                          tr("%1 of %2: %3").arg(done).arg(total).arg(file));
    });
    connect(job, &ImportJob::finished, this, [this, job](const ImportSummary &summary, const QStringList &errors) {
        job->deleteLater();
        m_job = nullptr;
        hide();
        m_session.notifyLettersChanged();
        Q_EMIT finished(summary, errors);
    });
    m_bar->setRange(0, 0); // busy until the files are counted
    m_label->clear();
    show();
    job->start();
    Q_EMIT started();
    return true;
}

} // namespace Promissa
