// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/importer.h"

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

const Sentence *sentenceStartingWith(const Letter &letter, QStringView start)
{
    for (const Sentence &s : letter.sentences) {
        if (letter.slice(s.range).startsWith(start))
            return &s;
    }
    return nullptr;
}

// Wrapped body text as pdftotext gives it: lines of 60 to 90 characters,
// each a different sentence, numbered so that none repeats.
QString wrappedBody(int lines, int first)
{
    static const QStringList pieces{u"Het kabinet werkt met de provincies aan de uitvoering van het programma"_s,
                                    u"en bespreekt de voortgang elk kwartaal met de betrokken gemeenten en"_s,
                                    u"waterschappen, zodat de afspraken uit het akkoord worden nagekomen"_s};
    QString out;
    for (int n = 0; n < lines; ++n)
        out += pieces.at(n % pieces.size()) + u" (regel %1).\n"_s.arg(first + n);
    return out;
}

} // namespace

class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The example letter (a Word export).
    void exampleHasNoMarkupLeft();
    void exampleHeadings();
    void exampleBullets();
    void exampleFootnotes();
    void exampleSalutationAndSignatories();
    void exampleSentenceCount();
    void exampleSentenceBoundaries_data();
    void exampleSentenceBoundaries();
    void exampleStructureIsConsistent();

    // Hand-made fixtures.
    void wrappedPdfLetterParagraphs();
    void wrappedPdfLetterMetadata();
    void windows1252Letter();
    void crlfLetter();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsUnsupportedFormats_data();
    void rejectsUnsupportedFormats();
    void wordMarkupInMemory();
    void recurringLines_data();
    void recurringLines();

private:
    Letter m_example;
};

void TestPlainTextImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto letter = importLetter(dataPath(u"kamerbrief-2025-03-04-oekraine.txt"_s));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    m_example = *letter;
}

void TestPlainTextImporter::exampleHasNoMarkupLeft()
{
    QVERIFY(!m_example.text.isEmpty());
    QVERIFY(!m_example.text.contains(u"[bookmark"_s));
    QVERIFY(!m_example.text.contains(u"[footnoteRef"_s));
    QVERIFY(!m_example.text.contains(u"[2:"_s));
    QVERIFY(!m_example.text.contains(u"[3:"_s));
    QVERIFY(!m_example.text.contains(u"[4:"_s));
    QVERIFY(!m_example.text.contains(u"  "_s));
    QVERIFY(!m_example.text.contains(u"\n\n"_s));
    QVERIFY(!m_example.text.contains(u'\t'));
}

void TestPlainTextImporter::exampleHeadings()
{
    const QStringList expected = {u"Vredesonderhandelingen"_s,
                                  u"Bezoeken aan Washington"_s,
                                  u"Internationale gesprekken"_s,
                                  u"EU voorstel voor militaire steun"_s,
                                  u"Buitengewone Europese Raad"_s,
                                  u"Oekraïne resoluties in de VN"_s,
                                  u"Sancties en bevroren Russische centrale banktegoeden"_s,
                                  u"Herstel en wederopbouw"_s,
                                  u"Conclusie"_s};
    QCOMPARE(paragraphTexts(m_example, ParagraphKind::Heading), expected);
}

void TestPlainTextImporter::exampleBullets()
{
    const QStringList bullets = paragraphTexts(m_example, ParagraphKind::Bullet);
    QCOMPARE(bullets.size(), 3);
    QVERIFY(bullets.at(0).startsWith(u"Militaire hulp aan Oekraïne gaat door"_s));
    QVERIFY(bullets.at(1).startsWith(u"De druk op Rusland"_s));
    QVERIFY(bullets.at(2).startsWith(u"Geen vredesonderhandelingen over Oekraïne"_s));
    QVERIFY(bullets.at(0).endsWith(u"in de toekomst."_s));
    QCOMPARE(bullets.at(1), u"De druk op Rusland moet hoog blijven, onder andere door middel van sancties."_s);
}

