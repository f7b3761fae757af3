// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "importjob.h"

#include "analysis/analyzer.h"
#include "session/trackersession.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
TrackerOptions optionsOf(const TrackerSession &session)
{
    TrackerOptions options;
    if (const Tracker *tracker = session.tracker()) {
        options.author = tracker->author();
        options.today = tracker->today();
    }
    options.create = false; // the session made it already
    return options;
}
} // namespace

ImportJob::ImportJob(const QString &location, const TrackerOptions &options, const Analyzer &analyzer, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_options(options)
    , m_analyzer(analyzer)
{
    qRegisterMetaType<Promissa::ImportSummary>();
}

ImportJob::ImportJob(const TrackerSession &session, QObject *parent)
    : ImportJob(session.tracker() ? session.tracker()->location() : session.location(), optionsOf(session), session.analyzer(), parent)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::setPaths(const QStringList &paths)
{
    m_paths = paths;
}

void ImportJob::setReanalysis(const QList<qint64> &letterIds)
{
    m_letterIds = letterIds;
}

QStringList ImportJob::letterPatterns()
{
    return {u"*.txt"_s, u"*.kamerbrief"_s, u"*.docx"_s, u"*.pdf"_s, u"*.xml"_s};
}

QStringList ImportJob::letterFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            // A file named on purpose is tried whatever its extension; the
            // importer says what is wrong with it if it cannot be read.
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, letterPatterns(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::ranges::sort(found);
        files.append(found);
    }
    return files;
}

bool ImportJob::isRunning() const
{
    return m_thread != nullptr;
}

void ImportJob::cancel()
{
    m_cancelled.store(true);
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_cancelled.store(false);
    m_thread = QThread::create([this] {
        work();
    });
    m_thread->setObjectName(u"promissa-import"_s);
    m_thread->start(QThread::LowPriority);
}

void ImportJob::work()
{
    // Runs on the worker thread: it may touch only its own Tracker, the
    // shared (const, thread-safe) Analyzer and the atomic flag. Results go
    // back through queued calls, which Qt drops if the job is gone.
    ImportSummary summary;
    QStringList errors;
    const auto report = [this](auto &&call) {
        QMetaObject::invokeMethod(this, std::forward<decltype(call)>(call), Qt::QueuedConnection);
    };
    const auto finish = [&] {
        report([this, summary, errors] {
            if (m_thread) {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
            }
            Q_EMIT finished(summary, errors);
        });
    };

    auto opened = Tracker::open(m_location, m_options);
    if (!opened) {
        errors.append(opened.error().message);
        summary.failed = 1;
        finish();
        return;
    }
    Tracker &tracker = **opened;

    const bool reanalysis = !m_letterIds.isEmpty();
    const QStringList files = reanalysis ? QStringList() : letterFiles(m_paths);
    summary.total = int(reanalysis ? m_letterIds.size() : files.size());

    for (int i = 0; i < summary.total; ++i) {
        if (m_cancelled.load()) {
            summary.cancelled = true;
            break;
        }
        QString name;
        if (reanalysis) {
            const qint64 letterId = m_letterIds.at(i);
            auto letter = tracker.letterModel(letterId);
            name = letter ? QFileInfo(letter->fileName).fileName() : QString::number(letterId);
            report([this, done = i, total = summary.total, name] {
                Q_EMIT progress(done, total, name);
            });
            if (!letter) {
                errors.append(letter.error().message);
                ++summary.failed;
            } else if (auto result = tracker.reanalyze(letterId, m_analyzer.analyze(*letter)); !result) {
                errors.append(result.error().message);
                ++summary.failed;
            } else {
                ++summary.reanalysed;
                summary.commitmentsAdded += result->added;
                summary.lastLetterId = letterId;
            }
        } else {
            const QString &file = files.at(i);
            name = QFileInfo(file).fileName();
            report([this, done = i, total = summary.total, name] {
                Q_EMIT progress(done, total, name);
            });
            auto result = tracker.importFile(file, m_analyzer);
            if (!result) {
                errors.append(result.error().message);
                ++summary.failed;
            } else {
                if (result->alreadyPresent)
                    ++summary.alreadyPresent;
                else
                    ++summary.imported;
                summary.commitmentsAdded += result->commitmentsAdded;
                summary.suggestionsAdded += result->suggestionsAdded;
                summary.lastLetterId = result->letterId;
            }
        }
        summary.done = i + 1;
    }
    report([this, done = summary.done, total = summary.total] {
        Q_EMIT progress(done, total, QString());
    });
    finish();
}

} // namespace Promissa
