// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Kamerstukken from officielebekendmakingen.nl, in XML and in the HTML the
// site renders from it: structure, footnotes, metadata, the same Letter from
// both, and hostile input refused with a message that says why.

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "import/xml/officialxmlimporter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PROMISSA_TEST_DATA) + u"/import/xml/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// One line per paragraph, "Kind: text", so that a mismatch shows as a diff.
QStringList describe(const Letter &letter)
{
    QStringList lines;
    for (const Paragraph &p : letter.paragraphs)
        lines.append(paragraphKindName(p.kind) + u": "_s + letter.slice(p.range).toString());
    return lines;
}

// What a Kamerstuk shares with the letter it publishes: everything but the
// letterhead (it prints a dossier, number and "Den Haag," line instead of
// "Datum" and "Betreft"). Markers are given by the text before them.
QStringList withoutHeader(const Letter &letter)
{
    QStringList lines;
    for (const QString &line : describe(letter)) {
        if (!line.startsWith(u"header: "_s))
            lines.append(line);
    }
    for (const Footnote &note : letter.footnotes) {
        for (const qsizetype marker : note.markers)
            lines.append(u"marker %1 after: "_s.arg(note.number) + letter.text.mid(marker - 30, 30));
    }
    return lines;
}

QByteArray formatsFile(const QString &name)
{
    QFile file(QStringLiteral(PROMISSA_TEST_DATA) + u"/formats/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QString nbsp = QString(QChar(0x00A0));

// A small kamerstuk around the given <stuk> content.
QByteArray kamerstuk(const QString &stuk, const QString &before = QString())
{
    return (u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<officiele-publicatie>"_s + before + u"<kamerstuk><stuk>"_s + stuk
            + u"</stuk></kamerstuk></officiele-publicatie>"_s)
        .toUtf8();
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth, const QByteArray &inner)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

} // namespace

class TestOfficialXmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void paragraphsInReadingOrder_data();
    void paragraphsInReadingOrder();
    void footnotesAndMarkers_data();
    void footnotesAndMarkers();
    void metadata_data();
    void metadata();
    void xmlAndHtmlGiveTheSameLetter();
    void analyzerFindsTheCommitments();
    void sameLetterAsTheCleanText_data();
    void sameLetterAsTheCleanText();

    void kamerstukNumber_data();
    void kamerstukNumber();
    void metadataFromMetaTags_data();
    void metadataFromMetaTags();
    void plainSignatureLines();
    void dateWithoutIsoAttribute();
    void noteLabelsThatAreNoNumbers();
    void privateUseCharactersAreNoMarkers();
    void nestingUpToTheLimitIsRead();

    void refusesBadXml_data();
    void refusesBadXml();
    void refusesBadHtml_data();
    void refusesBadHtml();
    void detection_data();
    void detection();

private:
    Letter m_xml;
    Letter m_html;
};

void TestOfficialXmlImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto xml = importOfficialXml(fixture(u"kamerstuk-brief.xml"_s), u"kamerstuk-brief.xml"_s);
    QVERIFY2(xml.has_value(), qPrintable(xml ? QString() : xml.error().message));
    m_xml = *xml;
    const auto html = importOfficialHtml(fixture(u"kamerstuk-brief.html"_s), u"kamerstuk-brief.html"_s);
    QVERIFY2(html.has_value(), qPrintable(html ? QString() : html.error().message));
    m_html = *html;
}

void TestOfficialXmlImporter::paragraphsInReadingOrder_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("xml") << u"xml"_s;
    QTest::newRow("html-with-page-chrome-unclosed-tags-and-entities") << u"html"_s;
}