void TestPlainTextImporter::exampleFootnotes()
{
    const QList<Footnote> &notes = m_example.footnotes;
    QCOMPARE(notes.size(), 3);
    const QList<int> numbers = {notes.at(0).number, notes.at(1).number, notes.at(2).number};
    QCOMPARE(numbers, (QList<int>{2, 3, 4}));
    QCOMPARE(m_example.slice(notes.at(0).range), u"Kamerstuk 2025.D.08281"_s);
    QCOMPARE(m_example.slice(notes.at(1).range), u"Verzonden op 4 maart 2025."_s);
    QCOMPARE(m_example.slice(notes.at(2).range), u"Kamerstuk 36 045, nr. 191."_s);

    // Exactly one marker each (Word repeats the notes at the end of the
    // export; those repeats are not markers), right after the noted words.
    const QStringList before = {u"voor deze buitengewone Europese Raad."_s, u"staten en hun eigendommen."_s, u"motie Timmermans-Yeşilgöz"_s};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(notes.at(k).markers.size(), 1);
        const qsizetype m = notes.at(k).markers.first();
        QCOMPARE(m_example.text.mid(m - before.at(k).size(), before.at(k).size()), before.at(k));
    }
    QCOMPARE(m_example.text.mid(notes.at(2).markers.first(), 2), u", "_s);

    // The note texts are Footnote paragraphs after the body, in number order.
    const qsizetype n = m_example.paragraphs.size();
    for (int k = 0; k < 3; ++k) {
        const Paragraph &p = m_example.paragraphs.at(n - 3 + k);
        QCOMPARE(p.kind, ParagraphKind::Footnote);
        QCOMPARE(p.range, notes.at(k).range);
        QVERIFY(notes.at(k).markers.first() < m_example.paragraphs.at(n - 4).range.end);
    }
}

void TestPlainTextImporter::exampleSalutationAndSignatories()
{
    QCOMPARE(m_example.paragraphs.first().kind, ParagraphKind::Salutation);
    QCOMPARE(m_example.slice(m_example.paragraphs.first().range), u"Geachte voorzitter,"_s);
    QCOMPARE(paragraphTexts(m_example, ParagraphKind::Signature),
             (QStringList{u"De minister van Buitenlandse Zaken, Caspar Veldkamp"_s, u"De minister van Defensie, Ruben Brekelmans"_s}));
    QVERIFY(paragraphTexts(m_example, ParagraphKind::Header).isEmpty());

    const QList<Signatory> &sigs = m_example.metadata.signatories;
    QCOMPARE(sigs.size(), 2);
    QCOMPARE(sigs.at(0).function, u"De minister van Buitenlandse Zaken"_s);
    QCOMPARE(sigs.at(0).name, u"Caspar Veldkamp"_s);
    QCOMPARE(sigs.at(1).function, u"De minister van Defensie"_s);
    QCOMPARE(sigs.at(1).name, u"Ruben Brekelmans"_s);
    QCOMPARE(m_example.metadata.ministry, u"Buitenlandse Zaken"_s);
    QVERIFY(!m_example.metadata.date.isValid());
}

void TestPlainTextImporter::exampleSentenceCount()
{
    // Counted by hand: 128 sentences in body and bullet paragraphs, plus the
    // salutation, 9 headings, 2 signatures and 3 footnotes, each one unit.
    // "... 2 maart jl. Naast Europese leiders ..." is two: "jl." before a
    // capital closes the sentence.
    QCOMPARE(m_example.sentences.size(), 147);
}

