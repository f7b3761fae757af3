// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "import/pdf/pdfword.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Promissa
{

/// One line of a PDF page, rebuilt from word positions.
struct PdfLine {
    QString text; ///< cells joined by one space; raised footnote digits as WordMarkup marker characters
    QStringList cells; ///< the text cut where a wide gap stands (a tab stop, a second signature column)
    QList<qreal> cellLefts; ///< where each cell starts (x)
    QList<qreal> wordLefts; ///< where each word starts (x), raised footnote digits left out
    QRectF box; ///< the words' boxes together, raised footnote digits left out
    qreal height = 0; ///< the usual word height in the line: its font size, roughly
    qreal firstWordWidth = 0; ///< for "would this word have fitted on the line above?"
    int page = 0;
};

/// Turns the words of a page into lines: words whose boxes share a bottom
/// edge (a baseline) form a line, left to right. Small digits raised above a
/// line (superscript footnote markers) join that line as marker characters.
/// A Rijksoverheid letter's right-hand column is read apart from the body,
/// so that its lines do not run into the body's lines at the same height.
class PdfLines
{
public:
    struct Page {
        QList<PdfLine> body; ///< top to bottom
        QList<PdfLine> column; ///< the right-hand column, top to bottom; empty when there is none
    };

    static Page read(const PdfPage &page, int pageIndex);

    /// Where the right-hand column starts: the right edge of an empty
    /// vertical band (a gutter) in the right part of the page with words on
    /// both sides. -1 when there is none. read() keeps it only when the
    /// column holds letterhead lines ("Ons kenmerk", "Datum", a page number).
    static qreal findGutter(const PdfPage &page);

    /// The lines of a set of words, top to bottom. Linear-logarithmic in
    /// the number of words.
    static QList<PdfLine> group(const QList<PdfWord> &words, int pageIndex);
};

} // namespace Promissa
