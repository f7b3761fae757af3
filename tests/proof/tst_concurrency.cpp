// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Several processes at once on one tracker (a SQLite file, or one PostgreSQL
// database when the PostgreSQL fixture runs): two import letters, four edit
// the same commitments. No update may be lost, every refused edit must have
// been reported as a conflict, and the database stays sound.

#include "proofsupport.h"
#include "trackertestsupport.h"

#include "analysis/analyzer.h"

#include <QMultiHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importersAndEditorsAtOnce();
};

void TestConcurrency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConcurrency::importersAndEditorsAtOnce()
{
    TrackerTest::FreshLocation where;
    QVERIFY2(where.isValid(), qPrintable(where.error()));
    const QString location = where.location();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QString error;
        auto tracker = TrackerTest::openTracker(location, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        const Analyzer analyzer;
        for (const QString &file : Proof::makeLetters(dir.path(), u"seed"_s, 2))
            QVERIFY(tracker->importFile(file, analyzer));
    }
    const QStringList batchA = Proof::makeLetters(dir.path(), u"importer-a"_s, 5);
    const QStringList batchB = Proof::makeLetters(dir.path(), u"importer-b"_s, 5);
    QHash<QString, int> expected = Proof::expectedCommitments(batchA);
    expected.insert(Proof::expectedCommitments(batchB));

    constexpr int Editors = 4;
    constexpr int EditsEach = 40;
    std::vector<std::unique_ptr<QProcess>> processes;
    auto launch = [&](const QStringList &args) {
        processes.push_back(std::make_unique<QProcess>());
        Proof::start(*processes.back(), Proof::workerPath(), args);
    };
    launch(QStringList{u"import"_s, location} + batchA);
    launch(QStringList{u"import"_s, location} + batchB);
    for (int i = 0; i < Editors; ++i)
        launch({u"edit"_s, location, u"editor-%1"_s.arg(i), QString::number(1000 + i), QString::number(EditsEach)});

    // What each editor says it committed, per commitment: revision -> status.
    QHash<QString, QHash<int, QString>> saved;
    int conflicts = 0;
    int notes = 0;
    int imported = 0;
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(300000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
        for (const QString &line : QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u' ');
            if (f.first() == u"status") {
                const int revision = f.at(2).toInt();
                // Two editors both told "saved" on the same revision would be
                // a lost update: the second one overwrote the first unseen.
                QVERIFY2(!saved[f.at(1)].contains(revision), qPrintable(u"revision %1 of %2 was saved twice"_s.arg(revision).arg(f.at(1))));
                saved[f.at(1)].insert(revision, f.at(3));
            } else if (f.first() == u"conflict") {
                ++conflicts;
            } else if (f.first() == u"note") {
                ++notes;
            } else if (f.first() == u"imported") {
                ++imported;
            }
        }
    }
    QCOMPARE(imported, batchA.size() + batchB.size());

    QCOMPARE(Proof::integrityCheck(location), u"ok"_s);
    QString error;
    auto tracker = TrackerTest::openTracker(location, {}, &error);
    QVERIFY2(tracker, qPrintable(error));
    QCOMPARE(Proof::checkWholeLetters(*tracker, expected), QString());

    int statusEdits = 0;
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        auto now = tracker->commitment(it.key());
        QVERIFY(now);
        auto history = tracker->history(it.key());
        QVERIFY(history);
        // Every saved edit is in the history, and the history holds no edit
        // of an editor that nobody was told was saved.
        qsizetype recorded = 0;
        for (const HistoryEntry &h : *history)
            recorded += (h.field == u"status" && h.author.startsWith(u"editor-"));
        QCOMPARE(recorded, it->size());
        // The newest saved edit is what the commitment says now.
        const int newest = *std::max_element(it->keyBegin(), it->keyEnd());
        QCOMPARE(statusName(now->status), it->value(newest));
        statusEdits += int(it->size());
    }
    qInfo("%d status edits saved, %d refused as conflicts, %d notes, %d letters imported, on %s",
          statusEdits, conflicts, notes, imported, TrackerTest::usesPostgres() ? "PostgreSQL" : "SQLite");
    QCOMPARE(statusEdits + conflicts + notes, Editors * EditsEach);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
