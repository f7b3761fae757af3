// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The Poppler-free half of the PDF importer on pages of words laid out by
// the test: lines, superscripts, the right-hand column, furniture,
// paragraphs, footnotes and the rules for hyphens at line ends.

#include "import/lineendhyphen.h"
#include "import/pdf/pdflayout.h"
#include "import/pdf/pdflines.h"
#include "import/wordmarkup.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

constexpr qreal bodyHeight = 10.5; // a 9 pt font
constexpr qreal pitch = 13;
constexpr qreal margin = 65;
constexpr qreal rightEdge = 425;

// Builds pages word by word: each character is half the height wide, words
// are a quarter of the height apart, as in a proportional font.
class PageBuilder
{
public:
    explicit PageBuilder(int pages = 1)
    {
        for (int p = 0; p < pages; ++p)
            m_pages.append(PdfPage{QSizeF(595, 842), {}});
    }

    /// Words of `text` from x on the line whose box bottom is at `bottom`;
    /// returns where the last word ends.
    qreal words(int page, qreal x, qreal bottom, const QString &text, qreal height = bodyHeight)
    {
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const qreal width = word.size() * height / 2;
            m_pages[page].words.append(PdfWord{word, QRectF(x, bottom - height, width, height)});
            x += width + height / 4;
        }
        return x - height / 4;
    }

    /// A raised small number right after x, as a footnote marker prints.
    void superscript(int page, qreal x, qreal lineBottom, int number)
    {
        const qreal h = bodyHeight * 0.58;
        m_pages[page].words.append(PdfWord{QString::number(number), QRectF(x, lineBottom - bodyHeight, h / 2, h)});
    }

    /// Lines of body text from `top`, one every `pitch` points.
    qreal paragraph(int page, qreal bottom, const QStringList &lines, qreal x = margin)
    {
        for (const QString &line : lines) {
            words(page, x, bottom, line);
            bottom += pitch;
        }
        return bottom - pitch;
    }

    QList<PdfPage> pages() const { return m_pages; }

private:
    QList<PdfPage> m_pages;
};

// A full line: close to the right edge whatever the word lengths.
QString fullLine(const QString &start)
{
    QString line = start;
    while ((line.size() + 6) * bodyHeight / 2 < rightEdge - margin)
        line += u" lange"_s;
    return line;
}

QStringList texts(const Letter &letter, ParagraphKind kind)
{
    QStringList result;
    for (const Paragraph &p : letter.paragraphs) {
        if (p.kind == kind)
            result.append(letter.slice(p.range).toString());
    }
    return result;
}

Letter build(const PageBuilder &builder)
{
    const auto letter = PdfLayout::build(builder.pages(), u"test.pdf"_s);
    if (!letter) {
        qWarning().noquote() << letter.error().message;
        return {};
    }
    return *letter;
}

} // namespace

class TestPdfLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lineEndHyphens_data();
    void lineEndHyphens();

    void wordsOnOneBaselineFormALine();
    void raisedSmallDigitsBecomeMarkers();
    void loweredDigitsStayText();
    void markerCharactersInThePdfAreDropped();
    void wideGapsSeparateCells();

    void rightColumnGoesIntoMetadata();
    void rightAlignedBodyTextIsNoColumn();
    void repeatedHeaderAndFooterAreDropped();
    void sameLineAtOtherHeightsStays();
    void pageNumberInMarginIsDropped();
    void letterheadBeforeTheSalutation();

    void paragraphBreaks_data();
    void paragraphBreaks();
    void paragraphRunsOverPageBreak();
    void headingWithoutGap();
    void bulletsWithHangingIndent_data();
    void bulletsWithHangingIndent();

    void footnoteNeedsItsMarker();
    void raisedNoteNumberInTheNoteArea();
    void footnoteRunsOntoNextPage();
    void markerWithoutNoteBecomesDigits();
    void emptyPagesAreNoLetter();
};

