// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QString>
#include <QStringView>

namespace Promissa
{

/// How two lines of one paragraph are joined when the first ends in a hyphen:
/// was the word broken by the line end ("uitvoerings-" + "voorwaarden"), or
/// does the hyphen belong to the text ("Zuid-" + "Holland")? A PDF prints
/// both the same way, so a small rule set decides, first match wins:
///
///  1. A soft hyphen (U+00AD) is always a line-end break: drop it.
///  2. The next line starts with "en", "of", "tot" or "noch": the hyphen
///     stands for a left-out word part ("bus- en tramhaltes"): keep it and a
///     space.
///  3. The next line starts with a capital or a digit ("Noord-" + "Holland",
///     "Covid-" + "19", "2025-" + "2030"): keep it.
///  4. The part before the hyphen ends in a capital or a digit, an acronym
///     or number ("EU-" + "lidstaten", "A2-" + "traject"): keep it.
///  5. The letters on both sides would read as one vowel sound; Dutch
///     spelling writes a hyphen there ("auto-" + "ongeluk", "zee-" + "egel",
///     "mega-" + "actie"): keep it.
///  6. Words that Dutch always writes with a hyphen: "oud-", "ex-", "niet-",
///     "vice-" before a word; "-generaal" and "-president" after one
///     ("secretaris-" + "generaal"); adjectives in -isch or -ieel and a few
///     others joined to a second adjective ("politiek-" + "militair",
///     "financieel-" + "economisch"): keep it.
///  7. Otherwise a lower-case letter follows a letter: a word broken at the
///     line end, drop the hyphen.
///
/// A line that ends in anything else (no hyphen, a dash after a space) is
/// joined with a space.
namespace LineEndHyphen
{

enum class Join {
    Space, ///< no hyphenated word: "... de" + "provincies" -> "de provincies"
    DropHyphen, ///< "uitvoerings-" + "voorwaarden" -> "uitvoeringsvoorwaarden"
    KeepHyphen, ///< "Zuid-" + "Holland" -> "Zuid-Holland"
    KeepHyphenAndSpace, ///< "bus-" + "en tramhaltes" -> "bus- en tramhaltes"
};

/// line: the text so far (its end matters); next: the next line's text.
Join decide(QStringView line, QStringView next);

/// Appends next to text as decide() says.
void append(QString &text, QStringView next);

} // namespace LineEndHyphen

} // namespace Promissa
