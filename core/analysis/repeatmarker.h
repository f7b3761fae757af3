// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"

#include <vector>

namespace Promissa
{

struct ParsedSentence;

/// Finds the commitments of a letter that restate an earlier one ("Zoals
/// eerder in deze brief aangegeven blijft Nederland ... steunen") and sets
/// their `repeats`. Feed the commitments in text order with the parse of
/// their sentence, then call mark(). Linear: each commitment is compared
/// with a bounded number of earlier ones.
class RepeatMarker
{
public:
    RepeatMarker();
    ~RepeatMarker();
    RepeatMarker(const RepeatMarker &) = delete;
    RepeatMarker &operator=(const RepeatMarker &) = delete;

    void add(const ParsedSentence &sentence, const Commitment &commitment);
    /// commitments: the ones passed to add(), in the same order.
    void mark(QList<Commitment> &commitments) const;

    struct Profile; ///< what one commitment's sentence says, for comparing (defined in the .cpp)

private:
    std::vector<Profile> m_profiles;
};

} // namespace Promissa
