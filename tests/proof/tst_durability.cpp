// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Promissa keeps years of a team's work. These tests kill the programs that
// write to a tracker at random moments, and fill the disk under them, and
// check that the database is sound, holds whole letters only, and keeps
// every edit that was committed before the blow.

#include "proofsupport.h"
#include "trackertestsupport.h"

#include "analysis/analyzer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilledAtRandomMoments();
    void editSessionKilledAtRandomMoments();
    void diskFullLeavesNothingHalfWritten();

private:
    static constexpr int Kills = 100;
};

void TestDurability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(Proof::cliPath()), qPrintable(Proof::cliPath()));
    QVERIFY2(QFileInfo::exists(Proof::workerPath()), qPrintable(Proof::workerPath()));
}

// promissa-cli import of a few letters, killed with SIGKILL at a random
// moment of its run, a hundred times over on one database.
void TestDurability::importKilledAtRandomMoments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"tracker.promissa"_s);
    constexpr int perRun = 6;

    // Uninterrupted runs: how long an import takes here (the second run, on
    // a database that exists), so that the kills land inside a run, from
    // start-up to the last commit, rather than after it.
    QHash<QString, int> expected;
    int runMs = 0;
    for (const QString &tag : {u"calibration-a"_s, u"calibration-b"_s}) {
        const QStringList files = Proof::makeLetters(dir.path(), tag, perRun);
        expected.insert(Proof::expectedCommitments(files));
        QElapsedTimer clock;
        clock.start();
        QProcess cli;
        Proof::start(cli, Proof::cliPath(), QStringList{u"import"_s, u"--db"_s, db} + files);
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        runMs = int(clock.elapsed());
        // Every letter is new: none is skipped as already present.
        const QByteArray summary = QByteArray::number(perRun) + " of " + QByteArray::number(perRun) + " letters added";
        QVERIFY2(cli.readAllStandardError().contains(summary),
                 "the made letters are not all different");
    }
    qInfo("one uninterrupted import of %d letters: %d ms", perRun, runMs);

    QRandomGenerator random(20250304);
    QSet<qint64> survivors;
    {
        QString error;
        auto tracker = TrackerTest::openTracker(db, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        QVERIFY(Proof::checkWholeLetters(*tracker, expected, &survivors).isEmpty());
        QCOMPARE(survivors.size(), 2 * perRun);
    }
    int killedMidway = 0;
    int killedBetweenLetters = 0; // some of the run's letters were stored, not all
    for (int round = 0; round < Kills; ++round) {
        const QStringList files = Proof::makeLetters(dir.path(), u"round%1"_s.arg(round), perRun);
        expected.insert(Proof::expectedCommitments(files));

        QProcess cli;
        Proof::start(cli, Proof::cliPath(), QStringList{u"import"_s, u"--db"_s, db} + files);
        QVERIFY(cli.waitForStarted());
        // Anywhere from start-up to the last commit (a run killed this way
        // takes a little longer than the calibration: the next one recovers
        // the journal of the last).
        QTest::qWait(int(random.bounded(runMs * 13 / 10 + 1)));
        if (cli.state() == QProcess::Running) {
            ++killedMidway;
            cli.kill(); // SIGKILL
            QVERIFY(cli.waitForFinished(30000));
        }

        const QString integrity = Proof::integrityCheck(db);
        QVERIFY2(integrity == u"ok", qPrintable(u"after kill %1: integrity_check says %2"_s.arg(round).arg(integrity)));
        QString error;
        auto tracker = TrackerTest::openTracker(db, {}, &error);
        QVERIFY2(tracker, qPrintable(u"after kill %1: %2"_s.arg(round).arg(error)));
        QSet<qint64> now;
        const QString whole = Proof::checkWholeLetters(*tracker, expected, &now);
        QVERIFY2(whole.isEmpty(), qPrintable(u"after kill %1: %2"_s.arg(round).arg(whole)));
        // What was there before this kill is there still.
        QVERIFY2(now.contains(survivors), qPrintable(u"after kill %1 letters went missing"_s.arg(round)));
        const qsizetype added = now.size() - survivors.size();
        killedBetweenLetters += (added > 0 && added < perRun);
        if (qEnvironmentVariableIsSet("PROOF_VERBOSE"))
            qInfo("round %d: %lld letters stored", round, qint64(added));
        survivors = now;
    }
    qInfo("%d of %d kills landed while the import was still running, %d of them after some of its letters were stored; "
          "%lld letters survived whole",
          killedMidway, Kills, killedBetweenLetters, qint64(survivors.size()));
    // The proof means something only when most kills hit a running import,
    // and a fair number of them between two letters of one run.
    QVERIFY2(killedMidway >= Kills / 2, qPrintable(u"only %1 kills hit a running import"_s.arg(killedMidway)));
    QVERIFY2(killedBetweenLetters >= Kills / 20, qPrintable(u"only %1 kills fell between letters"_s.arg(killedBetweenLetters)));
}

