// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The PDF importer on the letter of tests/data/formats/ as LibreOffice
// printed it, against the letter's clean text, and on broken PDFs.

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "import/pdf/pdfimporter.h"
#include "../letterlists.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace Promissa::LetterLists;

class TestPdfImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bodySentencesEqualCleanText();
    void paragraphsEqualCleanText_data();
    void paragraphsEqualCleanText();
    void footnotesAndMarkersEqualCleanText();
    void metadata();
    void noPageFurnitureInBody_data();
    void noPageFurnitureInBody();
    void lineEndHyphensRepaired_data();
    void lineEndHyphensRepaired();
    void analysisFindsTheSameCommitments();
    void ownerPasswordOnlyIsRead();

    void badFilesGiveClearMessages_data();
    void badFilesGiveClearMessages();
    void oversizedInputIsRefusedUnread();
    void cutOffAnywhereIsAnError_data();
    void cutOffAnywhereIsAnError();
    void damagedBytesNeverCrash_data();
    void damagedBytesNeverCrash();

private:
    QByteArray m_pdfData;
    Letter m_pdf;
    Letter m_text;
};

void TestPdfImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pdfData = readData(u"formats/letter.pdf"_s);
    QVERIFY(!m_pdfData.isEmpty());
    const auto pdf = importPdf(m_pdfData, u"letter.pdf"_s);
    QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : pdf.error().message));
    m_pdf = *pdf;
    const auto text = importLetter(dataPath(u"formats/letter.txt"_s));
    QVERIFY2(text.has_value(), qPrintable(text ? QString() : text.error().message));
    m_text = *text;
}

void TestPdfImporter::bodySentencesEqualCleanText()
{
    const QStringList expected = bodySentences(m_text);
    QVERIFY(expected.size() > 30);
    COMPARE_LISTS(bodySentences(m_pdf), expected);
}

void TestPdfImporter::paragraphsEqualCleanText_data()
{
    QTest::addColumn<ParagraphKind>("kind");
    QTest::newRow("header-lines") << ParagraphKind::Header;
    QTest::newRow("salutation") << ParagraphKind::Salutation;
    QTest::newRow("headings") << ParagraphKind::Heading;
    QTest::newRow("body-paragraphs") << ParagraphKind::Body;
    QTest::newRow("bullets") << ParagraphKind::Bullet;
    QTest::newRow("closing") << ParagraphKind::Closing;
    QTest::newRow("signature") << ParagraphKind::Signature;
}

void TestPdfImporter::paragraphsEqualCleanText()
{
    QFETCH(ParagraphKind, kind);
    const QStringList expected = paragraphs(m_text, kind);
    QVERIFY(!expected.isEmpty());
    COMPARE_LISTS(paragraphs(m_pdf, kind), expected);
}

void TestPdfImporter::footnotesAndMarkersEqualCleanText()
{
    const QStringList expected = footnotesWithPlaces(m_text);
    QCOMPARE(expected.size(), 6);
    COMPARE_LISTS(footnotesWithPlaces(m_pdf), expected);
    // The notes are lifted out of the body: no stray digits after the words
    // that carried the markers.
    QVERIFY(m_pdf.text.contains(u"risicoanalyses. Daarnaast"_s));
    QVERIFY(m_pdf.text.contains(u"Strategisch Plan Verkeersveiligheid.\n"_s));
}

void TestPdfImporter::metadata()
{
    const LetterMetadata &m = m_pdf.metadata;
    QCOMPARE(m.date, QDate(2025, 5, 12));
    QCOMPARE(m.dateText, u"12 mei 2025"_s);
    QCOMPARE(m.subject, u"Voortgang aanpak verkeersveiligheid provinciale wegen"_s);
    QCOMPARE(m.ministry, u"Infrastructuur en Waterstaat"_s); // wrapped over two lines of the column
    QCOMPARE(m.references, QStringList({u"IENW/BSK-2025/118734"_s, u"2025Z02417"_s}));
    QCOMPARE(m.signatories.size(), 1);
    QCOMPARE(m.signatories.first().function, u"De minister van Infrastructuur en Waterstaat"_s);
    QCOMPARE(m.signatories.first().name, u"M.A. de Boer"_s);
    QCOMPARE(m_pdf.fileName, u"letter.pdf"_s);
}

void TestPdfImporter::noPageFurnitureInBody_data()
{
    QTest::addColumn<QString>("furniture");
    QTest::newRow("page-number") << u"Pagina"_s;
    QTest::newRow("reference-label") << u"Ons kenmerk"_s;
    QTest::newRow("reference-value") << u"IENW/BSK"_s;
    QTest::newRow("their-reference") << u"2025Z02417"_s;
    QTest::newRow("column-address") << u"Rijnstraat"_s;
    QTest::newRow("column-ministry") << u"Ministerie van"_s;
    QTest::newRow("column-directorate") << u"Directoraat-generaal"_s;
    QTest::newRow("column-web-address") << u"rijksoverheid.nl"_s;
    QTest::newRow("column-attachments") << u"Bijlage"_s;
    QTest::newRow("return-address") << u"Retouradres"_s;
    QTest::newRow("addressee") << u"Staten-Generaal"_s;
    QTest::newRow("column-date-on-later-pages") << u"Datum\n"_s;
}

void TestPdfImporter::noPageFurnitureInBody()
{
    QFETCH(QString, furniture);
    QVERIFY2(!m_pdf.text.contains(furniture), qPrintable(furniture));
}

