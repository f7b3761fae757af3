// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// Internal to the time parser: how Dutch time phrases resolve against the
// letter date. Kept apart from the patterns so each stays readable.

#include "analysis/analysis.h"

#include <QDate>
#include <QStringView>

namespace Promissa::TimeRules
{

/// What a preposition before a time phrase does to it.
struct Preposition {
    Bound bound = Bound::At;
    bool inclusive = true; ///< "uiterlijk 1 juli" includes the day, "voor 1 juli" not
    bool inText = false; ///< part of the phrase's text ("uiterlijk", "voor"), or not ("in")
};

Preposition preposition(QStringView words);

/// Whether day/month exists in some year (29 February does, 31 February not).
bool isPossibleDay(int day, int month);

enum class Direction { Nearest, Back, Forward };

/// The year for a day and month given without one: jl. looks back from the
/// letter date, a.s. forward, otherwise the year that puts it nearest.
QDate resolveDayMonth(int day, int month, QDate letter, Direction direction);

/// Past when the range ends before the letter date, future when it starts
/// after it, same-day for the letter's own day; an unfinished range is future.
Relation relation(QDate start, QDate end, QDate letter);

/// The representative day of a resolved range under a preposition.
QDate representative(QDate start, QDate end, const Preposition &preposition);

/// Part of a range named by "begin", "medio"/"half", "eind": the first,
/// middle or last third of it (a month: days 1-10, 11-20, 21-end; a year:
/// Q1, May-July, Q4). Returns the range itself for no modifier.
std::pair<QDate, QDate> modifiedRange(QDate start, QDate end, QStringView modifier);

/// 1 = begin, 2 = medio, 3 = eind, 0 = none.
int modifierKind(QStringView modifier);

/// Meteorological seasons: voorjaar/lente March-May, zomer June-August,
/// najaar/herfst September-November, winter December-February.
std::pair<QDate, QDate> seasonRange(QStringView season, int year);

/// Adds n units ("dag", "weken", "maanden", "jaar", "kwartaal", ...) to a date.
QDate addUnits(QDate date, int n, QStringView unit);

} // namespace Promissa::TimeRules
