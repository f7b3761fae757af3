// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/lexicon.h"

namespace Promissa
{

// Function-local statics: built once, thread-safe, and the char16_t literals
// they view live for the whole program.

const Lexicon::WordSet &Lexicon::subordinators()
{
    static const WordSet set{u"dat",     u"omdat",   u"zodra",    u"als",      u"indien",   u"wanneer",  u"mits",     u"tenzij",
                             u"zoals",   u"terwijl", u"doordat",  u"zodat",    u"nadat",    u"voordat",  u"totdat",   u"hoewel",
                             u"ofschoon", u"aangezien", u"opdat", u"waarbij",  u"waarin",   u"waarmee",  u"waardoor", u"waarop",
                             u"waarvoor", u"waaraan", u"waarover", u"waaruit", u"waarna",   u"hetgeen",  u"welke",    u"die",
                             u"mocht",   u"mochten", u"waarmede", u"alvorens", u"zolang",   u"wat"};
    return set;
}

const Lexicon::WordSet &Lexicon::conditionalSubordinators()
{
    static const WordSet set{u"zodra", u"als", u"indien", u"wanneer", u"mits", u"tenzij", u"mocht", u"mochten"};
    return set;
}

const Lexicon::WordSet &Lexicon::nounContext()
{
    static const WordSet set{
        u"de",     u"het",     u"een",     u"die",      u"deze",    u"dit",     u"dat",     u"alle",    u"vele",     u"veel",
        u"enkele", u"meerdere", u"twee",   u"drie",     u"vier",    u"vijf",    u"tien",    u"honderd", u"duizend",  u"van",
        u"met",    u"aan",     u"voor",    u"op",       u"in",      u"bij",     u"naar",    u"over",    u"door",     u"uit",
        u"tot",    u"tussen",  u"onder",   u"zonder",   u"tegen",   u"na",      u"per",     u"via",     u"binnen",   u"buiten",
        u"rond",   u"rondom",  u"onze",    u"hun",      u"haar",    u"mijn",    u"uw",      u"welke",   u"geen",     u"ieder",
        u"elk",    u"beide",   u"andere",  u"nieuwe",   u"zijn",    u"ons",     u"jouw",    u"hen",     u"sommige",  u"diverse",
        u"verschillende", u"alle", u"vanuit", u"namens", u"richting", u"betreffende", u"inzake", u"omtrent", u"jegens", u"conform",
        u"waaronder", u"zoals", u"dan", u"en", u"of", u"miljoen", u"miljard", u"extra"};
    return set;
}

const Lexicon::WordSet &Lexicon::nonVerbsEndingInEn()
{
    static const WordSet set{
        u"tegen",     u"boven",     u"binnen",     u"buiten",      u"open",       u"even",       u"geen",       u"heen",
        u"een",       u"alleen",    u"samen",      u"zeven",       u"tien",       u"negen",      u"toen",       u"ten",
        u"den",       u"tussen",    u"bovendien",  u"sindsdien",   u"middelen",   u"landen",     u"partijen",   u"lidstaten",
        u"gemeenten", u"jaren",     u"maanden",    u"weken",       u"kosten",     u"uitgaven",   u"problemen",  u"gebieden",
        u"belangen",  u"bedrijven", u"mensen",     u"kinderen",    u"ouderen",    u"jongeren",   u"studenten",  u"docenten",
        u"huizen",    u"scholen",   u"leraren",    u"boeren",      u"banken",     u"wegen",      u"doelen",     u"stappen",
        u"afspraken", u"resultaten", u"effecten",  u"taken",       u"zaken",      u"gevallen",   u"gegevens",   u"steden",
        u"dorpen",    u"normen",    u"eisen",      u"voorwaarden", u"toeslagen",  u"lasten",     u"tekorten",   u"patiënten",
        u"cliënten",  u"gesprekken", u"punten",    u"kanalen",     u"regels",     u"wetten",     u"ouders",     u"gezinnen",
        u"vrouwen",   u"mannen",    u"dieren",     u"bossen",      u"wateren",    u"vragen",     u"redenen",    u"zorgen",
        u"middagen",  u"dagen",     u"uren",       u"eeuwen",      u"volken",     u"verdragen",  u"contracten", u"projecten",
        u"producten", u"prijzen",   u"tarieven",   u"emissiedoelen", u"opgaven",  u"nadelen",    u"voordelen",  u"onderdelen",
        u"instrumenten", u"elementen", u"documenten", u"aspecten", u"capaciteiten", u"leden",    u"delen",      u"lijnen",
        u"onderwerpen", u"ontwerpen", u"rechten",  u"plichten",    u"diensten",   u"kamerleden", u"bewindspersonen", u"zijden",
        u"bondgenoten", u"uitkomsten", u"inkomsten", u"grondstoffen", u"stoffen", u"vluchtelingen", u"migranten", u"asielzoekers",
        u"regeringsleiders", u"gebeurtenissen", u"omstandigheden", u"verwachtingen", u"volgende", u"eigen", u"bijeen", u"geleden", u"beneden", u"tevreden", u"algemeen", u"gemeen", u"indien", u"gezien", u"verleden", u"bovengenoemde"};
    return set;
}

const Lexicon::WordSet &Lexicon::eWordsBeforeVerb()
{
    static const WordSet set{u"we",   u"ze",       u"je",      u"me",    u"te",     u"derhalve", u"mede",  u"graag",
                             u"gezamenlijk", u"verder", u"ook", u"daarbij", u"samen", u"nauwe", u"ruime", u"vervolgens",
                             u"nogmaals", u"opnieuw", u"eerste", u"laatste", u"hierover", u"zelfstandige"};
    return set;
}

const Lexicon::WordSet &Lexicon::adverbialStarts()
{
    static const WordSet set{
        u"daarom",    u"daarnaast",   u"ook",        u"tevens",     u"bovendien",   u"verder",      u"voorts",      u"tegelijkertijd",
        u"tegelijk",  u"vervolgens",  u"daarna",     u"binnenkort", u"spoedig",     u"nu",          u"dan",         u"hiervoor",
        u"hierbij",   u"hiermee",     u"hierover",   u"daarbij",    u"daarmee",     u"daarover",    u"daarin",      u"hierin",
        u"zo",        u"evenzo",      u"eveneens",   u"aldus",      u"dus",         u"derhalve",    u"kortom",      u"concreet",
        u"allereerst", u"eerst",      u"ten",        u"tot",        u"in",          u"op",          u"met",         u"voor",
        u"na",        u"bij",         u"binnen",     u"uiterlijk",  u"conform",     u"overeenkomstig", u"volgens",  u"namens",
        u"samen",     u"vanuit",      u"vanaf",      u"per",        u"rond",        u"omstreeks",   u"naast",       u"zoals",
        u"over",      u"door",        u"onder",      u"tijdens",    u"gedurende",   u"sinds",       u"na",          u"tot",
        u"via",       u"mede",        u"daartoe",    u"hiertoe",    u"komend",      u"komende",     u"volgend",     u"volgende",
        u"deze",      u"dit",         u"later",      u"eind",       u"begin",       u"medio",       u"uiteraard",   u"natuurlijk",
        u"vanzelfsprekend", u"graag",  u"voortaan",  u"inmiddels",  u"opnieuw",     u"nogmaals",    u"eerder",      u"hieronder",
        u"hierna",    u"onderstaand", u"tenslotte",  u"ondertussen", u"intussen",    u"wel",         u"vooral",
        u"juist",     u"alleen",      u"zeker",      u"waar",       u"waarom",      u"meer",        u"mede",        u"vandaar",
        u"zodoende",  u"om",          u"uit",        u"zonder",     u"ondanks",     u"wegens",      u"vanwege",     u"omwille",
        u"ingevolge", u"krachtens",   u"gezien",     u"gelet",      u"blijkens",    u"jaarlijks",   u"structureel", u"op",
        u"aan",       u"tegen",       u"richting",   u"wat",        u"hoe",         u"nog",         u"al",          u"verder",
        u"tot",         u"enerzijds",   u"anderzijds",  
        u"zodra",     u"pas",  u"naar", u"hoewel",         u"steeds",     u"opdat",     u"ter"};
    return set;
}

const Lexicon::WordSet &Lexicon::reducedClauseParticiples()
{
    static const WordSet set{u"aangegeven", u"gemeld",     u"vermeld",    u"gezegd",    u"toegezegd",  u"aangekondigd", u"afgesproken",
                             u"beschreven", u"toegelicht", u"bekend",     u"genoemd",   u"opgenomen",  u"uiteengezet",  u"geschetst",
                             u"gebruikelijk", u"bericht",  u"gecommuniceerd", u"benoemd", u"geschreven", u"gesteld",   u"aangekondigd"};
    return set;
}

const Lexicon::WordSet &Lexicon::normativeModals()
{
    static const WordSet set{u"moet",  u"moeten", u"dient", u"dienen", u"kan",    u"kunnen", u"zou",
                             u"zouden", u"mag",   u"mogen", u"hoeft",  u"hoeven", u"moest",  u"moesten"};
    return set;
}

const Lexicon::WordSet &Lexicon::nonActionInfinitives()
{
    static const WordSet set{u"zijn",    u"moeten", u"kunnen", u"mogen",  u"hoeven", u"blijken", u"lijken",
                             u"dienen",  u"hebben", u"staan",  u"liggen", u"heten",  u"betekenen", u"vergen",
                             u"vragen",  u"kosten", u"duren",  u"gelden"};
    return set;
}

const Lexicon::WordSet &Lexicon::speechActInfinitives()
{
    static const WordSet set{u"benadrukken", u"opmerken", u"wijzen",   u"stilstaan", u"ingaan",   u"toelichten",
                             u"onderstrepen", u"aangeven", u"noemen",  u"melden",    u"bedanken", u"danken",
                             u"herhalen",    u"verwijzen", u"schetsen", u"afsluiten", u"samenvatten",
                             u"constateren"};
    return set;
}

const Lexicon::WordSet &Lexicon::governmentWork()
{
    static const WordSet set{
        u"discussie",     u"besluitvorming", u"procedure",     u"procedures",    u"wetsvoorstel",  u"wetsvoorstellen", u"kabinetsreactie",
        u"kabinetsstandpunt", u"brief",      u"kamerbrief",    u"uitwerking",    u"evaluatie",     u"regeling",      u"regelingen",
        u"wet",           u"wetgeving",      u"besluit",       u"besluiten",     u"maatregel",     u"maatregelen",   u"middelen",
        u"subsidie",      u"subsidieregeling", u"bijdrage",    u"uitvoering",    u"verkenning",    u"consultatie",   u"internetconsultatie",
        u"onderzoek",     u"plan",           u"plannen",       u"actieplan",     u"visie",         u"aanpak",        u"nota",
        u"beleid",        u"beleidsregel",   u"amvb",          u"toezegging",    u"appreciatie",   u"reactie",       u"ontwerpbesluit",
        u"wijziging",     u"voortgangsrapportage", u"rapportage", u"monitor",    u"monitoring",    u"begroting",     u"financiering",
        u"steun",         u"invulling",      u"afweging",      u"afwegingen",    u"keuze",         u"keuzes",        u"strategie",
        u"agenda",        u"programma",      u"investering",   u"investeringen", u"bekostiging",   u"herziening",    u"inzet",
        u"gesprekken",    u"overleg",        u"dialoog",       u"voorstel",      u"voorstellen",   u"tijdpad",       u"planning"};
    return set;
}

const Lexicon::WordSet &Lexicon::deliverables()
{
    static const WordSet set{u"invulling",  u"uitwerking", u"wetsvoorstel", u"voorstel",   u"plan",       u"brief",     u"regeling",
                             u"wet",        u"wetgeving",  u"strategie",    u"visie",      u"agenda",     u"actieplan", u"programma",
                             u"nota",       u"kader",      u"besluit",      u"reactie",    u"kabinetsreactie", u"herziening", u"wijziging",
                             u"routekaart", u"handreiking", u"evaluatie",   u"rapportage", u"ontwerp",    u"beleidsregel", u"amvb",
                             u"uitvoeringsplan", u"aanpak", u"pakket",      u"begroting",  u"kamerbrief", u"plannen",   u"voorstellen"};
    return set;
}

const Lexicon::WordSet &Lexicon::futureAdverbs()
{
    static const WordSet set{u"binnenkort", u"spoedig", u"nader",    u"later",    u"komend",   u"komende",  u"volgend",
                             u"volgende",   u"uiterlijk", u"vanaf",  u"voortaan", u"zomer",    u"najaar",   u"voorjaar",
                             u"winter",     u"zomerreces", u"kerstreces", u"separate", u"aparte", u"afzonderlijke",
                             u"toekomstige", u"voortgangsbrief", u"verzamelbrief", u"a.s", u"aanstaande", u"straks",
                             u"eerstvolgende", u"daaropvolgende", u"hierna"};
    return set;
}

const Lexicon::WordSet &Lexicon::thirdParties()
{
    static const WordSet set{
        u"europa",     u"eu",          u"vs",         u"amerika",    u"commissie",  u"raad",        u"er",         u"hv",
        u"lidstaten",  u"gemeenten",   u"gemeente",   u"provincies", u"provincie",  u"kamer",       u"partners",   u"regeringsleiders",
        u"zijden",     u"navo",        u"vn",         u"rusland",    u"oekraïne",   u"voorzitter",  u"parlement",  u"rechter",
        u"toezichthouder", u"waterschappen", u"bondgenoten", u"landen", u"organisaties", u"instellingen", u"scholen", u"werkgevers",
        u"werknemers", u"bedrijven",   u"sector",     u"sectoren",   u"partijen",   u"washington",  u"moskou",     u"china",
        u"duitsland",  u"frankrijk",   u"uk",         u"vk",         u"president",  u"premier",     u"staten",     u"unie",
        u"ecb",        u"dnb",         u"imf",        u"oeso",       u"who",        u"kallas",      u"hoge",       u"europese",
        u"tweede",     u"eerste",      u"senaat",     u"universiteiten", u"hogescholen", u"zorgverzekeraars", u"zorgaanbieders",
        u"politie",          u"ind",        u"coa",        u"rechtspraak", u"uwv",        u"svb",        u"belastingdienst"};
    return set;
}

const Lexicon::WordSet &Lexicon::presentActionVerbs()
{
    // Present-tense finite forms (1sg, 2/3sg, plural) of action verbs.
    static const WordSet set{
        u"stuur",      u"stuurt",      u"sturen",     u"zend",        u"zendt",      u"zenden",     u"informeer",   u"informeert",
        u"informeren", u"leg",         u"legt",       u"leggen",      u"publiceer",  u"publiceert", u"publiceren",  u"presenteer",
        u"presenteert", u"presenteren", u"bied",      u"biedt",       u"bieden",     u"start",      u"starten",     u"begin",
        u"begint",     u"beginnen",    u"tref",       u"treft",       u"treffen",    u"investeer",  u"investeert",  u"investeren",
        u"trek",       u"trekt",       u"trekken",    u"verhoog",     u"verhoogt",   u"verhogen",   u"verlaag",     u"verlaagt",
        u"verlagen",   u"verleng",     u"verlengt",   u"verlengen",   u"ontwikkel",  u"ontwikkelt", u"ontwikkelen", u"voer",
        u"voert",      u"voeren",      u"pas",        u"past",        u"passen",     u"richt",      u"richten",     u"stel",
        u"stelt",      u"stellen",     u"dien",       u"dient",       u"dienen",     u"breng",      u"brengt",      u"brengen",
        u"maak",       u"maakt",       u"maken",      u"geef",        u"geeft",      u"geven",      u"organiseer",  u"organiseert",
        u"organiseren", u"evalueer",   u"evalueert",  u"evalueren",   u"zorg",       u"zorgt",      u"zorgen",      u"reserveer",
        u"reserveert", u"reserveren",  u"verstrek",   u"verstrekt",   u"verstrekken", u"wijzig",    u"wijzigt",     u"wijzigen",
        u"schaf",      u"schaft",      u"schaffen",   u"neem",        u"neemt",      u"nemen",      u"kom",         u"komt",
        u"komen",      u"verdubbel",   u"verdubbelt", u"verdubbelen", u"verruim",    u"verruimt",   u"verruimen",   u"open",
        u"opent",      u"openen",      u"bouw",       u"bouwt",       u"bouwen",     u"financier",  u"financiert",  u"financieren",
        u"verbeter",   u"verbetert",   u"verbeteren", u"versterk",    u"versterkt",  u"versterken", u"regel",       u"regelt",
        u"sluit",      u"sluiten",     u"zet",        u"zetten",      u"verken",     u"verkent",    u"verkennen",   u"houd",
        u"houdt",      u"houden",     u"deel",       u"deelt",      u"delen",      u"bekijk",     u"bekijkt",    u"bekijken"};
    return set;
}

const Lexicon::WordSet &Lexicon::publicationWords()
{
    static const WordSet set{u"publiceren", u"presenteren", u"uitbrengen", u"voorstellen", u"indienen",  u"lanceren",
                             u"opleveren",  u"versturen",   u"sturen",     u"verschijnen", u"uitkomen",  u"besluiten",
                             u"adviseren",  u"witboek",     u"voorstel",   u"rapport",     u"advies",    u"strategie",
                             u"mededeling", u"verordening", u"richtlijn",  u"wetsvoorstel", u"actieplan", u"verslag",
                             u"routekaart", u"pakket",      u"besluit",    u"uitspraak",   u"vaststellen", u"aannemen",
                             u"openbaar",   u"bekendmaken", u"presentatie", u"oordeel",    u"evaluatie"};
    return set;
}

const Lexicon::WordSet &Lexicon::determiners()
{
    // Quantifiers stand where an article does: "alle lidstaten", "beide landen".
    static const WordSet set{u"de",  u"het", u"een", u"dit", u"deze",  u"die",  u"dat",    u"mijn",    u"ons",
                             u"onze", u"uw", u"zijn", u"haar", u"hun", u"alle", u"beide", u"enkele", u"sommige", u"diverse"};
    return set;
}

const Lexicon::WordSet &Lexicon::bracketOpeners()
{
    static const WordSet set{u"zal", u"zullen", u"wil", u"willen", u"ga", u"gaat", u"gaan", u"blijf", u"blijft", u"blijven"};
    return set;
}

const Lexicon::WordSet &Lexicon::strandablePrepositions()
{
    static const WordSet set{u"op", u"aan", u"in", u"over", u"mee", u"naar", u"bij", u"uit", u"voor", u"tegen"};
    return set;
}

const Lexicon::WordSet &Lexicon::deliveryVerbs()
{
    static const WordSet set{u"informeren", u"sturen",   u"toesturen", u"zenden",   u"aanbieden",
                             u"presenteren", u"publiceren", u"indienen", u"afronden", u"voorleggen"};
    return set;
}

} // namespace Promissa
