// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "reporttext.h"

#include <QRectF>

#include <array>

class QPainter;

namespace Promissa
{

struct ReportStyle;

/// Deadlines counted per period and status, for the summary's bar chart.
struct DeadlineChart {
    enum class Scale { Month, Quarter, Year };
    struct Bucket {
        QDate start; ///< first day of the period
        QString label; ///< "mrt", "Q2", "2025"
        QString yearLabel; ///< under the first bucket and every January / first quarter; else empty
        std::array<int, 4> counts{}; ///< by Status, in enum order

        int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    };

    Scale scale = Scale::Month;
    QList<Bucket> buckets; ///< every period from the first deadline to the last, empty ones included

    bool isEmpty() const { return buckets.isEmpty(); }
    int maximum() const;
};

/// Buckets of months; of quarters when that would be more than 24 months,
/// of years when more than 24 quarters. Only dated deadlines count.
DeadlineChart deadlineChart(const QList<TrackedCommitment> &commitments, ReportLanguage language);

/// Draws the chart as vectors into `area`; every label is text, so a reader
/// can select and copy it from the PDF.
void paintDeadlineChart(QPainter &painter, const QRectF &area, const DeadlineChart &chart, const ReportStyle &style);

} // namespace Promissa