void TestOfficialXmlImporter::paragraphsInReadingOrder()
{
    QFETCH(QString, format);
    const Letter &letter = format == u"xml" ? m_xml : m_html;
    const QStringList expected{
        u"header: 21"_s + nbsp + u"501-02 Raad Buitenlandse Zaken"_s,
        u"header: Nr. 3104 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"_s,
        u"header: Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"_s,
        u"header: Den Haag, 12 maart 2025"_s,
        u"salutation: Geachte voorzitter,"_s,
        u"body: Hierbij bied ik uw Kamer, mede namens de staatssecretaris van Defensie, de geannoteerde agenda aan voor de Raad Buitenlandse Zaken van 17 maart 2025."_s,
        u"heading: 1. Oekraïne"_s,
        u"body: De Raad spreekt over de steun aan Oekraïne. Nederland blijft Oekraïne politiek, militair en financieel steunen. Het kabinet zet zich in voor de volgende punten:"_s,
        u"bullet: een snelle besluitvorming over het zeventiende sanctiepakket;"_s,
        u"bullet: een gezamenlijke Europese inzet voor luchtverdediging;"_s,
        u"bullet: verdere steun aan het energienetwerk van Oekraïne."_s,
        u"body: Ik zal uw Kamer voor 1 juni 2025 informeren over de uitkomsten van de gesprekken over de inzet van bevroren Russische tegoeden."_s,
        u"heading: 2. Midden-Oosten"_s,
        u"body: De Raad bespreekt de situatie in Gaza en de regio. De humanitaire situatie blijft zorgelijk."_s,
        u"body: Onderwerp Bijdrage 2025 (mln. euro)"_s,
        u"body: Humanitaire hulp 45"_s,
        u"body: Wederopbouw 20"_s,
        u"body: De staatssecretaris van Defensie zal de Kamer na de zomer nader informeren over de Nederlandse bijdrage aan de missie."_s,
        u"closing: Hoogachtend,"_s,
        u"signature: De Minister van Buitenlandse Zaken, J.A. de Wit"_s,
        u"signature: De Staatssecretaris van Defensie, M. Bakker"_s,
        u"footnote: Kamerstuk 21"_s + nbsp + u"501-02, nr. 3098."_s,
        u"footnote: Zie de Kamerbrief over de steun aan Oekraïne van 4 maart 2025."_s,
        u"footnote: Rapport van de Verenigde Naties van 3 maart 2025."_s,
    };
    QCOMPARE(describe(letter), expected);
}

void TestOfficialXmlImporter::footnotesAndMarkers_data()
{
    paragraphsInReadingOrder_data();
}

void TestOfficialXmlImporter::footnotesAndMarkers()
{
    QFETCH(QString, format);
    const Letter &letter = format == u"xml" ? m_xml : m_html;
    QCOMPARE(letter.footnotes.size(), 3);
    // The text just before each marker: note 2 is referred to twice (the
    // XML repeats it with <nootref>, the HTML with a second link).
    const QList<QStringList> before{
        {u"17 maart 2025."_s},
        {u"financieel steunen."_s, u"luchtverdediging;"_s},
        {u"blijft zorgelijk."_s},
    };
    for (qsizetype n = 0; n < letter.footnotes.size(); ++n) {
        const Footnote &note = letter.footnotes.at(n);
        QCOMPARE(note.number, int(n + 1));
        QCOMPARE(note.markers.size(), before.at(n).size());
        for (qsizetype m = 0; m < note.markers.size(); ++m) {
            const QString preceding = letter.text.left(note.markers.at(m));
            QVERIFY2(preceding.endsWith(before.at(n).at(m)), qPrintable(preceding.right(40)));
        }
    }
    // Marker characters never reach the text.
    for (const QChar c : letter.text)
        QVERIFY(c.unicode() < 0xE000 || c.unicode() > 0xEFFF);
}

void TestOfficialXmlImporter::metadata_data()
{
    paragraphsInReadingOrder_data();
}

