// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/eventcalendar.h"
#include "analysis/timepatterns.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace Promissa
{

/// Finds the Dutch time phrases in a text ("24 februari jl.", "in juni",
/// "uiterlijk bij de Voorjaarsnota-besluitvorming", "op korte termijn") and
/// resolves them against the letter date. One character scan finds the key
/// words every phrase contains ("maart", "kwartaal", a year); each
/// precompiled pattern then runs only in a small window around its keys.
/// The longest non-overlapping matches win: linear in the input.
class TimeParser
{
public:
    /// The calendar resolves event phrases ("na het zomerreces"); without
    /// one, event phrases are not found.
    explicit TimeParser(EventCalendar calendar = {});

    /// Every time phrase in `text`, in text order. Ranges are shifted by
    /// `offset`, so that a slice of Letter::text yields Letter::text ranges.
    /// With an invalid letterDate, phrases that need it (a day without a
    /// year, "volgend jaar") are still returned, with invalid dates.
    QList<TimeExpression> parse(QStringView text, QDate letterDate, qsizetype offset = 0) const;

    const EventCalendar &calendar() const { return m_calendar; }

private:
    /// False when the text holds a character that white space or case
    /// folding might treat differently from the patterns; then every
    /// pattern runs over the whole text.
    bool findKeys(QStringView text, TimePatterns::KeyPositions &keys) const;
    void addKeyShape(QStringView folded);

    static constexpr qsizetype maxKeyLength = 31; ///< longer words are never keys (see m_keyShapes)

    EventCalendar m_calendar;
    QRegularExpression m_eventPattern; ///< built from the calendar's aliases
    QHash<QString, quint32> m_keyWords; ///< TimePatterns::keyWords() plus the aliases' first words, folded
    QStringList m_exactEventKeys; ///< first words of the case-sensitive aliases ("ER")
    /// Per ASCII first letter, a bit per length (1 << length) of the key
    /// words that start with it: a quick "not a key" for most words.
    std::array<quint32, 26> m_keyShapes{};
    TimePatterns::Reach m_eventReach;
    bool m_eventKeysComplete = true; ///< false when an alias starts with no letter
};

} // namespace Promissa
