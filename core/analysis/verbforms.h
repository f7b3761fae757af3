// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

namespace Promissa
{

struct ParsedSentence;

/// Dutch verb forms guessed from a word and its neighbours, without a
/// dictionary: suffix rules plus the Lexicon's stop lists.
namespace VerbForms
{

/// Whether token i looks like an infinitive (or a participle ending in
/// -en): "steunen", "omgaan", "doorlopen"; not "landen" after "derde".
bool isInfinitive(const ParsedSentence &s, int i);

/// Whether token i looks like a past participle ("geïnformeerd", "uitgewerkt").
bool isParticiple(const ParsedSentence &s, int i);

} // namespace VerbForms
} // namespace Promissa
