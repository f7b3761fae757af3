// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString s_normal = u"Normal Text"_s;

// Collects what the engine decides for one line, merging neighbouring pieces
// of the same format so a phrase reads as one "Format:text" entry.
class Collector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Piece {
        int offset;
        int length;
        QString format;
    };

    QList<Piece> run(const QString &line)
    {
        m_pieces.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return m_pieces;
    }

    // Every non-normal piece, as "Format:text", in order.
    QStringList marked(const QString &line)
    {
        QStringList result;
        const auto pieces = run(line);
        for (const Piece &piece : pieces) {
            if (piece.format != s_normal)
                result.append(piece.format + u':' + line.mid(piece.offset, piece.length));
        }
        return result;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0)
            return;
        const QString name = format.isValid() ? format.name() : s_normal;
        // Spaces between two pieces of the same format belong to the phrase.
        if (!m_pieces.isEmpty() && m_pieces.last().format == name && m_pieces.last().offset + m_pieces.last().length == offset) {
            m_pieces.last().length += length;
            return;
        }
        m_pieces.append({offset, length, name});
    }

private:
    QList<Piece> m_pieces;
};
} // namespace

class TestSyntaxDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void definitionIsShipped();
    void formatsUseDefaultStyles();
    void categories_data();
    void categories();
    void coversEveryOffsetOnce();

private:
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Definition m_definition;
};

void TestSyntaxDefinition::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_definition = m_repository.definitionForName(u"Kamerbrief"_s);
    QVERIFY2(m_definition.isValid(), "the Kamerbrief definition is not in the repository's add-on resources");
}

void TestSyntaxDefinition::definitionIsShipped()
{
    QCOMPARE(m_definition.name(), u"Kamerbrief"_s);
    QCOMPARE(m_definition.section(), u"Other"_s);
    QVERIFY(m_definition.extensions().contains(u"*.kamerbrief"_s));
    QVERIFY(m_definition.version() >= 5.0);
    QCOMPARE(m_repository.definitionForFileName(u"/tmp/brief.kamerbrief"_s).name(), u"Kamerbrief"_s);
    // Typographic quotes and dashes end words for keyword matching.
    for (const QChar c : u"‘’“”–—"_s)
        QVERIFY2(m_definition.isWordDelimiter(c), qPrintable(QString(c)));
    QVERIFY(!m_definition.isWordDelimiter(u'-'));
}

void TestSyntaxDefinition::formatsUseDefaultStyles()
{
    QStringList names;
    const auto formats = m_definition.formats();
    for (const auto &format : formats) {
        names.append(format.name());
        if (format.name() != s_normal) {
            // A default style the light and dark default themes both colour.
            QVERIFY2(format.textStyle() != KSyntaxHighlighting::Theme::Normal, qPrintable(format.name()));
        }
    }
    for (const auto &expected : {u"Date"_s, u"Event"_s, u"Reference"_s, u"Amount"_s, u"Vague Time"_s, u"Commitment"_s})
        QVERIFY2(names.contains(expected), qPrintable(expected));
}

