// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/commitmentdetector.h"

#include <QList>

namespace Promissa
{

/// Finds announced future documents and decisions: the government's own
/// ("Ik zal uw Kamer voor de zomer informeren", external = false) and those
/// of third parties worth watching ("De Commissie zal een witboek
/// publiceren", external = true). Past deliveries are never follow-ups.
class FollowUpFinder
{
public:
    QList<FollowUp> find(const Letter &letter, const QList<TimeExpression> &times) const;

private:
    CommitmentDetector m_detector;
};

} // namespace Promissa
