// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

class QFont;
class QTextDocument;

namespace Promissa
{

/// Lays a letter out in a QTextDocument for reading: one block per
/// paragraph, so that document positions are Letter::text offsets; headings
/// bold, the letterhead small, bullets and footnotes as lists (their marks
/// are drawn by the list, so the text stays exactly the letter's). The
/// letter view and the benchmark share it.
class LetterDocument
{
public:
    /// Replaces the document's content; `base` is the font the sizes are
    /// relative to.
    static void build(QTextDocument *document, const Letter &letter, const QFont &base);
};

} // namespace Promissa