void TestPdfLayout::lineEndHyphens_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("joined");
    QTest::newRow("no-hyphen") << u"over de"_s << u"provincies"_s << u"over de provincies"_s;
    QTest::newRow("broken-word") << u"de verant-"_s << u"woordelijkheid"_s << u"de verantwoordelijkheid"_s;
    QTest::newRow("soft-hyphen-always-breaks") << u"de Verant\u00AD"_s << u"Woordelijkheid"_s << u"de VerantWoordelijkheid"_s;
    QTest::newRow("capital-follows") << u"in Noord-"_s << u"Holland"_s << u"in Noord-Holland"_s;
    QTest::newRow("digit-follows") << u"de jaren 2025-"_s << u"2030"_s << u"de jaren 2025-2030"_s;
    QTest::newRow("acronym-before") << u"de EU-"_s << u"lidstaten"_s << u"de EU-lidstaten"_s;
    QTest::newRow("left-out-part") << u"bus-"_s << u"en tramhaltes"_s << u"bus- en tramhaltes"_s;
    QTest::newRow("left-out-part-of") << u"in-"_s << u"of uitvoer"_s << u"in- of uitvoer"_s;
    QTest::newRow("vowels-o-o") << u"een auto-"_s << u"ongeluk"_s << u"een auto-ongeluk"_s;
    QTest::newRow("vowels-e-e") << u"een zee-"_s << u"egel"_s << u"een zee-egel"_s;
    QTest::newRow("vowels-e-a-join") << u"de politie-"_s << u"agent"_s << u"de politieagent"_s;
    QTest::newRow("generaal") << u"de secretaris-"_s << u"generaal"_s << u"de secretaris-generaal"_s;
    QTest::newRow("president") << u"de minister-"_s << u"president"_s << u"de minister-president"_s;
    QTest::newRow("oud-prefix") << u"de oud-"_s << u"minister"_s << u"de oud-minister"_s;
    QTest::newRow("adjective-pair") << u"het politiek-"_s << u"militaire"_s << u"het politiek-militaire"_s;
    QTest::newRow("adjective-isch") << u"een juridisch-"_s << u"technische"_s << u"een juridisch-technische"_s;
    QTest::newRow("dash-after-space") << u"op korte termijn –"_s << u"naar verwachting"_s << u"op korte termijn – naar verwachting"_s;
    QTest::newRow("hyphen-alone") << u"op korte termijn -"_s << u"naar verwachting"_s << u"op korte termijn - naar verwachting"_s;
}

void TestPdfLayout::lineEndHyphens()
{
    QFETCH(QString, line);
    QFETCH(QString, next);
    QFETCH(QString, joined);
    QString text = line;
    LineEndHyphen::append(text, next);
    QCOMPARE(text, joined);
}

void TestPdfLayout::wordsOnOneBaselineFormALine()
{
    PageBuilder b;
    b.words(0, margin, 100, u"eerste regel"_s);
    b.words(0, margin, 113, u"tweede regel"_s);
    // A small label beside a value on the same baseline ("Datum 12 mei").
    b.words(0, margin, 200, u"Datum"_s, 7.5);
    b.words(0, 125, 200.6, u"12 mei 2025"_s);
    const QList<PdfLine> lines = PdfLines::group(b.pages().first().words, 0);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).text, u"eerste regel"_s);
    QCOMPARE(lines.at(1).text, u"tweede regel"_s);
    QCOMPARE(lines.at(2).text, u"Datum 12 mei 2025"_s);
    QCOMPARE(lines.at(2).height, bodyHeight);
}

void TestPdfLayout::raisedSmallDigitsBecomeMarkers()
{
    PageBuilder b;
    const qreal end = b.words(0, margin, 100, u"op provinciale wegen."_s);
    b.superscript(0, end, 100, 12);
    b.words(0, end + 10, 100, u"Daarnaast geef ik"_s);
    const QList<PdfLine> lines = PdfLines::group(b.pages().first().words, 0);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, u"op provinciale wegen."_s + WordMarkup::marker(12) + u" Daarnaast geef ik"_s);
}

