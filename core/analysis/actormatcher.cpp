// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/actormatcher.h"

#include "analysis/lexicon.h"
#include "analysis/verbforms.h"

#include <algorithm>

namespace Promissa
{

namespace
{

bool isGovernmentHead(QStringView head, QStringView det, const ParsedSentence &s, int headIndex)
{
    if (head == u"kabinet")
        return det == u"het" || det == u"dit" || det == u"ons";
    if (head == u"regering")
        return det == u"de" || det == u"deze";
    if (head == u"rijksoverheid")
        return det == u"de";
    if (head == u"rijk")
        return det == u"het";
    if (head == u"minister" || head == u"ministers" || head == u"staatssecretaris" || head == u"staatssecretarissen"
        || head == u"minister-president" || head == u"bewindspersonen" || head == u"bewindslieden")
        return det == u"de" || det == u"deze";
    if (head == u"premier") // "de Britse premier Starmer" never gets here; "premier Starmer" names a foreign one
        return det == u"de" && !(headIndex + 1 < s.tokens.size() && s.tokens[headIndex + 1].capitalized);
    if (head == u"ministerie")
        return det == u"mijn" || det == u"ons" || det == u"het";
    if (head == u"collega" || head == u"ambtgenoot" || head == u"collega’s" || head == u"collega's")
        return det == u"mijn";
    return false;
}

bool in(QStringView w, std::initializer_list<QStringView> words)
{
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool takesMinistry(QStringView head)
{
    return head.startsWith(u"minister") || head.startsWith(u"staatssecretaris") || head == u"collega" || head == u"ambtgenoot";
}

} // namespace

ActorMatch ActorMatcher::at(const ParsedSentence &s, int i, int limit)
{
    ActorMatch m;
    limit = std::min<int>(limit, int(s.tokens.size()));
    while (i < limit && s.tokens[i].parenthetical)
        ++i;
    // A run of capitalized words or of "vorige" must not make every call
    // read to the end of a huge clause.
    limit = std::min(limit, i + MaxPhraseTokens);
    if (i < 0 || i >= limit || !s.tokens[i].isWord)
        return m;
    const QStringView w = s.tokens[i].word;
    m.begin = i;
    m.head = i;
    m.end = i + 1;

    if (w == u"ik" || w == u"we" || w == u"wij") {
        m.cls = ActorClass::Government;
        if (w != u"ik" && s.isWord(i + 1, u"als") && s.isWord(i + 2, u"kabinet") && i + 2 < limit)
            m.end = i + 3;
        return m;
    }
    if (w == u"nederland") {
        m.cls = ActorClass::Government;
        return m;
    }
    if (w == u"er") {
        m.cls = ActorClass::ThirdParty;
        return m;
    }
    // A letter to parliament addresses the Kamer as "u": "ontvangt u in mei".
    if (w == u"u") {
        m.cls = ActorClass::Kamer;
        return m;
    }
    if (w == u"uw" && s.isWord(i + 1, u"kamer")) {
        m.cls = ActorClass::Kamer;
        m.end = i + 2;
        m.head = i + 1;
        return m;
    }

    int j = i;
    const bool hasDet = Lexicon::determiners().contains(w);
    const QStringView det = hasDet ? w : QStringView();
    if (hasDet)
        ++j;
    bool former = false;
    while (j < limit && s.tokens[j].isWord) {
        const QStringView a = s.tokens[j].word;
        if (a == u"vorige" || a == u"toenmalige" || a == u"voormalige" || a == u"vorig") {
            former = true;
        } else if (!(a == u"huidige" || a == u"nieuwe" || a == u"demissionaire" || a == u"nederlandse" || a == u"zittende")) {
            break;
        }
        ++j;
    }
    if (j >= limit || !s.tokens[j].isWord) {
        m.cls = ActorClass::Other;
        m.end = j;
        m.head = -1;
        return m;
    }
    const QStringView head = s.tokens[j].word;
    m.head = j;
    m.end = j + 1;

    if (head == u"kamer" && (det == u"de" || det == u"uw")) {
        m.cls = ActorClass::Kamer;
        return m;
    }
    if (head == u"tweede" && s.isWord(j + 1, u"kamer")) {
        m.cls = ActorClass::Kamer;
        m.end = j + 2;
        return m;
    }
    if (!former && isGovernmentHead(head, det, s, j)) {
        m.cls = ActorClass::Government;
        int end = j + 1;
        // "de minister van Onderwijs, Cultuur en Wetenschap", "het ministerie van Financiën"
        if ((takesMinistry(head) || head == u"ministerie") && end + 1 < limit
            && (s.isWord(end, u"van") || s.isWord(end, u"voor")) && s.tokens[end + 1].capitalized) {
            end += 2;
            while (end < limit && (s.tokens[end].isWord || s.tokens[end].word == u",")
                   && (s.tokens[end].capitalized
                       || ((s.tokens[end].word == u"en" || s.tokens[end].word == u",") && end + 1 < limit && s.tokens[end + 1].capitalized)))
                ++end;
        }
        // "het kabinet en de provincies", "de minister van Defensie en ik"
        if (s.isWord(end, u"en") && end + 1 < limit) {
            const QStringView next = s.tokens[end + 1].word;
            if (next == u"ik" || next == u"wij" || next == u"we")
                end += 2;
            else if (Lexicon::determiners().contains(next) && end + 2 < limit && s.tokens[end + 2].isWord
                     && !VerbForms::isInfinitive(s, end + 2))
                end += 3;
        }
        m.end = end;
        return m;
    }
    // Every word is capitalized at the start of a sentence; there only the lexicon tells a name.
    const bool name = s.tokens[j].capitalized && j > 0;
    if (name || Lexicon::thirdParties().contains(head)) {
        m.cls = ActorClass::ThirdParty;
        // A name runs on: "de Raad van State", "de Hoge Vertegenwoordiger".
        int end = j + 1;
        while (end < limit && s.tokens[end].isWord) {
            if (s.tokens[end].capitalized) {
                ++end;
            } else if ((s.tokens[end].word == u"van" || s.tokens[end].word == u"voor") && end + 1 < limit) {
                const int next = Lexicon::determiners().contains(s.tokens[end + 1].word) ? end + 2 : end + 1;
                if (next >= limit || !s.tokens[next].capitalized)
                    break;
                end = next + 1;
            } else {
                break;
            }
        }
        m.end = end;
        return m;
    }
    m.cls = ActorClass::Other;
    return m;
}

// The subject of the finite verb at v: in a subordinate clause the noun phrase
// after the subordinator; in a main clause the phrase before the verb unless
// that is an adverbial (V2 inversion puts the subject after the verb).
ActorMatch ActorMatcher::subjectOf(const ParsedSentence &s, const Clause &c, int v)
{
    const int begin = std::min(c.firstWord, v);
    if (c.subordinator >= 0)
        return at(s, begin, v);
    if (begin >= v)
        return at(s, v + 1, c.end);
    const ActorMatch front = at(s, begin, v);
    if (front.cls != ActorClass::Other && front.cls != ActorClass::None && front.end == v)
        return front;
    // Coordinated main clauses share the clause: "... worden en blijven we ..."
    for (int k = v - 1; k > begin && k >= v - SearchWindow; --k) {
        if (s.isWord(k, u"en") || s.isWord(k, u"maar")) {
            const ActorMatch before = at(s, k + 1, v);
            if (before.cls != ActorClass::None && before.end == v)
                return before;
            return at(s, v + 1, c.end);
        }
    }
    // Subject pronouns never stand as objects: "De komende maanden werk ik ... uit".
    const ActorMatch after = at(s, v + 1, c.end);
    if (after.cls == ActorClass::Government && after.end - after.begin <= 3 && in(s.tokens[after.begin].word, {u"ik", u"we", u"wij"}))
        return after;
    if (Lexicon::adverbialStarts().contains(s.tokens[begin].word))
        return after;
    // "De uitkomst maakt het kabinet op Prinsjesdag bekend": a fronted object
    // (no actor of its own) before a singular verb, and the government noun
    // phrase right after the verb is the subject.
    if (front.cls == ActorClass::Other && after.cls == ActorClass::Government && after.begin == v + 1 && !s.tokens[v].word.endsWith(u"en"))
        return after;
    return front;
}

} // namespace Promissa
