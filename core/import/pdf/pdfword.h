// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Promissa
{

/// One word of a PDF page's text layer and where it stands: the box in
/// points, y growing downwards (Poppler's convention). The box height is
/// what the layout code takes for the font size.
struct PdfWord {
    QString text;
    QRectF box;
};

/// One page of words, in any order; the layout code sorts them itself.
struct PdfPage {
    QSizeF size; ///< in points
    QList<PdfWord> words;
};

} // namespace Promissa
