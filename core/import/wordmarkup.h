// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QChar>
#include <QMap>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// The markup of Promissa's example format, a Word export to text:
/// "[bookmark: _Hlk123]", "[footnoteRef:N]" and "[N: footnote text]".
///
/// A footnote marker travels through line cleaning, re-flowing and white
/// space collapsing as one private-use character (U+E000 + note number), so
/// that its position survives every edit; the letter parser lifts it out
/// when it builds the final text.
class WordMarkup
{
public:
    static constexpr int maxFootnoteNumber = 0xFFF;

    /// Removes the markup from one line: bookmarks go, footnote references
    /// become marker characters, footnote texts go into footnotes (the first
    /// non-empty text for a number wins; Word repeats them at the end).
    /// Also drops invisible characters (soft hyphen, zero width space, BOM)
    /// and input characters in the marker range, which cannot be markers.
    static QString strip(QStringView line, QMap<int, QString> &footnotes);

    static constexpr char16_t markerBase = 0xE000;
    static constexpr char16_t markerLast = 0xEFFF;

    // Inline: the parser asks this for every character of the letter.
    static bool isMarker(QChar c) { return c.unicode() >= markerBase && c.unicode() <= markerLast; }
    static QChar marker(int number);
    /// Whether s holds a marker character; a vectorised scan for long lines.
    static bool containsMarker(QStringView s);
    static int markerNumber(QChar c) { return isMarker(c) ? c.unicode() - markerBase : 0; } ///< 0 when c is no marker
};

} // namespace Promissa
