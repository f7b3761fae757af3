// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/commitmentdetector.h"

#include <QList>

#include <optional>
#include <span>

namespace Promissa
{

/// Finds announced future documents and decisions: the government's own
/// ("Ik zal uw Kamer voor de zomer informeren", external = false) and those
/// of third parties worth watching ("De Commissie zal een witboek
/// publiceren", external = true). Past deliveries are never follow-ups.
class FollowUpFinder
{
public:
    /// Runs CommitmentDetector::scan; callers that also want the
    /// commitments should call that once instead.
    QList<FollowUp> find(const Letter &letter, const QList<TimeExpression> &times) const;

    /// The follow-up that one parsed sentence announces, given the
    /// commitment found in it (if any); its sentence index is left unset.
    static std::optional<FollowUp> inSentence(const ParsedSentence &sentence, const std::optional<Commitment> &commitment,
                                              std::span<const TimeExpression> sentenceTimes);

private:
    CommitmentDetector m_detector;
};

} // namespace Promissa
