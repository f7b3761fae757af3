// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/timerules.h"

#include <QString>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Promissa::TimeRules
{

Preposition preposition(QStringView words)
{
    const QString w = words.toString().toLower().simplified();
    if (w.isEmpty() || w == u"in"_s) {
        return { Bound::At, true, false };
    }
    if (w.startsWith(u"uiterlijk"_s) || w == u"tot en met"_s || w == u"t/m"_s) {
        return { Bound::Before, true, true };
    }
    if (w == u"voor"_s || w == u"vóór"_s || w == u"tot"_s || w.contains(u"aanloop"_s) || w.startsWith(u"voorafgaand"_s)) {
        return { Bound::Before, false, true };
    }
    if (w == u"vanaf"_s || w == u"per"_s || w == u"sinds"_s || w == u"met ingang van"_s) {
        return { Bound::After, true, true };
    }
    if (w == u"na"_s || w == u"na afloop van"_s) {
        return { Bound::After, false, true };
    }
    // "bij", "tijdens", "rond": still the phrase's own moment, but they say
    // how the text ties to it, so they stay in the phrase.
    return { Bound::At, true, true };
}

bool isPossibleDay(int day, int month)
{
    // 2000 is a leap year, so 29 February passes and 30 February does not.
    return month >= 1 && month <= 12 && QDate(2000, month, day).isValid();
}

QDate resolveDayMonth(int day, int month, QDate letter, Direction direction)
{
    if (!letter.isValid() || !isPossibleDay(day, month)) {
        return {};
    }
    const int year = letter.year();
    switch (direction) {
    case Direction::Back:
        // Up to eight years back, for 29 February.
        for (int y = year; y > year - 8; --y) {
            const QDate d(y, month, day);
            if (d.isValid() && d <= letter) {
                return d;
            }
        }
        return {};
    case Direction::Forward:
        for (int y = year; y < year + 8; ++y) {
            const QDate d(y, month, day);
            if (d.isValid() && d >= letter) {
                return d;
            }
        }
        return {};
    case Direction::Nearest: {
        QDate best;
        for (int y = year - 1; y <= year + 1; ++y) {
            const QDate d(y, month, day);
            if (!d.isValid()) {
                continue;
            }
            // On a tie the later (future) reading wins: letters announce more
            // than they look back.
            if (!best.isValid() || std::abs(letter.daysTo(d)) <= std::abs(letter.daysTo(best))) {
                best = d;
            }
        }
        return best;
    }
    }
    return {};
}

Relation relation(QDate start, QDate end, QDate letter)
{
    if (!letter.isValid() || !start.isValid()) {
        return Relation::Future;
    }
    if (end < letter) {
        return Relation::Past;
    }
    if (start > letter) {
        return Relation::Future;
    }
    return start == end ? Relation::SameDay : Relation::Future;
}

QDate representative(QDate start, QDate end, const Preposition &preposition)
{
    switch (preposition.bound) {
    case Bound::At:
        return start;
    case Bound::Before:
        return preposition.inclusive ? end : start;
    case Bound::After:
        return preposition.inclusive ? start : end;
    case Bound::Within:
        return end;
    }
    return start;
}

int modifierKind(QStringView modifier)
{
    const QString m = modifier.toString().toLower();
    if (m.startsWith(u"begin"_s)) {
        return 1;
    }
    if (m.startsWith(u"medio"_s) || m.startsWith(u"half"_s) || m.startsWith(u"midden"_s)) {
        return 2;
    }
    if (m.startsWith(u"eind"_s)) {
        return 3;
    }
    return 0;
}

std::pair<QDate, QDate> modifiedRange(QDate start, QDate end, QStringView modifier)
{
    const int kind = modifierKind(modifier);
    if (kind == 0 || !start.isValid()) {
        return { start, end };
    }
    const bool month = start.month() == end.month() && start.year() == end.year();
    if (month) {
        switch (kind) {
        case 1:
            return { start, start.addDays(9) };
        case 2:
            return { start.addDays(10), start.addDays(19) };
        default:
            return { start.addDays(20), end };
        }
    }
    // A year or longer span: thirds by months.
    switch (kind) {
    case 1:
        return { start, start.addMonths(3).addDays(-1) };
    case 2:
        return { QDate(start.year(), 5, 1), QDate(start.year(), 7, 31) };
    default:
        return { end.addMonths(-3).addDays(1), end };
    }
}

std::pair<QDate, QDate> seasonRange(QStringView season, int year)
{
    const QString s = season.toString().toLower();
    if (s == u"voorjaar"_s || s == u"lente"_s) {
        return { QDate(year, 3, 1), QDate(year, 5, 31) };
    }
    if (s == u"zomer"_s) {
        return { QDate(year, 6, 1), QDate(year, 8, 31) };
    }
    if (s == u"najaar"_s || s == u"herfst"_s) {
        return { QDate(year, 9, 1), QDate(year, 11, 30) };
    }
    if (s == u"winter"_s) {
        return { QDate(year, 12, 1), QDate(year + 1, 3, 1).addDays(-1) };
    }
    return {};
}

QDate addUnits(QDate date, int n, QStringView unit)
{
    const QString u = unit.toString().toLower();
    if (u.startsWith(u"werkdag"_s)) {
        // Five working days make a week.
        return date.addDays((n * 7 + 4) / 5);
    }
    if (u.startsWith(u"dag"_s)) {
        return date.addDays(n);
    }
    if (u.startsWith(u"week"_s) || u.startsWith(u"weken"_s)) {
        return date.addDays(7 * n);
    }
    if (u.startsWith(u"maand"_s)) {
        return date.addMonths(n);
    }
    if (u.startsWith(u"kwarta"_s)) {
        return date.addMonths(3 * n);
    }
    if (u.startsWith(u"jaar"_s) || u.startsWith(u"jaren"_s)) {
        return date.addYears(n);
    }
    return {};
}

} // namespace Promissa::TimeRules