void TestPdfLayout::loweredDigitsStayText()
{
    PageBuilder b;
    const qreal end = b.words(0, margin, 100, u"uitstoot van CO"_s);
    const qreal h = bodyHeight * 0.58;
    QList<PdfPage> pages = b.pages();
    pages[0].words.append(PdfWord{u"2"_s, QRectF(end, 100 + 2 - h, h / 2, h)});
    const QList<PdfLine> lines = PdfLines::group(pages.first().words, 0);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, u"uitstoot van CO2"_s);
}

void TestPdfLayout::markerCharactersInThePdfAreDropped()
{
    // A symbol font without a Unicode mapping can give characters in the
    // marker range; they are no footnote markers.
    PageBuilder b;
    b.words(0, margin, 100, u"zie"_s + QChar(0xE001) + u" ook"_s);
    b.words(0, 200, 100, QString(QChar(0xE002)));
    const QList<PdfLine> lines = PdfLines::group(b.pages().first().words, 0);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text, u"zie ook"_s);
}

void TestPdfLayout::wideGapsSeparateCells()
{
    PageBuilder b;
    b.words(0, margin, 100, u"De minister van Defensie,"_s);
    b.words(0, 260, 100, u"De staatssecretaris van Defensie,"_s);
    const QList<PdfLine> lines = PdfLines::group(b.pages().first().words, 0);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().cells, QStringList({u"De minister van Defensie,"_s, u"De staatssecretaris van Defensie,"_s}));
    QCOMPARE(lines.first().cellLefts.at(1), 260.0);
}

void TestPdfLayout::rightColumnGoesIntoMetadata()
{
    PageBuilder b;
    b.words(0, 455, 40, u"Ministerie van Financiën"_s, 7.5);
    b.words(0, 455, 60, u"Ons kenmerk"_s, 7.5);
    b.words(0, 455, 69, u"2025-0000123"_s, 7.5);
    b.words(0, margin, 60, u"Geachte voorzitter,"_s);
    b.paragraph(0, 86, {fullLine(u"Het kabinet zal de Kamer informeren over de"_s), u"voortgang van het programma."_s});
    const Letter letter = build(b);
    QCOMPARE(letter.metadata.ministry, u"Financiën"_s);
    QCOMPARE(letter.metadata.references, QStringList{u"2025-0000123"_s});
    QVERIFY(!letter.text.contains(u"kenmerk"_s));
    QVERIFY(!letter.text.contains(u"Ministerie"_s));
    QCOMPARE(texts(letter, ParagraphKind::Body).size(), 1);
    QVERIFY(texts(letter, ParagraphKind::Body).first().endsWith(u"voortgang van het programma."_s));
}

void TestPdfLayout::rightAlignedBodyTextIsNoColumn()
{
    // Text at the right with a gap before it, but no letterhead line in it.
    PageBuilder b;
    b.words(0, margin, 60, u"Geachte voorzitter,"_s);
    b.words(0, margin, 86, u"Zie de tabel:"_s);
    b.words(0, 460, 86, u"veertig"_s);
    const QList<PdfPage> pages = b.pages();
    QVERIFY(PdfLines::findGutter(pages.first()) > 0);
    const PdfLines::Page read = PdfLines::read(pages.first(), 0);
    QVERIFY(read.column.isEmpty());
    QCOMPARE(read.body.size(), 2);
    QCOMPARE(read.body.at(1).text, u"Zie de tabel: veertig"_s);
}

void TestPdfLayout::repeatedHeaderAndFooterAreDropped()
{
    PageBuilder b(3);
    for (int p = 0; p < 3; ++p) {
        b.words(p, margin, 40, u"Concept, niet verspreiden"_s);
        b.words(p, margin, 810, u"Brief over de begroting, blad "_s + QString::number(p + 1), 7.5);
    }
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    const QString full = fullLine(u"Het kabinet zal de Kamer voor de zomer"_s);
    b.paragraph(0, 126, {full, u"informeren."_s});
    b.paragraph(1, 100, {full, u"debatteren."_s});
    b.paragraph(2, 100, {u"Hoogachtend,"_s});
    const Letter letter = build(b);
    QVERIFY2(!letter.text.contains(u"Concept"_s), qPrintable(letter.text));
    QVERIFY2(!letter.text.contains(u"blad"_s), qPrintable(letter.text));
    QCOMPARE(texts(letter, ParagraphKind::Body), QStringList({full + u" informeren."_s, full + u" debatteren."_s}));
}