void TestOfficialXmlImporter::metadata()
{
    QFETCH(QString, format);
    const Letter &letter = format == u"xml" ? m_xml : m_html;
    const LetterMetadata &m = letter.metadata;
    QCOMPARE(m.kamerstuk, u"21501-02-3104"_s);
    QCOMPARE(m.date, QDate(2025, 3, 12));
    QCOMPARE(m.dateText, u"12 maart 2025"_s);
    QCOMPARE(m.subject, u"Geannoteerde agenda Raad Buitenlandse Zaken van 17 maart 2025"_s);
    QCOMPARE(m.ministry, u"Buitenlandse Zaken"_s);
    QCOMPARE(m.signatories.size(), 2);
    QCOMPARE(m.signatories.at(0).function, u"De Minister van Buitenlandse Zaken"_s);
    QCOMPARE(m.signatories.at(0).name, u"J.A. de Wit"_s);
    QCOMPARE(m.signatories.at(1).function, u"De Staatssecretaris van Defensie"_s);
    QCOMPARE(m.signatories.at(1).name, u"M. Bakker"_s);
    QCOMPARE(letter.title(), m.subject);
}

void TestOfficialXmlImporter::xmlAndHtmlGiveTheSameLetter()
{
    QCOMPARE(m_html.text, m_xml.text);
    QCOMPARE(m_html.paragraphs.size(), m_xml.paragraphs.size());
    for (qsizetype i = 0; i < m_xml.paragraphs.size(); ++i) {
        QCOMPARE(m_html.paragraphs.at(i).kind, m_xml.paragraphs.at(i).kind);
        QCOMPARE(m_html.paragraphs.at(i).range, m_xml.paragraphs.at(i).range);
    }
    QStringList xmlSentences;
    QStringList htmlSentences;
    for (const Sentence &s : std::as_const(m_xml.sentences))
        xmlSentences.append(m_xml.slice(s.range).toString());
    for (const Sentence &s : std::as_const(m_html.sentences))
        htmlSentences.append(m_html.slice(s.range).toString());
    QCOMPARE(htmlSentences, xmlSentences);
    QVERIFY(xmlSentences.contains(u"Nederland blijft Oekraïne politiek, militair en financieel steunen."_s));
    QCOMPARE(m_html.footnotes.size(), m_xml.footnotes.size());
    for (qsizetype i = 0; i < m_xml.footnotes.size(); ++i) {
        QCOMPARE(m_html.footnotes.at(i).number, m_xml.footnotes.at(i).number);
        QCOMPARE(m_html.footnotes.at(i).range, m_xml.footnotes.at(i).range);
        QCOMPARE(m_html.footnotes.at(i).markers, m_xml.footnotes.at(i).markers);
    }
    QCOMPARE(m_html.metadata.subject, m_xml.metadata.subject);
    QCOMPARE(m_html.metadata.kamerstuk, m_xml.metadata.kamerstuk);
    QCOMPARE(m_html.metadata.date, m_xml.metadata.date);
}

void TestOfficialXmlImporter::analyzerFindsTheCommitments()
{
    const Analyzer analyzer;
    const Analysis analysis = analyzer.analyze(m_xml);
    QCOMPARE(analysis.letterDate.date, QDate(2025, 3, 12));
    QStringList committed;
    for (const Commitment &c : analysis.commitments)
        committed.append(m_xml.slice(m_xml.sentences.at(c.sentence).range).toString());
    QVERIFY2(committed.contains(u"Ik zal uw Kamer voor 1 juni 2025 informeren over de uitkomsten van de gesprekken over de inzet van bevroren Russische tegoeden."_s),
             qPrintable(committed.join(u" | "_s)));
    QVERIFY2(committed.contains(u"De staatssecretaris van Defensie zal de Kamer na de zomer nader informeren over de Nederlandse bijdrage aan de missie."_s),
             qPrintable(committed.join(u" | "_s)));
    // The headers and footnotes are no commitments.
    for (const QString &sentence : std::as_const(committed))
        QVERIFY2(!sentence.startsWith(u"Nr. 3104"_s) && !sentence.startsWith(u"Zie de Kamerbrief"_s), qPrintable(sentence));
}

void TestOfficialXmlImporter::sameLetterAsTheCleanText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("letter.xml") << u"letter.xml"_s;
    QTest::newRow("letter.html") << u"letter.html"_s;
}

