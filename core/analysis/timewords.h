// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Promissa::TimeWords
{

/// 1..12 for a Dutch month name or abbreviation ("maart", "mrt.", "sept"),
/// case-insensitive; 0 when the word is no month.
int monthFromName(QStringView word);

/// "januari" .. "december"; empty for a month outside 1..12.
QString monthName(int month);

/// A regular-expression alternation of every month name and abbreviation,
/// longest first, so that "juni" is never read as the abbreviation "jun".
QString monthPattern();

/// A small Dutch cardinal ("een", "twee", ... "twaalf") or digits; 0 if none.
int numberFromWord(QStringView word);

/// "6 maart" or "6 maart 2025".
QString formatDay(QDate date, bool withYear);

/// "24-25 juni", "4 juli - 1 september", "19 december 2025 - 12 januari 2026";
/// one day when start equals end. Without years unless the range spans two.
QString formatRange(QDate start, QDate end);

} // namespace Promissa::TimeWords
