// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QList>
#include <QStringView>

namespace Promissa
{

/// Splits one paragraph of Dutch text into sentences.
///
/// A sentence ends at '.', '!', '?' or an ellipsis (optionally followed by
/// closing quotes or brackets, and by a footnote number glued to it), when
/// white space and then an uppercase letter, a digit, an opening quote or an
/// opening bracket follow. A full stop after an abbreviation ("jl.", "d.d.",
/// "nr.") or an initial ("J. de Vries", "M.A.M. Wiersma") never ends a
/// sentence; only the end of the paragraph does. The splitter never looks
/// past its paragraph, so it cannot join headings, bullets or footnotes.
class SentenceSplitter
{
public:
    /// Sentence ranges in paragraph, trimmed of white space, in order; each
    /// range is shifted by offset (the paragraph's start in the letter).
    static QList<TextRange> split(QStringView paragraph, qsizetype offset = 0);

    /// True when word (without its final full stop, any case) is an
    /// abbreviation after which a full stop does not end a sentence:
    /// "jl", "a.s", "T.a.v", "M.A.M".
    static bool isAbbreviation(QStringView word);
};

} // namespace Promissa