void TestPlainTextImporter::exampleSentenceBoundaries_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");

    QTest::newRow("d.d. and jl. inside") << u"Met referte aan de Kamerbrief d.d. 17 februari jl."_s
                                         << u"van de Nederlandse inzet ten aanzien van de Russische oorlog tegen Oekraïne."_s;
    QTest::newRow("jl. near the start") << u"Op 24 februari jl. hebben we stilgestaan"_s << u"oorlog tegen Oekraïne."_s;
    QTest::newRow("a.s. inside") << u"De extra Europese Raad van 6 maart a.s."_s << u"een belangrijk moment zijn."_s;
    QTest::newRow("jl. before a capital") << u"Meer dan ooit zal Europa"_s << u"en in Londen van 2 maart jl."_s;
    QTest::newRow("after jl.") << u"Naast Europese leiders"_s << u"Europese Raad Costa hieraan deel."_s;
    QTest::newRow("percentage") << u"Het vorige kabinet heeft besloten"_s << u"BNP 2% bijdraagt aan de Oekraïense herstel- en wederopbouwbehoeften."_s;
    QTest::newRow("amounts") << u"De totale herstel- en wederopbouwkosten"_s << u"USD 38 miljard in vergelijking tot een jaar geleden."_s;
    QTest::newRow("footnote marker inside") << u"Op basis van de nieuwe RDNA"_s << u"humanitaire hulp aan Oekraïne."_s;
    QTest::newRow("sentence before a footnote marker") << u"Informatie over de verwachte discussie"_s
                                                       << u"via de geannoteerde agenda voor deze buitengewone Europese Raad."_s;
    QTest::newRow("93 starts a sentence") << u"93 landen wereldwijd"_s << u"duurzame vrede gestemd."_s;
    QTest::newRow("nr. in a footnote") << u"Kamerstuk 36 045, nr. 191."_s << u"Kamerstuk 36 045, nr. 191."_s;
    QTest::newRow("heading is one unit") << u"Sancties en bevroren"_s << u"centrale banktegoeden"_s;
}

void TestPlainTextImporter::exampleSentenceBoundaries()
{
    QFETCH(QString, start);
    QFETCH(QString, end);

    const Sentence *s = sentenceStartingWith(m_example, start);
    QVERIFY2(s, qPrintable(start));
    QVERIFY2(m_example.slice(s->range).endsWith(end), qPrintable(m_example.slice(s->range).toString()));
}

void TestPlainTextImporter::exampleStructureIsConsistent()
{
    // Paragraphs tile the text with single '\n' separators.
    QStringList slices;
    for (const Paragraph &p : m_example.paragraphs)
        slices.append(m_example.slice(p.range).toString());
    QCOMPARE(slices.join(u'\n'), m_example.text);

    // Every sentence lies inside its own paragraph, in order, without overlap.
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < m_example.sentences.size(); ++i) {
        const Sentence &s = m_example.sentences.at(i);
        QVERIFY(s.paragraph >= 0 && s.paragraph < m_example.paragraphs.size());
        const TextRange p = m_example.paragraphs.at(s.paragraph).range;
        QVERIFY(s.range.start >= p.start && s.range.end <= p.end);
        QVERIFY(s.range.length() > 0);
        QVERIFY(s.range.start >= previousEnd);
        QVERIFY(!m_example.slice(s.range).front().isSpace() && !m_example.slice(s.range).back().isSpace());
        QCOMPARE(m_example.sentenceAt(s.range.start), int(i));
        previousEnd = s.range.end;
    }
}

