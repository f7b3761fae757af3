// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QSet>
#include <QStringView>

namespace Promissa
{

/// Closed word classes of Dutch government language that the clause parser,
/// the commitment detector and the follow-up finder look words up in.
/// Every set holds lowercased words backed by static string literals, so a
/// lookup with a QStringView into a lowercased sentence allocates nothing.
class Lexicon
{
public:
    using WordSet = QSet<QStringView>;

    /// Subordinating conjunctions and relative words that open a clause.
    static const WordSet &subordinators();
    /// Subordinators that put the clause's content under a condition.
    static const WordSet &conditionalSubordinators();
    /// Prepositions, determiners, numerals and pronouns that can stand before a
    /// plural noun ending in -en; a word after them is not an infinitive.
    static const WordSet &nounContext();
    /// Frequent words ending in -en that are never verbs.
    static const WordSet &nonVerbsEndingInEn();
    /// Words ending in -e after which an infinitive may still follow
    /// (pronouns, "te", adverbs); other -e words are inflected adjectives.
    static const WordSet &eWordsBeforeVerb();
    /// First words of a clause-initial adverbial: when the words before the
    /// finite verb start with one of these, the subject follows the verb (V2).
    static const WordSet &adverbialStarts();
    /// Words that may close a reduced "zoals eerder aangegeven" clause.
    static const WordSet &reducedClauseParticiples();
    /// Modal or auxiliary forms that make a clause normative or hypothetical.
    static const WordSet &normativeModals();
    /// Infinitives that are no action: "zal ... zijn", "zal ... moeten".
    static const WordSet &nonActionInfinitives();
    /// Infinitives that describe the letter itself: "wil ik benadrukken".
    static const WordSet &speechActInfinitives();
    /// Nouns naming the government's own work (the subject of an agentless
    /// passive that the cabinet carries out).
    static const WordSet &governmentWork();
    /// Nouns after "werkt aan" that name a concrete deliverable (firm, not effort).
    static const WordSet &deliverables();
    /// Words that point to a future moment when no time expression was found.
    static const WordSet &futureAdverbs();
    /// Third parties that never make a government commitment.
    static const WordSet &thirdParties();
    /// Present-tense action verbs that promise something when a future time
    /// stands in the clause ("stuurt uw Kamer voor de zomer een brief").
    static const WordSet &presentActionVerbs();
    /// Verbs and nouns of announced documents by others ("een witboek publiceren").
    static const WordSet &publicationWords();
    /// Determiners and adjectives that may open a government actor phrase.
    static const WordSet &determiners();
    /// Finite verbs whose infinitive closes the main clause ("zal ... compenseren").
    static const WordSet &bracketOpeners();
    /// Prepositions that a pronominal adverb leaves before the verb ("hier ... op terugkomen").
    static const WordSet &strandablePrepositions();
    /// Infinitives that deliver something to the Kamer ("te kunnen informeren").
    static const WordSet &deliveryVerbs();
};

} // namespace Promissa
