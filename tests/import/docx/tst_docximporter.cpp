// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The DOCX importer on the fixtures of tests/data/import/docx (written by
// make-fixtures.py there): paragraph kinds and texts, footnotes and their
// markers, the letterhead in the metadata, and a clear error for every kind
// of bad file.

#include "analysis/analyzer.h"
#include "import/docx/docximporter.h"
#include "import/importer.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QString fixturePath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA) + u"/import/docx/"_s + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Expected<Letter> importFixture(const QString &name)
{
    return importDocx(readFixture(name), name);
}

// "kind: text" per paragraph, so that a mismatch shows both at once.
QStringList describe(const Letter &letter)
{
    QStringList out;
    for (const Paragraph &p : letter.paragraphs)
        out.append(paragraphKindName(p.kind) + u": "_s + letter.slice(p.range));
    return out;
}

void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// A valid ZIP archive of `count` empty stored entries, word/document.xml
// among them: only the entry count is wrong with it.
QByteArray zipWithEntries(int count)
{
    QByteArray local;
    QByteArray central;
    for (int i = 0; i < count; ++i) {
        const QByteArray name = i == 0 ? QByteArrayLiteral("word/document.xml") : u"x/%1"_s.arg(i).toLatin1();
        const quint32 offset = quint32(local.size());
        local.append("PK\x03\x04", 4);
        appendLe16(local, 20); // version needed
        appendLe16(local, 0); // flags
        appendLe16(local, 0); // stored
        appendLe32(local, 0); // time, date
        appendLe32(local, 0); // crc of nothing
        appendLe32(local, 0); // compressed size
        appendLe32(local, 0); // size
        appendLe16(local, quint16(name.size()));
        appendLe16(local, 0);
        local.append(name);
        central.append("PK\x01\x02", 4);
        appendLe16(central, 20);
        appendLe16(central, 20);
        appendLe16(central, 0);
        appendLe16(central, 0);
        appendLe32(central, 0);
        appendLe32(central, 0);
        appendLe32(central, 0);
        appendLe32(central, 0);
        appendLe16(central, quint16(name.size()));
        appendLe16(central, 0); // extra
        appendLe16(central, 0); // comment
        appendLe16(central, 0); // disk
        appendLe16(central, 0); // internal attributes
        appendLe32(central, 0); // external attributes
        appendLe32(central, offset);
        central.append(name);
    }
    QByteArray zip = local + central;
    zip.append("PK\x05\x06", 4);
    appendLe16(zip, 0);
    appendLe16(zip, 0);
    appendLe16(zip, quint16(count));
    appendLe16(zip, quint16(count));
    appendLe32(zip, quint32(central.size()));
    appendLe32(zip, quint32(local.size()));
    appendLe16(zip, 0);
    return zip;
}

} // namespace

class TestDocxImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paragraphs_data();
    void paragraphs();
    void metadata_data();
    void metadata();
    void footnotes_data();
    void footnotes();
    void sideColumnAndPageFurnitureAreNoBodyText_data();
    void sideColumnAndPageFurnitureAreNoBodyText();
    void sentencesFollowParagraphs();
    void analysisFindsTheCommitment();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsHugeEntryCount();
    void rejectsOversizedFile();
    void looksLikeDocx_data();
    void looksLikeDocx();
    void formatsLetter();
};

void TestDocxImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocxImporter::paragraphs_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("template-letter-kinds-and-signatures") << u"rijksoverheid-letter.docx"_s
                                                          << QStringList{
                                                                 u"header: Datum 4 maart 2025"_s,
                                                                 u"header: Betreft Voortgang steun aan Oekraïne"_s,
                                                                 u"salutation: Geachte voorzitter,"_s,
                                                                 u"body: Met deze brief informeer ik uw Kamer over de steun aan Oekraïne, zoals toegezegd in "
                                                                 u"het commissiedebat van 12 februari jl. Deze brief is mede namens de minister van Defensie."_s,
                                                                 u"heading: Militaire steun"_s,
                                                                 u"body: Nederland heeft in 2024 voor 2 miljard euro aan militaire steun geleverd. Het kabinet "
                                                                 u"zal uw Kamer voor de zomer informeren over de voortgang van de leveringen."_s,
                                                                 u"bullet: F-16-toestellen en munitie"_s,
                                                                 u"bullet: Luchtverdediging"_s,
                                                                 u"heading: Financiële steun"_s,
                                                                 u"body: Zoals beschreven in paragraaf 2 blijft de steun voor herstel op peil."_s,
                                                                 u"body: Onderdeel 2024 2025"_s,
                                                                 u"body: Munitie 120 150"_s,
                                                                 u"body: De Europese Raad komt op 6 maart bijeen."_s,
                                                                 u"closing: Hoogachtend,"_s,
                                                                 u"signature: De minister van Buitenlandse Zaken, Caspar Veldkamp"_s,
                                                                 u"signature: De minister van Defensie, Ruben Brekelmans"_s,
                                                                 u"footnote: Kamerstuk 21 501-20, nr. 2208."_s,
                                                                 u"footnote: Kamerstuk 36 045, nr. 191."_s,
                                                             };
    QTest::newRow("styles-numbering-bold-and-typed-bullets") << u"styles.docx"_s
                                                             << QStringList{
                                                                    u"heading: Inleiding"_s, // "heading 1"
                                                                    u"body: Dit is de eerste alinea van de brief."_s,
                                                                    u"heading: Achtergrond"_s, // localised id, English name
                                                                    u"heading: Maatregelen"_s, // based on Heading1
                                                                    u"heading: Hoofdlijnen"_s, // outline level
                                                                    u"bullet: Een punt in een lijst met opsommingstekens."_s, // "List Bullet"
                                                                    u"bullet: Een genummerd punt."_s, // w:numPr
                                                                    u"body: Een alinea in een genummerde stijl zonder nummer."_s, // numId 0
                                                                    u"bullet: Een alinea in een genummerde stijl."_s, // numbering from the style
                                                                    u"heading: Conclusies"_s, // id "Kop3", not in styles.xml
                                                                    u"body: Het kabinet trekt hieruit conclusies."_s,
                                                                    u"bullet: Een getypt opsommingsteken."_s,
                                                                    u"heading: Samenvatting"_s, // bold character style
                                                                    u"heading: Vervolg"_s, // bold run
                                                                    u"body: Gewone korte regel"_s, // short, plain, before a heading
                                                                    u"heading: Slotopmerking"_s, // Title after the salutation area
                                                                    u"body: Deze zin is vetgedrukt maar geen kop."_s,
                                                                    u"body: Zichtbare tekst."_s, // hidden run dropped
                                                                    u"body: Dit is de laatste alinea."_s,
                                                                };
    QTest::newRow("footnotes-leave-no-trace-in-the-body") << u"footnotes.docx"_s
                                                          << QStringList{
                                                                 u"salutation: Geachte voorzitter,"_s,
                                                                 u"body: De motie Van Dijk vraagt het kabinet om een brief."_s,
                                                                 u"body: Het rapport van de commissie is openbaar gemaakt."_s,
                                                                 u"closing: Hoogachtend,"_s,
                                                                 u"footnote: Kamerstuk 21 501-20, nr. 2208."_s,
                                                                 u"footnote: Kamerstuk 36 045, nr. 191. Zie ook de bijlage."_s,
                                                                 u"footnote: Rapport verschenen op 3 maart 2025."_s,
                                                             };
    QTest::newRow("table-rows-merged-and-nested-cells") << u"table.docx"_s
                                                        << QStringList{
                                                               u"salutation: Geachte voorzitter,"_s,
                                                               u"body: De cijfers staan in de tabel hieronder."_s,
                                                               u"body: Regio 2024 2025"_s,
                                                               u"body: Noord 1.450 980"_s,
                                                               u"body: Zuid en Oost 700 650"_s,
                                                               u"body: 710 660"_s,
                                                               u"body: Totaal Uitsplitsing Noord 1 Zuid 2"_s,
                                                               u"body: Na de tabel volgt nog een alinea."_s,
                                                           };
    QTest::newRow("fields-revisions-and-markup-dropped") << u"fields-revisions.docx"_s
                                                         << QStringList{
                                                                u"salutation: Geachte voorzitter,"_s,
                                                                u"body: Zie de website en bladzijde 3."_s,
                                                                u"body: Uitkomst: ja."_s,
                                                                u"body: Het kabinet zal wel reageren spoedig."_s,
                                                                u"body: De verantwoordelijkheid ligt bij Noord-Holland."_s,
                                                                u"body: Eerste regel tweede regel."_s,
                                                                u"body: Dit is een alinea met een initiaal."_s, // drop cap
                                                                u"body: Geen voetnoot."_s,
                                                                u"body: Kolom twee."_s,
                                                                u"body: Tekst in een inhoudsbesturingselement."_s,
                                                                u"body: Lees de toelichting online."_s,
                                                                u"closing: Hoogachtend,"_s,
                                                            };
    QTest::newRow("package-without-relationships-or-styles") << u"no-relationships.docx"_s
                                                             << QStringList{
                                                                    u"salutation: Geachte voorzitter,"_s,
                                                                    u"heading: Voortgang"_s,
                                                                    u"body: De staatssecretaris zal de Kamer informeren."_s,
                                                                    u"bullet: Een punt."_s,
                                                                    u"footnote: Kamerstuk 31 288, nr. 1100."_s,
                                                                };
    QTest::newRow("title-before-salutation-is-header") << u"title-as-subject.docx"_s
                                                       << QStringList{
                                                              u"header: Stand van zaken Oekraïne"_s,
                                                              u"salutation: Geachte voorzitter,"_s,
                                                              u"body: Hierbij informeer ik u over de stand van zaken."_s,
                                                          };
    QTest::newRow("letterhead-table-without-salutation") << u"letterhead-without-salutation.docx"_s
                                                         << QStringList{
                                                                u"header: Datum 4 maart 2025"_s,
                                                                u"header: Betreft Nota over de begroting"_s,
                                                                u"body: Het kabinet zal de begroting in mei aanpassen."_s,
                                                                u"body: Datum van de stemming is nog onbekend."_s,
                                                            };
    QTest::newRow("main-part-found-through-relationships") << u"custom-part-names.docx"_s
                                                           << QStringList{
                                                                  u"salutation: Geachte voorzitter,"_s,
                                                                  u"body: Dit document staat in een ander deel."_s,
                                                              };
}