void TestPlainTextImporter::wrappedPdfLetterParagraphs()
{
    const auto letter = importLetter(dataPath(u"import/wrapped-pdf-letter.txt"_s));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));

    using K = ParagraphKind;
    const QList<std::pair<K, QString>> expected = {
        {K::Header, u"Datum 12 mei 2024"_s},
        {K::Header, u"Betreft Voortgang van de noord-zuidverbinding"_s},
        {K::Salutation, u"Geachte voorzitter,"_s},
        {K::Body,
         u"Hierbij informeer ik uw Kamer over de voortgang van de aanleg in Noord-Holland. Het kabinet heeft in de afgelopen "
         u"maanden met de provincie en de gemeenten gesproken over de verdeling van de financiële verantwoordelijkheid voor het "
         u"beheer. Die gesprekken zijn inmiddels afgerond en de uitkomst is vastgelegd in een bestuursovereenkomst."_s},
        {K::Heading, u"Planning en financiering"_s},
        {K::Body,
         u"De aanleg begint in het najaar van 2025. De kosten worden geraamd op EUR 1,2 miljard, waarvan het Rijk 60% draagt. "
         u"Ik zal uw Kamer voor de zomer informeren over de aanbesteding."_s},
        {K::Body,
         u"Zoals toegezegd in het commissiedebat van 3 april jl. heb ik de gevolgen voor de omgeving laten onderzoeken door het "
         u"bureau van prof. M.A. de Wit."_s},
        // Runs on across the page break, past the footer and the repeated column.
        {K::Body,
         u"Met de betrokken partijen heb ik afgesproken dat zij de komende jaren hun inzet op het project onverminderd "
         u"voortzetten, ook wanneer de kosten hoger uitvallen dan nu geraamd. Over de verdeling van eventuele meerkosten maak "
         u"ik nog nadere afspraken."_s},
        {K::Body, u"Het kabinet zal de volgende stappen zetten:"_s},
        {K::Bullet, u"de provincie ontvangt een bijdrage voor de voorbereiding van het project;"_s},
        {K::Bullet, u"het Rijk stelt een onafhankelijke toezichthouder aan;"_s},
        {K::Bullet, u"de Kamer ontvangt twee keer per jaar een voortgangsrapportage."_s},
        {K::Body, u"Ik vertrouw erop uw Kamer hiermee voldoende te hebben geïnformeerd."_s},
        {K::Closing, u"Hoogachtend,"_s},
        {K::Signature, u"De minister van Infrastructuur en Waterstaat, Mark Harbers"_s},
    };
    QList<std::pair<K, QString>> actual;
    for (const Paragraph &p : letter->paragraphs)
        actual.append({p.kind, letter->slice(p.range).toString()});
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        QCOMPARE(paragraphKindName(actual.at(i).first), paragraphKindName(expected.at(i).first));
        QCOMPARE(actual.at(i).second, expected.at(i).second);
    }
    QCOMPARE(actual.size(), expected.size());

    for (const QString &furniture : {u"Pagina"_s, u"Postbus"_s, u"Retouradres"_s, u"Kamerbrief voortgang"_s, u"Rijnlandse Kade"_s,
                                     u"J. Jansen"_s, u"2500 EX"_s, u"IenW/BSK"_s, u"Ministerie"_s, u"rijksoverheid.nl"_s})
        QVERIFY2(!letter->text.contains(furniture), qPrintable(furniture));

    // Sentences follow the re-flowed text: "jl.", "prof." and "M.A." do not split.
    const Sentence *s = sentenceStartingWith(*letter, u"Zoals toegezegd");
    QVERIFY(s);
    QVERIFY(letter->slice(s->range).endsWith(u"prof. M.A. de Wit."));
    QCOMPARE(letter->sentences.size(), 20);
}

void TestPlainTextImporter::wrappedPdfLetterMetadata()
{
    const auto letter = importLetter(dataPath(u"import/wrapped-pdf-letter.txt"_s));
    QVERIFY(letter.has_value());
    const LetterMetadata &m = letter->metadata;
    QCOMPARE(m.date, QDate(2024, 5, 12));
    QCOMPARE(m.dateText, u"12 mei 2024"_s);
    QCOMPARE(m.subject, u"Voortgang van de noord-zuidverbinding"_s);
    QCOMPARE(m.ministry, u"Infrastructuur en Waterstaat"_s);
    QCOMPARE(m.references, (QStringList{u"IenW/BSK-2024/123"_s, u"2024Z01234"_s}));
    QCOMPARE(m.signatories.size(), 1);
    QCOMPARE(m.signatories.first().function, u"De minister van Infrastructuur en Waterstaat"_s);
    QCOMPARE(m.signatories.first().name, u"Mark Harbers"_s);
    QCOMPARE(letter->title(), m.subject);
}

