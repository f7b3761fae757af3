// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/eventcalendar.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace Promissa
{

/// Finds the Dutch time phrases in a text ("24 februari jl.", "in juni",
/// "uiterlijk bij de Voorjaarsnota-besluitvorming", "op korte termijn") and
/// resolves them against the letter date. One pass per precompiled pattern,
/// then the longest non-overlapping matches win: linear in the input.
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
    EventCalendar m_calendar;
    QRegularExpression m_eventPattern; ///< built from the calendar's aliases
};

} // namespace Promissa
