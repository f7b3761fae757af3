// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "text/letter.h"

#include <QString>

namespace Promissa
{

/// Builds the core Letter model from decoded plain text: paragraphs with
/// their kinds, footnotes, sentences and metadata.
///
/// Two layouts are understood. Word exports put one paragraph on a line and
/// carry "[bookmark: ...]", "[footnoteRef:N]" and "[N: text]" markup. PDF
/// text is wrapped at a fixed width, separates pages with form feeds and
/// repeats headers, footers, page numbers and the right-hand address column
/// on every page; those lines are dropped (their values kept as metadata)
/// and the wrapped lines are re-flowed into paragraphs. `pdftotext -layout`
/// prints that column on the body's own lines; it is cut off first
/// (RightColumn). Web-page copies give their date and title in a
/// "Kamerbrief | 22-03-2024" line under the title.
class LetterParser
{
public:
    /// fileName goes into Letter::fileName and into error messages.
    static Expected<Letter> parse(const QString &text, const QString &fileName);
};

} // namespace Promissa