void TestPdfImporter::lineEndHyphensRepaired_data()
{
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("absent");
    // Soft hyphens in the source: LibreOffice broke these words at line ends.
    QTest::newRow("broken-word") << u"de uitvoeringsvoorwaarden vereenvoudigen"_s << u"uitvoerings-"_s;
    QTest::newRow("broken-word-2") << u"enkelvoudige fietsongevallen."_s << u"fiets-"_s;
    // Real hyphens at line ends stay.
    QTest::newRow("acronym-compound") << u"De EU-lidstaten hebben"_s << u"EU- lidstaten"_s;
    QTest::newRow("capital-after-hyphen") << u"Flevoland en Zuid-Holland hebben"_s << u"ZuidHolland"_s;
}

void TestPdfImporter::lineEndHyphensRepaired()
{
    QFETCH(QString, present);
    QFETCH(QString, absent);
    QVERIFY2(m_pdf.text.contains(present), qPrintable(present));
    QVERIFY2(!m_pdf.text.contains(absent), qPrintable(absent));
}

void TestPdfImporter::analysisFindsTheSameCommitments()
{
    const Analyzer analyzer;
    const Analysis fromText = analyzer.analyze(m_text);
    const Analysis fromPdf = analyzer.analyze(m_pdf);
    const QStringList expected = commitmentPhrases(m_text);
    QVERIFY2(expected.size() >= 5, qPrintable(expected.join(u'\n')));
    COMPARE_LISTS(commitmentPhrases(m_pdf), expected);
    QCOMPARE(fromPdf.letterDate.date, QDate(2025, 5, 12));
    QCOMPARE(fromPdf.references.size(), fromText.references.size());
}

void TestPdfImporter::ownerPasswordOnlyIsRead()
{
    // Restrictions on printing and copying need no password to open.
    const auto letter = importPdf(readData(u"import/pdf/owner-password-only.pdf"_s), u"owner-password-only.pdf"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    COMPARE_LISTS(bodySentences(*letter), bodySentences(m_pdf));
}

void TestPdfImporter::badFilesGiveClearMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << u"truncated.pdf"_s << u"is incomplete: the PDF is cut off before its end"_s;
    QTest::newRow("encrypted") << u"encrypted.pdf"_s << u"is encrypted (password protected); Promissa cannot read it"_s;
    QTest::newRow("image-only") << u"image-only.pdf"_s << u"has no text layer (a scanned image); OCR it first"_s;
    QTest::newRow("garbage-after-signature") << u"garbage.pdf"_s << u"is damaged"_s;
    QTest::newRow("5000-pages") << u"many-pages.pdf"_s << u"has 5000 pages; Promissa reads letters of at most 2000 pages"_s;
}

void TestPdfImporter::badFilesGiveClearMessages()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QByteArray data = readData(u"import/pdf/"_s + file);
    QVERIFY(!data.isEmpty());
    const auto letter = importPdf(data, file);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.startsWith(file), qPrintable(letter.error().message));
    QVERIFY2(letter.error().message.contains(message), qPrintable(letter.error().message));
}

void TestPdfImporter::oversizedInputIsRefusedUnread()
{
    // Over the 200 MB limit: refused on its size, whatever it holds.
    const QByteArray huge(200 * 1024 * 1024 + 1, ' ');
    const auto letter = importPdf(huge, u"groot.pdf"_s);
    QVERIFY(!letter.has_value());
    QCOMPARE(letter.error().message, u"groot.pdf is 200 MB; Promissa reads PDF files of at most 200 MB."_s);

    const auto empty = importPdf(QByteArray(), u"leeg.pdf"_s);
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().message, u"leeg.pdf is empty."_s);

    const auto text = importPdf("Geachte voorzitter,\n", u"brief.pdf"_s);
    QVERIFY(!text.has_value());
    QCOMPARE(text.error().message, u"brief.pdf is not a PDF file."_s);
}

void TestPdfImporter::cutOffAnywhereIsAnError_data()
{
    QTest::addColumn<int>("percent");
    for (const int p : {1, 10, 25, 50, 75, 90, 99})
        QTest::addRow("%d-percent", p) << p;
}

void TestPdfImporter::cutOffAnywhereIsAnError()
{
    QFETCH(int, percent);
    const QByteArray cut = m_pdfData.left(m_pdfData.size() * percent / 100);
    const auto letter = importPdf(cut, u"afgebroken.pdf"_s);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.startsWith(u"afgebroken.pdf is "_s), qPrintable(letter.error().message));
}

void TestPdfImporter::damagedBytesNeverCrash_data()
{
    QTest::addColumn<int>("offset");
    for (const int p : {5, 20, 40, 60, 80, 95})
        QTest::addRow("at-%d-percent", p) << p;
}

void TestPdfImporter::damagedBytesNeverCrash()
{
    // Overwritten bytes inside a stream or the cross-reference table: either
    // a clear error or a letter, never a crash or a hang.
    QFETCH(int, offset);
    QByteArray damaged = m_pdfData;
    const qsizetype at = damaged.size() * offset / 100;
    for (qsizetype i = at; i < std::min(damaged.size() - 8, at + 256); ++i)
        damaged[i] = char((i * 31) & 0x7f);
    const auto letter = importPdf(damaged, u"beschadigd.pdf"_s);
    if (letter)
        QCOMPARE(letter->fileName, u"beschadigd.pdf"_s);
    else
        QVERIFY2(letter.error().message.startsWith(u"beschadigd.pdf "_s), qPrintable(letter.error().message));
}

QTEST_GUILESS_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
