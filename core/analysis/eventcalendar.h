// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Promissa
{

/// One occurrence of a calendar event: a NAVO-top, a Europese Raad, the
/// Voorjaarsnota of one year.
struct EventOccurrence {
    QString key; ///< the event's key, "navo-top"
    QString name; ///< the event's display name, "NAVO-top"
    QDate start; ///< first day (for a deadline: the earliest day it may come)
    QDate end; ///< last day, inclusive (for a deadline: the day it is due)
    QDate date; ///< the representative day: the first day, or a deadline's due day
    QString place; ///< "Den Haag"; empty when unknown or irrelevant
    QString note; ///< "buitengewone" for an extra meeting
    bool deadline = false; ///< sent *before* `end` (Voorjaarsnota), rather than held on a day
    bool fromRule = false; ///< computed by the event's rule, not a dated entry
    QString displayName; ///< "NAVO-top 2025 (Den Haag, 24-25 juni)"
};

/// How an event's occurrence is computed for a year without a dated entry.
struct EventRule {
    enum class Kind { None, NthWeekday, Deadline, Span };
    Kind kind = Kind::None;
    int month = 0; ///< NthWeekday, Deadline (due month), Span (from month)
    int day = 0; ///< Deadline (due day), Span (from day)
    int weekday = 0; ///< 1 = Monday; NthWeekday, Span (from: moved back to it)
    int n = 0; ///< NthWeekday: 1..5, or -1 for the last
    int fromMonth = 0; ///< Deadline: window start
    int fromDay = 0;
    int toMonth = 0; ///< Span: end (moved forward to toWeekday)
    int toDay = 0;
    int toWeekday = 0;

    /// Start and end of the occurrence in `year`; invalid dates if none.
    std::pair<QDate, QDate> range(int year) const;
};

struct CalendarEvent {
    QString key;
    QString name;
    QStringList aliases; ///< as matched in text: lowercase, or all capitals for case-sensitive ones ("ER")
    bool standalone = false; ///< temporal by its name alone (a recess, Prinsjesdag): no preposition needed in text
    /// A year written after the name names the budget year, which the event
    /// precedes: "Miljoenennota 2025" is presented on Prinsjesdag 2024 (-1).
    int namedYearOffset = 0;
    QString source;
    EventRule rule;
    QList<EventOccurrence> occurrences; ///< dated entries, sorted by start
};

/// What the text says besides the event's name: "NAVO-top 2025",
/// "Europese Raad in juni", "NAVO-top in Den Haag".
struct EventQuery {
    int year = 0;
    int month = 0;
    QString place;
};

/// The calendar of events that letters use as time anchors. The built-in
/// calendar is compiled in (resources/calendar/events.json); a user's file
/// can be merged on top with load(). A plain value: pass it where needed.
class EventCalendar
{
public:
    /// The compiled-in calendar.
    static Expected<EventCalendar> builtIn();

    /// Merges a calendar file: events with a known key gain its aliases and
    /// dated entries (an entry replaces a built-in one starting on the same
    /// day) and take its rule; unknown keys are added. On error the calendar
    /// is left unchanged and the message names the file and the problem.
    Expected<void> load(const QString &path);
    Expected<void> loadData(const QByteArray &json, const QString &fileName);

    const QList<CalendarEvent> &events() const { return m_events; }

    /// The event an alias found in text names ("NAVO-top", "navo top",
    /// "ER"), or nullptr. Lowercase aliases match case-insensitively, with
    /// '-' and spaces treated alike.
    const CalendarEvent *eventForName(QStringView name) const;

    /// Every occurrence of the event starting in `year`: dated entries, else
    /// the rule's one.
    QList<EventOccurrence> occurrences(const CalendarEvent &event, int year) const;

    /// The occurrence that text naming the event most plausibly means,
    /// seen from `reference` (the letter date): among those matching the
    /// query's year, month and place, the first that has not ended by the
    /// reference date, else the latest before it. nullopt when the name is
    /// unknown or nothing matches.
    std::optional<EventOccurrence> resolve(QStringView name, QDate reference, const EventQuery &query = {}) const;

private:
    QList<CalendarEvent> m_events;
};

} // namespace Promissa
