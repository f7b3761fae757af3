// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/importer.h"
#include "import/letterparser.h"
#include "import/rightcolumn.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QString dataPath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA) + u'/' + name;
}

QStringList paragraphTexts(const Letter &letter, ParagraphKind kind)
{
    QStringList result;
    for (const Paragraph &p : letter.paragraphs) {
        if (p.kind == kind)
            result.append(letter.slice(p.range).toString());
    }
    return result;
}

Letter load(const QString &name)
{
    const Expected<Letter> letter = importLetter(dataPath(name));
    if (!letter)
        qFatal("%s", qPrintable(letter.error().message));
    return *letter;
}

} // namespace

class TestLetterLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // pdftotext -layout: the right-hand column on the body's lines.
    void columnTextStaysOutOfTheBody_data();
    void columnTextStaysOutOfTheBody();
    void columnValuesBecomeMetadata();
    void columnLetterStructure();
    void noColumnWithoutLetterheadEvidence_data();
    void noColumnWithoutLetterheadEvidence();

    // Copies of the letter's web page.
    void webPageHeader();
    void webDateLines_data();
    void webDateLines();
    void tableRowsAreNoHeadings();
};

void TestLetterLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLetterLayout::columnTextStaysOutOfTheBody_data()
{
    QTest::addColumn<QString>("piece");
    QTest::newRow("reference number") << u"KGG/25123456"_s;
    QTest::newRow("their reference") << u"2025Z08812"_s;
    QTest::newRow("label") << u"Ons kenmerk"_s;
    QTest::newRow("attachments label") << u"Bijlage"_s;
    QTest::newRow("page number") << u"Pagina"_s;
    QTest::newRow("ministry address") << u"Postbus 20011"_s;
}

void TestLetterLayout::columnTextStaysOutOfTheBody()
{
    QFETCH(QString, piece);
    const Letter letter = load(u"import/layout-column-letter.txt"_s);
    for (const QString &kind : {u"body"_s, u"heading"_s}) {
        const QStringList texts = paragraphTexts(letter, kind == u"body"_s ? ParagraphKind::Body : ParagraphKind::Heading);
        for (const QString &text : texts)
            QVERIFY2(!text.contains(piece), qPrintable(text));
    }
}

void TestLetterLayout::columnValuesBecomeMetadata()
{
    const Letter letter = load(u"import/layout-column-letter.txt"_s);
    QCOMPARE(letter.metadata.date, QDate(2025, 6, 3));
    QCOMPARE(letter.metadata.subject, u"Warmtenetten en isolatie"_s);
    QCOMPARE(letter.metadata.ministry, u"Klimaat en Groene Groei"_s);
    QCOMPARE(letter.metadata.references, (QStringList{u"KGG/25123456"_s, u"2025Z08812"_s}));
}

void TestLetterLayout::columnLetterStructure()
{
    const Letter letter = load(u"import/layout-column-letter.txt"_s);
    // The hyphen join works although the column stood between the halves.
    const QStringList body = paragraphTexts(letter, ParagraphKind::Body);
    QVERIFY(!body.isEmpty());
    QVERIFY2(body.first().endsWith(u"aanleg van collectieve warmtevoorzieningen in de gebouwde omgeving."_s), qPrintable(body.first()));
    // Headings next to the column, or after column-only lines, stay headings.
    QCOMPARE(paragraphTexts(letter, ParagraphKind::Heading), (QStringList{u"Warmtenetten"_s, u"Isolatie"_s}));
    QCOMPARE(body.size(), 4);
    QVERIFY(body.at(2).startsWith(u"Het Nationaal Isolatieprogramma loopt volgens plan. Ik zal uw Kamer in het najaar van 2025"_s));
    // The tab-separated signature columns are still read as two signatories.
    QCOMPARE(letter.metadata.signatories.size(), 2);
    QCOMPARE(letter.metadata.signatories.at(0).name, u"S.T.M. Hermans"_s);
    QCOMPARE(letter.metadata.signatories.at(1).name, u"J.A. Vijlbrief"_s);
}

