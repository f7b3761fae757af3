// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// What every importer promises of the Letter it returns, checked after
// each fuzz input: a broken promise aborts like a crash, so that libFuzzer
// keeps the input.

#include "text/letter.h"

namespace Promissa::FuzzChecks
{

inline bool inside(TextRange range, qsizetype size)
{
    return range.start >= 0 && range.start <= range.end && range.end <= size;
}

inline void checkLetter(const Letter &letter)
{
    const qsizetype size = letter.text.size();
    for (const Paragraph &p : letter.paragraphs) {
        if (!inside(p.range, size))
            __builtin_trap();
    }
    for (const Sentence &s : letter.sentences) {
        if (!inside(s.range, size) || s.paragraph < 0 || s.paragraph >= letter.paragraphs.size())
            __builtin_trap();
    }
    for (const Footnote &note : letter.footnotes) {
        if (!inside(note.range, size))
            __builtin_trap();
        for (const qsizetype marker : note.markers) {
            if (marker < 0 || marker > size)
                __builtin_trap();
        }
    }
}

} // namespace Promissa::FuzzChecks
