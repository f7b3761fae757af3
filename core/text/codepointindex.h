// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QList>
#include <QStringView>

namespace Promissa
{

/// Converts UTF-16 offsets into one text to Unicode code point offsets (the
/// JSON contract counts code points; QString counts UTF-16 units). Set-up is
/// O(n) once; every query is O(1). Text without surrogate pairs needs no
/// table at all, which is the common case for Dutch letters.
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    /// The number of code points that start before utf16Offset. An offset
    /// between the two halves of a surrogate pair counts that pair as
    /// started. Offsets are clamped to [0, size()].
    qsizetype toCodePoint(qsizetype utf16Offset) const;

    /// The UTF-16 offset at which code point number codePoint starts
    /// (codePointCount() for the end). Clamped like toCodePoint().
    qsizetype toUtf16(qsizetype codePoint) const;

    qsizetype size() const { return m_utf16Size; }
    qsizetype codePointCount() const { return m_codePointCount; }

private:
    qsizetype m_utf16Size = 0;
    qsizetype m_codePointCount = 0;
    // Empty when the text has no surrogate pairs (identity mapping).
    // Otherwise m_toCodePoint[i] for i in [0, size] and m_toUtf16[k] for k in
    // [0, codePointCount].
    QList<qsizetype> m_toCodePoint;
    QList<qsizetype> m_toUtf16;
};

} // namespace Promissa