void TestLetterLayout::noColumnWithoutLetterheadEvidence_data()
{
    QTest::addColumn<QString>("text");
    // Aligned numbers far to the right, but nothing of a letterhead.
    QTest::newRow("space-aligned table") << u"Zorguitgaven                                          850        1.120\n"
                                            u"Asielopvang                                           1.450      980\n"
                                            u"Rentelasten                                           620        910\n"
                                            u"Totaal                                                2.920      3.010\n"_s;
    // Labels at the right, but separated by tabs: a table, not pdftotext.
    QTest::newRow("tab-separated") << u"Met deze brief informeer ik u over de stand van zaken in dit dossier\tDatum\n"
                                      u"en over de voortgang van de uitvoering in de komende periode\tOns kenmerk\n"
                                      u"zoals ik in het debat heb toegezegd aan uw Kamer\t10 april 2025\n"_s;
    QTest::newRow("short gaps") << u"Met deze brief informeer ik u over de stand van zaken in dit dossier  Datum\n"
                                   u"en over de voortgang van de uitvoering in de komende periode en later  Ons kenmerk\n"
                                   u"zoals ik in het debat heb toegezegd aan uw Kamer en aan de commissie  Postbus 20011\n"_s;
}

void TestLetterLayout::noColumnWithoutLetterheadEvidence()
{
    QFETCH(QString, text);
    QList<QStringView> lines;
    for (const QStringView line : QStringView(text).tokenize(u'\n'))
        lines.append(line);
    QCOMPARE(RightColumn::find(lines), qsizetype(-1));
}

void TestLetterLayout::webPageHeader()
{
    const Letter letter = load(u"import/web-page-letter.txt"_s);
    QCOMPARE(letter.metadata.date, QDate(2024, 11, 5));
    QCOMPARE(letter.metadata.subject, u"Kamerbrief over de voortgang van de Regio Deals"_s);
    QCOMPARE(letter.title(), u"Kamerbrief over de voortgang van de Regio Deals"_s);
    // The teaser is page furniture, not letter text.
    for (const QString &text : paragraphTexts(letter, ParagraphKind::Body))
        QVERIFY2(!text.contains(u"stuurt de Tweede Kamer een brief"_s), qPrintable(text));
}

void TestLetterLayout::webDateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date");
    QTest::newRow("Kamerbrief | dd-mm-yyyy") << u"Kamerbrief | 22-03-2024"_s << QDate(2024, 3, 22);
    QTest::newRow("Brief regering | d-m-yyyy") << u"Brief regering | 2-4-2024"_s << QDate(2024, 4, 2);
    QTest::newRow("Publicatiedatum") << u"Publicatiedatum 22-03-2024"_s << QDate(2024, 3, 22);
    QTest::newRow("Datum with colon, written month") << u"Datum: 22 maart 2024"_s << QDate(2024, 3, 22);
}

void TestLetterLayout::webDateLines()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    const QString text = u"Titel van de brief over de voortgang\n"_s + line
        + u"\n\nGeachte voorzitter,\n\nMet deze brief informeer ik uw Kamer over de voortgang van het programma.\n"_s;
    const Expected<Letter> letter = LetterParser::parse(text, u"web.txt"_s);
    QVERIFY(letter.has_value());
    QCOMPARE(letter->metadata.date, date);
}

void TestLetterLayout::tableRowsAreNoHeadings()
{
    const Letter letter = load(u"import/web-page-letter.txt"_s);
    QCOMPARE(paragraphTexts(letter, ParagraphKind::Heading), (QStringList{u"Bijdragen per regio"_s, u"Vervolg"_s}));
    QVERIFY(paragraphTexts(letter, ParagraphKind::Body).contains(u"Totaal 20 26 16"_s));
}

QTEST_GUILESS_MAIN(TestLetterLayout)
#include "tst_letterlayout.moc"