void TestOfficialXmlImporter::sameLetterAsTheCleanText()
{
    // tests/data/formats/letter.txt is the letter's clean text; the XML and
    // HTML renderings of it must read as the same letter.
    QFETCH(QString, name);
    const auto clean = importLetterData(formatsFile(u"letter.txt"_s), u"letter.txt"_s);
    QVERIFY2(clean.has_value(), qPrintable(clean ? QString() : clean.error().message));
    const QByteArray data = formatsFile(name);
    const auto letter = name.endsWith(u".xml"_s) ? importOfficialXml(data, name) : importOfficialHtml(data, name);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(withoutHeader(*letter), withoutHeader(*clean));
    QCOMPARE(letter->footnotes.size(), 6);
    QCOMPARE(letter->metadata.date, clean->metadata.date);
    QCOMPARE(letter->metadata.subject, clean->metadata.subject);
    QCOMPARE(letter->metadata.ministry, clean->metadata.ministry);
    QCOMPARE(letter->metadata.signatories.size(), clean->metadata.signatories.size());
    QCOMPARE(letter->metadata.signatories.at(0).function, clean->metadata.signatories.at(0).function);
    QCOMPARE(letter->metadata.signatories.at(0).name, clean->metadata.signatories.at(0).name);
    QCOMPARE(letter->metadata.kamerstuk, u"29398-1190"_s);
}

void TestOfficialXmlImporter::kamerstukNumber_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QString body = u"<algemeen><al>De minister zal de Kamer informeren.</al></algemeen>"_s;
    QTest::newRow("dossier-and-ondernummer")
        << (u"<kamerstuk><dossier><dossiernummer><dossiernr>36 410</dossiernr></dossiernummer><titel>Europese Zaken</titel></dossier>"
            u"<stuk><stuknr>Nr. <ondernummer>17</ondernummer></stuknr>"_s
            + body + u"</stuk></kamerstuk>"_s)
               .toUtf8()
        << u"36410-17"_s;
    QTest::newRow("begroting-with-toevoeging")
        << (u"<kamerstuk><dossier><dossiernummer><dossiernr>36 600</dossiernr> <toevoeging>V</toevoeging></dossiernummer>"
            u"<titel>Begroting Buitenlandse Zaken 2025</titel></dossier><stuk><stuknr>Nr. <ondernummer>12</ondernummer></stuknr>"_s
            + body + u"</stuk></kamerstuk>"_s)
               .toUtf8()
        << u"36600-V-12"_s;
    QTest::newRow("ondernummer-only-in-the-stuknr-text")
        << (u"<kamerstuk><dossier><dossiernummer>35 261</dossiernummer><titel>Wet</titel></dossier><stuk><stuknr>Nr. B</stuknr>"_s + body
            + u"</stuk></kamerstuk>"_s)
               .toUtf8()
        << u"35261-B"_s;
    QTest::newRow("older-lower-case-nr")
        << (u"<kamerstuk><dossier><dossiernummer>26 387</dossiernummer><titel>Actieprogramma</titel></dossier><stuk><stuknr>nr. 11</stuknr>"_s + body
            + u"</stuk></kamerstuk>"_s)
               .toUtf8()
        << u"26387-11"_s;
    QTest::newRow("from-the-meta-tags")
        << kamerstuk(body, u"<metadata><meta name=\"OVERHEIDop.dossiernummer\" content=\"21501-20\"/><meta name=\"OVERHEIDop.ondernummer\" content=\"2208\"/></metadata>"_s)
        << u"21501-20-2208"_s;
    QTest::newRow("from-the-identifier")
        << kamerstuk(body, u"<metadata><meta name=\"DC.identifier\" content=\"kst-32813-1450\"/></metadata>"_s) << u"32813-1450"_s;
    QTest::newRow("none-stated") << kamerstuk(body) << QString();
}

void TestOfficialXmlImporter::kamerstukNumber()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const auto letter = importOfficialXml(data, u"stuk.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->metadata.kamerstuk, expected);
}

