// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/letterdate.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

/// A letter built by hand: one paragraph per line, one sentence per paragraph.
Letter makeLetter(const QStringList &lines)
{
    Letter letter;
    letter.fileName = u"hand.txt"_s;
    letter.text = lines.join(u'\n');
    qsizetype pos = 0;
    for (const QString &line : lines) {
        const TextRange range{ pos, pos + line.size() };
        letter.paragraphs.append(Paragraph{ ParagraphKind::Body, range });
        letter.sentences.append(Sentence{ range, int(letter.paragraphs.size() - 1) });
        pos += line.size() + 1;
    }
    return letter;
}

} // namespace

class TestLetterDate : public QObject
{
    Q_OBJECT

private:
    TimeParser m_parser;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto calendar = EventCalendar::builtIn();
        QVERIFY(calendar.has_value());
        m_parser = TimeParser(*calendar);
    }

    void exampleLetter()
    {
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        const LetterDate result = inferLetterDate(*letter, m_parser);
        QCOMPARE(result.date, QDate(2025, 3, 4));
        QVERIFY2(result.evidence.contains(u"Verzonden op 4 maart 2025"_s), qPrintable(result.evidence));
        QVERIFY2(result.evidence.contains(u"vandaag"_s), qPrintable(result.evidence));
        QVERIFY2(result.evidence.contains(u"latest jl. date 2 maart"_s), qPrintable(result.evidence));
        QVERIFY2(result.evidence.contains(u"earliest a.s. date 6 maart"_s), qPrintable(result.evidence));
        if (!letter->footnotes.isEmpty()) {
            QVERIFY2(result.evidence.startsWith(u"footnote 3 "_s), qPrintable(result.evidence));
        }
    }

    void footnoteCalledToday()
    {
        // A later full date in the text must not win over the one the text
        // calls today.
        Letter letter = makeLetter({ u"Uw Kamer ontving vandaag de kabinetsreactie."_s,
            u"Op 2 maart jl. sprak de minister-president; de Raad van 6 maart a.s. volgt."_s,
            u"Het advies van 20 mei 2024 blijft leidend."_s,
            u"Verzonden op 4 maart 2025."_s });
        const qsizetype noteStart = letter.text.indexOf(u"Verzonden"_s);
        letter.paragraphs.last().kind = ParagraphKind::Footnote;
        letter.footnotes.append(Footnote{ 3, TextRange{ noteStart, letter.text.size() }, { letter.text.indexOf(u" de kabinetsreactie."_s) + 20 } });
        const LetterDate result = inferLetterDate(letter, m_parser);
        QCOMPARE(result.date, QDate(2025, 3, 4));
        QCOMPARE(result.evidence, u"footnote 3 'Verzonden op 4 maart 2025' with 'vandaag'; latest jl. date 2 maart, earliest a.s. date 6 maart"_s);
    }

    void datumLineWins_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("Datum line in the text") << QStringList{ u"Datum 12 mei 2024"_s, u"Betreft Voortgang"_s, u"Op 6 maart 2025 volgt meer."_s }
                                                << QDate(2024, 5, 12) << u"Datum line 'Datum 12 mei 2024'"_s;
        QTest::newRow("Datum with colon") << QStringList{ u"Datum: 12 mei 2024"_s, u"Op 6 maart 2025 volgt meer."_s } << QDate(2024, 5, 12)
                                          << u"Datum line 'Datum: 12 mei 2024'"_s;
        QTest::newRow("dated closing line") << QStringList{
            u"Geachte voorzitter,"_s, u"Op 1 juni jl. sprak ik met de NAVO."_s, u"Den Haag, 3 juni 2024"_s, u"De minister van Defensie,"_s
        } << QDate(2024, 6, 3) << u"dated closing line 'Den Haag, 3 juni 2024'"_s;
    }

    void datumLineWins()
    {
        QFETCH(QStringList, lines);
        QFETCH(QDate, date);
        QFETCH(QString, evidence);
        const LetterDate result = inferLetterDate(makeLetter(lines), m_parser);
        QCOMPARE(result.date, date);
        QCOMPARE(result.evidence, evidence);
    }

    void metadataDate()
    {
        Letter letter = makeLetter({ u"Geachte voorzitter,"_s, u"Verzonden op 4 maart 2025."_s });
        letter.metadata.date = QDate(2024, 5, 12);
        letter.metadata.dateText = u"12 mei 2024"_s;
        const LetterDate result = inferLetterDate(letter, m_parser);
        QCOMPARE(result.date, QDate(2024, 5, 12));
        QCOMPARE(result.evidence, u"Datum line '12 mei 2024'"_s);
    }

    void boundsPickAmongFullDates()
    {
        // No "vandaag": the latest full date that lies between the jl. and
        // a.s. dates, not the later deadline.
        const Letter letter = makeLetter({ u"Op 10 april jl. sprak ik de minister; op 20 april a.s. volgt een top."_s,
            u"Het rapport van 14 april 2025 ligt voor."_s,
            u"De wet treedt in werking op 1 januari 2026."_s });
        const LetterDate result = inferLetterDate(letter, m_parser);
        QCOMPARE(result.date, QDate(2025, 4, 14));
        QVERIFY2(result.evidence.contains(u"14 april 2025"_s), qPrintable(result.evidence));
        QVERIFY2(result.evidence.contains(u"latest jl. date 10 april, earliest a.s. date 20 april"_s), qPrintable(result.evidence));
    }

    void noEvidence_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("no dates at all") << QStringList{ u"Geachte voorzitter,"_s, u"Het kabinet steunt Oekraïne."_s };
        QTest::newRow("only dates without a year") << QStringList{ u"Op 24 februari jl. sprak ik de minister."_s, u"Op 6 maart a.s. volgt meer."_s };
        QTest::newRow("only vague and relative") << QStringList{ u"Binnenkort volgt een brief, uiterlijk volgend jaar."_s };
    }

    void noEvidence()
    {
        QFETCH(QStringList, lines);
        const LetterDate result = inferLetterDate(makeLetter(lines), m_parser);
        QVERIFY(!result.date.isValid());
        QVERIFY2(result.evidence.startsWith(u"no evidence"_s), qPrintable(result.evidence));
    }
};

QTEST_GUILESS_MAIN(TestLetterDate)
#include "tst_letterdate.moc"
