// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Drives the real promissa-cli binary, as a user or a script would.

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
}

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(PROMISSA_BIN_DIR "/promissa-cli"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject firstLetter(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "invalid JSON:" << error.errorString();
        return doc.object().value(u"letters"_s).toArray().first().toObject();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void letterJsonHasTheStructure()
    {
        const Run r = cli({u"letter"_s, u"--format"_s, u"json"_s, example});
        QCOMPARE(r.code, 0);
        const QJsonObject letter = firstLetter(r.out);
        const QString text = letter.value(u"text"_s).toString();
        QVERIFY(text.startsWith(u"Geachte voorzitter,"_s));
        QVERIFY(!text.contains(u"[bookmark"_s));
        QVERIFY(!text.contains(u"footnoteRef"_s));

        // Every sentence's offsets cut its text out of the letter text (the
        // example is all in the BMP, so code points equal QString indices).
        const QJsonArray sentences = letter.value(u"sentences"_s).toArray();
        QVERIFY(sentences.size() > 100);
        for (const QJsonValue &v : sentences) {
            const QJsonObject s = v.toObject();
            const int start = s.value(u"start"_s).toInt();
            const int end = s.value(u"end"_s).toInt();
            QCOMPARE(text.mid(start, end - start), s.value(u"text"_s).toString());
        }

        QStringList kinds;
        for (const QJsonValue &v : letter.value(u"paragraphs"_s).toArray())
            kinds << v.toObject().value(u"kind"_s).toString();
        QCOMPARE(kinds.first(), u"salutation"_s);
        QCOMPARE(kinds.count(u"heading"_s), 9);
        QCOMPARE(kinds.count(u"bullet"_s), 3);
        QCOMPARE(kinds.count(u"signature"_s), 2);

        QList<int> notes;
        for (const QJsonValue &v : letter.value(u"footnotes"_s).toArray())
            notes << v.toObject().value(u"number"_s).toInt();
        QCOMPARE(notes, (QList<int>{2, 3, 4}));

        const QJsonArray signatories = letter.value(u"metadata"_s).toObject().value(u"signatories"_s).toArray();
        QCOMPARE(signatories.size(), 2);
        QCOMPARE(signatories.at(1).toObject().value(u"function"_s).toString(), u"De minister van Defensie"_s);
        QCOMPARE(signatories.at(1).toObject().value(u"name"_s).toString(), u"Ruben Brekelmans"_s);
    }

    void letterTextIsReadable()
    {
        const Run r = cli({u"letter"_s, example});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(u"Signatory:   De minister van Buitenlandse Zaken (Caspar Veldkamp)"_s));
        QVERIFY(out.contains(QRegularExpression(u"\\[heading\\]\\n +\\d+\\. Conclusie\\n"_s)));
        QVERIFY(out.contains(u"Footnote 4: Kamerstuk 36 045, nr. 191."_s));
    }

    void badInputGivesClearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing-file") << QStringList{u"letter"_s, u"/nonexistent/brief.txt"_s} << 1 << u"/nonexistent/brief.txt"_s;
        QTest::newRow("unknown-command") << QStringList{u"frobnicate"_s} << 2 << u"unknown command 'frobnicate'"_s;
        QTest::newRow("no-command") << QStringList{} << 2 << u"Usage:"_s;
        QTest::newRow("bad-format") << QStringList{u"letter"_s, u"--format"_s, u"xml"_s, example} << 2 << u"unknown format 'xml'"_s;
        QTest::newRow("no-file") << QStringList{u"analyze"_s} << 2 << u"no letter file given"_s;
        QTest::newRow("bad-date") << QStringList{u"analyze"_s, u"--date"_s, u"4 maart"_s, example} << 2 << u"'4 maart' is not a date"_s;
        QTest::newRow("absurd-date") << QStringList{u"analyze"_s, u"--date"_s, u"2025-02-31"_s, example} << 2 << u"is not a date"_s;
        QTest::newRow("missing-gold") << QStringList{u"evaluate"_s, u"/nonexistent/gold.json"_s, example} << 1 << u"/nonexistent/gold.json"_s;
    }

    void badInputGivesClearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void oneBadFileDoesNotStopTheOthers()
    {
        const Run r = cli({u"letter"_s, u"--format"_s, u"json"_s, u"/nonexistent/a.txt"_s, example});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"/nonexistent/a.txt"_s));
        QVERIFY(firstLetter(r.out).value(u"text"_s).toString().startsWith(u"Geachte"_s));
    }

    void analyzeJsonKeepsTheContract()
    {
        const Run r = cli({u"analyze"_s, u"--format"_s, u"json"_s, example});
        QCOMPARE(r.code, 0);
        const QJsonObject letter = firstLetter(r.out);
        for (const auto key : {u"file", u"text", u"date", u"date_evidence", u"commitments", u"dates", u"references", u"followups"})
            QVERIFY2(letter.contains(key), qPrintable(QString(key)));
        QCOMPARE(letter.value(u"date"_s).toString(), u"2025-03-04"_s);
        QVERIFY(letter.value(u"date_evidence"_s).toString().contains(u"4 maart 2025"_s));

        const QString text = letter.value(u"text"_s).toString();
        const QJsonArray commitments = letter.value(u"commitments"_s).toArray();
        QVERIFY(commitments.size() >= 15);
        for (const QJsonValue &v : commitments) {
            const QJsonObject c = v.toObject();
            for (const auto key : {u"sentence", u"start", u"end", u"phrase", u"kind", u"actor", u"condition", u"negated", u"repeats", u"confidence", u"deadline"})
                QVERIFY2(c.contains(key), qPrintable(QString(key)));
            const int start = c.value(u"start"_s).toInt();
            QCOMPARE(text.mid(start, c.value(u"end"_s).toInt() - start), c.value(u"sentence"_s).toString());
            QVERIFY(c.value(u"sentence"_s).toString().contains(c.value(u"phrase"_s).toString()));
            const QStringList kinds{u"firm"_s, u"ongoing"_s, u"effort"_s, u"intent"_s, u"conditional"_s};
            QVERIFY(kinds.contains(c.value(u"kind"_s).toString()));
        }
        for (const QJsonValue &v : letter.value(u"dates"_s).toArray()) {
            const QJsonObject d = v.toObject();
            for (const auto key : {u"text", u"start", u"end", u"date", u"precision", u"relation"})
                QVERIFY2(d.contains(key), qPrintable(QString(key)));
            const int start = d.value(u"start"_s).toInt();
            QCOMPARE(text.mid(start, d.value(u"end"_s).toInt() - start), d.value(u"text"_s).toString());
        }
        bool motion = false;
        for (const QJsonValue &v : letter.value(u"references"_s).toArray())
            motion |= v.toObject().value(u"kind"_s).toString() == u"motion" && v.toObject().value(u"key"_s).toString() == u"36045-191";
        QVERIFY(motion);
    }

    void dateOptionOverridesTheText()
    {
        const Run r = cli({u"analyze"_s, u"--format"_s, u"json"_s, u"--date"_s, u"2025-03-10"_s, example});
        QCOMPARE(r.code, 0);
        QCOMPARE(firstLetter(r.out).value(u"date"_s).toString(), u"2025-03-10"_s);
    }

    void analyzeTextAndMarkdown_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << u"text"_s << u"Commitments ("_s;
        QTest::newRow("markdown") << u"markdown"_s << u"| # | kind | actor | commitment | deadline |"_s;
    }

    void analyzeTextAndMarkdown()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const Run r = cli({u"analyze"_s, u"--format"_s, format, example});
        QCOMPARE(r.code, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(expected));
    }

    void evaluatePrintsTheTable()
    {
        const Run r = cli({u"evaluate"_s, QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.gold.json"), example});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(u"commitments F1"_s));
        QVERIFY(out.contains(u"letter date             right"_s));
    }

    void emptyLetterIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"leeg.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = cli({u"analyze"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"leeg.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
