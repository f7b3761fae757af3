// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Four letters in tests/data/blind/ were written and annotated by someone who
// had not seen the detector, in genres the other test letters lack (answers
// to Kamervragen, a web-page copy, a geannoteerde agenda, pdftotext -layout
// output). Their first run, before any fix they prompted, scored commitment
// F1 0.824 / 0.900 / 0.909 / 0.870 (micro 0.878), 28 of 35 dates and 23 of
// 24 references right, and the letter date wrong in one. The fixes they led
// to are general rules with composed test sentences of their own; these
// floors keep what those fixes reached, one error short of it.

#include "analysis/analyzer.h"
#include "analysis/evaluation.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestBlindLetters : public QObject
{
    Q_OBJECT

    Evaluation m_total;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scores_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("minF1");
        QTest::addColumn<int>("minDeadlines");
        QTest::newRow("bzk-kamervragen") << u"kamervragen-2023-06-06-bzk-schimmel"_s << 0.9 << 3;
        QTest::newRow("fin-web-copy") << u"kamerbrief-2024-03-22-fin-tussenstand"_s << 0.9 << 5;
        // Two deadlines need a meeting named earlier in the letter ("tijdens
        // de Raad") and "binnen de gebruikelijke termijn van zes weken".
        QTest::newRow("lnv-geannoteerde-agenda") << u"geannoteerde-agenda-2023-11-08-lnv-lvr"_s << 0.9 << 1;
        QTest::newRow("szw-pdftotext-layout") << u"kamerbrief-2025-04-10-szw-schijnzelfstandigheid"_s << 0.9 << 7;
    }

    void scores()
    {
        QFETCH(QString, name);
        QFETCH(double, minF1);
        QFETCH(int, minDeadlines);
        const QString base = QStringLiteral(PROMISSA_TEST_DATA "/blind/") + name;
        const auto gold = readGoldFile(base + u".gold.json"_s);
        QVERIFY2(gold.has_value(), gold ? "" : qPrintable(gold.error().message));
        const auto letter = importLetter(base + u".txt"_s);
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        const Evaluation e = evaluate(*gold, *letter, Analyzer().analyze(*letter));
        qInfo().noquote() << u'\n' + name + u'\n' + evaluationTable(e);

        m_total.truePositives += e.truePositives;
        m_total.falsePositives += e.falsePositives;
        m_total.falseNegatives += e.falseNegatives;

        QVERIFY(e.letterDateRight);
        QCOMPARE(e.dates.right, e.dates.total);
        QCOMPARE(e.references.right, e.references.total);
        QVERIFY2(e.deadlines.right >= minDeadlines, qPrintable(u"%1 deadlines right"_s.arg(e.deadlines.right)));
        QVERIFY2(e.f1() >= minF1, qPrintable(u"F1 %1 under the floor %2"_s.arg(e.f1()).arg(minF1)));
    }

    void microAveragedF1()
    {
        qInfo().noquote() << u"micro-averaged: precision %1, recall %2, F1 %3"_s.arg(m_total.precision(), 0, 'f', 3)
                                 .arg(m_total.recall(), 0, 'f', 3)
                                 .arg(m_total.f1(), 0, 'f', 3);
        QVERIFY(m_total.truePositives > 0);
        QVERIFY2(m_total.f1() >= 0.95, qPrintable(u"F1 %1"_s.arg(m_total.f1())));
    }
};

QTEST_GUILESS_MAIN(TestBlindLetters)
#include "tst_blindletters.moc"
