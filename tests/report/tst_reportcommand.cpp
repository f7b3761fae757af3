// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// `promissa-cli report` end to end through a real tracker: a SQLite file
// with the example letter imported and one status changed, then the command
// with every output, its filters and its usage errors.

#include "icalendarchecker.h"
#include "reportcommand.h"

#include "analysis/analyzer.h"
#include "import/xml/toezeggingreader.h"
#include "tracker/tracker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    TrackedCommitment m_done; ///< the commitment whose status the test changed
    int m_count = 0; ///< commitments in the tracker

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run report(const QStringList &args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = runReportCommand(QStringList{u"promissa-cli report"_s} + args, out, err);
        out.flush();
        err.flush();
        return r;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray read(const QString &fileName)
    {
        QFile f(fileName);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = path(u"tracker.promissa"_s);
        TrackerOptions options;
        options.author = u"anna"_s;
        auto tracker = Tracker::open(m_db, options);
        QVERIFY2(tracker, qPrintable(tracker ? QString() : tracker.error().message));
        const Analyzer analyzer;
        const auto imported = (*tracker)->importFile(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"), analyzer);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        const auto all = (*tracker)->commitments();
        QVERIFY(all && all->size() >= 3);
        m_count = int(all->size());
        CommitmentEdit edit;
        edit.id = all->at(1).id;
        edit.baseRevision = all->at(1).revision;
        edit.status = Status::Done;
        edit.reason = u"Afgedaan in het commissiedebat van 12 juni"_s;
        const auto updated = (*tracker)->updateCommitment(edit);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        m_done = *updated;
        qputenv("PROMISSA_TODAY", "2025-06-20");
        qputenv("SOURCE_DATE_EPOCH", "1750413600"); // 2025-06-20 10:00 UTC
    }

    void writesEveryOutput()
    {
        const Run r = report({u"--db"_s, m_db, u"--pdf"_s, path(u"r.pdf"_s), u"--csv"_s, path(u"r.csv"_s), u"--json"_s, path(u"r.json"_s),
                              u"--ics"_s, path(u"r.ics"_s), u"--toezeggingen"_s, path(u"t.json"_s), u"--author"_s, u"bert"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"%1 commitments"_s.arg(m_count)));

        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path(u"r.pdf"_s), u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60000));
        // Whitespace simplified: the narrow status column wraps the reason.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString &expected : {m_done.number, u"Voldaan"_s, u"“Afgedaan in het commissiedebat van 12 juni”"_s, u"Pagina 1 van"_s, u"bert"_s, m_db,
                                        u"20 juni 2025"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));

        QCOMPARE(read(path(u"r.csv"_s)).count("\r\n"), m_count + 1);

        const QJsonObject json = QJsonDocument::fromJson(read(path(u"r.json"_s))).object();
        const QJsonArray commitments = json.value(u"commitments"_s).toArray();
        QCOMPARE(commitments.size(), m_count);
        const auto done = std::find_if(commitments.begin(), commitments.end(), [&](const QJsonValue &v) {
            return v.toObject().value(u"id"_s).toString() == m_done.id;
        });
        QVERIFY(done != commitments.end());
        const QJsonObject change = done->toObject().value(u"lastStatusChange"_s).toObject();
        QCOMPARE(change.value(u"new"_s).toString(), u"done"_s);
        QCOMPARE(change.value(u"reason"_s).toString(), u"Afgedaan in het commissiedebat van 12 juni"_s);
        QCOMPARE(json.value(u"author"_s).toString(), u"bert"_s);

        const ICalCheck ics = checkICalendar(read(path(u"r.ics"_s)));
        QVERIFY2(ics.problems.isEmpty(), qPrintable(ics.problems.join(u'\n')));
        QCOMPARE(ics.calendar.children.first().one(u"DTSTAMP"_s).value, u"20250620T100000Z"_s);

        const auto official = readToezeggingen(read(path(u"t.json"_s)), u"t.json"_s);
        QVERIFY2(official, qPrintable(official ? QString() : official.error().message));
        QCOMPARE(official->size(), m_count);
        const auto record = std::find_if(official->cbegin(), official->cend(), [&](const OfficialCommitment &c) {
            return c.id == m_done.id;
        });
        QVERIFY(record != official->cend());
        QCOMPARE(record->status, u"Voldaan"_s);
        QCOMPARE(record->nummer, m_done.number);
    }

    void filtersSelect_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<bool>("doneIncluded");
        QTest::newRow("status-by-register-word") << QStringList{u"--status"_s, u"Voldaan"_s} << true;
        QTest::newRow("status-open-leaves-it-out") << QStringList{u"--status"_s, u"open"_s} << false;
        QTest::newRow("letter") << QStringList{u"--letter"_s, u"1"_s} << true;
    }

    void filtersSelect()
    {
        QFETCH(QStringList, filter);
        QFETCH(bool, doneIncluded);
        const Run r = report(QStringList{u"--db"_s, m_db, u"--csv"_s, path(u"f.csv"_s)} + filter);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(read(path(u"f.csv"_s)).contains(m_done.id.toUtf8()), doneIncluded);
    }

    void groupingAndLanguage()
    {
        const Run r = report({u"--db"_s, m_db, u"--pdf"_s, path(u"en.pdf"_s), u"--language"_s, u"en"_s, u"--group-by"_s, u"status"_s, u"--pdfa"_s,
                              u"--title"_s, u"Ukraine commitments"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path(u"en.pdf"_s), u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.startsWith(u"Ukraine commitments"_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
        QVERIFY(text.indexOf(u"Open ("_s) < text.indexOf(u"Done ("_s));
        QVERIFY(read(path(u"en.pdf"_s)).contains("pdfaid:part"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-output") << QStringList{} << 2 << u"no output given"_s;
        QTest::newRow("unknown-grouping") << QStringList{u"--csv"_s, u"x.csv"_s, u"--group-by"_s, u"week"_s} << 2 << u"--group-by: 'week'"_s;
        QTest::newRow("unknown-language") << QStringList{u"--csv"_s, u"x.csv"_s, u"--language"_s, u"de"_s} << 2 << u"--language: 'de'"_s;
        QTest::newRow("bad-date") << QStringList{u"--csv"_s, u"x.csv"_s, u"--due-before"_s, u"1-7-2025"_s} << 2 << u"YYYY-MM-DD"_s;
        QTest::newRow("pdfa-without-pdf") << QStringList{u"--csv"_s, u"x.csv"_s, u"--pdfa"_s} << 2 << u"--pdfa needs --pdf"_s;
        QTest::newRow("unknown-status") << QStringList{u"--csv"_s, u"x.csv"_s, u"--status"_s, u"klaar"_s} << 2 << u"--status"_s;
        QTest::newRow("unknown-kind") << QStringList{u"--csv"_s, u"x.csv"_s, u"--kind"_s, u"vague"_s} << 2 << u"--kind: unknown kind 'vague'"_s;
        QTest::newRow("stray-argument") << QStringList{u"--csv"_s, u"x.csv"_s, u"extra"_s} << 2 << u"unexpected argument 'extra'"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = report(QStringList{u"--db"_s, m_db} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void missingDatabaseIsNotCreated()
    {
        const QString missing = path(u"nowhere.promissa"_s);
        const Run r = report({u"--db"_s, missing, u"--csv"_s, path(u"m.csv"_s)});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(path(u"m.csv"_s)));
    }

    void unwritableOutputNamesTheFile()
    {
        const QString target = path(u"no/such/folder/r.csv"_s);
        const Run r = report({u"--db"_s, m_db, u"--csv"_s, target});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(target), qPrintable(r.err));
    }
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