void TestDocxImporter::paragraphs()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const auto letter = importFixture(fixture);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(describe(*letter), expected);
    QCOMPARE(letter->fileName, fixture);
    // The model's invariants: one paragraph a line, no markup left.
    QVERIFY(!letter->text.contains(u"\n\n"_s));
    QVERIFY(!letter->text.contains(u'\t'));
    QVERIFY(!letter->text.contains(u"  "_s));
    for (const QChar c : letter->text)
        QVERIFY2(c.unicode() < 0xE000 || c.unicode() > 0xEFFF, "a footnote marker character is left in the text");
}

void TestDocxImporter::metadata_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("ministry");
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<QStringList>("signatories");

    // Datum/Betreft from the table in the flow, "Ons kenmerk" from the text
    // box, the ministry from the first page's header, "Uw kenmerk" from the
    // header of the later pages.
    QTest::newRow("template-letterhead-in-table-textbox-and-headers")
        << u"rijksoverheid-letter.docx"_s << QDate(2025, 3, 4) << u"Voortgang steun aan Oekraïne"_s << u"Buitenlandse Zaken"_s
        << QStringList{u"BZ-2025-0042"_s, u"2025Z01234"_s}
        << QStringList{u"De minister van Buitenlandse Zaken|Caspar Veldkamp"_s, u"De minister van Defensie|Ruben Brekelmans"_s};
    QTest::newRow("ministry-from-conventional-header-part") << u"no-relationships.docx"_s << QDate() << QString() << u"Financiën"_s
                                                            << QStringList() << QStringList();
    QTest::newRow("title-is-subject-without-betreft") << u"title-as-subject.docx"_s << QDate() << u"Stand van zaken Oekraïne"_s << QString()
                                                      << QStringList() << QStringList();
    QTest::newRow("no-letterhead-no-metadata") << u"table.docx"_s << QDate() << QString() << QString() << QStringList() << QStringList();
}

