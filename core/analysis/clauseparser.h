// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// How far (in tokens) any search for a verb group, a particle, an agent or
/// a subject reaches from where it starts. Real clauses keep these much
/// closer; the bound keeps the analysis linear in a run-on "sentence" of a
/// megabyte without full stops.
inline constexpr int SearchWindow = 48;
/// The longest noun phrase the actor matcher reads ("de minister van
/// Binnenlandse Zaken en Koninkrijksrelaties en ik" is twelve tokens).
inline constexpr int MaxPhraseTokens = 20;

/// One word or punctuation mark of a sentence.
struct Token {
    QStringView word; ///< lowercased, a view into ParsedSentence::lower
    qsizetype start = 0; ///< absolute UTF-16 offset in Letter::text
    qsizetype end = 0;
    bool isWord = false;
    bool capitalized = false; ///< first letter upper case in the letter
    bool parenthetical = false; ///< inside "( ... )" or "– ... –": skipped by the analysis
};

/// A stretch of tokens with (at most) one finite verb group. Main clauses
/// have no subordinator; subordinate clauses are verb-final.
struct Clause {
    int begin = 0; ///< first token after the subordinator
    int firstWord = 0; ///< first word at or after begin outside a parenthetical; end if none
    int end = 0; ///< one past the last token
    int subordinator = -1; ///< token index of "dat", "zodra", "waarbij", ...; -1 for a main clause
    bool conditional = false; ///< opened by zodra/als/indien/wanneer/mits/tenzij/"in het geval dat"/...
    bool infinitival = false; ///< "om ... te ...": no finite verb, no own subject
    int innerSubordinator = -1; ///< an absorbed interjection "Het kabinet zal, indien nodig, ..." starts here
    int innerEnd = -1; ///< one past its last token
    bool innerConditional = false;
};

/// A tokenized sentence split into clauses. Reused between sentences so that
/// the buffers keep their capacity.
struct ParsedSentence {
    QStringView source; ///< the whole Letter::text the offsets point into
    QString lower; ///< the sentence lowercased character by character (same length, same offsets)
    qsizetype offset = 0; ///< absolute offset of lower[0]
    QList<Token> tokens;
    QList<Clause> clauses;
    bool question = false;
    // Sentence-wide facts, gathered once by ClauseParser::parse so that the
    // rules tried at every verb never rescan the sentence.
    bool aboutThisLetter = false; ///< "deze brief", "hierbij", "bijgaand", "hieronder", ...
    bool mentionsGovernment = false; ///< "kabinet" or "regering" anywhere
    bool kabinetEnParlement = false; ///< "kabinet en parlement"

    bool isWord(int i, QStringView w) const { return i >= 0 && i < tokens.size() && tokens[i].isWord && tokens[i].word == w; }
    QStringView word(int i) const { return i >= 0 && i < tokens.size() ? tokens[i].word : QStringView(); }
    /// The original text from token `from` through token `to` (inclusive).
    QStringView original(int from, int to) const { return source.mid(tokens[from].start, tokens[to].end - tokens[from].start); }
    /// The clause that holds `token` (its subordinator included), or -1.
    int clauseOf(int token) const;
    /// The first token that ends after text offset `pos` (absolute); the
    /// last token when none does.
    int tokenAt(qsizetype pos) const;
};

/// A small hand-written Dutch clause splitter: linear in the sentence, no
/// regular expressions, no allocation once the buffers have grown.
class ClauseParser
{
public:
    static void parse(QStringView text, TextRange range, ParsedSentence &out);

private:
    static void tokenize(QStringView text, TextRange range, ParsedSentence &out);
    static void markParentheticals(ParsedSentence &out);
    static void markQuotations(ParsedSentence &out);
    static int embeddedRelativeEnd(const ParsedSentence &s, int clauseBegin, int rel);
    static void splitClauses(ParsedSentence &out);
    static void absorbInterjections(ParsedSentence &out);
    static void gatherFacts(ParsedSentence &out);
};

} // namespace Promissa
