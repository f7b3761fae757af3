// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"

namespace Promissa
{

/// Finds pointers to other parliamentary documents: Kamerstuk numbers in all
/// their spellings, document and zaak numbers, motions, letters by date, and
/// named documents (kabinetsreactie, geannoteerde agenda, BNC-fiche, ...).
/// Each gets a normalised key, which is what links letters to each other.
class ReferenceFinder
{
public:
    /// times: the letter's time phrases, used to date "brief van 17 februari jl.".
    QList<Reference> find(const Letter &letter, const QList<TimeExpression> &times) const;

    /// "36 045, nr. 191" -> "36045-191"; "21 501-02, nr. 2733" -> "21501-02-2733".
    static QString kamerstukKey(QStringView dossier, QStringView number);
    /// "2025.D.08281" -> "2025D08281".
    static QString documentNumberKey(QStringView text);
};

} // namespace Promissa
