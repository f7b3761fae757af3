// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/clausereader.h"

#include "analysis/actormatcher.h"
#include "analysis/lexicon.h"
#include "analysis/verbforms.h"

#include <algorithm>

namespace Promissa
{

namespace
{

bool in(QStringView w, std::initializer_list<QStringView> words)
{
    return std::find(words.begin(), words.end(), w) != words.end();
}

// The end of a forward search from token `from` in clause c.
int windowEnd(const Clause &c, int from)
{
    return std::min(c.end, from + 1 + SearchWindow);
}

// First token after `from` in the clause (within the search window) equal to `w`; -1 if none.
int findAfter(const ParsedSentence &s, const Clause &c, int from, QStringView w)
{
    const int end = windowEnd(c, from);
    for (int k = from + 1; k < end; ++k) {
        if (!s.tokens[k].parenthetical && s.tokens[k].isWord && s.tokens[k].word == w)
            return k;
    }
    return -1;
}

// The verb group after a finite verb: the first infinitive or participle and
// the verbs right after it ("blijven steunen", "gevoerd worden", "komen te staan").
struct VerbGroup {
    int first = -1;
    int last = -1;
};

// "Wij blijven ons inspannen": the reflexive "ons" right after the finite
// verb, not the possessive of "ons beleid"; the -en word after it is the verb.
bool reflexiveInfinitive(const ParsedSentence &s, int finite, int k)
{
    if (k != finite + 2 || !s.isWord(finite + 1, u"ons"))
        return false;
    const Token &t = s.tokens[k];
    return t.isWord && !t.capitalized && t.word.size() > 4 && t.word.endsWith(u"en") && !Lexicon::nonVerbsEndingInEn().contains(t.word)
        && !t.word.endsWith(u"ingen") && !t.word.endsWith(u"heden");
}

// "zal ik de NZa vragen om ...", "zal de gemeenten vragen." : the verb, not
// the plural noun ("vragen van de Kamer") - it stands last before "om", "of",
// "te" or a punctuation mark.
bool isAskVerb(const ParsedSentence &s, int k)
{
    if (!s.isWord(k, u"vragen") && !s.isWord(k, u"verzoeken"))
        return false;
    if (k + 1 >= s.tokens.size() || !s.tokens[k + 1].isWord)
        return true;
    return in(s.tokens[k + 1].word, {u"om", u"of", u"te"});
}

VerbGroup verbGroup(const ParsedSentence &s, const Clause &c, int from, bool afterAuxiliary = false)
{
    VerbGroup g;
    const int end = windowEnd(c, from);
    for (int k = from + 1; k < end; ++k) {
        if (s.tokens[k].parenthetical || !s.tokens[k].isWord)
            continue;
        // A participle opens the group only next to its auxiliary: "gevoerd worden".
        const bool participle = VerbForms::isParticiple(s, k)
            && (afterAuxiliary || in(s.word(k + 1), {u"worden", u"zijn", u"wordt"}) || in(s.word(k - 1), {u"worden", u"zijn", u"wordt"}));
        if (VerbForms::isInfinitive(s, k) || participle || reflexiveInfinitive(s, from, k) || isAskVerb(s, k)) {
            g.first = g.last = k;
            int m = k + 1;
            // A run of "zullen zullen ..." is no verb group to read whole from every verb in it.
            const int clusterEnd = std::min(c.end, k + MaxPhraseTokens);
            while (m < clusterEnd && s.tokens[m].isWord
                   && (VerbForms::isInfinitive(s, m) || VerbForms::isParticiple(s, m) || s.tokens[m].word == u"te"
                       || s.tokens[m].word == u"worden" || s.tokens[m].word == u"zijn")) {
                if (s.tokens[m].word != u"te")
                    g.last = m;
                ++m;
            }
            return g;
        }
    }
    return g;
}

bool groupHasPassive(const ParsedSentence &s, VerbGroup g)
{
    bool aux = false;
    bool participle = false;
    for (int k = g.first; k <= g.last && k >= 0; ++k) {
        const QStringView w = s.tokens[k].word;
        if (w == u"worden" || w == u"zijn")
            aux = true;
        else if (VerbForms::isParticiple(s, k) || w.endsWith(u"en"))
            participle = true;
    }
    return aux && participle;
}

// "zal ... zijn", "zal ... moeten", "zal komen te staan": no action is promised.
bool groupIsNonAction(const ParsedSentence &s, VerbGroup g)
{
    if (g.first < 0)
        return true;
    for (int k = g.first; k <= g.last; ++k) {
        const QStringView w = s.tokens[k].word;
        if (w == u"moeten" || w == u"kunnen" || w == u"mogen" || w == u"hoeven")
            return true;
    }
    const QStringView last = s.tokens[g.last].word;
    if (isAskVerb(s, g.last))
        return false;
    // "blijven ons zorgen maken": a worry, not an action.
    if (last == u"maken" && s.isWord(g.last - 1, u"zorgen"))
        return true;
    return Lexicon::nonActionInfinitives().contains(last) || last == u"worden";
}

bool groupHasSpeechAct(const ParsedSentence &s, VerbGroup g)
{
    for (int k = g.first; k <= g.last && k >= 0; ++k) {
        if (Lexicon::speechActInfinitives().contains(s.tokens[k].word))
            return true;
    }
    return false;
}

// "in gesprek", "in overleg" after the verb: the noun's token, or -1.
int inTalks(const ParsedSentence &s, const Clause &c, int v)
{
    for (QStringView noun : {u"gesprek", u"overleg"}) {
        const int k = findAfter(s, c, v, noun);
        if (k >= 0 && s.isWord(k - 1, u"in"))
            return k;
    }
    return -1;
}

// "trekt 200 miljoen euro uit", "stelt extra middelen beschikbaar": a budget
// decision is a commitment without a time; "Sinds 2023 stelt het kabinet ...
// beschikbaar" describes a running budget. Returns the particle, or -1.
int allocatesMoney(const ParsedSentence &s, const Clause &c, int v)
{
    const QStringView w = s.tokens[v].word;
    QStringView particle;
    if (w.startsWith(u"trek"))
        particle = u"uit";
    else if (w.startsWith(u"stel"))
        particle = u"beschikbaar";
    else if (w.startsWith(u"reserveer"))
        particle = u"voor";
    else
        return -1;
    const int p = findAfter(s, c, v, particle);
    if (p < 0)
        return -1;
    for (int k = std::max(c.begin, v - SearchWindow); k < v; ++k) {
        if (s.tokens[k].word == u"sinds")
            return -1;
    }
    for (int k = v + 1; k < p; ++k) {
        if (in(s.tokens[k].word, {u"miljoen", u"miljard", u"euro", u"extra", u"middelen"}))
            return p;
    }
    return -1;
}

} // namespace

bool ClauseReader::mentions(const ParsedSentence &s, QStringView a, QStringView b)
{
    for (int k = 0; k < s.tokens.size(); ++k) {
        if (s.tokens[k].word == a && (b.isEmpty() || s.isWord(k + 1, b)))
            return true;
    }
    return false;
}

bool ClauseReader::refersToThisLetter(const ParsedSentence &s)
{
    return s.aboutThisLetter;
}

bool ClauseReader::isInformParticiple(QStringView w)
{
    return in(w, {u"geïnformeerd", u"geinformeerd", u"geconsulteerd", u"betrokken", u"meegenomen", u"gehoord", u"bericht", u"toegestuurd",
                  u"verstuurd", u"gestuurd", u"aangeboden", u"voorgelegd", u"geraadpleegd"});
}

namespace
{

// Every finite form that read() below branches on, and the present-tense
// action verbs: one lookup turns away the great majority of words before
// the chain of comparisons. Keep in step with read().
const Lexicon::WordSet &triggerForms()
{
    static const Lexicon::WordSet set = [] {
        Lexicon::WordSet forms{
            u"zal",       u"zullen",      u"ga",         u"gaat",        u"gaan",       u"blijf",      u"blijft",      u"blijven",
            u"continueer", u"continueert", u"continueren", u"handhaaf",  u"handhaaft",  u"handhaven",  u"bestendig",   u"bestendigt",
            u"bestendigen", u"inzet",     u"inzetten",   u"inspant",     u"inspannen",  u"uitwerkt",   u"uitwerken",   u"voortzet",
            u"voortzetten", u"vasthoudt", u"vasthouden", u"terugkom",    u"terugkomt",  u"terugkomen", u"houd",        u"houdt",
            u"houden",    u"zet",         u"zetten",     u"span",        u"spant",      u"spannen",    u"streef",      u"streeft",
            u"streven",   u"werk",        u"werkt",      u"werken",      u"doe",        u"doet",       u"doen",        u"maak",
            u"maakt",     u"maken",       u"ben",        u"is",          u"zijn",       u"heb",        u"heeft",       u"hebben",
            u"wil",       u"willen",      u"overweeg",   u"overweegt",   u"overwegen",  u"verken",     u"verkent",     u"verkennen",
            u"onderzoek", u"onderzoekt",  u"onderzoeken", u"beraad",     u"beraadt",    u"beraden",    u"bezin",       u"bezint",
            u"bezinnen",  u"neem",        u"neemt",      u"nemen",       u"kom",        u"komt",       u"komen",       u"ontvang",
            u"ontvangt",  u"ontvangen",   u"word",       u"wordt",       u"worden",     u"kan",         u"kunt",
            u"kunnen",    u"laat",        u"laten",      u"verwacht",    u"verwachten", u"zeg",         u"zegt",
            u"zeggen"};
        forms.unite(Lexicon::presentActionVerbs());
        return forms;
    }();
    return set;
}

} // namespace

std::optional<TriggerReading> ClauseReader::read(const ParsedSentence &s, const Clause &c, int v)
{
    const QStringView w = s.tokens[v].word;
    if (!triggerForms().contains(w))
        return std::nullopt;
    // "heb laten onderzoeken", "zal laten evalueren": the verb after "laten" is no finite verb.
    if (s.isWord(v - 1, u"laten") || s.isWord(v - 1, u"laat"))
        return std::nullopt;
    TriggerReading r;
    r.clusterEnd = v;

    if (w == u"zal" || w == u"zullen" || w == u"ga" || w == u"gaat" || w == u"gaan") {
        // "Wij gaan ervan uit dat ...": an assumption.
        const int ervan = w.startsWith(u'g') ? findAfter(s, c, v, u"ervan") : -1;
        if (ervan >= 0 && s.isWord(ervan + 1, u"uit"))
            return std::nullopt;
        const VerbGroup g = verbGroup(s, c, v);
        if (g.first < 0) {
            // "Ik ga met de sector in gesprek": gaan with a fixed phrase, no infinitive.
            const int talk = w.startsWith(u'g') ? inTalks(s, c, v) : -1;
            if (talk < 0)
                return std::nullopt;
            r.clusterEnd = talk;
            return r;
        }
        r.clusterEnd = g.last;
        if (groupHasPassive(s, g)) {
            r.passive = true;
            r.confidence = 0.6;
            return r;
        }
        // "In deze brief zal ik ingaan op ..." describes this letter; elsewhere
        // "zal ik ingaan op de motie" promises a later answer.
        if (groupIsNonAction(s, g) || (groupHasSpeechAct(s, g) && ClauseReader::refersToThisLetter(s)))
            return std::nullopt;
        return r;
    }
    if (w == u"blijf" || w == u"blijft" || w == u"blijven") {
        r.kind = CommitmentKind::Ongoing;
        const VerbGroup g = verbGroup(s, c, v);
        if (g.first < 0) {
            // "Wij blijven met de sector in gesprek": continuing talks.
            const int talk = inTalks(s, c, v);
            if (talk >= 0) {
                r.clusterEnd = talk;
                return r;
            }
            // "De kabinetsinzet blijft dat ..." / "blijft erop gericht"
            r.stanceSubject = true;
            r.confidence = 0.7;
            return r;
        }
        r.clusterEnd = g.last;
        if (groupHasPassive(s, g) || groupIsNonAction(s, g) || VerbForms::isParticiple(s, g.first))
            return std::nullopt;
        return r;
    }
    if (in(w, {u"continueer", u"continueert", u"continueren", u"handhaaf", u"handhaaft", u"handhaven", u"bestendig", u"bestendigt", u"bestendigen"})) {
        r.kind = CommitmentKind::Ongoing;
        return r;
    }
    // Verb-final subordinate clauses join the separable particle: "dat het kabinet zich inzet".
    if (c.subordinator >= 0) {
        if (in(w, {u"inzet", u"inzetten", u"inspant", u"inspannen", u"uitwerkt", u"uitwerken"})) {
            r.kind = CommitmentKind::Effort;
            return r;
        }
        if (in(w, {u"voortzet", u"voortzetten", u"vasthoudt", u"vasthouden"})) {
            r.kind = CommitmentKind::Ongoing;
            return r;
        }
        if (in(w, {u"terugkom", u"terugkomt", u"terugkomen"}))
            return r;
    }
    if (in(w, {u"houd", u"houdt", u"houden"})) {
        const int p = findAfter(s, c, v, u"vast");
        if (p < 0)
            return std::nullopt;
        r.kind = CommitmentKind::Ongoing;
        r.clusterEnd = p;
        return r;
    }
    if (in(w, {u"zet", u"zetten", u"span", u"spant", u"spannen"})) {
        const bool zet = w.startsWith(u"zet");
        if (zet) {
            const int voort = findAfter(s, c, v, u"voort");
            if (voort >= 0) {
                r.kind = CommitmentKind::Ongoing;
                r.clusterEnd = voort;
                return r;
            }
        }
        // The particle "in" stands at the end of the middle field, before
        // "op"/"voor"/"om" or the end of the clause; "in Brussel" is a preposition.
        int particle = -1;
        const int end = windowEnd(c, v);
        for (int k = v + 1; k < end; ++k) {
            if (s.tokens[k].parenthetical || s.tokens[k].word != u"in")
                continue;
            const bool atEnd = k + 1 >= c.end || !s.tokens[k + 1].isWord;
            if (atEnd || in(s.tokens[k + 1].word, {u"op", u"voor", u"om", u"bij", u"tegen", u"ten", u"via", u"met"})) {
                particle = k;
                break;
            }
        }
        if (particle < 0) {
            if (!zet)
                return std::nullopt;
            r.needsFuture = true;
            r.confidence = 0.8;
            return r;
        }
        r.kind = CommitmentKind::Effort;
        r.clusterEnd = particle;
        return r;
    }
    if (in(w, {u"streef", u"streeft", u"streven"})) {
        r.kind = CommitmentKind::Effort;
        for (int k = v + 1; k < c.end && k <= v + 5; ++k) {
            if (s.tokens[k].word == u"naar" || s.tokens[k].word == u"ernaar") {
                r.clusterEnd = k;
                break;
            }
        }
        return r;
    }
    if (in(w, {u"werk", u"werkt", u"werken"})) {
        const int uit = findAfter(s, c, v, u"uit");
        if (uit >= 0 && (uit + 1 >= c.end || !s.tokens[uit + 1].isWord || in(s.tokens[uit + 1].word, {u"om", u"voor", u"met", u"in", u"op", u"zodat"}))) {
            r.kind = CommitmentKind::Effort;
            r.clusterEnd = uit;
            return r;
        }
        // "werk ik samen met de Belastingdienst aan ...": an adverbial phrase
        // may stand between the verb and its particle; the clause (cut at
        // commas and subordinators) keeps a later "aan" in its own phrase.
        const int aan = findAfter(s, c, v, u"aan");
        if (aan < 0 || aan > v + 12)
            return std::nullopt;
        r.clusterEnd = aan;
        r.kind = CommitmentKind::Effort;
        // "werkt aan een nadere financiële invulling, uiterlijk bij de
        // Voorjaarsnota": a concrete deliverable with a time is firm; without
        // one, working on a plan is an effort (ANNOTATION.md).
        const int end = windowEnd(c, aan);
        for (int k = aan + 1; k < end; ++k) {
            const QStringView n = s.tokens[k].word;
            if (Lexicon::determiners().contains(n) || n.endsWith(u'e') || n == u"nader" || n == u"nieuw")
                continue;
            if (Lexicon::deliverables().contains(n) || n.endsWith(u"plan") || n.endsWith(u"voorstel") || n.endsWith(u"brief")
                || n.endsWith(u"regeling") || n.endsWith(u"wet") || n.endsWith(u"agenda") || n.endsWith(u"strategie"))
                r.firmWithFuture = true;
            break;
        }
        return r;
    }
    if (in(w, {u"doe", u"doet", u"doen"})) {
        const int alles = findAfter(s, c, v, u"alles");
        if (alles < 0 || alles > v + 4 || !s.isWord(alles + 1, u"aan"))
            return std::nullopt;
        r.kind = CommitmentKind::Effort;
        r.clusterEnd = alles + 1;
        return r;
    }
    if (in(w, {u"maak", u"maakt", u"maken"})) {
        const int sterk = findAfter(s, c, v, u"sterk");
        if (sterk >= 0) {
            r.kind = CommitmentKind::Effort;
            r.clusterEnd = sterk;
            return r;
        }
        r.needsFuture = true;
        r.confidence = 0.8;
        return r;
    }
    // "Het streven is om ...": the cabinet's stated aim (the subject is checked by the detector).
    if (w == u"is" && s.isWord(v - 1, u"streven")) {
        r.kind = CommitmentKind::Effort;
        r.stanceSubject = true;
        r.confidence = 0.7;
        return r;
    }
    if (in(w, {u"ben", u"is", u"zijn"})) {
        for (int k = v + 1; k < c.end && k <= v + 7; ++k) {
            const QStringView n = s.tokens[k].word;
            const bool plan = n == u"plan" && s.isWord(k - 1, u"van");
            if (n == u"bereid" || n == u"voornemens" || plan || n == u"voornemens") {
                r.kind = CommitmentKind::Intent;
                r.confidence = 0.85;
                r.head = k;
                const VerbGroup g = verbGroup(s, c, k);
                r.clusterEnd = g.first >= 0 ? g.last : k;
                return r;
            }
        }
        return std::nullopt;
    }
    if (in(w, {u"heb", u"heeft", u"hebben"})) {
        for (int k = v + 1; k < c.end && k <= v + 5; ++k) {
            const QStringView n = s.tokens[k].word;
            if (n == u"voornemen" || n == u"intentie") {
                r.kind = CommitmentKind::Intent;
                r.confidence = 0.85;
                r.head = k;
                const VerbGroup g = verbGroup(s, c, k);
                if (g.first >= 0 && VerbForms::isParticiple(s, g.first))
                    return std::nullopt; // "heeft het voornemen uitgesproken": past
                r.clusterEnd = g.first >= 0 ? g.last : k;
                return r;
            }
        }
        return std::nullopt;
    }
    if (w == u"wil" || w == u"willen") {
        const VerbGroup g = verbGroup(s, c, v);
        if (g.first < 0 || groupIsNonAction(s, g) || groupHasSpeechAct(s, g) || ClauseReader::refersToThisLetter(s))
            return std::nullopt;
        r.kind = CommitmentKind::Intent;
        r.confidence = 0.8;
        r.clusterEnd = g.last;
        return r;
    }
    if (in(w, {u"overweeg", u"overweegt", u"overwegen", u"verken", u"verkent", u"verkennen", u"onderzoek", u"onderzoekt", u"onderzoeken",
               u"beraad", u"beraadt", u"beraden", u"bezin", u"bezint", u"bezinnen"})) {
        r.kind = CommitmentKind::Intent;
        r.confidence = 0.8;
        return r;
    }
    if (in(w, {u"neem", u"neemt", u"nemen"})) {
        const int ter = findAfter(s, c, v, u"ter");
        if (ter >= 0 && s.isWord(ter + 1, u"hand")) {
            r.clusterEnd = ter + 1;
            return r;
        }
        // "Ik neem de aanbevelingen over": adopting advice is a decision;
        // "Ik neem dit mee in de uitwerking": it will be taken into account
        // ("neem ik u mee in" walks the reader through this letter).
        const int over = findAfter(s, c, v, u"over");
        if (over >= 0 && (over + 1 >= c.end || !s.tokens[over + 1].isWord)) {
            r.clusterEnd = over;
            return r;
        }
        const int mee = findAfter(s, c, v, u"mee");
        const bool intoWork = mee >= 0 && (s.isWord(mee + 1, u"in") || s.isWord(mee + 1, u"bij"));
        if (intoWork && !ClauseReader::refersToThisLetter(s) && !s.isWord(v + 1, u"u") && !s.isWord(v + 2, u"u")) {
            r.clusterEnd = mee;
            r.confidence = 0.75;
            return r;
        }
        r.needsFuture = true;
        r.confidence = 0.8;
        return r;
    }
    if (in(w, {u"kom", u"komt", u"komen"})) {
        const int terug = findAfter(s, c, v, u"terug");
        if (terug >= 0) {
            r.clusterEnd = terug;
            return r;
        }
        const int met = findAfter(s, c, v, u"met");
        if (met >= 0 && met <= v + 5) {
            r.clusterEnd = met;
            r.confidence = 0.85;
            return r;
        }
        return std::nullopt;
    }
    // "Uw Kamer kan de kabinetsreactie ... tegemoet zien": the Kamer receives.
    if (in(w, {u"kan", u"kunt", u"kunnen"})) {
        // "Ik verwacht dat ik uw Kamer in het najaar kan informeren": an
        // expected delivery (the verb-final "kan" stands before its infinitive).
        if (c.subordinator >= 0 && s.tokens[c.subordinator].word == u"dat"
            && (s.isWord(c.subordinator - 1, u"verwacht") || s.isWord(c.subordinator - 1, u"verwachten"))) {
            const int last = std::min(c.end, v + 3);
            for (int k = v + 1; k < last; ++k) {
                if (Lexicon::deliveryVerbs().contains(s.tokens[k].word)) {
                    r.clusterEnd = k;
                    r.confidence = 0.75;
                    return r;
                }
            }
            return std::nullopt;
        }
        const int tegemoet = findAfter(s, c, v, u"tegemoet");
        if (tegemoet < 0 || !s.isWord(tegemoet + 1, u"zien"))
            return std::nullopt;
        r.kamerSubject = true;
        r.clusterEnd = tegemoet + 1;
        r.confidence = 0.8;
        return r;
    }
    // "Ik laat onderzoeken of ...", "laat de wet evalueren": the government
    // has it done; "laat zien" shows.
    if (w == u"laat" || w == u"laten") {
        // "Ik heb laten onderzoeken": done already.
        for (int k = std::max(c.begin, v - SearchWindow); k < v; ++k) {
            if (in(s.tokens[k].word, {u"heb", u"heeft", u"hebben", u"had", u"hadden"}))
                return std::nullopt;
        }
        const VerbGroup g = verbGroup(s, c, v);
        if (g.first < 0 || groupIsNonAction(s, g) || s.tokens[g.last].word == u"zien" || s.tokens[g.last].word == u"weten"
            || VerbForms::isParticiple(s, g.first))
            return std::nullopt;
        r.clusterEnd = g.last;
        r.confidence = 0.8;
        return r;
    }
    // "Ik verwacht uw Kamer in het voorjaar te kunnen informeren": an
    // announced delivery; "Ik verwacht dat de kosten stijgen" is a forecast.
    if (w == u"verwacht" || w == u"verwachten") {
        const int te = findAfter(s, c, v, u"te");
        if (te < 0)
            return std::nullopt;
        const VerbGroup g = verbGroup(s, c, te);
        bool delivers = false;
        for (int k = g.first; k >= 0 && k <= g.last && !delivers; ++k)
            delivers = Lexicon::deliveryVerbs().contains(s.tokens[k].word);
        if (!delivers)
            return std::nullopt;
        r.clusterEnd = g.last;
        r.confidence = 0.75;
        return r;
    }
    // "Ik zeg uw Kamer toe dat ...": an explicit promise.
    if (in(w, {u"zeg", u"zegt", u"zeggen"})) {
        const int toe = findAfter(s, c, v, u"toe");
        if (toe < 0)
            return std::nullopt;
        r.clusterEnd = toe;
        return r;
    }
    if (in(w, {u"ontvang", u"ontvangt", u"ontvangen"})) {
        r.kamerSubject = true;
        r.needsFuture = true;
        r.confidence = 0.7;
        return r;
    }
    if (in(w, {u"word", u"wordt", u"worden"})) {
        const VerbGroup g = verbGroup(s, c, v, true);
        if (g.first < 0 || !VerbForms::isParticiple(s, g.first))
            return std::nullopt;
        r.clusterEnd = g.last;
        r.passive = true;
        r.needsFuture = true;
        r.kamerSubject = isInformParticiple(s.tokens[g.first].word);
        r.confidence = 0.6;
        return r;
    }
    if (Lexicon::presentActionVerbs().contains(w)) {
        // "Het kabinet stelt voor om ...": a proposal the government will make.
        if (w.startsWith(u"stel")) {
            const int voor = findAfter(s, c, v, u"voor");
            // "stel ik voor dat uw Kamer ...": a proposal for others to act.
            const ActorClass others = s.isWord(voor + 1, u"dat") ? ActorMatcher::at(s, voor + 2, int(s.tokens.size())).cls : ActorClass::None;
            if (voor >= 0 && (others == ActorClass::Kamer || others == ActorClass::ThirdParty))
                return std::nullopt;
            if (voor >= 0 && (s.isWord(voor + 1, u"om") || s.isWord(voor + 1, u"dat"))) {
                r.kind = CommitmentKind::Intent;
                r.clusterEnd = voor;
                r.confidence = 0.75;
                return r;
            }
        }
        const int allocation = allocatesMoney(s, c, v);
        r.needsFuture = allocation < 0;
        r.confidence = 0.8;
        if (allocation >= 0) {
            r.clusterEnd = allocation;
            return r;
        }
        // Separable particles at the end of the middle field: "legt ... vast", "biedt ... aan".
        for (QStringView particle : {u"vast", u"voor", u"aan", u"uit", u"in", u"terug", u"op", u"bij", u"af"}) {
            const int p = findAfter(s, c, v, particle);
            if (p >= 0 && (p + 1 >= c.end || !s.tokens[p + 1].isWord)) {
                r.clusterEnd = p;
                break;
            }
        }
        return r;
    }
    return std::nullopt;
}

} // namespace Promissa