void TestPlainTextImporter::windows1252Letter()
{
    const auto letter = importLetter(dataPath(u"import/windows-1252.txt"_s));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Body),
             QStringList{u"Het kabinet trekt € 5 miljoen uit voor Oekraïne en België. De minister noemt dit “een goede stap” en ‘nodig’."_s});
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Closing), QStringList{u"Hoogachtend,"_s});
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Signature), QStringList{u"De minister van Financiën, Eelco Heinen"_s});
    QCOMPARE(letter->metadata.ministry, u"Financiën"_s);
    QVERIFY(!letter->text.contains(u'\r'));
}

void TestPlainTextImporter::crlfLetter()
{
    const auto letter = importLetter(dataPath(u"import/crlf.txt"_s));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QVERIFY(!letter->text.contains(u'\r'));
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Salutation), QStringList{u"Geachte voorzitter,"_s});
    // The lone CR is a line break inside the second (short, wrapped) paragraph.
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Body),
             (QStringList{u"Dit is de eerste alinea. Zij loopt over één regel."_s, u"Dit is de tweede alinea. Met een oude Mac-regelovergang."_s}));
    QCOMPARE(letter->sentences.size(), 5);
}

void TestPlainTextImporter::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << u"import/empty.txt"_s << u"is empty"_s;
    QTest::newRow("whitespace only") << u"import/whitespace-only.txt"_s << u"is empty"_s;
    QTest::newRow("binary") << u"import/binary.bin"_s << u"is not a text file"_s;
    QTest::newRow("broken utf-8") << u"import/broken-utf8.txt"_s << u"not valid UTF-8"_s;
    QTest::newRow("missing") << u"import/no-such-letter.txt"_s << u"does not exist"_s;
}

void TestPlainTextImporter::rejectsBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);

    const QString path = dataPath(file);
    const auto letter = importLetter(path);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.contains(path), qPrintable(letter.error().message));
    QVERIFY2(letter.error().message.contains(messagePart), qPrintable(letter.error().message));
}

void TestPlainTextImporter::rejectsUnsupportedFormats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << u"is a PDF file"_s;
    QTest::newRow("zip container without word/document.xml") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << u"not a Word document"_s;
    QTest::newRow("word 97-2003") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10) << u"Word 97-2003"_s;
    QTest::newRow("markup only") << QByteArray("[bookmark: _Hlk1]\n[footnoteRef:1]\n") << u"contains no letter text"_s;
}

void TestPlainTextImporter::rejectsUnsupportedFormats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);

    const auto letter = importLetterData(bytes, u"brief.pdf"_s);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.contains(u"brief.pdf"_s), qPrintable(letter.error().message));
    QVERIFY2(letter.error().message.contains(messagePart), qPrintable(letter.error().message));
}

void TestPlainTextImporter::wordMarkupInMemory()
{
    // A note text holding brackets, a marker between spaces, tabs and space
    // runs, and the repeated notes Word puts at the end of the export.
    const QByteArray data = "Geachte voorzitter,\n\n"
                            "[bookmark: _Hlk1]Het kabinet   steunt\tde motie [footnoteRef:1] van het lid Jansen. "
                            "Dat blijft zo.[footnoteRef:2] [1:  Kamerstuk 21 501-20 [motie], nr. 7.] [2: Zie ook de brief.]\n\n"
                            "Hoogachtend,\n\nDe minister-president,\n\n\n"
                            "[footnoteRef:1]\n[1:  Kamerstuk 21 501-20 [motie], nr. 7.]\n";
    const auto letter = importLetterData(data, u"geheugen.txt"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Body),
             QStringList{u"Het kabinet steunt de motie van het lid Jansen. Dat blijft zo."_s});
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Footnote),
             (QStringList{u"Kamerstuk 21 501-20 [motie], nr. 7."_s, u"Zie ook de brief."_s}));
    QCOMPARE(letter->footnotes.size(), 2);
    const qsizetype m1 = letter->footnotes.at(0).markers.value(0, -1);
    QCOMPARE(letter->footnotes.at(0).markers.size(), 1);
    QCOMPARE(letter->text.left(m1).right(8), u"de motie"_s);
    const qsizetype m2 = letter->footnotes.at(1).markers.value(0, -1);
    QCOMPARE(letter->text.left(m2).right(14), u"Dat blijft zo."_s);
    QCOMPARE(paragraphTexts(*letter, ParagraphKind::Signature), QStringList{u"De minister-president"_s});
    QCOMPARE(letter->metadata.signatories.size(), 1);
    QVERIFY(letter->metadata.signatories.first().name.isEmpty());
    QCOMPARE(letter->metadata.ministry, u"Algemene Zaken"_s);
}

