// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The detector against the gold annotation of the example letter, scored the
// way ANNOTATION.md defines it. These are the acceptance numbers.

#include "analysis/analyzer.h"
#include "analysis/evaluation.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestEvaluation : public QObject
{
    Q_OBJECT

    Evaluation m_result;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto gold = readGoldFile(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.gold.json"));
        QVERIFY2(gold.has_value(), gold ? "" : qPrintable(gold.error().message));
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        m_result = evaluate(*gold, *letter, Analyzer().analyze(*letter));
        qInfo().noquote() << u'\n' + evaluationTable(m_result);
    }

    void commitmentF1() { QVERIFY2(m_result.f1() >= 0.95, qPrintable(u"F1 %1"_s.arg(m_result.f1()))); }
    void everyTrapAvoided() { QCOMPARE(m_result.trapsAvoided.right, m_result.trapsAvoided.total); }
    void everyDateRight()
    {
        QCOMPARE(m_result.dates.total, 24);
        QCOMPARE(m_result.dates.right, m_result.dates.total);
    }
    void everyDeadlineRight()
    {
        QCOMPARE(m_result.deadlines.total, 5);
        QCOMPARE(m_result.deadlines.right, m_result.deadlines.total);
    }
    void everyReferenceFound()
    {
        QCOMPARE(m_result.references.total, 5);
        QCOMPARE(m_result.references.right, m_result.references.total);
    }
    void letterDate() { QVERIFY(m_result.letterDateRight); }

    void theScorerCanFail()
    {
        // An empty analysis must score zero: the acceptance numbers above
        // come from the detector, not from the scorer.
        const auto gold = readGoldFile(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.gold.json"));
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        const Evaluation none = evaluate(*gold, *letter, Analysis{});
        QCOMPARE(none.truePositives, 0);
        QCOMPARE(none.f1(), 0.0);
        QCOMPARE(none.dates.right, 0);
        QCOMPARE(none.references.right, 0);
        QVERIFY(!none.letterDateRight);
    }

    void badGoldFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"/nonexistent/gold.json"_s << u"cannot open"_s;
        QTest::newRow("not-json") << QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt") << u"not valid JSON"_s;
    }

    void badGoldFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto gold = readGoldFile(path);
        QVERIFY(!gold.has_value());
        QVERIFY(gold.error().message.contains(path));
        QVERIFY(gold.error().message.contains(message));
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