void TestDocxImporter::metadata()
{
    QFETCH(QString, fixture);
    QFETCH(QDate, date);
    QFETCH(QString, subject);
    QFETCH(QString, ministry);
    QFETCH(QStringList, references);
    QFETCH(QStringList, signatories);
    const auto letter = importFixture(fixture);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    const LetterMetadata &m = letter->metadata;
    QCOMPARE(m.date, date);
    QCOMPARE(m.dateText.isEmpty(), !date.isValid());
    QCOMPARE(m.subject, subject);
    QCOMPARE(m.ministry, ministry);
    QCOMPARE(m.references, references);
    QStringList found;
    for (const Signatory &s : m.signatories)
        found.append(s.function + u'|' + s.name);
    QCOMPARE(found, signatories);
}

void TestDocxImporter::footnotes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("before"); ///< the body text that ends where the marker stood

    // footnotes.docx refers to ids 3, 2 and 5 in this order: Word shows 1, 2, 3.
    QTest::newRow("numbered-by-first-reference") << u"footnotes.docx"_s << 1 << u"Kamerstuk 21 501-20, nr. 2208."_s << u"De motie Van Dijk"_s;
    QTest::newRow("two-paragraph-note") << u"footnotes.docx"_s << 2 << u"Kamerstuk 36 045, nr. 191. Zie ook de bijlage."_s
                                        << u"Het rapport van de commissie"_s;
    QTest::newRow("field-result-in-note-after-full-stop") << u"footnotes.docx"_s << 3 << u"Rapport verschenen op 3 maart 2025."_s
                                                          << u"Het rapport van de commissie is openbaar gemaakt."_s;
    QTest::newRow("template-first-note") << u"rijksoverheid-letter.docx"_s << 1 << u"Kamerstuk 21 501-20, nr. 2208."_s
                                         << u"zoals toegezegd in het commissiedebat van 12 februari jl."_s;
    QTest::newRow("template-note-after-revision") << u"rijksoverheid-letter.docx"_s << 2 << u"Kamerstuk 36 045, nr. 191."_s
                                                  << u"blijft de steun voor herstel op peil."_s;
    QTest::newRow("conventional-footnotes-part") << u"no-relationships.docx"_s << 1 << u"Kamerstuk 31 288, nr. 1100."_s
                                                 << u"De staatssecretaris zal de Kamer informeren."_s;
}

void TestDocxImporter::footnotes()
{
    QFETCH(QString, fixture);
    QFETCH(int, number);
    QFETCH(QString, text);
    QFETCH(QString, before);
    const auto letter = importFixture(fixture);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    const auto note = std::find_if(letter->footnotes.cbegin(), letter->footnotes.cend(), [number](const Footnote &f) {
        return f.number == number;
    });
    QVERIFY(note != letter->footnotes.cend());
    QCOMPARE(letter->slice(note->range), text);
    QCOMPARE(note->markers.size(), 1);
    const qsizetype at = letter->text.indexOf(before);
    QVERIFY(at >= 0);
    QCOMPARE(note->markers.first(), at + before.size());
}

void TestDocxImporter::sideColumnAndPageFurnitureAreNoBodyText_data()
{
    QTest::addColumn<QString>("absent");
    QTest::newRow("text-box-address") << u"Rijnstraat"_s;
    QTest::newRow("text-box-contact") << u"Jansen"_s;
    QTest::newRow("text-box-reference") << u"BZ-2025-0042"_s;
    QTest::newRow("first-page-header") << u"Ministerie van"_s;
    QTest::newRow("later-page-header") << u"2025Z01234"_s;
    QTest::newRow("footer-page-number") << u"Pagina"_s;
    QTest::newRow("address-before-salutation") << u"Postbus"_s;
    QTest::newRow("field-instruction") << u"REF"_s;
    QTest::newRow("deleted-text") << u"dalen"_s;
    QTest::newRow("bookmark-name") << u"_Hlk"_s;
}