void TestOfficialXmlImporter::metadataFromMetaTags_data()
{
    // What the letter itself does not print comes from the publication's
    // meta tags.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("ministry");
    const QString body = u"<algemeen><al>De minister zal de Kamer informeren.</al></algemeen>"_s;
    QTest::newRow("signing-date-not-the-publication-date")
        << kamerstuk(body,
                     u"<metadata><meta name=\"DCTERMS.issued\" content=\"2025-03-14\"/>"
                     u"<meta name=\"OVERHEIDop.datumOndertekening\" content=\"2025-03-12\"/></metadata>"_s)
        << QDate(2025, 3, 12) << QString() << QString();
    QTest::newRow("no-signing-date-no-date") << kamerstuk(body, u"<metadata><meta name=\"DCTERMS.issued\" content=\"2025-03-14\"/></metadata>"_s)
                                             << QDate() << QString() << QString();
    QTest::newRow("dc-title-without-subject-gives-the-dossier-title")
        << (u"<kamerstuk><metadata><meta name=\"DC.title\" content=\"Staat van de Europese Unie; Brief regering\"/></metadata>"
            u"<dossier><dossiernummer>36 412</dossiernummer><titel>Staat van de Europese Unie 2024</titel></dossier><stuk>"_s
            + body + u"</stuk></kamerstuk>"_s)
               .toUtf8()
        << QDate() << u"Staat van de Europese Unie 2024"_s << QString();
    QTest::newRow("ministry-from-the-authority-without-signatories")
        << kamerstuk(body, u"<metadata><meta name=\"OVERHEID.authority\" content=\"Ministerie van Financiën\"/></metadata>"_s) << QDate() << QString()
        << u"Financiën"_s;
}

