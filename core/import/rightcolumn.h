// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QList>
#include <QStringView>

namespace Promissa
{

/// The right-hand column of a Rijksoverheid letter as `pdftotext -layout`
/// prints it: on the same lines as the body text, after a wide run of
/// spaces, always starting at the same character column ("Datum",
/// "10 april 2025", "Onze referentie", "Pagina 2 van 3").
///
/// A column is only assumed when a start column recurs on several lines
/// and some of its pieces are letterhead lines (labels, dates, reference
/// numbers), so that aligned tables and tab-separated signature columns
/// are left alone.
class RightColumn
{
public:
    /// The character column where the right-hand column starts, or -1.
    static qsizetype find(const QList<QStringView> &lines);

    struct Split {
        QStringView body; ///< the line up to the column, trailing spaces removed
        QStringView column; ///< the column's piece, trimmed; empty when none
    };

    /// Cuts one line at a column found by find().
    static Split split(QStringView line, qsizetype start);
};

} // namespace Promissa
