// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "text/sentencesplitter.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splits_data();
    void splits();
    void offsetsAndTrimming();
    void abbreviations_data();
    void abbreviations();
};

void TestSentenceSplitter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSentenceSplitter::splits_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("sentences");

    auto row = [](const char *name, const QString &paragraph, const QStringList &sentences) {
        QTest::newRow(name) << paragraph << sentences;
    };

    // Plain sentence ends.
    row("one sentence", u"Het kabinet zal de Kamer informeren."_s, {u"Het kabinet zal de Kamer informeren."_s});
    row("three sentences", u"Dit is één. Dit is twee! Is dit drie?"_s, {u"Dit is één."_s, u"Dit is twee!"_s, u"Is dit drie?"_s});
    row("no terminator at the end", u"Eerste zin. En dan geen punt"_s, {u"Eerste zin."_s, u"En dan geen punt"_s});
    row("lowercase after full stop does not split", u"Dit is zo. en dat ook."_s, {u"Dit is zo. en dat ook."_s});
    row("digit starts the next sentence", u"Er stemden velen voor. 93 landen steunden het."_s,
        {u"Er stemden velen voor."_s, u"93 landen steunden het."_s});
    row("repeated terminators", u"Echt?! Ja."_s, {u"Echt?!"_s, u"Ja."_s});
    row("word after full stop without space", u"Zie www.rijksoverheid.nl voor meer."_s, {u"Zie www.rijksoverheid.nl voor meer."_s});

    // Abbreviation families.
    row("time: jl. and a.s. close a sentence before a capital", u"Op 24 februari jl. De Raad van 6 maart a.s. Komt bijeen."_s,
        {u"Op 24 februari jl."_s, u"De Raad van 6 maart a.s."_s, u"Komt bijeen."_s});
    row("time: jl. before lowercase stays inside", u"Op 24 februari jl. heeft de Raad besloten. Dat is goed."_s,
        {u"Op 24 februari jl. heeft de Raad besloten."_s, u"Dat is goed."_s});
    row("list: enz. before a capital", u"Olie, gas enz. Het kabinet kijkt verder."_s, {u"Olie, gas enz."_s, u"Het kabinet kijkt verder."_s});
    row("d.d. and jl. inside a sentence", u"Met referte aan de Kamerbrief d.d. 17 februari jl. en uw verzoek sturen wij dit. Tot slot."_s,
        {u"Met referte aan de Kamerbrief d.d. 17 februari jl. en uw verzoek sturen wij dit."_s, u"Tot slot."_s});
    row("references: nr. nrs. blz. art. lid", u"Zie Kamerstuk 36 045, nr. 191 en nrs. 12 en 13, blz. 4, art. 3 lid 2. Dat is alles."_s,
        {u"Zie Kamerstuk 36 045, nr. 191 en nrs. 12 en 13, blz. 4, art. 3 lid 2."_s, u"Dat is alles."_s});
    row("titles: mr. dr. prof. ir. drs.", u"Gesproken met mr. De Vries, dr. Jansen, prof. Bakker, ir. Smit en drs. Visser. Daarna niet."_s,
        {u"Gesproken met mr. De Vries, dr. Jansen, prof. Bakker, ir. Smit en drs. Visser."_s, u"Daarna niet."_s});
    row("connectives: o.a. bijv. t.a.v. i.v.m. m.b.t.",
        u"Dit geldt o.a. Nederland, bijv. Den Haag, t.a.v. Europa, i.v.m. Oekraïne en m.b.t. Rusland. Klaar."_s,
        {u"Dit geldt o.a. Nederland, bijv. Den Haag, t.a.v. Europa, i.v.m. Oekraïne en m.b.t. Rusland."_s, u"Klaar."_s});
    row("connectives: e.d. z.s.m. ca. resp. e.g.",
        u"Wapens e.d. worden z.s.m. Geleverd, ca. 20 stuks resp. 30, e.g. Drones. Klaar."_s,
        {u"Wapens e.d. worden z.s.m. Geleverd, ca. 20 stuks resp. 30, e.g. Drones."_s, u"Klaar."_s});
    row("connectives: zgn. m.u.v. c.q. i.c.m. vs. min. o.b.v. p.m.",
        u"De zgn. Coalition m.u.v. Frankrijk c.q. Duitsland i.c.m. Polen vs. Rusland, min. Van Defensie o.b.v. Afspraken, p.m. Bedrag. Klaar."_s,
        {u"De zgn. Coalition m.u.v. Frankrijk c.q. Duitsland i.c.m. Polen vs. Rusland, min. Van Defensie o.b.v. Afspraken, p.m. Bedrag."_s,
         u"Klaar."_s});
    row("lists: enz. etc. incl. excl. t/m", u"Olie, gas enz. en banken etc. allemaal, incl. BTW en excl. Kosten, 1 t/m 5. Klaar."_s,
        {u"Olie, gas enz. en banken etc. allemaal, incl. BTW en excl. Kosten, 1 t/m 5."_s, u"Klaar."_s});
    row("capitalised abbreviation", u"Nr. 191 is verschenen. Prof. Jansen reageerde."_s,
        {u"Nr. 191 is verschenen."_s, u"Prof. Jansen reageerde."_s});
    row("abbreviation at paragraph end", u"Het debat was op 18 februari jl."_s, {u"Het debat was op 18 februari jl."_s});
    row("VS is not vs.", u"Dit zei de VS. De EU zweeg."_s, {u"Dit zei de VS."_s, u"De EU zweeg."_s});
    row("lid as a word ends a sentence", u"Oekraïne wordt nog geen lid. De NAVO beslist later."_s,
        {u"Oekraïne wordt nog geen lid."_s, u"De NAVO beslist later."_s});

    // Initials.
    row("dotted initials", u"Brief van M.A.M. Wiersma aan de Kamer. Einde."_s, {u"Brief van M.A.M. Wiersma aan de Kamer."_s, u"Einde."_s});
    row("single initial", u"Ondertekend door J. de Vries. Einde."_s, {u"Ondertekend door J. de Vries."_s, u"Einde."_s});
    row("initial before a capital", u"Gesproken met H. Van Dam. Einde."_s, {u"Gesproken met H. Van Dam."_s, u"Einde."_s});

    // Numbers.
    row("percentage", u"Het BBP groeit 2%. De inflatie daalt."_s, {u"Het BBP groeit 2%."_s, u"De inflatie daalt."_s});
    row("amount", u"De kosten zijn USD 524 miljard. Dat is veel."_s, {u"De kosten zijn USD 524 miljard."_s, u"Dat is veel."_s});
    row("decimal and thousands", u"Versie 1.5 kost 3.000 euro. Versie 2.0 is gratis."_s,
        {u"Versie 1.5 kost 3.000 euro."_s, u"Versie 2.0 is gratis."_s});
    row("kamerstuk number", u"Zie Kamerstuk 36 045, nr. 191. Daarin staat het."_s,
        {u"Zie Kamerstuk 36 045, nr. 191."_s, u"Daarin staat het."_s});
    row("section number before capital stays", u"Zie paragraaf 2.3 Het kabinet licht dit toe."_s,
        {u"Zie paragraaf 2.3 Het kabinet licht dit toe."_s});

    // Ellipses.
    row("three dots inside a sentence", u"Olie, gas ... en meer. Klaar."_s, {u"Olie, gas ... en meer."_s, u"Klaar."_s});
    row("ellipsis character inside a sentence", u"Olie, gas … en meer. Klaar."_s, {u"Olie, gas … en meer."_s, u"Klaar."_s});
    row("omission in brackets", u"Hij zei: ‘Wij (...) Steunen Oekraïne.’ Daarna niet."_s,
        {u"Hij zei: ‘Wij (...) Steunen Oekraïne.’"_s, u"Daarna niet."_s});
    row("ellipsis ending a sentence", u"En zo verder... Het kabinet wacht af."_s, {u"En zo verder..."_s, u"Het kabinet wacht af."_s});

    // Quotes, brackets and footnote markers after the full stop.
    row("straight quote after full stop", u"Hij zei: \"Wij steunen Oekraïne.\" Daarna vertrok hij."_s,
        {u"Hij zei: \"Wij steunen Oekraïne.\""_s, u"Daarna vertrok hij."_s});
    row("curly quote after full stop", u"Hij zei: ‘Wij steunen Oekraïne.’ Daarna vertrok hij."_s,
        {u"Hij zei: ‘Wij steunen Oekraïne.’"_s, u"Daarna vertrok hij."_s});
    row("bracket after full stop", u"Dit staat vast (zie bijlage.) Het kabinet volgt."_s,
        {u"Dit staat vast (zie bijlage.)"_s, u"Het kabinet volgt."_s});
    row("opening bracket starts a sentence", u"Dit is één. (Dit is twee.) Drie."_s, {u"Dit is één."_s, u"(Dit is twee.)"_s, u"Drie."_s});
    row("opening quote starts a sentence", u"Dit is één. “Twee,” zei hij."_s, {u"Dit is één."_s, u"“Twee,” zei hij."_s});
    row("footnote number glued to the full stop", u"Dit staat in de brief.3 Het kabinet volgt."_s,
        {u"Dit staat in de brief.3"_s, u"Het kabinet volgt."_s});
    row("footnote marker position after removal", u"Dit staat in de geannoteerde agenda. Daarna volgt meer."_s,
        {u"Dit staat in de geannoteerde agenda."_s, u"Daarna volgt meer."_s});

    // White space.
    row("only white space", u"   "_s, {});
    row("trims white space", u"  Eén.   Twee.  "_s, {u"Eén."_s, u"Twee."_s});
    row("non-breaking space between sentences", u"Eén.\u00A0Twee."_s, {u"Eén."_s, u"Twee."_s});
}

