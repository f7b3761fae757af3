// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/tracker.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace Promissa
{

class Analyzer;
class TrackerSession;

/// What an import or re-analysis did, for the status bar and the log.
struct ImportSummary {
    int total = 0; ///< letters (files or tracked letters) it set out to do
    int done = 0; ///< letters it got through, successfully or not
    int imported = 0; ///< new letters stored
    int alreadyPresent = 0; ///< files whose letter the tracker had already
    int failed = 0;
    int commitmentsAdded = 0;
    int suggestionsAdded = 0;
    int reanalysed = 0;
    bool cancelled = false;
    qint64 lastLetterId = 0; ///< the last letter imported or found, to show it
};

/// Imports many files and folders, or re-analyses tracked letters, on a
/// worker thread so that the window stays responsive. The worker opens its
/// own Tracker on the session's location: a database connection belongs to
/// the thread that made it. Each letter is one transaction in the tracker, and
/// cancel() is checked between letters, so a cancelled import leaves whole
/// letters only.
///
/// The signals are emitted on the thread the job lives on (the GUI thread).
/// The Analyzer must outlive the job; it is safe to share between threads.
class ImportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(const QString &location, const TrackerOptions &options, const Analyzer &analyzer, QObject *parent = nullptr);
    /// A job on the session's tracker, with its analyzer and author.
    ImportJob(const TrackerSession &session, QObject *parent = nullptr);
    ~ImportJob() override;

    /// Files and folders to import (folders are searched recursively for
    /// letter files, in name order). Call before start().
    void setPaths(const QStringList &paths);
    /// Tracked letters to analyse again. Call before start().
    void setReanalysis(const QList<qint64> &letterIds);

    void start();
    bool isRunning() const;
    /// Stops after the letter being imported now; finished() follows.
    void cancel();

    /// The letter files among paths, with folders expanded (sorted by name).
    static QStringList letterFiles(const QStringList &paths);
    /// File name patterns of the formats the importer reads.
    static QStringList letterPatterns();

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    /// `errors` holds one message per letter that failed (naming its file).
    void finished(const Promissa::ImportSummary &summary, const QStringList &errors);

private:
    void work();

    QString m_location;
    TrackerOptions m_options;
    const Analyzer &m_analyzer;
    QStringList m_paths;
    QList<qint64> m_letterIds;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Promissa

Q_DECLARE_METATYPE(Promissa::ImportSummary)
