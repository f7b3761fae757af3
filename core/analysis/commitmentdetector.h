// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"

#include <QList>

#include <optional>
#include <span>

namespace Promissa
{

struct ParsedSentence;

/// What one pass over a letter's sentences finds.
struct CommitmentScan {
    QList<Commitment> commitments;
    QList<FollowUp> followUps; ///< see FollowUpFinder
};

/// Finds the sentences in which the government side binds itself to a future
/// or continuing action, a decision, or informing the Kamer (see
/// tests/data/ANNOTATION.md). A rule engine over a hand-written tokenizer
/// and clause splitter: linear in the text, word-set lookups only.
class CommitmentDetector
{
public:
    CommitmentDetector();

    /// At most one commitment per sentence, in text order. times are the
    /// letter's time expressions in text order; deadlines are copies of them.
    /// letterDate is the date the analysis settled on; without it the
    /// letter's printed date (metadata) is used, if any.
    QList<Commitment> detect(const Letter &letter, const QList<TimeExpression> &times, QDate letterDate = {}) const;

    /// The commitments and the announced follow-ups (FollowUpFinder) in one
    /// pass: each sentence is parsed and read once for both.
    CommitmentScan scan(const Letter &letter, const QList<TimeExpression> &times, QDate letterDate = {}) const;

    /// The commitment in one already parsed sentence, if any; used by the
    /// follow-up finder. sentenceTimes are the time expressions inside it.
    std::optional<Commitment> detectInSentence(const ParsedSentence &sentence, std::span<const TimeExpression> sentenceTimes, int letterYear) const;

private:
    QList<Commitment> run(const Letter &letter, const QList<TimeExpression> &times, QDate letterDate, QList<FollowUp> *followUps) const;
};

} // namespace Promissa
