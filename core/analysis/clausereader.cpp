// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/clausereader.h"

#include "analysis/lexicon.h"

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

VerbGroup verbGroup(const ParsedSentence &s, const Clause &c, int from, bool afterAuxiliary = false)
{
    VerbGroup g;
    const int end = windowEnd(c, from);
    for (int k = from + 1; k < end; ++k) {
        if (s.tokens[k].parenthetical || !s.tokens[k].isWord)
            continue;
        // A participle opens the group only next to its auxiliary: "gevoerd worden".
        const bool participle = ClauseParser::isParticiple(s, k)
            && (afterAuxiliary || in(s.word(k + 1), {u"worden", u"zijn", u"wordt"}) || in(s.word(k - 1), {u"worden", u"zijn", u"wordt"}));
        if (ClauseParser::isInfinitive(s, k) || participle) {
            g.first = g.last = k;
            int m = k + 1;
            // A run of "zullen zullen ..." is no verb group to read whole from every verb in it.
            const int clusterEnd = std::min(c.end, k + MaxPhraseTokens);
            while (m < clusterEnd && s.tokens[m].isWord
                   && (ClauseParser::isInfinitive(s, m) || ClauseParser::isParticiple(s, m) || s.tokens[m].word == u"te"
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
        else if (ClauseParser::isParticiple(s, k) || w.endsWith(u"en"))
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
            u"ontvangt",  u"ontvangen",   u"word",       u"wordt",       u"worden"};
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
    TriggerReading r;
    r.clusterEnd = v;

    if (w == u"zal" || w == u"zullen" || w == u"ga" || w == u"gaat" || w == u"gaan") {
        const VerbGroup g = verbGroup(s, c, v);
        if (g.first < 0)
            return std::nullopt;
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
            // "De kabinetsinzet blijft dat ..." / "blijft erop gericht"
            r.stanceSubject = true;
            r.confidence = 0.7;
            return r;
        }
        r.clusterEnd = g.last;
        if (groupHasPassive(s, g) || groupIsNonAction(s, g) || ClauseParser::isParticiple(s, g.first))
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
        const int aan = findAfter(s, c, v, u"aan");
        if (aan < 0 || aan > v + 5)
            return std::nullopt;
        r.clusterEnd = aan;
        r.kind = CommitmentKind::Effort;
        // "werkt aan een nadere financiële invulling": a concrete deliverable is firm.
        const int end = windowEnd(c, aan);
        for (int k = aan + 1; k < end; ++k) {
            const QStringView n = s.tokens[k].word;
            if (Lexicon::determiners().contains(n) || n.endsWith(u'e') || n == u"nader" || n == u"nieuw")
                continue;
            if (Lexicon::deliverables().contains(n) || n.endsWith(u"plan") || n.endsWith(u"voorstel") || n.endsWith(u"brief")
                || n.endsWith(u"regeling") || n.endsWith(u"wet") || n.endsWith(u"agenda") || n.endsWith(u"strategie"))
                r.kind = CommitmentKind::Firm;
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
    if (in(w, {u"ben", u"is", u"zijn"})) {
        for (int k = v + 1; k < c.end && k <= v + 7; ++k) {
            const QStringView n = s.tokens[k].word;
            const bool plan = n == u"plan" && s.isWord(k - 1, u"van");
            if (n == u"bereid" || n == u"voornemens" || plan || n == u"voornemens") {
                r.kind = CommitmentKind::Intent;
                r.confidence = 0.85;
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
                const VerbGroup g = verbGroup(s, c, k);
                if (g.first >= 0 && ClauseParser::isParticiple(s, g.first))
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
    if (in(w, {u"ontvang", u"ontvangt", u"ontvangen"})) {
        r.kamerSubject = true;
        r.needsFuture = true;
        r.confidence = 0.7;
        return r;
    }
    if (in(w, {u"word", u"wordt", u"worden"})) {
        const VerbGroup g = verbGroup(s, c, v, true);
        if (g.first < 0 || !ClauseParser::isParticiple(s, g.first))
            return std::nullopt;
        r.clusterEnd = g.last;
        r.passive = true;
        r.needsFuture = true;
        r.kamerSubject = isInformParticiple(s.tokens[g.first].word);
        r.confidence = 0.6;
        return r;
    }
    if (Lexicon::presentActionVerbs().contains(w)) {
        r.needsFuture = true;
        r.confidence = 0.8;
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
