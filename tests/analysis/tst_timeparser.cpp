// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/timeparser.h"
#include "import/importer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

const QDate letterA(2025, 3, 4); // the example letter's date
const QDate letterB(2025, 11, 20); // late in the year: other years win

struct Expect {
    QString text;
    QString type;
    QString precision;
    QString bound;
    QString relation;
    QDate start;
    QDate end;
    QDate date;
    QString vague = {};
    QString event = {};
};

void row(const char *name, const QString &input, QDate letter, const Expect &e)
{
    QTest::newRow(name) << input << letter << e.text << e.type << e.precision << e.bound << e.relation << e.start << e.end << e.date << e.vague << e.event;
}

void day(const char *name, const QString &input, QDate letter, const QString &text, QDate d, const QString &relation, const QString &bound = u"at"_s)
{
    row(name, input, letter, { text, u"date"_s, u"day"_s, bound, relation, d, d, d });
}

void vague(const char *name, const QString &input, const QString &text, const QString &cls)
{
    row(name, input, letterA, { text, u"vague"_s, u"vague"_s, u"at"_s, u"future"_s, {}, {}, {}, cls });
}

} // namespace

class TestTimeParser : public QObject
{
    Q_OBJECT

private:
    TimeParser m_parser;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto calendar = EventCalendar::builtIn();
        QVERIFY2(calendar.has_value(), calendar ? "" : qPrintable(calendar.error().message));
        m_parser = TimeParser(*calendar);
    }

    void phrases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("letter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("bound");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("vague");
        QTest::addColumn<QString>("event");

        // Days.
        day("bare day ahead", u"Op 6 maart vindt een top plaats."_s, letterA, u"6 maart"_s, QDate(2025, 3, 6), u"future"_s);
        day("bare day behind", u"Op 24 februari zijn resoluties aangenomen."_s, letterA, u"24 februari"_s, QDate(2025, 2, 24), u"past"_s);
        day("day with year", u"Verzonden op 6 maart 2025."_s, letterA, u"6 maart 2025"_s, QDate(2025, 3, 6), u"future"_s);
        day("letter's own day", u"Verzonden op 4 maart 2025."_s, letterA, u"4 maart 2025"_s, letterA, u"same-day"_s);
        day("a.s. looks ahead", u"De extra Europese Raad van 6 maart a.s. zal"_s, letterA, u"6 maart a.s."_s, QDate(2025, 3, 6), u"future"_s);
        day("jl. looks back", u"Op 24 februari jl. hebben we"_s, letterA, u"24 februari jl."_s, QDate(2025, 2, 24), u"past"_s);
        day("d.d. is not part of the date", u"de Kamerbrief d.d. 17 februari jl. en"_s, letterA, u"17 februari jl."_s, QDate(2025, 2, 17), u"past"_s);
        day("numeric d-m-yyyy", u"besloten op 4-3-2025 in Brussel"_s, letterA, u"4-3-2025"_s, letterA, u"same-day"_s);
        day("numeric dd-mm-yyyy", u"besloten op 04-03-2025 in Brussel"_s, letterA, u"04-03-2025"_s, letterA, u"same-day"_s);
        day("numeric iso", u"besloten op 2025-03-04 in Brussel"_s, letterA, u"2025-03-04"_s, letterA, u"same-day"_s);
        day("uiterlijk is a deadline",
            u"Wij sturen dit uiterlijk 1 juli naar uw Kamer."_s,
            letterA,
            u"uiterlijk 1 juli"_s,
            QDate(2025, 7, 1),
            u"future"_s,
            u"before"_s);
        day("abbreviation sept.", u"op 3 sept. 2025 besloten"_s, letterA, u"3 sept. 2025"_s, QDate(2025, 9, 3), u"future"_s);
        day("abbreviation okt.", u"op 12 okt. 2025 besloten"_s, letterA, u"12 okt. 2025"_s, QDate(2025, 10, 12), u"future"_s);
        day("abbreviation mrt.", u"op 4 mrt. 2025 besloten"_s, letterA, u"4 mrt. 2025"_s, letterA, u"same-day"_s);
        day("abbreviation jan.", u"per 1 jan. 2026 in werking"_s, letterA, u"per 1 jan. 2026"_s, QDate(2026, 1, 1), u"future"_s, u"after"_s);
        day("abbreviation feb.", u"op 15 feb. 2025 besloten"_s, letterA, u"15 feb. 2025"_s, QDate(2025, 2, 15), u"past"_s);
        day("abbreviation nov.", u"op 11 nov. 2025 besloten"_s, letterA, u"11 nov. 2025"_s, QDate(2025, 11, 11), u"future"_s);
        day("abbreviation dec.", u"op 2 dec. 2025 besloten"_s, letterA, u"2 dec. 2025"_s, QDate(2025, 12, 2), u"future"_s);
        day("vandaag", u"Uw Kamer ontving vandaag de reactie."_s, letterA, u"vandaag"_s, letterA, u"same-day"_s);
        day("gisteren", u"Gisteren sprak de minister."_s, letterA, u"Gisteren"_s, QDate(2025, 3, 3), u"past"_s);
        day("morgen", u"Morgen spreekt de minister."_s, letterA, u"Morgen"_s, QDate(2025, 3, 5), u"future"_s);
        row("day range",
            u"op 24-25 juni in Den Haag"_s,
            letterA,
            { u"24-25 juni"_s, u"date"_s, u"day"_s, u"at"_s, u"future"_s, QDate(2025, 6, 24), QDate(2025, 6, 25), QDate(2025, 6, 24) });

        // Months, seasons, quarters.
        row("in juni is just juni",
            u"Dit gebeurt in juni."_s,
            letterA,
            { u"juni"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2025, 6, 1), QDate(2025, 6, 30), QDate(2025, 6, 1) });
        row("begin juni",
            u"Dit gebeurt begin juni."_s,
            letterA,
            { u"begin juni"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2025, 6, 1), QDate(2025, 6, 10), QDate(2025, 6, 1) });
        row("medio juni",
            u"Dit gebeurt medio juni."_s,
            letterA,
            { u"medio juni"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2025, 6, 11), QDate(2025, 6, 20), QDate(2025, 6, 11) });
        row("half juni",
            u"Dit gebeurt half juni."_s,
            letterA,
            { u"half juni"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2025, 6, 11), QDate(2025, 6, 20), QDate(2025, 6, 11) });
        row("eind juni",
            u"Dit gebeurt eind juni."_s,
            letterA,
            { u"eind juni"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2025, 6, 21), QDate(2025, 6, 30), QDate(2025, 6, 30) });
        row("eind-juni",
            u"Dit gebeurt eind-juni."_s,
            letterA,
            { u"eind-juni"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2025, 6, 21), QDate(2025, 6, 30), QDate(2025, 6, 30) });
        row("month abbreviation with dot",
            u"Dit gebeurt in jan. 2026."_s,
            letterA,
            { u"jan. 2026"_s, u"month"_s, u"month"_s, u"at"_s, u"future"_s, QDate(2026, 1, 1), QDate(2026, 1, 31), QDate(2026, 1, 1) });
        row("voorjaar van 2025",
            u"Dit gebeurt in het voorjaar van 2025."_s,
            letterA,
            { u"het voorjaar van 2025"_s, u"month"_s, u"season"_s, u"at"_s, u"future"_s, QDate(2025, 3, 1), QDate(2025, 5, 31), QDate(2025, 3, 1) });
        row("najaar",
            u"Dit gebeurt in het najaar."_s,
            letterA,
            { u"het najaar"_s, u"month"_s, u"season"_s, u"at"_s, u"future"_s, QDate(2025, 9, 1), QDate(2025, 11, 30), QDate(2025, 9, 1) });
        row("zomer van 2025",
            u"Dit gebeurt in de zomer van 2025."_s,
            letterA,
            { u"de zomer van 2025"_s, u"month"_s, u"season"_s, u"at"_s, u"future"_s, QDate(2025, 6, 1), QDate(2025, 8, 31), QDate(2025, 6, 1) });
        row("voor de zomer is before the summer recess",
            u"We informeren u voor de zomer."_s,
            letterA,
            { u"voor de zomer"_s, u"month"_s, u"season"_s, u"before"_s, u"future"_s, QDate(2025, 6, 1), QDate(2025, 8, 31), QDate(2025, 7, 4) });
        row("voor het einde van a year is a deadline at its end",
            u"Uw Kamer ontvangt de brief voor het einde van 2025."_s,
            letterA,
            { u"voor het einde van 2025"_s, u"month"_s, u"quarter"_s, u"before"_s, u"future"_s, QDate(2025, 10, 1), QDate(2025, 12, 31), QDate(2025, 12, 31) });
        row("voor de zomer in early June is this year's recess",
            u"We informeren u voor de zomer."_s,
            QDate(2025, 6, 10),
            { u"voor de zomer"_s, u"month"_s, u"season"_s, u"before"_s, u"future"_s, QDate(2025, 6, 1), QDate(2025, 8, 31), QDate(2025, 7, 4) });
        row("voor de zomer during the recess is next summer",
            u"We informeren u voor de zomer."_s,
            QDate(2025, 8, 15),
            { u"voor de zomer"_s, u"month"_s, u"season"_s, u"before"_s, u"future"_s, QDate(2026, 6, 1), QDate(2026, 8, 31), QDate(2026, 7, 3) });
        row("voor de zomer late in the year is next summer",
            u"We informeren u voor de zomer."_s,
            letterB,
            { u"voor de zomer"_s, u"month"_s, u"season"_s, u"before"_s, u"future"_s, QDate(2026, 6, 1), QDate(2026, 8, 31), QDate(2026, 7, 3) });
        row("Q2 2025",
            u"Oplevering in Q2 2025."_s,
            letterA,
            { u"Q2 2025"_s, u"month"_s, u"quarter"_s, u"at"_s, u"future"_s, QDate(2025, 4, 1), QDate(2025, 6, 30), QDate(2025, 4, 1) });
        row("tweede kwartaal van 2025",
            u"Oplevering in het tweede kwartaal van 2025."_s,
            letterA,
            { u"het tweede kwartaal van 2025"_s, u"month"_s, u"quarter"_s, u"at"_s, u"future"_s, QDate(2025, 4, 1), QDate(2025, 6, 30), QDate(2025, 4, 1) });

        // Years and periods.
        row("eind dit jaar",
            u"Het plan volgt eind dit jaar."_s,
            letterA,
            { u"eind dit jaar"_s, u"month"_s, u"quarter"_s, u"at"_s, u"future"_s, QDate(2025, 10, 1), QDate(2025, 12, 31), QDate(2025, 12, 31) });
        row("dit jaar",
            u"Het plan volgt dit jaar."_s,
            letterA,
            { u"dit jaar"_s, u"period"_s, u"year"_s, u"at"_s, u"future"_s, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2025, 1, 1) });
        row("volgend jaar",
            u"Het plan volgt volgend jaar."_s,
            letterA,
            { u"volgend jaar"_s, u"period"_s, u"year"_s, u"at"_s, u"future"_s, QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 1, 1) });
        row("komend jaar",
            u"Het plan volgt komend jaar."_s,
            letterA,
            { u"komend jaar"_s, u"period"_s, u"year"_s, u"at"_s, u"future"_s, QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 1, 1) });
        row("later dit jaar",
            u"Het plan volgt later dit jaar."_s,
            letterA,
            { u"later dit jaar"_s, u"period"_s, u"period"_s, u"at"_s, u"future"_s, QDate(2025, 3, 5), QDate(2025, 12, 31), QDate(2025, 12, 31) });
        row("voor 2030",
            u"Klimaatneutraal voor 2030."_s,
            letterA,
            { u"voor 2030"_s, u"period"_s, u"year"_s, u"before"_s, u"future"_s, QDate(2030, 1, 1), QDate(2030, 12, 31), QDate(2030, 1, 1) });
        row("vóór 2030",
            u"Klimaatneutraal vóór 2030."_s,
            letterA,
            { u"vóór 2030"_s, u"period"_s, u"year"_s, u"before"_s, u"future"_s, QDate(2030, 1, 1), QDate(2030, 12, 31), QDate(2030, 1, 1) });
        row("tussen 2030 en 2050",
            u"De kosten tussen 2030 en 2050 stijgen."_s,
            letterA,
            { u"tussen 2030 en 2050"_s, u"period"_s, u"period"_s, u"at"_s, u"future"_s, QDate(2030, 1, 1), QDate(2050, 12, 31), QDate(2030, 1, 1) });
        row("year range",
            u"In de periode 2024-2027 investeren we."_s,
            letterA,
            { u"2024-2027"_s, u"period"_s, u"period"_s, u"at"_s, u"future"_s, QDate(2024, 1, 1), QDate(2027, 12, 31), QDate(2024, 1, 1) });
        row("in 2026",
            u"Dit gebeurt in 2026."_s,
            letterA,
            { u"2026"_s, u"period"_s, u"year"_s, u"at"_s, u"future"_s, QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 1, 1) });
        row("vanaf 2026",
            u"Dit geldt vanaf 2026."_s,
            letterA,
            { u"vanaf 2026"_s, u"period"_s, u"year"_s, u"after"_s, u"future"_s, QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 1, 1) });
        row("binnen twee weken",
            u"U ontvangt binnen twee weken een brief."_s,
            letterA,
            { u"binnen twee weken"_s, u"period"_s, u"period"_s, u"within"_s, u"future"_s, letterA, QDate(2025, 3, 18), QDate(2025, 3, 18) });
        row("binnen drie maanden",
            u"U ontvangt binnen drie maanden een brief."_s,
            letterA,
            { u"binnen drie maanden"_s, u"period"_s, u"period"_s, u"within"_s, u"future"_s, letterA, QDate(2025, 6, 4), QDate(2025, 6, 4) });
        row("vorige week",
            u"Vorige week vonden bezoeken plaats."_s,
            letterA,
            { u"Vorige week"_s, u"period"_s, u"period"_s, u"at"_s, u"past"_s, QDate(2025, 2, 24), QDate(2025, 3, 2), QDate(2025, 2, 24) });
        row("volgende week",
            u"Volgende week spreekt de Raad."_s,
            letterA,
            { u"Volgende week"_s, u"period"_s, u"period"_s, u"at"_s, u"future"_s, QDate(2025, 3, 10), QDate(2025, 3, 16), QDate(2025, 3, 10) });
        row("de afgelopen week",
            u"waaronder de afgelopen week met bezoeken"_s,
            letterA,
            { u"de afgelopen week"_s, u"period"_s, u"period"_s, u"at"_s, u"past"_s, QDate(2025, 2, 25), QDate(2025, 3, 3), QDate(2025, 2, 25) });
        row("de komende weken",
            u"Dit vergt de komende weken overleg."_s,
            letterA,
            { u"de komende weken"_s, u"period"_s, u"period"_s, u"at"_s, u"future"_s, QDate(2025, 3, 5), QDate(2025, 4, 1), QDate(2025, 3, 5) });

        // Events.
        row("na het zomerreces",
            u"Het debat volgt na het zomerreces."_s,
            letterA,
            { u"na het zomerreces"_s,
                u"event"_s,
                u"period"_s,
                u"after"_s,
                u"future"_s,
                QDate(2025, 7, 4),
                QDate(2025, 9, 1),
                QDate(2025, 9, 1),
                {},
                u"Zomerreces 2025"_s });
        row("voor het kerstreces",
            u"Het besluit valt voor het kerstreces."_s,
            letterA,
            { u"voor het kerstreces"_s,
                u"event"_s,
                u"period"_s,
                u"before"_s,
                u"future"_s,
                QDate(2025, 12, 19),
                QDate(2026, 1, 12),
                QDate(2025, 12, 19),
                {},
                u"Kerstreces 2025"_s });
        row("voor Prinsjesdag",
            u"Het besluit valt voor Prinsjesdag."_s,
            letterA,
            { u"voor Prinsjesdag"_s,
                u"event"_s,
                u"day"_s,
                u"before"_s,
                u"future"_s,
                QDate(2025, 9, 16),
                QDate(2025, 9, 16),
                QDate(2025, 9, 16),
                {},
                u"Prinsjesdag 2025"_s });
        row("bij de Voorjaarsnota",
            u"Dit wordt bezien bij de Voorjaarsnota."_s,
            letterA,
            { u"bij de Voorjaarsnota"_s,
                u"event"_s,
                u"period"_s,
                u"at"_s,
                u"future"_s,
                QDate(2025, 3, 15),
                QDate(2025, 6, 1),
                QDate(2025, 6, 1),
                {},
                u"Voorjaarsnota 2025"_s });
        row("uiterlijk bij de Voorjaarsnota-besluitvorming",
            u"onderwerp van bespreking zal zijn uiterlijk bij de Voorjaarsnota-besluitvorming."_s,
            letterA,
            { u"uiterlijk bij de Voorjaarsnota-besluitvorming"_s,
                u"event"_s,
                u"period"_s,
                u"before"_s,
                u"future"_s,
                QDate(2025, 3, 15),
                QDate(2025, 6, 1),
                QDate(2025, 6, 1),
                {},
                u"Voorjaarsnota 2025 (vóór 1 juni)"_s });
        row("Miljoenennota of a budget year is presented the year before",
            u"Het kabinet neemt een besluit bij de Miljoenennota 2025."_s,
            QDate(2024, 3, 22),
            { u"bij de Miljoenennota 2025"_s, u"event"_s, u"day"_s, u"at"_s, u"future"_s, QDate(2024, 9, 17), QDate(2024, 9, 17), QDate(2024, 9, 17), {},
                u"Miljoenennota 2025 (17 september)"_s });
        row("augustusbesluitvorming",
            u"Dat volgt bij de augustusbesluitvorming."_s,
            QDate(2024, 3, 22),
            { u"bij de augustusbesluitvorming"_s, u"event"_s, u"period"_s, u"at"_s, u"future"_s, QDate(2024, 8, 15), QDate(2024, 8, 31), QDate(2024, 8, 31), {},
                u"Augustusbesluitvorming 2024 (vóór 31 augustus)"_s });
        row("NAVO-top in Den Haag in juni is one phrase",
            u"zal in aanloop naar de NAVO-top in Den Haag in juni uitgebreid gevoerd worden."_s,
            letterA,
            { u"in aanloop naar de NAVO-top in Den Haag in juni"_s,
                u"event"_s,
                u"period"_s,
                u"before"_s,
                u"future"_s,
                QDate(2025, 6, 24),
                QDate(2025, 6, 25),
                QDate(2025, 6, 24),
                {},
                u"NAVO-top 2025 (Den Haag, 24-25 juni)"_s });
        row("NAVO-top seen from late 2025",
            u"in aanloop naar de NAVO-top"_s,
            letterB,
            { u"in aanloop naar de NAVO-top"_s,
                u"event"_s,
                u"period"_s,
                u"before"_s,
                u"future"_s,
                QDate(2026, 7, 7),
                QDate(2026, 7, 8),
                QDate(2026, 7, 7),
                {},
                u"NAVO-top 2026 (Ankara, 7-8 juli)"_s });
        row("Voorjaarsnota seen from late 2025",
            u"Dit wordt bezien bij de Voorjaarsnota."_s,
            letterB,
            { u"bij de Voorjaarsnota"_s,
                u"event"_s,
                u"period"_s,
                u"at"_s,
                u"future"_s,
                QDate(2026, 3, 15),
                QDate(2026, 6, 1),
                QDate(2026, 6, 1),
                {},
                u"Voorjaarsnota 2026"_s });

        // Vague phrases.
        vague("op korte termijn", u"De regering zal op korte termijn besluiten."_s, u"op korte termijn"_s, u"short-term"_s);
        vague("binnenkort", u"Het kabinet zal binnenkort een besluit nemen."_s, u"binnenkort"_s, u"soon"_s);
        vague("zo snel mogelijk", u"om zo snel mogelijk meer steun te leveren"_s, u"zo snel mogelijk"_s, u"asap"_s);
        vague("zo spoedig mogelijk", u"dat alle bondgenoten zo spoedig mogelijk voldoen"_s, u"zo spoedig mogelijk"_s, u"asap"_s);
        vague("z.s.m.", u"Wij reageren z.s.m. op uw vragen."_s, u"z.s.m."_s, u"asap"_s);
        vague("over enige tijd", u"Over enige tijd zullen leiders weer bijeenkomen."_s, u"Over enige tijd"_s, u"later"_s);
        vague("te zijner tijd", u"Wij informeren u te zijner tijd."_s, u"te zijner tijd"_s, u"later"_s);

        // The second letter date moves bare days and relative words.
        day("bare day nearest next year", u"Op 6 maart vindt een top plaats."_s, letterB, u"6 maart"_s, QDate(2026, 3, 6), u"future"_s);
        day("jl. from late in the year", u"Op 24 februari jl. hebben we"_s, letterB, u"24 februari jl."_s, QDate(2025, 2, 24), u"past"_s);
        day("a.s. into next year", u"De Raad van 6 maart a.s. zal"_s, letterB, u"6 maart a.s."_s, QDate(2026, 3, 6), u"future"_s);
        row("binnen twee weken late in the year",
            u"U ontvangt binnen twee weken een brief."_s,
            letterB,
            { u"binnen twee weken"_s, u"period"_s, u"period"_s, u"within"_s, u"future"_s, letterB, QDate(2025, 12, 4), QDate(2025, 12, 4) });
        row("volgend jaar late in the year",
            u"Het plan volgt volgend jaar."_s,
            letterB,
            { u"volgend jaar"_s, u"period"_s, u"year"_s, u"at"_s, u"future"_s, QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 1, 1) });
        row("vorige week late in the year",
            u"Vorige week vonden bezoeken plaats."_s,
            letterB,
            { u"Vorige week"_s, u"period"_s, u"period"_s, u"at"_s, u"past"_s, QDate(2025, 11, 10), QDate(2025, 11, 16), QDate(2025, 11, 10) });
    }

    void phrases()
    {
        QFETCH(QString, input);
        QFETCH(QDate, letter);
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, precision);
        QFETCH(QString, bound);
        QFETCH(QString, relation);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, date);
        QFETCH(QString, vague);
        QFETCH(QString, event);

        const QList<TimeExpression> found = m_parser.parse(input, letter);
        QStringList texts;
        for (const TimeExpression &e : found) {
            texts.append(e.text);
        }
        // Exactly one phrase per row: nothing split, nothing extra.
        QCOMPARE(texts, QStringList{ text });
        const TimeExpression &e = found.first();
        QCOMPARE(input.mid(e.range.start, e.range.length()), text);
        QCOMPARE(timeTypeName(e.type), type);
        QCOMPARE(precisionName(e.precision), precision);
        QCOMPARE(boundName(e.bound), bound);
        QCOMPARE(relationName(e.relation), relation);
        QCOMPARE(e.start, start);
        QCOMPARE(e.end, end);
        QCOMPARE(e.date, date);
        QCOMPARE(e.vague, vague);
        QVERIFY2(e.event.startsWith(event), qPrintable(e.event));
        QCOMPARE(e.event.isEmpty(), event.isEmpty());
    }

    void notTimes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("percentage") << u"het uitgavenniveau van 2% van het BBP"_s;
        QTest::newRow("kamerstuk number") << u"Kamerstuk 36 045, nr. 191."_s;
        QTest::newRow("document number") << u"Kamerstuk 2025.D.08281"_s;
        QTest::newRow("amount") << u"geraamd op USD 524 miljard, een toename van USD 38 miljard"_s;
        QTest::newRow("count") << u"93 landen wereldwijd hebben gestemd"_s;
        QTest::newRow("G20") << u"tijdens de G20 bilateraal"_s;
        QTest::newRow("bare year is an amount") << u"ongeveer 2030 militairen"_s;
        QTest::newRow("year with preposition but amount") << u"steun in 2030 miljoen gevallen"_s;
        QTest::newRow("31 februari") << u"op 31 februari besloten"_s;
        QTest::newRow("32 maart") << u"op 32 maart besloten"_s;
        QTest::newRow("30 februari 2025") << u"op 30 februari 2025 besloten"_s;
        QTest::newRow("month 13") << u"op 4-13-2025 besloten"_s;
        QTest::newRow("day 31 of a 30-day month") << u"op 31-04-2025 besloten"_s;
        QTest::newRow("Europese Raad as institution") << u"president van de Europese Raad Costa nam deel"_s;
        QTest::newRow("er is no Council") << u"Er bestaat brede overeenstemming en er zijn er meer."_s;
        QTest::newRow("NAVO-norm is no summit") << u"een stijging van de NAVO-norm voor defensie"_s;
        QTest::newRow("zomerreces needs no season") << u"de zomerperiode en de voorjaarsnota-cijfers"_s;
    }

    void notTimes()
    {
        QFETCH(QString, input);
        const QList<TimeExpression> found = m_parser.parse(input, letterA);
        QStringList texts;
        for (const TimeExpression &e : found) {
            texts.append(e.text);
        }
        QCOMPARE(texts, QStringList());
    }

    void offsetShiftsRanges()
    {
        const QString text = u"Inleiding. Op 24 februari jl. hebben we"_s;
        const qsizetype offset = 11;
        const QList<TimeExpression> found = m_parser.parse(QStringView(text).mid(offset), letterA, offset);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().range.start, text.indexOf(u"24 februari"_s));
        QCOMPARE(text.mid(found.first().range.start, found.first().range.length()), u"24 februari jl."_s);
    }

    void withoutLetterDate()
    {
        // A day without a year cannot be placed, but is still found; a full
        // date needs no letter date.
        const QList<TimeExpression> found = m_parser.parse(u"Op 24 februari jl. en op 4 maart 2025.", QDate());
        QCOMPARE(found.size(), 2);
        QVERIFY(!found.at(0).date.isValid());
        QCOMPARE(found.at(1).date, QDate(2025, 3, 4));
    }

    void withoutCalendarNoEvents()
    {
        const TimeParser bare;
        QVERIFY(bare.parse(u"uiterlijk bij de Voorjaarsnota", letterA).isEmpty());
    }

    void megabyteLine()
    {
        // One line of 1 MB, full of digits, months and prepositions: the
        // patterns must stay linear (a quadratic one would take minutes).
        const QString chunk = u"Op 24 februari jl. kwam 36 045 nr. 191 in 93 landen 2% voor; uiterlijk 1 juli in in 2030 1 2 3 maart "_s;
        QString line;
        while (line.size() < 1024 * 1024) {
            line += chunk;
        }
        const qsizetype repeats = line.size() / chunk.size();
        QElapsedTimer timer;
        timer.start();
        const QList<TimeExpression> found = m_parser.parse(line, letterA);
        const qint64 elapsed = timer.elapsed();
        // Per chunk: "24 februari jl.", "uiterlijk 1 juli", "2030" (after
        // "in"), "3 maart".
        QCOMPARE(found.size(), repeats * 4);
        QVERIFY2(elapsed < 60000, qPrintable(u"1 MB took %1 ms"_s.arg(elapsed)));
        qInfo("1 MB single line parsed in %lld ms", elapsed);

        QString digits;
        while (digits.size() < 1024 * 1024) {
            digits += u"1 "_s;
        }
        timer.restart();
        QVERIFY(m_parser.parse(digits, letterA).isEmpty());
        QVERIFY2(timer.elapsed() < 60000, "1 MB of numbers");
    }

    // The parser runs each pattern only near the key words its phrases
    // contain; a zero-width space in the text makes it scan everything.
    // Both must find the same phrases, also where white space and hyphens
    // pile up between the words.
    void keyWindowsMatchFullScan_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("article before a modifier") << u"tot en met het einde van het jaar 2030, voor het eind van maart 2025, tot en met het begin van het komende voorjaar en voor het eind van het volgende jaar."_s;
        QTest::newRow("quarters with Q and K") << u"In Q1 2025, K3-2026 en q2 2025; het tweede kwartaal van volgend jaar."_s;
        QTest::newRow("long white space runs") << u"uiterlijk   \t tot  en\n met    op 3   tot   en met 5 \t maart   2025   jl. en in\n\n juni"_s;
        QTest::newRow("hyphen runs as separators") << u"eind - - maart 2025, midden -  zomer 2026, eind-\n2030 en de navo - - top"_s;
        QTest::newRow("events with tails") << u"Na de NAVO-top-bijeenkomst in Den Haag in juni 2025 en voor de ER van juni; er is een Europese Raad in maart 2025."_s;
        QTest::newRow("years and numeric dates") << u"Tussen 2024 en 2026, 2024 – 2026, van 2020 tot en met 2030, 03-04-2025, 2025-03-04 en in 2030 procent."_s;
        QTest::newRow("vague phrases") << u"Op zo kort mogelijke termijn, t.z.t., z.s.m., zo snel als mogelijk, op een later moment en binnen een half jaar."_s;
        QTest::newRow("relative and plural") << u"Eind van het volgende jaar, de komende drie weken, vandaag en overmorgen, het komende voorjaar."_s;
        QDirIterator it(QStringLiteral(PROMISSA_TEST_DATA), { u"*.txt"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const auto letter = importLetter(path);
            if (!letter) {
                continue; // the import folder's broken files are there to be refused
            }
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << letter->text;
        }
    }

    void keyWindowsMatchFullScan()
    {
        QFETCH(QString, input);
        const QString prefix = u"\u200B\n"_s;
        const auto describe = [](const QList<TimeExpression> &found, qsizetype shift) {
            QStringList lines;
            for (const TimeExpression &e : found) {
                lines << QStringList{ QString::number(e.range.start - shift), QString::number(e.range.end - shift), e.text, timeTypeName(e.type),
                                      precisionName(e.precision), boundName(e.bound), e.start.toString(Qt::ISODate), e.end.toString(Qt::ISODate),
                                      e.date.toString(Qt::ISODate), relationName(e.relation), e.vague, e.event }
                             .join(u'|');
            }
            return lines;
        };
        const QString prefixed = prefix + input;
        for (const QDate letter : { letterA, letterB, QDate() }) {
            const QStringList windowed = describe(m_parser.parse(input, letter), 0);
            const QStringList full = describe(m_parser.parse(prefixed, letter), prefix.size());
            QCOMPARE(windowed, full);
        }
    }

    void goldDatesOfExampleLetter()
    {
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        QFile goldFile(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.gold.json"));
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const QJsonArray dates = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"dates"_s).toArray();
        QVERIFY(!dates.isEmpty());

        const QList<TimeExpression> found = m_parser.parse(letter->text, letterA);
        QStringList misses;
        for (const QJsonValue &value : dates) {
            const QJsonObject gold = value.toObject();
            const QString anchor = gold.value(u"anchor"_s).toString();
            const QString goldText = gold.value(u"text"_s).toString();
            const QString goldDate = gold.value(u"date"_s).toString();
            const qsizetype anchorAt = letter->text.indexOf(anchor);
            if (anchorAt < 0) {
                misses.append(u"anchor not in the text: "_s + anchor);
                continue;
            }
            const qsizetype at = letter->text.indexOf(goldText, anchorAt);
            const TextRange place{ at, at + goldText.size() };
            const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const TimeExpression &e) {
                const QString iso = e.date.toString(Qt::ISODate);
                return e.range.overlaps(place) && (goldDate.size() == 7 ? iso.startsWith(goldDate) : iso == goldDate) &&
                    relationName(e.relation) == gold.value(u"relation"_s).toString();
            });
            if (!hit) {
                misses.append(anchor + u" -> "_s + goldDate);
            }
        }
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
