// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Promissa
{

/// The signatures at the foot of a letter: rows of functions ("De minister
/// van Buitenlandse Zaken,") and rows of names, side by side in columns
/// separated by tabs or runs of spaces.
class SignatureBlock
{
public:
    /// The column cells of one line, trimmed, white space runs collapsed.
    static QStringList cells(QStringView rawLine);

    /// Every cell is a function: "De minister van X,", "De staatssecretaris
    /// van X,", "De minister-president,", "De minister voor X,".
    static bool isFunctionRow(const QStringList &cells);

    /// The rest of a function that wraps onto a second line: "Welzijn en
    /// Sport," after "de minister van Volksgezondheid,". Every cell starts
    /// with a capital and ends in a comma.
    static bool isContinuationRow(const QStringList &cells);

    /// Every cell looks like a person's name ("Caspar Veldkamp", "mr. J. de Vries").
    static bool isNameRow(const QStringList &cells);

    /// Pairs the rows, in order, into signatories: each run of function rows
    /// with the run of name rows after it, cell by cell. A continuation row
    /// extends the functions above it; other rows are skipped.
    static QList<Signatory> signatories(const QList<QStringList> &rows);

    /// "De minister van Defensie, Ruben Brekelmans", or the function alone.
    static QString paragraphText(const Signatory &signatory);
};

} // namespace Promissa
