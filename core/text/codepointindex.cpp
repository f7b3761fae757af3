// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "text/codepointindex.h"

#include <QChar>

#include <algorithm>

namespace Promissa
{

namespace
{

bool isPairAt(QStringView text, qsizetype i)
{
    return i + 1 < text.size() && QChar::isHighSurrogate(text.at(i).unicode()) && QChar::isLowSurrogate(text.at(i + 1).unicode());
}

} // namespace

CodePointIndex::CodePointIndex(QStringView text)
    : m_utf16Size(text.size())
{
    bool anyPair = false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (isPairAt(text, i)) {
            anyPair = true;
            break;
        }
    }
    if (!anyPair) {
        m_codePointCount = m_utf16Size;
        return;
    }

    m_toCodePoint.resize(m_utf16Size + 1);
    m_toUtf16.reserve(m_utf16Size + 1);
    qsizetype cp = 0;
    qsizetype i = 0;
    while (i < m_utf16Size) {
        m_toCodePoint[i] = cp;
        m_toUtf16.append(i);
        if (isPairAt(text, i)) {
            // The low half already belongs to a started code point.
            m_toCodePoint[i + 1] = cp + 1;
            i += 2;
        } else {
            ++i;
        }
        ++cp;
    }
    m_toCodePoint[m_utf16Size] = cp;
    m_toUtf16.append(m_utf16Size);
    m_codePointCount = cp;
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Offset) const
{
    const qsizetype i = std::clamp<qsizetype>(utf16Offset, 0, m_utf16Size);
    return m_toCodePoint.isEmpty() ? i : m_toCodePoint.at(i);
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoint) const
{
    const qsizetype k = std::clamp<qsizetype>(codePoint, 0, m_codePointCount);
    return m_toUtf16.isEmpty() ? k : m_toUtf16.at(k);
}

} // namespace Promissa
