// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/verbforms.h"

#include "analysis/clauseparser.h"
#include "analysis/lexicon.h"

namespace Promissa::VerbForms
{

bool isInfinitive(const ParsedSentence &s, int i)
{
    if (i < 0 || i >= s.tokens.size())
        return false;
    const Token &t = s.tokens[i];
    if (!t.isWord || t.parenthetical || (t.capitalized && i > 0))
        return false;
    const QStringView w = t.word;
    if (w.size() < 4 && w != u"doen" && w != u"zien" && w != u"gaan")
        return false;
    if (Lexicon::nonVerbsEndingInEn().contains(w))
        return false;
    const bool shortVerb = w.endsWith(u"gaan") || w.endsWith(u"staan") || w.endsWith(u"slaan") || w.endsWith(u"doen")
        || w.endsWith(u"zien");
    if (!shortVerb) {
        // -ingen is a noun plural ("regelingen"), except for the verbs in
        // -dringen/-dwingen/-springen: "terugdringen", "afdwingen".
        const bool ingenVerb = w.endsWith(u"dringen") || w.endsWith(u"dwingen") || w.endsWith(u"springen");
        if (!w.endsWith(u"en") || (w.endsWith(u"ingen") && !ingenVerb) || w.endsWith(u"heden") || w.endsWith(u"schappen")
            || w.endsWith(u"ieën") || w.contains(u'-'))
            return false;
    }
    if (i > 0 && s.tokens[i - 1].isWord) {
        const QStringView prev = s.tokens[i - 1].word;
        // "zal hier later op terugkomen", "zal daar op ingaan": a stranded
        // preposition before a separable verb, not a preposition before a noun.
        const bool stranded = Lexicon::strandablePrepositions().contains(prev)
            && (shortVerb || w.startsWith(u"terug") || w.startsWith(u"mee") || w.startsWith(u"voort"));
        if (Lexicon::nounContext().contains(prev) && !stranded)
            return false;
        // An inflected adjective before a plural noun: "derde landen", "aanvullende sancties";
        // not a noun in -ie ("de industrie verhogen").
        // "via een BNC-fiche informeren": a compound with a capitalized first
        // part is a noun, and the -en word closing the clause after it is the verb.
        const bool clauseFinal = i + 1 >= s.tokens.size() || !s.tokens[i + 1].isWord;
        const bool nounCompound = s.tokens[i - 1].capitalized && prev.contains(u'-') && clauseFinal;
        if (prev.endsWith(u'e') && !prev.endsWith(u"ie") && !Lexicon::eWordsBeforeVerb().contains(prev) && !nounCompound)
            return false;
    }
    return true;
}

bool isParticiple(const ParsedSentence &s, int i)
{
    if (i < 0 || i >= s.tokens.size())
        return false;
    const Token &t = s.tokens[i];
    if (!t.isWord || t.parenthetical || t.word.size() < 5)
        return false;
    const QStringView w = t.word;
    const bool weakOrStrongEnd = w.endsWith(u'd') || w.endsWith(u't') || w.endsWith(u"en");
    if (!weakOrStrongEnd)
        return false;
    if (w.endsWith(u"heid") || w == u"gebied" || w == u"gezond")
        return false;
    if (w.startsWith(u"ge"))
        return true;
    static const QStringView prefixes[] = {u"aan", u"af", u"bij", u"door", u"in", u"mee", u"na", u"om", u"op", u"over",
                                           u"terug", u"toe", u"uit", u"vast", u"voor", u"weg", u"samen", u"vrij", u"voort"};
    for (QStringView p : prefixes) {
        if (w.startsWith(p) && w.mid(p.size()).startsWith(u"ge"))
            return true;
    }
    // Verbs with an unstressed prefix take no ge-: "besproken", "verzonden", "ontvangen".
    return (w.startsWith(u"be") || w.startsWith(u"ver") || w.startsWith(u"ont") || w.startsWith(u"her")) && isInfinitive(s, i);
}

} // namespace Promissa::VerbForms