void TestSyntaxDefinition::categories_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");

    // Dates
    QTest::newRow("date-day-month-jl") << u"Op 24 februari jl. hebben we stilgestaan."_s << QStringList{u"Date:24 februari jl."_s};
    QTest::newRow("date-day-month-as") << u"Dat gebeurt op 6 maart a.s. in Brussel."_s << QStringList{u"Date:6 maart a.s."_s};
    QTest::newRow("date-dd-prefix") << u"de Kamerbrief d.d. 17 februari jl. en"_s << QStringList{u"Date:d.d. 17 februari jl."_s};
    QTest::newRow("date-with-year") << u"sinds de brief van 6 maart 2025 bekend"_s << QStringList{u"Date:6 maart 2025"_s};
    QTest::newRow("date-bare-day-month") << u"Op 6 maart vindt een bijeenkomst plaats."_s << QStringList{u"Date:6 maart"_s};
    QTest::newRow("date-in-month") << u"Dat volgt in juni met een brief."_s << QStringList{u"Date:in juni"_s};
    QTest::newRow("date-begin-month") << u"Dat volgt begin juni."_s << QStringList{u"Date:begin juni"_s};
    QTest::newRow("date-medio-month") << u"Dat volgt medio juni."_s << QStringList{u"Date:medio juni"_s};
    QTest::newRow("date-eind-month") << u"Dat volgt eind juni."_s << QStringList{u"Date:eind juni"_s};
    QTest::newRow("date-quarter") << u"De evaluatie komt in Q2 2025 gereed."_s << QStringList{u"Date:Q2 2025"_s};
    QTest::newRow("date-spring") << u"Het plan volgt voorjaar 2025."_s << QStringList{u"Date:voorjaar 2025"_s};
    QTest::newRow("date-autumn") << u"Het plan volgt najaar 2025."_s << QStringList{u"Date:najaar 2025"_s};
    QTest::newRow("date-numeric") << u"Brief van 04-03-2025 over Oekraïne."_s << QStringList{u"Date:04-03-2025"_s};
    QTest::newRow("date-iso") << u"besloten op 2025-03-04 in Den Haag"_s << QStringList{u"Date:2025-03-04"_s};
    QTest::newRow("date-before-summer") << u"Het besluit valt voor de zomer."_s << QStringList{u"Date:voor de zomer"_s};
    QTest::newRow("date-this-autumn") << u"Dat volgt in het najaar."_s << QStringList{u"Date:in het najaar"_s};
    QTest::newRow("date-year-only") << u"De wet geldt vanaf medio 2026."_s << QStringList{u"Date:medio 2026"_s};
    QTest::newRow("date-quarter-words") << u"in het tweede kwartaal van 2025 volgt"_s << QStringList{u"Date:in het tweede kwartaal van 2025"_s};
    QTest::newRow("month-prefix-is-not-a-date") << u"De junior ambtenaar en het meisje."_s << QStringList{};

    // Events
    QTest::newRow("event-navo-top") << u"Op de NAVO-top zal dit besproken worden."_s << QStringList{u"Event:NAVO-top"_s};
    QTest::newRow("event-europese-raad") << u"De Europese Raad komt bijeen."_s << QStringList{u"Event:Europese Raad"_s};
    QTest::newRow("event-er-acronym") << u"De ER bespreekt het voorstel."_s << QStringList{u"Event:ER"_s};
    QTest::newRow("event-er-is-a-word-in-lower-case") << u"Er is er nog een."_s << QStringList{};
    QTest::newRow("event-voorjaarsnota-besluitvorming")
        << u"Bij de Voorjaarsnota-besluitvorming valt het besluit."_s << QStringList{u"Event:Voorjaarsnota-besluitvorming"_s};
    QTest::newRow("event-recess") << u"Voor het zomerreces komt er duidelijkheid."_s << QStringList{u"Event:zomerreces"_s};
    QTest::newRow("event-rbz") << u"tijdens de Raad Buitenlandse Zaken van gisteren"_s << QStringList{u"Event:Raad Buitenlandse Zaken"_s};
    QTest::newRow("event-prinsjesdag") << u"Met Prinsjesdag volgt meer."_s << QStringList{u"Event:Prinsjesdag"_s};
    QTest::newRow("event-then-date") << u"De Europese Raad van 6 maart a.s. is belangrijk."_s
                                     << QStringList{u"Event:Europese Raad"_s, u"Date:6 maart a.s."_s};
    QTest::newRow("event-in-compound-is-not-an-event") << u"het NAVO-verdragsgebied en de zomerreceswerkzaamheden"_s << QStringList{};

    // References
    QTest::newRow("ref-kamerstuk") << u"zie Kamerstuk 36 045, nr. 191 voor details"_s << QStringList{u"Reference:Kamerstuk 36 045, nr. 191"_s};
    QTest::newRow("ref-kamerstukken") << u"zie Kamerstukken 32852, nr. 199."_s << QStringList{u"Reference:Kamerstukken 32852, nr. 199"_s};
    QTest::newRow("ref-bare-number") << u"(21 501-02, nr. 2733)"_s << QStringList{u"Reference:21 501-02, nr. 2733"_s};
    QTest::newRow("ref-document-dotted") << u"Kamerstuk 2025.D.08281"_s << QStringList{u"Reference:Kamerstuk 2025.D.08281"_s};
    QTest::newRow("ref-document-plain") << u"zie 2024D30849 hierover"_s << QStringList{u"Reference:2024D30849"_s};
    QTest::newRow("ref-motie-hyphenated-names") << u"met inachtneming van de motie Timmermans-Yeşilgöz, zal"_s
                                                << QStringList{u"Reference:motie Timmermans-Yeşilgöz"_s};
    QTest::newRow("ref-motie-van-het-lid") << u"de motie van het lid Van der Plas c.s. over"_s
                                           << QStringList{u"Reference:motie van het lid Van der Plas c.s."_s};
    QTest::newRow("ref-motie-hyphen") << u"de motie-Boswijk is uitgevoerd"_s << QStringList{u"Reference:motie-Boswijk"_s};
    QTest::newRow("ref-motie-two-members") << u"de motie van de leden Dassen en Paternotte over"_s
                                           << QStringList{u"Reference:motie van de leden Dassen en Paternotte"_s};
    QTest::newRow("ref-handelingen") << u"(Handelingen II 2024/25, nr. 45, item 7)"_s << QStringList{u"Reference:Handelingen II 2024/25, nr. 45, item 7"_s};
    QTest::newRow("ref-motie-without-name-is-plain") << u"de motie is aangenomen"_s << QStringList{};

    // Amounts
    QTest::newRow("amount-usd") << u"geraamd op USD 524 miljard, een toename"_s << QStringList{u"Amount:USD 524 miljard"_s};
    QTest::newRow("amount-euro-sign") << u"een bedrag van € 3,5 miljard voor"_s << QStringList{u"Amount:€ 3,5 miljard"_s};
    QTest::newRow("amount-euro-word") << u"ruim 100 miljoen euro extra"_s << QStringList{u"Amount:100 miljoen euro"_s};
    QTest::newRow("amount-percent") << u"draagt 2% bij aan"_s << QStringList{u"Amount:2%"_s};
    QTest::newRow("amount-percent-of-gdp") << u"een niveau van 2% van het BBP, zoals"_s << QStringList{u"Amount:2% van het BBP"_s};

    // Vague time
    QTest::newRow("vague-short-term") << u"Het kabinet besluit op korte termijn hierover."_s
                                      << QStringList{u"Vague Time:op korte termijn"_s};
    QTest::newRow("vague-soon") << u"Daarover volgt binnenkort meer."_s << QStringList{u"Vague Time:binnenkort"_s};
    QTest::newRow("vague-asap") << u"Dat moet zo snel mogelijk gebeuren."_s << QStringList{u"Vague Time:zo snel mogelijk"_s};
    QTest::newRow("vague-asap-formal") << u"alle bondgenoten zo spoedig mogelijk voldoen"_s << QStringList{u"Vague Time:zo spoedig mogelijk"_s};

    // Commitment markers
    QTest::newRow("commit-kabinet-zal") << u"Zoals gezegd: het kabinet zal dit doen."_s << QStringList{u"Commitment:het kabinet zal"_s};
    QTest::newRow("commit-kabinet-zal-capitalised") << u"Het kabinet zal besluitvorming ter hand"_s
                                                    << QStringList{u"Commitment:Het kabinet zal"_s};
    QTest::newRow("commit-zullen-we") << u"Daarna zullen we de Kamer berichten."_s << QStringList{u"Commitment:zullen we"_s};
    QTest::newRow("commit-zullen-we-not-wel") << u"Zij zullen wel komen."_s << QStringList{};
    QTest::newRow("commit-zet-zich-in") << u"Nederland zet zich in voor vrede."_s << QStringList{u"Commitment:zet zich in"_s};
    QTest::newRow("commit-zet-split") << u"Daarom zet het kabinet in op een krachtige NAVO."_s
                                      << QStringList{u"Commitment:zet"_s, u"Commitment:in op"_s};
    QTest::newRow("commit-zet-zich-split") << u"Het kabinet zet zich onverminderd in voor een koers."_s
                                           << QStringList{u"Commitment:zet"_s, u"Commitment:zich"_s, u"Commitment:in voor"_s};
    QTest::newRow("commit-spant-zich-in") << u"Het kabinet spant zich in om dit te doen."_s << QStringList{u"Commitment:spant zich in"_s};
    QTest::newRow("commit-streeft-naar") << u"Het kabinet streeft naar solide hulp."_s << QStringList{u"Commitment:streeft naar"_s};
    QTest::newRow("commit-blijft-steunen") << u"blijft Nederland Oekraïne politiek, militair en moreel onverminderd steunen tegen"_s
                                           << QStringList{u"Commitment:blijft"_s, u"Commitment:steunen"_s};
    QTest::newRow("commit-blijft-not-across-sentences") << u"Dit blijft lastig. We steunen het."_s << QStringList{};
    QTest::newRow("commit-werkt-aan") << u"Kallas werkt aan een voorstel."_s << QStringList{u"Commitment:werkt aan"_s};
    QTest::newRow("commit-is-bereid") << u"Nederland is bereid opties te overwegen."_s << QStringList{u"Commitment:is bereid"_s};
    QTest::newRow("commit-continueren") << u"Daarom continueren we de steun."_s << QStringList{u"Commitment:continueren"_s};
    QTest::newRow("commit-inform") << u"Het kabinet zal uw Kamer informeren."_s
                                   << QStringList{u"Commitment:Het kabinet zal"_s, u"Commitment:uw Kamer informeren"_s};

    // Plain prose
    QTest::newRow("plain-words") << u"Het menselijk lijden is onverminderd groot."_s << QStringList{};
    QTest::newRow("plain-numbers") << u"Er waren 12 deelnemers en 3 sprekers."_s << QStringList{};
    QTest::newRow("curly-quotes-delimit") << u"het zogeheten “Prinsjesdag”-pakket"_s << QStringList{u"Event:Prinsjesdag"_s};
}

void TestSyntaxDefinition::categories()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);

    Collector collector;
    collector.setDefinition(m_definition);
    collector.setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    QCOMPARE(collector.marked(line), expected);
}

void TestSyntaxDefinition::coversEveryOffsetOnce()
{
    // The engine must hand out each character exactly once, also after
    // context switches ("zet ... in op") and at the end of a line inside a span.
    const QString line = u"Daarom zet het kabinet in op 2% van het BBP en blijft het steunen; het kabinet zet"_s;
    Collector collector;
    collector.setDefinition(m_definition);
    const auto pieces = collector.run(line);
    int next = 0;
    for (const auto &piece : pieces) {
        QCOMPARE(piece.offset, next);
        next += piece.length;
    }
    QCOMPARE(next, int(line.size()));
}

QTEST_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
