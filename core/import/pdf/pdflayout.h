// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/pdf/pdfword.h"
#include "text/letter.h"

#include <QList>
#include <QString>

namespace Promissa
{

/// Reads a letter from the word positions of its PDF pages: what the
/// Poppler-free half of the PDF importer does, so that tests can feed it
/// pages of their own.
///
/// - The right-hand column (PdfLines) and page furniture go into the
///   metadata, never into the body. Furniture is a line that comes back on
///   several pages at about the same height (digits ignored, so "Pagina 2
///   van 3" and "Pagina 3 van 3" are the same line), and a page number or
///   "Ons kenmerk" line in the top or bottom margin of a page.
/// - Before the salutation stands the letterhead: "Datum" and "Betreft"
///   become Header paragraphs, as in the plain-text parser, the rest only
///   metadata.
/// - Footnotes: PdfFootnotes.
/// - Lines are re-flowed into paragraphs. A paragraph ends where the gap to
///   the next line is clearly wider than the usual line distance, where the
///   next line is indented, starts a list item or is back at the margin
///   after a list item's hanging indent, or where a line ends a sentence
///   while the next line's first word would still have fitted on it (a line
///   broken on purpose). Across a page break only the last two tell.
///   Words hyphenated at a line end are joined by LineEndHyphen.
/// - A short capitalised line without final punctuation that starts a
///   paragraph and is followed by a capitalised line is a heading.
/// - The signature block at the end becomes Signature paragraphs.
class PdfLayout
{
public:
    static Expected<Letter> build(const QList<PdfPage> &pages, const QString &fileName);
};

} // namespace Promissa
