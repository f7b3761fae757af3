// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "import/pdf/pdflines.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace Promissa
{

/// The footnotes of a PDF letter: a block of lines in a smaller font at the
/// foot of a page, each note starting with its number, where the body above
/// holds a marker with that number: a small raised digit (PdfLines made it
/// a WordMarkup marker), or, when the PDF prints markers in the body font,
/// digits glued to a word ("Westerveld1", found by PageFootnotes).
///
/// Numbers must rise through the letter. A note that runs over onto the
/// next page (small lines at that page's foot before any number) continues
/// the last note. Markers whose number has no note become digits again
/// ("m2" in a raised "2" is no footnote).
class PdfFootnotes
{
public:
    struct Result {
        QMap<int, QString> notes; ///< number -> text
        QSet<qsizetype> noteLines; ///< indices of the lines that hold note text
    };

    /// lines: every body line of the letter, pages in order. candidate[i]
    /// says whether line i may be a note or hold a marker (page furniture and
    /// the letterhead may not). bodyHeight: the body text's line height.
    /// Rewrites markers in lines as described above.
    static Result find(QList<PdfLine> &lines, const QList<bool> &candidate, qreal bodyHeight);

    /// "3 Kamerstuk ..." -> 3, and where the note text starts; a raised
    /// marker character counts as the number too. 0 when the line starts
    /// no note.
    static int noteStart(QStringView text, qsizetype &textStart);
};

} // namespace Promissa