// A session of status changes and notes, killed with SIGKILL at random
// moments: every edit it reported as committed is still in the database.
void TestDurability::editSessionKilledAtRandomMoments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"tracker.promissa"_s);
    {
        QString error;
        auto tracker = TrackerTest::openTracker(db, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        const Analyzer analyzer;
        for (const QString &file : Proof::makeLetters(dir.path(), u"edits"_s, 2))
            QVERIFY(tracker->importFile(file, analyzer));
    }

    QRandomGenerator random(20250415);
    int committed = 0;
    for (int round = 0; round < Kills; ++round) {
        const QString author = u"proef-%1"_s.arg(round);
        QProcess worker;
        Proof::start(worker, Proof::workerPath(), {u"edit"_s, db, author, QString::number(round), u"0"_s});
        QVERIFY(worker.waitForStarted());
        // The kill falls at a random moment of the editing, not of the
        // start-up (which a sanitizer build makes slow): after the first
        // edit the session reports.
        QVERIFY2(worker.waitForReadyRead(60000), qPrintable(u"the worker reported no edit: "_s + QString::fromUtf8(worker.readAllStandardError())));
        QTest::qWait(int(random.bounded(300)));
        QVERIFY2(worker.state() == QProcess::Running,
                 qPrintable(u"the worker stopped by itself: "_s + QString::fromUtf8(worker.readAllStandardError())));
        worker.kill();
        QVERIFY(worker.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(worker.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

        const QString integrity = Proof::integrityCheck(db);
        QVERIFY2(integrity == u"ok", qPrintable(u"after kill %1: integrity_check says %2"_s.arg(round).arg(integrity)));
        QString error;
        auto tracker = TrackerTest::openTracker(db, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        for (const QString &line : lines) {
            const QStringList f = line.split(u' ');
            if (f.first() == u"status") {
                QCOMPARE(f.size(), 4);
                auto now = tracker->commitment(f.at(1));
                QVERIFY2(now, qPrintable(line));
                QVERIFY2(now->revision >= f.at(2).toInt(), qPrintable(u"%1: revision now %2"_s.arg(line).arg(now->revision)));
                auto history = tracker->history(f.at(1));
                QVERIFY(history);
                const bool recorded = std::any_of(history->cbegin(), history->cend(), [&](const HistoryEntry &h) {
                    return h.field == u"status" && h.author == author && h.newValue == f.at(3);
                });
                QVERIFY2(recorded, qPrintable(u"after kill %1 the history lacks: %2"_s.arg(round).arg(line)));
                ++committed;
            } else if (f.first() == u"note") {
                QCOMPARE(f.size(), 3);
                auto notes = tracker->notes(f.at(2).toLongLong());
                QVERIFY(notes);
                const bool kept = std::any_of(notes->cbegin(), notes->cend(), [&](const Note &n) { return n.id == f.at(1); });
                QVERIFY2(kept, qPrintable(u"after kill %1 the note is gone: %2"_s.arg(round).arg(line)));
                ++committed;
            }
        }
    }
    qInfo("%d committed edits checked after %d kills", committed, Kills);
    QVERIFY2(committed >= Kills, "the sessions committed too few edits to prove anything");
}

// The disk fills up in the middle of an import (a file size limit stands in
// for a full disk): a clear error, and the database as it was before.
void TestDurability::diskFullLeavesNothingHalfWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"tracker.promissa"_s);
    const QStringList before = Proof::makeLetters(dir.path(), u"before"_s, 2);
    const QStringList after = Proof::makeLetters(dir.path(), u"after"_s, 12);
    QHash<QString, int> expected = Proof::expectedCommitments(before);
    expected.insert(Proof::expectedCommitments(after));
    QSet<qint64> stored;
    {
        QString error;
        auto tracker = TrackerTest::openTracker(db, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        const Analyzer analyzer;
        for (const QString &file : before)
            QVERIFY(tracker->importFile(file, analyzer));
        QVERIFY(Proof::checkWholeLetters(*tracker, expected, &stored).isEmpty());
    }
    QCOMPARE(stored.size(), 2);

    // Room for a little more than the database has now, not for 12 letters.
    const qint64 limit = QFileInfo(db).size() + 48 * 1024;
    QProcess cli;
    Proof::start(cli, Proof::cliPath(), QStringList{u"import"_s, u"--db"_s, db} + after, [limit] {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
        rlimit rl{rlim_t(limit), rlim_t(limit)};
        setrlimit(RLIMIT_FSIZE, &rl);
    });
    QVERIFY(cli.waitForFinished(120000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit, "promissa-cli crashed when the disk was full");
    QVERIFY2(cli.exitCode() != 0, qPrintable(u"the import claimed success: "_s + err));
    // The message names the tracker and says what went wrong.
    QVERIFY2(err.contains(u"tracker.promissa"_s), qPrintable(err));

    QCOMPARE(Proof::integrityCheck(db), u"ok"_s);
    QString error;
    auto tracker = TrackerTest::openTracker(db, {}, &error);
    QVERIFY2(tracker, qPrintable(error));
    QSet<qint64> now;
    const QString whole = Proof::checkWholeLetters(*tracker, expected, &now);
    QVERIFY2(whole.isEmpty(), qPrintable(whole));
    QVERIFY(now.contains(stored));
    QVERIFY2(now.size() < 2 + after.size(), "all letters fitted: the limit did not bite");
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