void TestSentenceSplitter::splits()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, sentences);

    QStringList actual;
    for (const TextRange &r : SentenceSplitter::split(paragraph))
        actual.append(paragraph.mid(r.start, r.length()));
    QCOMPARE(actual, sentences);
}

void TestSentenceSplitter::offsetsAndTrimming()
{
    const QString paragraph = u"  Eén zin. Twee zinnen.  "_s;
    const QList<TextRange> ranges = SentenceSplitter::split(paragraph, 100);
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0), (TextRange{102, 110}));
    QCOMPARE(ranges.at(1), (TextRange{111, 123}));
}

void TestSentenceSplitter::abbreviations_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("abbreviation");

    const QStringList known = {u"jl"_s, u"a.s"_s, u"d.d"_s, u"nr"_s, u"nrs"_s, u"o.a"_s, u"bijv"_s, u"t.a.v"_s, u"i.v.m"_s,
                               u"m.b.t"_s, u"e.d"_s, u"z.s.m"_s, u"mr"_s, u"dr"_s, u"prof"_s, u"ca"_s, u"resp"_s, u"e.g"_s,
                               u"ir"_s, u"drs"_s, u"blz"_s, u"art"_s, u"zgn"_s, u"m.u.v"_s, u"c.q"_s, u"i.c.m"_s, u"enz"_s,
                               u"etc"_s, u"vs"_s, u"min"_s, u"o.b.v"_s, u"p.m"_s, u"incl"_s, u"excl"_s, u"M.A.M"_s, u"J"_s,
                               u"Prof"_s, u"T.a.v"_s};
    for (const QString &w : known)
        QTest::addRow("%s", qPrintable(w)) << w << true;
    for (const QString &w : {u"Oekraïne"_s, u"zo"_s, u"lid"_s, u"VS"_s, u"2025"_s, u"a"_s})
        QTest::addRow("not %s", qPrintable(w)) << w << false;
}

void TestSentenceSplitter::abbreviations()
{
    QFETCH(QString, word);
    QFETCH(bool, abbreviation);
    QCOMPARE(SentenceSplitter::isAbbreviation(word), abbreviation);
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
