// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/clauseparser.h"

#include <optional>

namespace Promissa
{

/// What a trigger verb contributes to a commitment before its subject is known.
struct TriggerReading {
    CommitmentKind kind = CommitmentKind::Firm;
    int clusterEnd = -1; ///< last token of the verb cluster (particle included)
    int head = -1; ///< "voornemens", "bereid", "voornemen": the word an intent's infinitive hangs on; -1 if none
    bool passive = false; ///< "zal ... worden uitgewerkt": the agent is implicit
    bool needsFuture = false; ///< present tense: only a promise with a future time
    bool kamerSubject = false; ///< "ontvangt uw Kamer", "Uw Kamer wordt geïnformeerd"
    bool stanceSubject = false; ///< "De kabinetsinzet blijft dat ..."
    bool firmWithFuture = false; ///< "werkt aan een wetsvoorstel": firm when a future time stands in the sentence
    double confidence = 0.9;
};

/// Reads the verb at one token of a clause: is it a commitment trigger
/// (zal + infinitive, blijft + infinitive, zet ... in, is bereid, ...), of
/// which kind, and where does its verb cluster end.
class ClauseReader
{
public:
    static std::optional<TriggerReading> read(const ParsedSentence &s, const Clause &c, int v);

    /// "geïnformeerd", "geconsulteerd": passives that inform or consult the Kamer.
    static bool isInformParticiple(QStringView w);
    /// Whether the sentence holds the word a (followed by b, when given).
    static bool mentions(const ParsedSentence &s, QStringView a, QStringView b = {});
    /// "Met deze brief", "hierbij", "bijgaand": the sentence is about the letter itself.
    static bool refersToThisLetter(const ParsedSentence &s);
};

} // namespace Promissa