void TestPdfLayout::sameLineAtOtherHeightsStays()
{
    PageBuilder b(2);
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    const QString full = fullLine(u"Het kabinet zal de Kamer"_s);
    b.paragraph(0, 126, {u"Vervolg"_s, full, u"informeren."_s});
    b.paragraph(1, 300, {u"Vervolg"_s, full, u"schrijven."_s});
    const Letter letter = build(b);
    QCOMPARE(texts(letter, ParagraphKind::Heading), QStringList({u"Vervolg"_s, u"Vervolg"_s}));
}

void TestPdfLayout::pageNumberInMarginIsDropped()
{
    PageBuilder b;
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    b.paragraph(0, 126, {u"Het kabinet zal de Kamer informeren."_s});
    b.words(0, 300, 815, u"- 1 -"_s);
    b.words(0, margin, 830, u"Ons kenmerk FIN/2025/77"_s, 7.5);
    const Letter letter = build(b);
    QCOMPARE(letter.text, u"Geachte voorzitter,\nHet kabinet zal de Kamer informeren."_s);
    QCOMPARE(letter.metadata.references, QStringList{u"FIN/2025/77"_s});
}

void TestPdfLayout::letterheadBeforeTheSalutation()
{
    PageBuilder b;
    b.words(0, margin, 60, u"> Retouradres Postbus 20011 2500 EA Den Haag"_s, 7.5);
    b.words(0, margin, 80, u"De Voorzitter van de Tweede Kamer"_s);
    b.words(0, margin, 140, u"Datum"_s, 7.5);
    b.words(0, 125, 140.5, u"3 juni 2025"_s);
    b.words(0, margin, 153, u"Betreft"_s, 7.5);
    b.words(0, 125, 153.5, u"Voortgang van de aanpak van de warmtenetten in de"_s);
    b.words(0, 125, 166.5, u"gebouwde omgeving"_s);
    b.words(0, margin, 200, u"Geachte voorzitter,"_s);
    b.paragraph(0, 226, {fullLine(u"Het kabinet zal de Kamer"_s), u"informeren."_s});
    const Letter letter = build(b);
    QCOMPARE(texts(letter, ParagraphKind::Header),
             QStringList({u"Datum 3 juni 2025"_s, u"Betreft Voortgang van de aanpak van de warmtenetten in de gebouwde omgeving"_s}));
    QCOMPARE(letter.metadata.date, QDate(2025, 6, 3));
    QCOMPARE(letter.metadata.subject, u"Voortgang van de aanpak van de warmtenetten in de gebouwde omgeving"_s);
    QVERIFY(!letter.text.contains(u"Retouradres"_s));
    QVERIFY(!letter.text.contains(u"Voorzitter van de Tweede Kamer"_s));
}

void TestPdfLayout::paragraphBreaks_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QList<qreal>>("gapsAfter"); ///< extra space after each line
    QTest::addColumn<QList<qreal>>("indents");
    QTest::addColumn<int>("paragraphs");
    const QString full = fullLine(u"Het kabinet zal de Kamer informeren over de"_s);
    QTest::newRow("wrapped-lines-one-paragraph") << QStringList{full, full, u"einde."_s} << QList<qreal>{0, 0, 0} << QList<qreal>{0, 0, 0} << 1;
    QTest::newRow("gap-ends-paragraph") << QStringList{full, u"einde."_s, u"Nieuw."_s} << QList<qreal>{0, 13, 0} << QList<qreal>{0, 0, 0} << 2;
    QTest::newRow("short-line-with-full-stop-ends-paragraph")
        << QStringList{full, u"einde."_s, u"Nieuw."_s} << QList<qreal>{0, 0, 0} << QList<qreal>{0, 0, 0} << 2;
    QTest::newRow("full-line-with-full-stop-goes-on")
        << QStringList{full + u"."_s, u"verder."_s} << QList<qreal>{0, 0} << QList<qreal>{0, 0} << 1;
    QTest::newRow("indent-starts-paragraph") << QStringList{full, full + u"."_s, full} << QList<qreal>{0, 0, 0} << QList<qreal>{0, 0, 20} << 2;
}

