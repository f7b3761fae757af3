// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QRegularExpressionMatch>
#include <QString>
#include <QStringView>

/// Small tests on one line of letter text that the letter parser uses to
/// decide where paragraphs, headings and sentences end. Lines may hold
/// footnote marker characters (WordMarkup); these are ignored.
namespace Promissa::LineText
{

/// Runs of spaces and tabs become one space; white space at both ends goes.
QString collapse(QStringView s);

/// True when collapse(s) would return s unchanged, so that callers can
/// share the string instead of copying it.
bool isCollapsed(QStringView s);

/// Anything besides white space and markers.
bool hasVisibleText(QStringView s);

/// The text without trailing markers and footnote digits glued to a final
/// full stop ("agressie.3").
QStringView visibleEnd(QStringView s);

/// Ends a sentence (possibly inside closing quotes or brackets).
bool endsWithTerminal(QStringView s);

/// Short, capitalised and without final punctuation.
bool isHeadingShaped(QStringView s);

qsizetype firstWordLength(QStringView s);

/// "Geachte voorzitter," and the like.
bool isSalutation(const QString &line);

/// "Hoogachtend,", "Met vriendelijke groet", ...
bool isClosing(const QString &line);

/// Symbol bullets and "1." / "a)" list items: capture 1 is the number
/// (empty for a symbol), capture 2 the item text; no match otherwise.
QRegularExpressionMatch matchBullet(const QString &line);

/// A row of a tab-separated table: three or more cells, and a cell after
/// the first that holds a number ("Asielopvang (COA)\t1.450\t980").
/// "1.\tInleiding" (a numbered heading) is no table row.
bool isTableRow(QStringView raw);

} // namespace Promissa::LineText
