// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The whole pipeline on hostile or degenerate input: sane output or a clear
// error, never a crash or a hang.

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestAnalyzer : public QObject
{
    Q_OBJECT

    Analyzer m_analyzer;

    Analysis analyzeText(const QString &text, QDate date = QDate(2025, 3, 4))
    {
        const auto letter = importLetterData(text.toUtf8(), u"test.txt"_s);
        if (!letter) {
            qWarning().noquote() << letter.error().message;
            return {};
        }
        AnalyzerOptions options;
        options.letterDate = date;
        return m_analyzer.analyze(*letter, options);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyLetterIsAnError()
    {
        const auto letter = importLetterData(QByteArray(), u"leeg.txt"_s);
        QVERIFY(!letter.has_value());
        QVERIFY(letter.error().message.contains(u"leeg.txt"_s));
    }

    void letterWithoutSentencesFindsNothing()
    {
        const Analysis a = analyzeText(u"Geachte voorzitter,\n\nHoogachtend,\n"_s);
        QVERIFY(a.commitments.isEmpty());
        QVERIFY(a.followUps.isEmpty());
        QVERIFY(a.references.isEmpty());
    }

    void absurdDatesAreNotDates()
    {
        const Analysis a = analyzeText(u"Het kabinet zal op 31 februari 2025 een besluit nemen. Op 32 maart gebeurde niets.\n"_s);
        for (const TimeExpression &t : a.times)
            QVERIFY2(!t.text.contains(u"februari"_s) && !t.text.contains(u"maart"_s), qPrintable(t.text));
        QCOMPARE(a.commitments.size(), 1);
    }

    void letterDateFromTheTextOrToday()
    {
        const auto letter = importLetterData("Geachte voorzitter,\n\nHet kabinet zal uw Kamer informeren.\n", u"kaal.txt"_s);
        QVERIFY(letter.has_value());
        const Analysis a = m_analyzer.analyze(*letter);
        QCOMPARE(a.letterDate.date, QDate::currentDate());
        QVERIFY(a.letterDate.evidence.contains(u"today"_s));
    }

    void hugeSingleLineFinishesInLinearTime_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("sentences") << u"Het kabinet zal op korte termijn een besluit nemen over 36 045, nr. 191 en de motie Van Dijk. "_s;
        QTest::newRow("no-full-stops") << u"het kabinet zal en de regering blijft en wij zetten ons in voor 6 maart jl "_s;
        QTest::newRow("dates-only") << u"6 maart 2025 24 februari jl. 1-2-2025 Q2 2025 "_s;
        QTest::newRow("punctuation") << u"... ,,, ;;; ((( ))) ''' “” -- "_s;
    }

    void hugeSingleLineFinishesInLinearTime()
    {
        QFETCH(QString, unit);
        // Time 128 KB and 1 MB of the same text: linear work grows about 8x;
        // anything quadratic grows about 64x. The factor is generous so that
        // a busy machine does not make this flaky.
        auto timeFor = [&](qsizetype bytes) {
            QString text;
            while (text.size() < bytes)
                text += unit;
            QElapsedTimer timer;
            timer.start();
            const Analysis a = analyzeText(text);
            Q_UNUSED(a);
            return std::max<qint64>(timer.elapsed(), 5);
        };
        const qint64 small = timeFor(128 * 1024);
        const qint64 large = timeFor(1024 * 1024);
        qInfo("128 KB: %lld ms, 1 MB: %lld ms", small, large);
        QVERIFY2(large < small * 30, qPrintable(u"%1 ms vs %2 ms"_s.arg(large).arg(small)));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