void TestPdfLayout::paragraphBreaks()
{
    QFETCH(QStringList, lines);
    QFETCH(QList<qreal>, gapsAfter);
    QFETCH(QList<qreal>, indents);
    QFETCH(int, paragraphs);
    PageBuilder b;
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    qreal bottom = 126;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        b.words(0, margin + indents.at(i), bottom, lines.at(i));
        bottom += pitch + gapsAfter.at(i);
    }
    const Letter letter = build(b);
    QCOMPARE(texts(letter, ParagraphKind::Body).size(), paragraphs);
}

void TestPdfLayout::paragraphRunsOverPageBreak()
{
    PageBuilder b(2);
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    b.paragraph(0, 126, {fullLine(u"Het kabinet zal de Kamer"_s), fullLine(u"informeren over de voortgang van de"_s)});
    b.paragraph(1, 100, {u"uitvoerings-"_s, u"voorwaarden."_s});
    const Letter letter = build(b);
    const QStringList body = texts(letter, ParagraphKind::Body);
    QCOMPARE(body.size(), 1);
    QVERIFY2(body.first().endsWith(u" uitvoeringsvoorwaarden."_s), qPrintable(body.first()));
}

void TestPdfLayout::headingWithoutGap()
{
    PageBuilder b;
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    const qreal bottom = b.paragraph(0, 126, {fullLine(u"Het kabinet zal de Kamer"_s), u"informeren."_s});
    b.paragraph(0, bottom + 2 * pitch, {u"Stand van zaken"_s, fullLine(u"In 2024 kwamen"_s), u"minder mensen om."_s});
    const Letter letter = build(b);
    QCOMPARE(texts(letter, ParagraphKind::Heading), QStringList{u"Stand van zaken"_s});
    QCOMPARE(texts(letter, ParagraphKind::Body).size(), 2);
}

void TestPdfLayout::bulletsWithHangingIndent_data()
{
    QTest::addColumn<QString>("bullet");
    QTest::newRow("bullet") << u"•"_s;
    QTest::newRow("en-dash") << u"–"_s;
    QTest::newRow("hyphen") << u"-"_s;
}

void TestPdfLayout::bulletsWithHangingIndent()
{
    QFETCH(QString, bullet);
    PageBuilder b;
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    b.paragraph(0, 126, {u"Het kabinet neemt drie maatregelen:"_s});
    qreal bottom = 126 + 2 * pitch;
    for (const QString &item : {u"eerste"_s, u"tweede"_s}) {
        b.words(0, margin, bottom, bullet);
        b.words(0, margin + 14, bottom, fullLine(u"de "_s + item + u" maatregel"_s));
        b.words(0, margin + 14, bottom + pitch, u"loopt door;"_s);
        bottom += 2 * pitch;
    }
    b.words(0, margin, bottom, u"Daarna volgt meer."_s);
    const Letter letter = build(b);
    const QStringList bullets = texts(letter, ParagraphKind::Bullet);
    QCOMPARE(bullets.size(), 2);
    QVERIFY(bullets.at(0).startsWith(u"de eerste maatregel"_s));
    QVERIFY(bullets.at(0).endsWith(u" loopt door;"_s));
    QCOMPARE(texts(letter, ParagraphKind::Body).last(), u"Daarna volgt meer."_s);
}

