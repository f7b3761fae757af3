// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The tracker commands of the real promissa-cli binary, as a script uses
// them: import, list, show, status, history, search, link, merge and
// import-register; --db and $PROMISSA_DB; the exit codes 0 to 5 and messages
// that name the file.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString followUp = QStringLiteral(PROMISSA_TEST_DATA "/tracker/kamerbrief-2025-04-25-oekraine-financiering.txt");
const QString registerJson = QStringLiteral(PROMISSA_TEST_DATA "/import/xml/toezeggingen.json");
} // namespace

class TestCliTracker : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
        QByteArray raw; ///< stdout as bytes
    };

    /// Runs promissa-cli with a pinned author and today, and a data folder
    /// of its own (so the default tracker is never the user's).
    Run cli(const QStringList &args, const QString &envDb = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PROMISSA_AUTHOR"_s, u"tester"_s);
        env.insert(u"PROMISSA_TODAY"_s, u"2025-05-01"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        env.remove(u"PROMISSA_DB"_s);
        if (!envDb.isEmpty())
            env.insert(u"PROMISSA_DB"_s, envDb);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PROMISSA_BIN_DIR "/promissa-cli"), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        const QByteArray out = p.readAllStandardOutput();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(out), QString::fromUtf8(p.readAllStandardError()), out};
    }

    /// `args` with "--db DB" after the command.
    QStringList on(QStringList args) const
    {
        args.insert(1, u"--db"_s);
        args.insert(2, m_db);
        return args;
    }

    QJsonArray jsonList(const QStringList &extra = {}, const QString &key = u"commitments"_s)
    {
        const Run r = cli(on(QStringList{u"list"_s, u"--format"_s, u"json"_s} + extra));
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(key).toArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(u"team.promissa"_s);
        const Run r = cli(on({u"import"_s, example}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void importingTwiceAddsNothing()
    {
        const Run r = cli(on({u"import"_s, example}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"already in the tracker as letter 1"_s), qPrintable(r.out));
        QCOMPARE(jsonList().size(), 20);
    }

    void importOfManyFilesShowsProgress()
    {
        const QString folder = m_dir->filePath(u"brieven"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(followUp, folder + u"/b.txt"_s));
        QVERIFY(QFile::copy(example, folder + u"/a.txt"_s));
        const Run r = cli(on({u"import"_s, folder, u"/nonexistent/c.txt"_s}));
        QCOMPARE(r.code, 1); // one file could not be read
        QVERIFY2(r.err.contains(u"[1/3] "_s + folder + u"/a.txt"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"[3/3] /nonexistent/c.txt"_s));
        QVERIFY(r.err.contains(u"/nonexistent/c.txt does not exist"_s));
        QVERIFY2(r.err.contains(u"1 of 3 letters added"_s), qPrintable(r.err));
        QVERIFY(r.out.contains(u"a.txt: already in the tracker"_s));
        QVERIFY(QRegularExpression(u"b\\.txt: letter 2, \\d+ commitments, \\d+ link suggestions"_s).match(r.out).hasMatch());
    }

    void listFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void listFormats()
    {
        QFETCH(QString, format);
        const Run r = cli(on({u"list"_s, u"--format"_s, format}));
        QCOMPARE(r.code, 0);
        if (format == u"text") {
            QVERIFY(r.out.contains(u"PR-2025-0001  open"_s));
            QVERIFY(r.out.endsWith(u"20 commitments\n"_s));
        } else if (format == u"json") {
            const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"commitments"_s).toArray();
            QCOMPARE(list.size(), 20);
            QVERIFY(list.first().toObject().contains(u"overdue"_s));
        } else {
            QVERIFY(r.raw.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel wants
            QCOMPARE(r.out.count(u'\n') - 1, 20); // a header and one line a commitment
            QVERIFY(r.out.section(u'\n', 0, 0).contains(u';'));
        }
    }

    void listFilters()
    {
        QVERIFY(cli(on({u"import"_s, followUp})).code == 0);
        const QJsonArray all = jsonList();
        const QJsonArray second = jsonList({u"--letter"_s, u"2"_s});
        QVERIFY(!second.isEmpty() && second.size() < all.size());
        for (const QJsonValue &v : second)
            QCOMPARE(v.toObject().value(u"letter"_s).toInteger(), 2);

        const QJsonArray early = jsonList({u"--due-before"_s, u"2025-07-01"_s});
        QVERIFY(!early.isEmpty() && early.size() < all.size());
        for (const QJsonValue &v : early) {
            const QString date = v.toObject().value(u"deadline"_s).toObject().value(u"date"_s).toString();
            QVERIFY2(!date.isEmpty() && date < u"2025-07-01", qPrintable(date));
        }

        QVERIFY(cli(on({u"status"_s, u"PR-2025-0008"_s, u"Voldaan"_s})).code == 0);
        QCOMPARE(jsonList({u"--status"_s, u"Afgedaan"_s}).size(), 1); // the register's words, through the table
        QCOMPARE(jsonList({u"--status"_s, u"open"_s}).size(), all.size() - 1);
    }

    void showStatusAndHistory()
    {
        Run r = cli(on({u"show"_s, u"PR-2025-0008"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"PR-2025-0008 ("_s));
        QVERIFY(r.out.contains(u"  status:    open"_s));
        QVERIFY(r.out.contains(u"revision 1"_s));

        r = cli(on({u"status"_s, u"PR-2025-0008"_s, u"done"_s, u"--reason"_s, u"brief van 25 april"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"PR-2025-0008: open -> done (revision 2)\n"_s);

        r = cli(on({u"history"_s, u"PR-2025-0008"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"tester  status: open -> done  (brief van 25 april)"_s), qPrintable(r.out));
        const QJsonArray rows = QJsonDocument::fromJson(cli(on({u"history"_s, u"--format"_s, u"json"_s, u"PR-2025-0008"_s})).out.toUtf8())
                                    .object()
                                    .value(u"history"_s)
                                    .toArray();
        QCOMPARE(rows.size(), 2);
    }

    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("1-unreadable-letter") << QStringList{u"import"_s, u"/nonexistent/brief.txt"_s} << 1 << u"/nonexistent/brief.txt"_s;
        QTest::newRow("2-unknown-status") << QStringList{u"status"_s, u"PR-2025-0001"_s, u"misschien"_s} << 2 << u"unknown status \"misschien\""_s;
        QTest::newRow("2-bad-date") << QStringList{u"list"_s, u"--due-before"_s, u"1 juli"_s} << 2 << u"--due-before: '1 juli' is not a date"_s;
        QTest::newRow("2-bad-format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s} << 2 << u"unknown format 'xml'"_s;
        QTest::newRow("2-bad-status-filter") << QStringList{u"list"_s, u"--status"_s, u"bijna"_s} << 2 << u"--status: "_s;
        QTest::newRow("2-bad-link-type") << QStringList{u"link"_s, u"add"_s, u"PR-2025-0015"_s, u"herhaalt"_s, u"PR-2025-0001"_s} << 2
                                         << u"unknown link type 'herhaalt'"_s;
        QTest::newRow("3-unknown-commitment") << QStringList{u"show"_s, u"PR-2025-9999"_s} << 3 << u"no commitment \"PR-2025-9999\""_s;
        QTest::newRow("3-unknown-suggestion") << QStringList{u"link"_s, u"confirm"_s, u"4242"_s} << 3 << u"4242"_s;
        QTest::newRow("3-missing-register") << QStringList{u"import-register"_s, u"/nonexistent/register.json"_s} << 3 << u"/nonexistent/register.json"_s;
        QTest::newRow("4-stale-revision") << QStringList{u"status"_s, u"PR-2025-0003"_s, u"done"_s, u"--revision"_s, u"7"_s} << 4 << u"PR-2025-0003 was changed"_s;
    }

    void exitCodesAndMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(on(args));
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refusedDatabaseIsExitCode5()
    {
        const QString notOurs = m_dir->filePath(u"notities.txt"_s);
        QFile f(notOurs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'x'));
        f.close();
        const Run r = cli({u"list"_s, u"--db"_s, notOurs});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(notOurs + u" is not a Promissa tracker"_s), qPrintable(r.err));
    }

    void databaseFromTheEnvironment()
    {
        // No --db: $PROMISSA_DB names the tracker.
        const QString other = m_dir->filePath(u"env.promissa"_s);
        Run r = cli({u"import"_s, followUp}, other);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(other));
        r = cli({u"list"_s, u"--format"_s, u"json"_s, u"--db"_s, other});
        const int n = int(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"commitments"_s).toArray().size());
        QVERIFY(n > 0 && n != 20);
        // --db wins over the environment.
        r = cli(on({u"list"_s}), other);
        QVERIFY(r.out.endsWith(u"20 commitments\n"_s));
        // Neither: the default tracker in the (test) data folder.
        r = cli({u"import"_s, example});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"letter 1, 20 commitments"_s));
    }

    void search()
    {
        const Run r = cli(on({u"search"_s, u"Voorjaarsnota"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"letter 1"_s));
        QVERIFY(QRegularExpression(u"^PR-2025-\\d{4}"_s, QRegularExpression::MultilineOption).match(r.out).hasMatch());
        QVERIFY(!r.out.endsWith(u"\n0 hits\n"_s));
        QVERIFY(cli(on({u"search"_s, u"zwartezwaan"_s})).out.endsWith(u"0 hits\n"_s));
    }

    void links()
    {
        QVERIFY(cli(on({u"import"_s, followUp})).code == 0);
        const QJsonArray pending = QJsonDocument::fromJson(cli(on({u"link"_s, u"suggest"_s, u"--format"_s, u"json"_s})).out.toUtf8())
                                       .object()
                                       .value(u"suggestions"_s)
                                       .toArray();
        QVERIFY(pending.size() >= 2);
        const QString first = QString::number(pending.at(0).toObject().value(u"id"_s).toInteger());
        const QString second = QString::number(pending.at(1).toObject().value(u"id"_s).toInteger());
        Run r = cli(on({u"link"_s, u"suggest"_s}));
        QVERIFY(r.out.endsWith(u"%1 pending suggestions\n"_s.arg(pending.size())));
        // People read commitment numbers, not the UUIDs the JSON carries.
        const QRegularExpression suggestionLine(u"^%1  (PR-\\d{4}-\\d{4}|letter \\d+) [a-z]+ PR-\\d{4}-\\d{4}  score "_s.arg(first),
                                                QRegularExpression::MultilineOption);
        QVERIFY2(suggestionLine.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY(!r.out.contains(pending.at(0).toObject().value(u"toCommitment"_s).toString()));

        r = cli(on({u"link"_s, u"confirm"_s, first}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"suggestion %1 confirmed"_s.arg(first)));
        r = cli(on({u"link"_s, u"reject"_s, second}));
        QCOMPARE(r.code, 0);
        QVERIFY(cli(on({u"link"_s, u"suggest"_s})).out.endsWith(u"%1 pending suggestions\n"_s.arg(pending.size() - 2)));

        r = cli(on({u"link"_s, u"add"_s, u"PR-2025-0015"_s, u"repeats"_s, u"PR-2025-0001"_s, u"--reason"_s, u"dezelfde"_s}));
        QCOMPARE(r.code, 0);
        const QRegularExpressionMatch made = QRegularExpression(u"^link (\\d+): PR-2025-0015 repeats PR-2025-0001"_s).match(r.out);
        QVERIFY2(made.hasMatch(), qPrintable(r.out));
        r = cli(on({u"link"_s, u"list"_s, u"PR-2025-0001"_s}));
        QCOMPARE(r.out, made.captured(1) + u"  PR-2025-0015 repeats PR-2025-0001\n"_s);
        r = cli(on({u"link"_s, u"remove"_s, made.captured(1)}));
        QCOMPARE(r.code, 0);
        QCOMPARE(cli(on({u"link"_s, u"list"_s, u"PR-2025-0001"_s})).out, QString());
        QCOMPARE(cli(on({u"link"_s, u"remove"_s, made.captured(1)})).code, 3);
    }

    void merge()
    {
        const QString other = m_dir->filePath(u"bert.promissa"_s);
        QVERIFY(cli({u"import"_s, u"--db"_s, other, u"--author"_s, u"bert"_s, example, followUp}).code == 0);
        QVERIFY(cli({u"status"_s, u"--db"_s, other, u"--author"_s, u"bert"_s, u"PR-2025-0002"_s, u"done"_s}).code == 0);
        Run r = cli(on({u"merge"_s, other}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"letters added: 1\n"_s) && r.out.contains(u"commitments updated: 1\n"_s) && r.out.contains(u"conflicts: 0\n"_s),
                 qPrintable(r.out));
        r = cli(on({u"merge"_s, other}));
        QVERIFY2(r.out.contains(u"letters added: 0\ncommitments added: 0\ncommitments updated: 0\n"_s), qPrintable(r.out));
        QCOMPARE(cli(on({u"merge"_s, m_dir->filePath(u"nobody.promissa"_s)})).code, 3);
    }

    void importRegister()
    {
        Run r = cli(on({u"import-register"_s, registerJson}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, registerJson + u": 4 added, 0 updated, 0 unchanged, 0 linked to letters\n"_s);
        r = cli(on({u"import-register"_s, registerJson}));
        QCOMPARE(r.out, registerJson + u": 0 added, 0 updated, 4 unchanged, 0 linked to letters\n"_s);
        const QJsonArray done = jsonList({u"--status"_s, u"Voldaan"_s});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().toObject().value(u"origin"_s).toString(), u"official"_s);
        QVERIFY(cli(on({u"import-register"_s, u"--help"_s})).out.contains(u"Toezegging"_s));
        QVERIFY(cli({u"--help"_s}).out.contains(u"import-register"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliTracker)
#include "tst_clitracker.moc"
