// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// Footnotes of PDF text: the notes stand at the foot of a page ("1 Kamerstuk
/// 31 839, nr. 1012"), and their superscript markers have become ordinary
/// digits glued to the word before them ("de motie-Westerveld1", "jl.2").
///
/// A block of lines at the foot of a page counts as notes only when it is
/// numbered on from the notes before it (1, 2, ... across the letter) and
/// the body before it holds a glued marker for its first note. That keeps
/// ordinary lines that happen to start with a number ("150 extra
/// opleidingsplaatsen ...") in the text.
class PageFootnotes
{
public:
    /// One kept (non-blank, non-furniture) line of the letter.
    struct Line {
        QStringView text; ///< trimmed, white space collapsed
        int page = 0;
    };

    struct Note {
        int number = 0;
        QString text;
        QList<qsizetype> lines; ///< indices into the input: the note's own lines
    };

    struct Marker {
        int number = 0;
        qsizetype line = 0; ///< index into the input
        qsizetype position = 0; ///< of the marker's first digit in that line
        qsizetype length = 0; ///< its digits
    };

    struct Result {
        QList<Note> notes;
        QList<Marker> markers;
    };

    /// Lines are in text order. Linear in the total text length.
    static Result find(const QList<Line> &lines);

    /// Where the digits of `number` stand glued to a word in `line` at or
    /// after `from`: "Westerveld1", "jl.1", "c.s.)12", "in 2020.4". -1 when
    /// nowhere.
    /// Digits inside numbers ("2.000", "CO2", "G20", "2025-2030") never count.
    static qsizetype findMarker(QStringView line, int number, qsizetype from = 0);
};

} // namespace Promissa