// Running headers and footers recur, and so do lists and table columns in
// the text: only the first are page furniture.
void TestPlainTextImporter::recurringLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");

    const QString start = u"Datum 3 februari 2025\nBetreft Voortgang van het programma\n\nGeachte voorzitter,\n\n"_s;
    const QString end = u"\nHoogachtend,\n\nDe minister van Infrastructuur en Waterstaat,\n"_s;
    const QString list = u"Zie de eerdere brieven:\n- Kamerstuk 32 813, nr. 1201\n- Kamerstuk 32 813, nr. 1288\n"
                         u"- Kamerstuk 32 813, nr. 1302\n- Kamerstuk 32 813, nr. 1340\n"_s;
    const QString column = u"Openstaand\nOpenstaand\nVoldaan\nOpenstaand\n"_s;

    QString paged = start;
    for (int page = 1; page <= 3; ++page) {
        if (page > 1)
            paged += u"\fKamerbrief voortgang programma\n"_s;
        paged += wrappedBody(8, page * 100);
        if (page == 2)
            paged += list + wrappedBody(4, 250) + column;
        paged += wrappedBody(8, page * 100 + 50);
        if (page == 3)
            paged += end;
        paged += u"Pagina %1 van 3\n"_s.arg(page);
    }
    QTest::newRow("pages: footer and header dropped, list and column kept")
        << paged << QStringList{u"Kamerstuk 32 813, nr. 1201"_s, u"nr. 1340"_s, u"Openstaand Openstaand Voldaan Openstaand"_s}
        << QStringList{u"Pagina"_s, u"Kamerbrief voortgang programma"_s};

    // Copied out of a PDF: no page breaks, the header once every 20 lines.
    QString flat = start;
    for (int page = 1; page <= 3; ++page) {
        flat += wrappedBody(10, page * 100);
        if (page == 2)
            flat += list + column;
        flat += wrappedBody(10, page * 100 + 50);
        flat += u"Ons kenmerk IenW/BSK-2025/%1\n"_s.arg(page * 7);
    }
    flat += end;
    QTest::newRow("no page breaks: header dropped, list and column kept")
        << flat << QStringList{u"Kamerstuk 32 813, nr. 1288"_s, u"nr. 1302"_s, u"Openstaand Openstaand Voldaan Openstaand"_s}
        << QStringList{u"Ons kenmerk"_s};

    // Lines of one shape, one after another: text, however often they recur.
    QString same = start;
    for (int n = 1; n <= 30; ++n)
        same += u"Het kabinet zal de Kamer voor het einde van het jaar informeren over dossier %1.\n"_s.arg(n);
    same += end;
    QTest::newRow("thirty lines of one shape kept") << same
                                                    << QStringList{u"over dossier 1."_s, u"over dossier 17."_s, u"over dossier 30."_s}
                                                    << QStringList{};
}

void TestPlainTextImporter::recurringLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    const auto letter = importLetterData(text.toUtf8(), u"herhaling.txt"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    for (const QString &k : kept)
        QVERIFY2(letter->text.contains(k), qPrintable(u"lost: "_s + k));
    for (const QString &d : dropped)
        QVERIFY2(!letter->text.contains(d), qPrintable(u"left in: "_s + d));
}

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
