// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/clauseparser.h"

namespace Promissa
{

enum class ActorClass {
    None, ///< no noun phrase here
    Government, ///< het kabinet, we, ik, Nederland, de minister van X, ...
    Kamer, ///< uw Kamer, de Kamer: the addressee, never the one who promises
    ThirdParty, ///< Europa, de Commissie, lidstaten, er, a named person or body
    Other, ///< an ordinary noun phrase: "de discussie", "de gebruikelijke procedures"
};

struct ActorMatch {
    ActorClass cls = ActorClass::None;
    int begin = -1; ///< first token
    int end = -1; ///< one past the last token of the actor as written
    int head = -1; ///< the head noun token, for Other and ThirdParty
};

/// Recognises who a noun phrase names, starting at a token.
class ActorMatcher
{
public:
    /// The noun phrase starting at token i, looking no further than limit.
    static ActorMatch at(const ParsedSentence &s, int i, int limit);
    /// The subject of the finite verb at token v of clause c: in a
    /// subordinate clause the phrase after the subordinator; in a main clause
    /// the phrase before the verb, or after it when an adverbial comes first (V2).
    static ActorMatch subjectOf(const ParsedSentence &s, const Clause &c, int v);
};

} // namespace Promissa