void TestPdfLayout::footnoteNeedsItsMarker()
{
    // Small lines at the foot of the page that start with a number: a note
    // when the body above holds its marker, text otherwise.
    for (const bool marked : {true, false}) {
        PageBuilder b;
        b.words(0, margin, 100, u"Geachte voorzitter,"_s);
        const qreal end = b.words(0, margin, 126, u"Het kabinet voert de motie uit."_s);
        if (marked)
            b.superscript(0, end, 126, 1);
        b.paragraph(0, 152, {fullLine(u"De minister stuurt"_s), fullLine(u"uw Kamer"_s), u"een brief."_s});
        b.words(0, margin, 760, u"1 Kamerstuk 29 398, nr. 1160."_s, 8);
        b.words(0, margin + 10, 769, u"Tweede regel van de noot."_s, 8);
        const Letter letter = build(b);
            if (marked) {
            QCOMPARE(letter.footnotes.size(), 1);
            QCOMPARE(letter.slice(letter.footnotes.first().range), u"Kamerstuk 29 398, nr. 1160. Tweede regel van de noot."_s);
            QCOMPARE(letter.footnotes.first().markers, QList<qsizetype>{letter.text.indexOf(u"uit."_s) + 4});
            QVERIFY(!letter.text.contains(u"uit.1"_s));
        } else {
            QVERIFY(letter.footnotes.isEmpty());
            QVERIFY(letter.text.contains(u"1 Kamerstuk 29 398"_s));
        }
    }
}

void TestPdfLayout::raisedNoteNumberInTheNoteArea()
{
    // Word prints the number in the note area raised, like the marker.
    PageBuilder b;
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    const qreal end = b.words(0, margin, 126, u"Het kabinet voert de motie uit."_s);
    b.superscript(0, end, 126, 1);
    b.paragraph(0, 152, {fullLine(u"De minister stuurt"_s), fullLine(u"uw Kamer"_s), u"een brief."_s});
    QList<PdfPage> pages = b.pages();
    const qreal h = 8 * 0.58;
    pages[0].words.append(PdfWord{u"1"_s, QRectF(margin, 760 - 8, h / 2, h)});
    PageBuilder note;
    note.words(0, margin + 6, 760, u"Kamerstuk 29 398, nr. 1160."_s, 8);
    pages[0].words.append(note.pages().first().words);
    const auto letter = PdfLayout::build(pages, u"word.pdf"_s);
    QVERIFY(letter.has_value());
    QCOMPARE(letter->footnotes.size(), 1);
    QCOMPARE(letter->footnotes.first().number, 1);
    QCOMPARE(letter->slice(letter->footnotes.first().range), u"Kamerstuk 29 398, nr. 1160."_s);
    QCOMPARE(letter->footnotes.first().markers.size(), 1);
}

void TestPdfLayout::footnoteRunsOntoNextPage()
{
    PageBuilder b(2);
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    const qreal end = b.words(0, margin, 126, u"Het kabinet voert de motie uit."_s);
    b.superscript(0, end, 126, 1);
    b.words(0, margin, 800, u"1 Kamerstuk 29 398, nr. 1160, over de"_s, 8);
    b.paragraph(1, 100, {u"Hoogachtend,"_s});
    b.words(1, margin, 800, u"uitvoering van de motie."_s, 8);
    const Letter letter = build(b);
    QCOMPARE(letter.footnotes.size(), 1);
    QCOMPARE(letter.slice(letter.footnotes.first().range), u"Kamerstuk 29 398, nr. 1160, over de uitvoering van de motie."_s);
}

void TestPdfLayout::markerWithoutNoteBecomesDigits()
{
    PageBuilder b;
    b.words(0, margin, 100, u"Geachte voorzitter,"_s);
    const qreal end = b.words(0, margin, 126, u"Een woning van 80 m"_s);
    b.superscript(0, end, 126, 2);
    const Letter letter = build(b);
    QVERIFY(letter.footnotes.isEmpty());
    QVERIFY2(letter.text.endsWith(u"80 m2"_s), qPrintable(letter.text));
}

void TestPdfLayout::emptyPagesAreNoLetter()
{
    const auto letter = PdfLayout::build({PdfPage{QSizeF(595, 842), {}}}, u"leeg.pdf"_s);
    QVERIFY(!letter.has_value());
    QCOMPARE(letter.error().message, u"leeg.pdf contains no letter text."_s);
}

QTEST_GUILESS_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
