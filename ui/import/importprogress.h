// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace Promissa
{

class ImportJob;
struct ImportSummary;
class TrackerSession;

/// The status bar's view of the work that takes time: runs one ImportJob at
/// a time on the session's tracker and shows its count, a progress bar and a
/// Cancel button while it runs (hidden otherwise). When the job ends the
/// session is told that letters changed, then finished() follows.
class ImportProgress : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    explicit ImportProgress(TrackerSession &session, QWidget *parent = nullptr);
    ~ImportProgress() override;

    /// File dialogs for File > Import; empty when the user cancelled.
    static QStringList chooseFiles(QWidget *parent, const QString &folder);
    static QStringList chooseFolder(QWidget *parent, const QString &folder);

    /// False (and nothing starts) while another job runs or no tracker is open.
    bool importPaths(const QStringList &paths);
    bool reanalyse(const QList<qint64> &letterIds);
    void cancel();

    bool isRunning() const
    {
        return m_job != nullptr;
    }
    ImportJob *job() const
    {
        return m_job;
    }
    QLabel *label() const
    {
        return m_label;
    }
    QProgressBar *bar() const
    {
        return m_bar;
    }

Q_SIGNALS:
    void started();
    void finished(const Promissa::ImportSummary &summary, const QStringList &errors);

private:
    bool start(ImportJob *job);

    TrackerSession &m_session;
    QPointer<ImportJob> m_job;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace Promissa
