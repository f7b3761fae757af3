// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The pipeline on letters it was not tuned on: PDF-to-text Kamerbrieven of
// other ministries and years (tests/data/letters), scored against gold files
// annotated before the letters were first run. The floors sit a little under
// what the pipeline measured when they were set, so a regression fails.

#include "analysis/analyzer.h"
#include "analysis/evaluation.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QString letterPath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA "/letters/") + name + u".txt"_s;
}

QString goldPath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA "/letters/") + name + u".gold.json"_s;
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

    Evaluation m_total; ///< micro-averaged over the letters, for the table

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void structure_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("ministry");
        QTest::addColumn<int>("signatories");
        QTest::addColumn<int>("footnotes");
        QTest::addColumn<QString>("beforeFirstMarker"); // the words the first marker was glued to
        QTest::addColumn<QString>("keptNumber"); // ordinary text that starts with or holds a number

        QTest::newRow("ocw-two-pages-notes-after-signature")
            << u"kamerbrief-2023-10-09-ocw-lerarentekort"_s << u"Voortgang aanpak lerarentekort"_s << u"Primair en Voortgezet Onderwijs"_s << 1 << 3
            << u"de motie-Van Meenen"_s << u"ruim 9.700 voltijdbanen"_s;
        QTest::newRow("vws-marker-after-year-two-line-ministry")
            << u"kamerbrief-2024-06-12-vws-ggz"_s << u"Voortgang aanpak wachttijden ggz"_s << u"Volksgezondheid, Welzijn en Sport"_s << 1 << 2
            << u"In de brief van 20 december 2023"_s << u"stel ik 150 extra opleidingsplaatsen"_s;
        QTest::newRow("jenv-column-notes-two-signatures")
            << u"kamerbrief-2022-11-04-jenv-asielopvang"_s << u"Stand van zaken asielopvang en instroom"_s << u"Justitie en Veiligheid"_s << 2 << 2
            << u"In de brief van 26 augustus jl."_s << u"onder de 2.000 personen"_s;
        QTest::newRow("kgg-bullets-long-column")
            << u"kamerbrief-2024-11-15-kgg-netcongestie"_s << u"Voortgang Landelijk Actieprogramma Netcongestie"_s << u"Klimaat en Groene Groei"_s << 1
            << 1 << u"In mijn brief van 8 juli jl."_s << u"ruim 100.000 kilometer kabel"_s;
    }

    void structure()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QFETCH(QString, ministry);
        QFETCH(int, signatories);
        QFETCH(int, footnotes);
        QFETCH(QString, beforeFirstMarker);
        QFETCH(QString, keptNumber);

        const auto letter = importLetter(letterPath(name));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        QCOMPARE(letter->metadata.subject, subject);
        QCOMPARE(letter->metadata.ministry, ministry);
        QCOMPARE(letter->metadata.signatories.size(), signatories);
        for (const Signatory &s : letter->metadata.signatories)
            QVERIFY2(!s.name.isEmpty(), qPrintable(s.function));
        QVERIFY(letter->metadata.date.isValid());

        // Footnotes: numbered from 1, each with its marker in the body, and
        // the marker digits gone from the text.
        QCOMPARE(letter->footnotes.size(), footnotes);
        qsizetype bodyEnd = letter->text.size();
        for (qsizetype i = 0; i < letter->footnotes.size(); ++i) {
            const Footnote &note = letter->footnotes.at(i);
            QCOMPARE(note.number, int(i) + 1);
            QVERIFY2(!letter->slice(note.range).isEmpty(), qPrintable(u"note %1 is empty"_s.arg(note.number)));
            QVERIFY2(!note.markers.isEmpty(), qPrintable(u"note %1 has no marker"_s.arg(note.number)));
            bodyEnd = std::min(bodyEnd, note.range.start);
        }
        const qsizetype marker = letter->footnotes.first().markers.first();
        QVERIFY2(QStringView(letter->text).first(marker).endsWith(beforeFirstMarker),
                 qPrintable(u"text before marker 1: \"%1\""_s.arg(QStringView(letter->text).mid(marker - 40, 40))));
        QVERIFY2(letter->text.contains(keptNumber), qPrintable(keptNumber));

        // No page furniture or column lines between the salutation and the notes.
        static const QStringList furniture{u"Pagina "_s, u"Retouradres"_s, u"Postbus"_s, u"rijksoverheid.nl"_s, u"Kenmerk"_s, u"kenmerk"_s,
                                           u"Den Haag"_s, u"Directie"_s, u"Directoraat"_s, u"Bijlage"_s};
        for (const Paragraph &p : letter->paragraphs) {
            if (p.kind != ParagraphKind::Body && p.kind != ParagraphKind::Heading && p.kind != ParagraphKind::Bullet)
                continue;
            QVERIFY(p.range.end <= bodyEnd);
            const QStringView text = letter->slice(p.range);
            for (const QString &f : furniture)
                QVERIFY2(!text.contains(f), qPrintable(u"\"%1\" in: %2"_s.arg(f, text)));
            // A date line of a repeated page header would stand alone.
            QVERIFY2(text != letter->metadata.dateText, qPrintable(text.toString()));
        }
    }

    // A paragraph that runs over a page break is one paragraph, one sentence.
    void paragraphOverPageBreak()
    {
        const auto letter = importLetter(letterPath(u"kamerbrief-2024-06-12-vws-ggz"_s));
        QVERIFY(letter.has_value());
        const qsizetype at = letter->text.indexOf(u"maar dat de administratieve lasten voor psychiaters en de rechtspraak hoog zijn."_s);
        QVERIFY(at >= 0);
        const int s = letter->sentenceAt(at);
        QVERIFY(s >= 0);
        QVERIFY(letter->slice(letter->sentences.at(s).range).startsWith(u"Uit het concept blijkt"_s));
    }

    void scores_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("minF1");
        QTest::addColumn<int>("dates");
        QTest::addColumn<int>("references");

        // Measured F1 when first set: 95.2%, 81.8%, 82.4%, 90.0%; raised after
        // the detector fixes of h9 measured 100% on all four. The floors
        // allow one miss or false alarm per letter.
        QTest::newRow("ocw-2023") << u"kamerbrief-2023-10-09-ocw-lerarentekort"_s << 0.94 << 7 << 6;
        QTest::newRow("vws-2024") << u"kamerbrief-2024-06-12-vws-ggz"_s << 0.94 << 6 << 4;
        QTest::newRow("jenv-2022") << u"kamerbrief-2022-11-04-jenv-asielopvang"_s << 0.94 << 10 << 6;
        QTest::newRow("kgg-2024") << u"kamerbrief-2024-11-15-kgg-netcongestie"_s << 0.94 << 6 << 4;
    }

    void scores()
    {
        QFETCH(QString, name);
        QFETCH(double, minF1);
        QFETCH(int, dates);
        QFETCH(int, references);

        const auto gold = readGoldFile(goldPath(name));
        QVERIFY2(gold.has_value(), gold ? "" : qPrintable(gold.error().message));
        const auto letter = importLetter(letterPath(name));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        const Evaluation e = evaluate(*gold, *letter, Analyzer().analyze(*letter));
        qInfo().noquote() << u'\n' + name + u'\n' + evaluationTable(e);

        m_total.truePositives += e.truePositives;
        m_total.falsePositives += e.falsePositives;
        m_total.falseNegatives += e.falseNegatives;

        QVERIFY(e.letterDateRight);
        QCOMPARE(e.dates.total, dates);
        QCOMPARE(e.dates.right, e.dates.total);
        QCOMPARE(e.references.total, references);
        QCOMPARE(e.references.right, e.references.total);
        QCOMPARE(e.deadlines.right, e.deadlines.total);
        QVERIFY2(e.f1() >= minF1, qPrintable(u"F1 %1 under the floor %2"_s.arg(e.f1()).arg(minF1)));
    }

    void microAveragedF1()
    {
        qInfo().noquote() << u"micro-averaged over the letters: precision %1, recall %2, F1 %3"_s.arg(m_total.precision(), 0, 'f', 3)
                                 .arg(m_total.recall(), 0, 'f', 3)
                                 .arg(m_total.f1(), 0, 'f', 3);
        QVERIFY(m_total.truePositives > 0);
        QVERIFY2(m_total.f1() >= 0.95, qPrintable(u"F1 %1"_s.arg(m_total.f1())));
    }
};

QTEST_GUILESS_MAIN(TestLetters)

#include "tst_letters.moc"