void TestOfficialXmlImporter::metadataFromMetaTags()
{
    QFETCH(QByteArray, data);
    QFETCH(QDate, date);
    QFETCH(QString, subject);
    QFETCH(QString, ministry);
    const auto letter = importOfficialXml(data, u"meta.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->metadata.date, date);
    QCOMPARE(letter->metadata.subject, subject);
    QCOMPARE(letter->metadata.ministry, ministry);
}

void TestOfficialXmlImporter::plainSignatureLines()
{
    // An <ondertekening> without <functie>/<naam>: its lines are read as a
    // printed signature block, two signatories side by side in sequence.
    const auto letter = importOfficialXml(kamerstuk(u"<algemeen><al>Het kabinet zal de Kamer informeren.</al></algemeen>"
                                                    u"<tekst-sluiting><ondertekening><al>De minister van Volksgezondheid, Welzijn en Sport,</al>"
                                                    u"<al>Fleur Agema</al><al>De minister-president,</al><al>Dick Schoof</al></ondertekening></tekst-sluiting>"_s),
                                          u"plain.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->metadata.signatories.size(), 2);
    QCOMPARE(letter->metadata.signatories.at(0).function, u"De minister van Volksgezondheid, Welzijn en Sport"_s);
    QCOMPARE(letter->metadata.signatories.at(0).name, u"Fleur Agema"_s);
    QCOMPARE(letter->metadata.signatories.at(1).function, u"De minister-president"_s);
    QCOMPARE(letter->metadata.signatories.at(1).name, u"Dick Schoof"_s);
    QCOMPARE(letter->metadata.ministry, u"Volksgezondheid, Welzijn en Sport"_s);
}

void TestOfficialXmlImporter::dateWithoutIsoAttribute()
{
    const auto letter = importOfficialXml(
        kamerstuk(u"<algemeen><datumtekst>Den Haag, 4 maart 2025</datumtekst><al>Geachte voorzitter,</al><al>De minister zal de Kamer informeren.</al></algemeen>"_s),
        u"datum.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->metadata.date, QDate(2025, 3, 4));
    QCOMPARE(letter->metadata.dateText, u"4 maart 2025"_s);
    // A salutation in a plain <al> is still a salutation.
    QCOMPARE(letter->paragraphs.at(1).kind, ParagraphKind::Salutation);
}

void TestOfficialXmlImporter::noteLabelsThatAreNoNumbers()
{
    // "*" and a repeated "1" (a table note) get the next free numbers.
    const auto letter = importOfficialXml(
        kamerstuk(u"<algemeen><al>Eerste.<noot id=\"a\"><noot.nr>1</noot.nr><noot.al>Een.</noot.al></noot> Tweede.<noot id=\"b\"><noot.nr>*</noot.nr>"
                  u"<noot.al>Ster.</noot.al></noot> Derde.<noot id=\"c\" type=\"tabel\"><noot.nr>1</noot.nr><noot.al>Tabel.</noot.al></noot>"
                  u" Vierde.<nootref refid=\"onbekend\"/></al></algemeen>"_s),
        u"noten.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->footnotes.size(), 3);
    const QStringList texts{u"Een."_s, u"Ster."_s, u"Tabel."_s};
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(letter->footnotes.at(i).number, int(i + 1));
        QCOMPARE(letter->slice(letter->footnotes.at(i).range).toString(), texts.at(i));
        QCOMPARE(letter->footnotes.at(i).markers.size(), 1);
    }
    // A reference to a note that does not exist leaves no marker.
    QCOMPARE(letter->slice(letter->paragraphs.at(0).range).toString(), u"Eerste. Tweede. Derde. Vierde."_s);
}

void TestOfficialXmlImporter::privateUseCharactersAreNoMarkers()
{
    // U+E001 is what a marker for note 1 looks like inside the pipeline.
    const auto letter = importOfficialXml(kamerstuk(u"<algemeen><al>Tekst\uE001 met een teken.</al></algemeen>"_s), u"pua.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QVERIFY(letter->footnotes.isEmpty());
    QCOMPARE(letter->text, u"Tekst met een teken."_s);
}

void TestOfficialXmlImporter::nestingUpToTheLimitIsRead()
{
    // officiele-publicatie, kamerstuk, stuk, algemeen and the <al> make 5.
    const QByteArray deepest = "<kamerstuk><stuk><algemeen>" + nested("<divisie>", "</divisie>", 195, "<al>Diep genest.</al>") + "</algemeen></stuk></kamerstuk>";
    const auto letter = importOfficialXml("<officiele-publicatie>" + deepest + "</officiele-publicatie>", u"diep.xml"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->text, u"Diep genest."_s);
    const QByteArray tooDeep = "<officiele-publicatie><kamerstuk><stuk><algemeen>" + nested("<divisie>", "</divisie>", 196, "<al>Te diep.</al>")
        + "</algemeen></stuk></kamerstuk></officiele-publicatie>";
    QVERIFY(!importOfficialXml(tooDeep, u"te-diep.xml"_s).has_value());
}

void TestOfficialXmlImporter::refusesBadXml_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("tag-mismatch-with-line-and-column") << u"tag-mismatch.xml"_s << fixture(u"tag-mismatch.xml"_s)
                                                       << u"tag-mismatch.xml: line 7, column 20: the XML is malformed"_s;
    QTest::newRow("truncated") << u"truncated-kamerstuk.xml"_s << fixture(u"truncated-kamerstuk.xml"_s) << u"the XML ends too early"_s;
    QTest::newRow("billion-laughs") << u"billion-laughs.xml"_s << fixture(u"billion-laughs.xml"_s)
                                    << u"billion-laughs.xml uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("external-entity") << u"external-entity.xml"_s << fixture(u"external-entity.xml"_s)
                                     << u"external-entity.xml uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("nested-deeper-than-200") << u"diep.xml"_s << nested("<kamerstuk>", "</kamerstuk>", 201, "<al>x</al>")
                                            << u"diep.xml nests its elements more than 200 deep"_s;
    QTest::newRow("larger-than-50-MB") << u"groot.xml"_s << QByteArray(50 * 1024 * 1024 + 1, ' ') << u"groot.xml is larger than 50 MB"_s;
    QTest::newRow("other-xml") << u"not-a-kamerstuk.xml"_s << fixture(u"not-a-kamerstuk.xml"_s)
                               << u"not-a-kamerstuk.xml is XML but not an officielebekendmakingen kamerstuk (its root element is <rss>)."_s;
    QTest::newRow("officiele-publicatie-without-kamerstuk")
        << u"stcrt.xml"_s << QByteArray("<officiele-publicatie><staatscourant><al>Besluit.</al></staatscourant></officiele-publicatie>")
        << u"stcrt.xml is XML but not an officielebekendmakingen kamerstuk"_s;
    QTest::newRow("empty") << u"leeg.xml"_s << QByteArray("  \n") << u"leeg.xml is empty."_s;
    QTest::newRow("binary") << u"data.bin"_s << QByteArray("\x00\x01\x02\x03", 4) << u"data.bin: line 1"_s;
    QTest::newRow("kamerstuk-without-text") << u"kaal.xml"_s << kamerstuk(u"<stuknr>Nr. 4</stuknr><algemeen/>"_s)
                                            << u"kaal.xml contains no letter text."_s;
}

void TestOfficialXmlImporter::refusesBadXml()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto letter = importOfficialXml(data, fileName);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.startsWith(fileName), qPrintable(letter.error().message));
    QVERIFY2(letter.error().message.contains(message), qPrintable(letter.error().message));
}

void TestOfficialXmlImporter::refusesBadHtml_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("nested-deeper-than-200") << u"diep.html"_s << "<html><body>" + nested("<div>", "</div>", 300, "<p>x</p>")
                                            << u"diep.html nests its elements more than 200 deep"_s;
    QTest::newRow("larger-than-50-MB") << u"groot.html"_s << QByteArray(50 * 1024 * 1024 + 1, ' ') << u"groot.html is larger than 50 MB"_s;
    QTest::newRow("empty") << u"leeg.html"_s << QByteArray() << u"leeg.html is empty."_s;
    QTest::newRow("page-chrome-only") << u"menu.html"_s
                                      << QByteArray("<html><head><title>Zoeken</title></head><body><nav><ul><li>Home<li>Zoeken</ul></nav>"
                                                    "<script>document.write('<p>tekst</p>')</script></body></html>")
                                      << u"menu.html contains no letter text."_s;
    QTest::newRow("broken-utf8") << u"kapot.html"_s << QByteArray("<p>Oekra\xc3\xafne en Oekra\xefne</p>") << u"kapot.html"_s;
}