void TestDocxImporter::sideColumnAndPageFurnitureAreNoBodyText()
{
    QFETCH(QString, absent);
    const auto letter = importFixture(u"rijksoverheid-letter.docx"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QVERIFY2(!letter->text.contains(absent), qPrintable(letter->text));
}

void TestDocxImporter::sentencesFollowParagraphs()
{
    const auto letter = importFixture(u"rijksoverheid-letter.docx"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QStringList sentences;
    for (const Sentence &s : letter->sentences) {
        QVERIFY(s.paragraph >= 0 && s.paragraph < letter->paragraphs.size());
        QVERIFY(letter->paragraphs.at(s.paragraph).range.start <= s.range.start);
        QVERIFY(s.range.end <= letter->paragraphs.at(s.paragraph).range.end);
        sentences.append(letter->slice(s.range).toString());
    }
    QVERIFY(sentences.contains(u"Het kabinet zal uw Kamer voor de zomer informeren over de voortgang van de leveringen."_s));
    QVERIFY(sentences.contains(u"Deze brief is mede namens de minister van Defensie."_s));
}

void TestDocxImporter::analysisFindsTheCommitment()
{
    const auto letter = importFixture(u"rijksoverheid-letter.docx"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    const Analyzer analyzer;
    const Analysis analysis = analyzer.analyze(*letter);
    // The letter's date comes from its "Datum" row.
    QCOMPARE(analysis.letterDate.date, QDate(2025, 3, 4));
    const auto commitment = std::find_if(analysis.commitments.cbegin(), analysis.commitments.cend(), [&](const Commitment &c) {
        return letter->slice(letter->sentences.at(c.sentence).range).startsWith(u"Het kabinet zal uw Kamer voor de zomer informeren"_s);
    });
    QVERIFY(commitment != analysis.commitments.cend());
    QCOMPARE(commitment->actor, u"het kabinet"_s);
    QVERIFY(commitment->deadline.has_value());
    QCOMPARE(commitment->deadline->end.year(), 2025);
    // Statements of fact and the table are no commitments.
    for (const Commitment &c : analysis.commitments)
        QVERIFY(!letter->slice(letter->sentences.at(c.sentence).range).startsWith(u"Nederland heeft in 2024"_s));
}

void TestDocxImporter::rejectsBadInput_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");

    QTest::newRow("truncated") << u"truncated.docx"_s
                               << u"truncated.docx: the file is damaged or incomplete: the ZIP directory at its end is missing"_s;
    QTest::newRow("zip-bomb") << u"zip-bomb.docx"_s << u"zip-bomb.docx: word/document.xml unpacks to more than the 50 MB of XML"_s;
    QTest::newRow("zip-bomb-lying-size") << u"zip-bomb-lying-size.docx"_s
                                         << u"zip-bomb-lying-size.docx: word/document.xml unpacks to more than the 50 MB of XML"_s;
    QTest::newRow("zip-without-document") << u"not-a-docx.zip"_s
                                          << u"not-a-docx.zip: the archive contains no word/document.xml, so it is not a Word document"_s;
    QTest::newRow("plain-text") << u"not-a-zip.docx"_s << u"not-a-zip.docx: this is not a DOCX file"_s;
    QTest::newRow("password-protected") << u"password-protected.docx"_s
                                        << u"password-protected.docx: this is a password-protected Word document or an old Word 97-2003 (.doc) file"_s;
    QTest::newRow("encrypted-entry") << u"encrypted-entry.docx"_s << u"encrypted-entry.docx: word/document.xml is encrypted"_s;
    QTest::newRow("billion-laughs") << u"billion-laughs.docx"_s
                                    << u"billion-laughs.docx: word/document.xml uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("external-entity") << u"external-entity.docx"_s
                                     << u"external-entity.docx: word/document.xml uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("malformed-xml") << u"malformed-xml.docx"_s << u"malformed-xml.docx: word/document.xml is not well-formed XML (line 5,"_s;
    QTest::newRow("deep-nesting") << u"deep-nesting.docx"_s << u"deep-nesting.docx: word/document.xml nests its elements more than 256 levels deep"_s;
    QTest::newRow("corrupt-deflate") << u"corrupt-deflate.docx"_s << u"corrupt-deflate.docx: word/document.xml is damaged"_s;
    QTest::newRow("no-text") << u"empty-document.docx"_s << u"empty-document.docx: the document contains no letter text."_s;
}

void TestDocxImporter::rejectsBadInput()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QByteArray data = readFixture(fixture);
    QVERIFY2(!data.isEmpty(), "fixture missing");
    const auto letter = importDocx(data, fixture);
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.startsWith(message), qPrintable(letter.error().message));
}

void TestDocxImporter::rejectsHugeEntryCount()
{
    // Just under the limit the archive is read (and has no text); over it,
    // refused before anything is unpacked.
    const auto under = importDocx(zipWithEntries(10000), u"veel.docx"_s);
    QVERIFY(!under.has_value());
    QVERIFY2(under.error().message.startsWith(u"veel.docx: word/document.xml is not well-formed XML"_s), qPrintable(under.error().message));
    const auto over = importDocx(zipWithEntries(10001), u"veel.docx"_s);
    QVERIFY(!over.has_value());
    QCOMPARE(over.error().message, u"veel.docx: the archive holds 10001 entries; a Word document has a few dozen, so Promissa refuses it."_s);
}

void TestDocxImporter::rejectsOversizedFile()
{
    QByteArray huge(200 * 1024 * 1024 + 1, '\0');
    huge.replace(0, 4, "PK\x03\x04");
    const auto letter = importDocx(huge, u"groot.docx"_s);
    QVERIFY(!letter.has_value());
    QCOMPARE(letter.error().message, u"groot.docx: the file is 201 MB; Promissa reads Word documents up to 200 MB."_s);
}

void TestDocxImporter::looksLikeDocx_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("docx");
    const QByteArray letter = readFixture(u"rijksoverheid-letter.docx"_s);
    QTest::newRow("whole-docx") << letter << true;
    // Only the start: the local header of word/document.xml is in it.
    QTest::newRow("docx-head") << letter.left(letter.indexOf("word/document.xml") + 64) << true;
    QTest::newRow("zip-without-document") << readFixture(u"not-a-docx.zip"_s) << false;
    QTest::newRow("plain-text") << readFixture(u"not-a-zip.docx"_s) << false;
    QTest::newRow("ole-container") << readFixture(u"password-protected.docx"_s) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("zip-signature-only") << QByteArray("PK\x03\x04", 4) << false;
}

