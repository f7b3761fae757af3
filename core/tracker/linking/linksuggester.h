// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

namespace Promissa
{

/// A tracked commitment with the letter it stands in (the letter without text).
struct LinkCandidate {
    TrackedCommitment commitment;
    TrackedLetter letter;
};

/// What a newly imported letter brings: its model and analysis, the ids the
/// store gave its commitments (parallel to analysis->commitments) and the
/// tracked letters its references resolved to.
struct NewLetterContext {
    qint64 letterId = 0;
    const Letter *letter = nullptr;
    const Analysis *analysis = nullptr;
    QStringList commitmentIds;
    QList<qint64> referencedLetters;
};

/// Proposes links between a new letter and the commitments already tracked:
/// repeats, supplements, changes (commitment to commitment) and fulfils
/// (letter to commitment), each with a score in 0..1 and human-readable
/// evidence. Pure: no SQL, no I/O; linear in (new items x candidates).
class LinkSuggester
{
public:
    /// Best first; at most `perCommitment` suggestions per new commitment or
    /// follow-up, and none below `minimumScore`.
    static QList<LinkSuggestion> suggest(const NewLetterContext &context,
                                         const QList<LinkCandidate> &tracked,
                                         int perCommitment = 3,
                                         double minimumScore = 0.35);
};

} // namespace Promissa