void TestOfficialXmlImporter::refusesBadHtml()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto letter = importOfficialHtml(data, fileName);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.startsWith(fileName), qPrintable(letter.error().message));
    QVERIFY2(letter.error().message.contains(message), qPrintable(letter.error().message));
}

void TestOfficialXmlImporter::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("xml");
    QTest::addColumn<bool>("html");
    QTest::newRow("kamerstuk-xml") << fixture(u"kamerstuk-brief.xml"_s).left(512) << true << false;
    QTest::newRow("bare-kamerstuk-with-bom") << QByteArray("\xEF\xBB\xBF\n<kamerstuk>") << true << false;
    QTest::newRow("kamerstukdossier-is-another-element") << QByteArray("<kamerstukdossier id=\"1\">") << false << false;
    QTest::newRow("html-page") << fixture(u"kamerstuk-brief.html"_s).left(512) << false << true;
    QTest::newRow("xhtml") << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">") << false << true;
    QTest::newRow("plain-text") << QByteArray("Geachte voorzitter,\n<kamerstuk>") << false << false;
    QTest::newRow("rss") << fixture(u"not-a-kamerstuk.xml"_s).left(512) << false << false;
}

void TestOfficialXmlImporter::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, xml);
    QFETCH(bool, html);
    QCOMPARE(looksLikeOfficialXml(head), xml);
    QCOMPARE(looksLikeHtml(head), html);
}

QTEST_GUILESS_MAIN(TestOfficialXmlImporter)

#include "tst_officialxmlimporter.moc"