void TestDocxImporter::looksLikeDocx()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, docx);
    QCOMPARE(Promissa::looksLikeDocx(head), docx);
}

// The letter of tests/data/formats as LibreOffice saved it to .docx (its
// side column a text box in the header, page numbers in the footers) reads
// as its clean text does through the plain text importer.
void TestDocxImporter::formatsLetter()
{
    const QString dir = QStringLiteral(PROMISSA_TEST_DATA) + u"/formats/"_s;
    QFile file(dir + u"letter.docx"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto letter = importDocx(file.readAll(), u"letter.docx"_s);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    const auto clean = importLetter(dir + u"letter.txt"_s);
    QVERIFY2(clean.has_value(), qPrintable(clean ? QString() : clean.error().message));

    const LetterMetadata &m = letter->metadata;
    QCOMPARE(m.subject, u"Voortgang aanpak verkeersveiligheid provinciale wegen"_s);
    QCOMPARE(m.date, QDate(2025, 5, 12));
    QCOMPARE(m.ministry, u"Infrastructuur en Waterstaat"_s);
    QVERIFY2(m.references.contains(u"IENW/BSK-2025/118734"_s), qPrintable(m.references.join(u" | ")));
    for (const QString &reference : m.references)
        QVERIFY2(!reference.contains(u"Pagina"_s), qPrintable(reference));
    QCOMPARE(m.signatories.size(), 1);
    QCOMPARE(m.signatories.first().name, u"M.A. de Boer"_s);

    QCOMPARE(describe(*letter), describe(*clean));
    QCOMPARE(letter->text, clean->text);
    QCOMPARE(letter->footnotes.size(), 6);
    for (qsizetype i = 0; i < letter->footnotes.size(); ++i) {
        QCOMPARE(letter->footnotes.at(i).number, clean->footnotes.at(i).number);
        QCOMPARE(letter->footnotes.at(i).markers, clean->footnotes.at(i).markers);
    }
    QCOMPARE(letter->sentences.size(), clean->sentences.size());
    for (qsizetype i = 0; i < letter->sentences.size(); ++i)
        QCOMPARE(letter->sentences.at(i).range, clean->sentences.at(i).range);
}

QTEST_GUILESS_MAIN(TestDocxImporter)
#include "tst_docximporter.moc"
