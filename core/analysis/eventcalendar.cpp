// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/eventcalendar.h"

#include "analysis/timewords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

const QString builtInPath = u":/promissa/calendar/events.json"_s;

// Aliases are compared with '-' and runs of spaces made one space, so the
// data need not list "navo-top" and "navo top" (it may, for readability).
QString normalizedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool space = false;
    for (const QChar c : name) {
        if (c == u'-' || c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c;
    }
    return out;
}

bool isCaseSensitiveAlias(const QString &alias)
{
    return alias == alias.toUpper() && alias != alias.toLower();
}

QDate weekdayOnOrBefore(QDate date, int weekday)
{
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

QDate weekdayOnOrAfter(QDate date, int weekday)
{
    return date.addDays((weekday - date.dayOfWeek() + 7) % 7);
}

// namedYearOffset: see CalendarEvent; the display name carries the year the
// text writes ("Miljoenennota 2025"), not the year it happens in.
void finish(EventOccurrence &occurrence, int namedYearOffset)
{
    occurrence.date = occurrence.deadline ? occurrence.end : occurrence.start;
    QString details = occurrence.deadline ? u"vóór "_s + TimeWords::formatDay(occurrence.end, false) : TimeWords::formatRange(occurrence.start, occurrence.end);
    if (!occurrence.place.isEmpty()) {
        details = occurrence.place + u", "_s + details;
    }
    QString name = occurrence.name;
    if (!occurrence.note.isEmpty()) {
        name = occurrence.note + u' ' + name;
        name[0] = name[0].toUpper();
    }
    occurrence.displayName = name + u' ' + QString::number(occurrence.start.year() - namedYearOffset) + u" ("_s + details + u')';
}

// ---- reading a calendar file --------------------------------------------------

class Reader
{
public:
    explicit Reader(const QString &fileName) : m_fileName(fileName) { }

    std::unexpected<Error> error(const QString &what) const { return fail(m_fileName + u": "_s + what); }

    Expected<int> intField(const QJsonObject &object, const QString &field, int min, int max, const QString &where) const
    {
        const QJsonValue value = object.value(field);
        if (!value.isDouble()) {
            return error(where + u": \""_s + field + u"\" must be a number"_s);
        }
        const double number = value.toDouble();
        if (number != static_cast<int>(number) || number < min || number > max) {
            return error(where + u": \""_s + field + u"\" must be a whole number from "_s + QString::number(min) + u" to "_s + QString::number(max));
        }
        return static_cast<int>(number);
    }

    Expected<QDate> dateField(const QJsonObject &object, const QString &field, const QString &where) const
    {
        const QString text = object.value(field).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return error(where + u": \""_s + field + u"\" is not a valid ISO date: \""_s + text + u'"');
        }
        return date;
    }

    Expected<EventRule> rule(const QJsonObject &object, const QString &where) const
    {
        EventRule rule;
        const QString kind = object.value(u"rule"_s).toString();
        const QString at = where + u" rule"_s;
        if (kind == u"nth-weekday"_s) {
            rule.kind = EventRule::Kind::NthWeekday;
            auto month = intField(object, u"month"_s, 1, 12, at);
            auto weekday = intField(object, u"weekday"_s, 1, 7, at);
            auto n = intField(object, u"n"_s, -1, 5, at);
            if (!month || !weekday || !n) {
                return std::unexpected(!month ? month.error() : !weekday ? weekday.error() : n.error());
            }
            if (*n == 0) {
                return error(at + u": \"n\" must be 1..5 or -1"_s);
            }
            rule.month = *month;
            rule.weekday = *weekday;
            rule.n = *n;
        } else if (kind == u"deadline"_s) {
            rule.kind = EventRule::Kind::Deadline;
            auto month = intField(object, u"month"_s, 1, 12, at);
            auto day = intField(object, u"day"_s, 1, 31, at);
            auto fromMonth = intField(object, u"fromMonth"_s, 1, 12, at);
            auto fromDay = intField(object, u"fromDay"_s, 1, 31, at);
            if (!month || !day || !fromMonth || !fromDay) {
                return std::unexpected(!month ? month.error() : !day ? day.error() : !fromMonth ? fromMonth.error() : fromDay.error());
            }
            rule.month = *month;
            rule.day = *day;
            rule.fromMonth = *fromMonth;
            rule.fromDay = *fromDay;
        } else if (kind == u"span"_s) {
            rule.kind = EventRule::Kind::Span;
            const QJsonObject from = object.value(u"from"_s).toObject();
            const QJsonObject to = object.value(u"to"_s).toObject();
            auto month = intField(from, u"month"_s, 1, 12, at + u" from"_s);
            auto day = intField(from, u"day"_s, 1, 31, at + u" from"_s);
            auto weekday = intField(from, u"weekday"_s, 1, 7, at + u" from"_s);
            auto toMonth = intField(to, u"month"_s, 1, 12, at + u" to"_s);
            auto toDay = intField(to, u"day"_s, 1, 31, at + u" to"_s);
            auto toWeekday = intField(to, u"weekday"_s, 1, 7, at + u" to"_s);
            for (const auto *field : { &month, &day, &weekday, &toMonth, &toDay, &toWeekday }) {
                if (!*field) {
                    return std::unexpected(field->error());
                }
            }
            rule.month = *month;
            rule.day = *day;
            rule.weekday = *weekday;
            rule.toMonth = *toMonth;
            rule.toDay = *toDay;
            rule.toWeekday = *toWeekday;
        } else {
            return error(at + u": unknown rule \""_s + kind + u"\" (expected nth-weekday, deadline or span)"_s);
        }
        // A rule that yields no date (31 February) is a data error, caught here
        // rather than silently producing nothing later.
        const auto [start, end] = rule.range(2025);
        if (!start.isValid() || !end.isValid()) {
            return error(at + u": gives no valid date"_s);
        }
        return rule;
    }

    Expected<CalendarEvent> event(const QJsonValue &value, qsizetype index) const
    {
        if (!value.isObject()) {
            return error(u"event "_s + QString::number(index + 1) + u" is not an object"_s);
        }
        const QJsonObject object = value.toObject();
        CalendarEvent event;
        event.key = object.value(u"key"_s).toString();
        if (event.key.isEmpty()) {
            return error(u"event "_s + QString::number(index + 1) + u" has no \"key\""_s);
        }
        const QString where = u"event \""_s + event.key + u'"';
        event.name = object.value(u"name"_s).toString(event.key);
        event.standalone = object.value(u"standalone"_s).toBool(false);
        event.namedYearOffset = object.value(u"namedYearOffset"_s).toInt(0);
        event.source = object.value(u"source"_s).toString();
        const QJsonValue aliases = object.value(u"aliases"_s);
        if (!aliases.isUndefined() && !aliases.isArray()) {
            return error(where + u": \"aliases\" must be a list of strings"_s);
        }
        for (const QJsonValue &alias : aliases.toArray()) {
            const QString text = alias.toString().trimmed();
            if (text.isEmpty()) {
                return error(where + u": an alias is empty or not a string"_s);
            }
            event.aliases.append(isCaseSensitiveAlias(text) ? text : text.toLower());
        }
        if (object.contains(u"rule"_s)) {
            if (!object.value(u"rule"_s).isObject()) {
                return error(where + u": \"rule\" must be an object"_s);
            }
            auto rule = this->rule(object.value(u"rule"_s).toObject(), where);
            if (!rule) {
                return std::unexpected(rule.error());
            }
            event.rule = *rule;
        }
        const QJsonValue occurrences = object.value(u"occurrences"_s);
        if (!occurrences.isUndefined() && !occurrences.isArray()) {
            return error(where + u": \"occurrences\" must be a list"_s);
        }
        const QJsonArray list = occurrences.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = where + u" occurrence "_s + QString::number(i + 1);
            const QJsonObject entry = list.at(i).toObject();
            auto start = dateField(entry, u"start"_s, at);
            if (!start) {
                return std::unexpected(start.error());
            }
            auto end = entry.contains(u"end"_s) ? dateField(entry, u"end"_s, at) : Expected<QDate>(*start);
            if (!end) {
                return std::unexpected(end.error());
            }
            if (*end < *start) {
                return error(at + u": ends before it starts"_s);
            }
            EventOccurrence occurrence;
            occurrence.start = *start;
            occurrence.end = *end;
            occurrence.place = entry.value(u"place"_s).toString();
            occurrence.note = entry.value(u"note"_s).toString();
            event.occurrences.append(occurrence);
        }
        return event;
    }

private:
    QString m_fileName;
};

} // namespace

std::pair<QDate, QDate> EventRule::range(int year) const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NthWeekday: {
        QDate found;
        if (n > 0) {
            found = weekdayOnOrAfter(QDate(year, month, 1), weekday).addDays(7 * (n - 1));
        } else {
            const QDate first(year, month, 1);
            found = weekdayOnOrBefore(first.addDays(first.daysInMonth() - 1), weekday);
        }
        if (found.month() != month) {
            return {};
        }
        return { found, found };
    }
    case Kind::Deadline:
        return { QDate(fromMonth < month || (fromMonth == month && fromDay <= day) ? year : year - 1, fromMonth, fromDay), QDate(year, month, day) };
    case Kind::Span: {
        const QDate from = QDate(year, month, day);
        const QDate to = QDate(toMonth < month ? year + 1 : year, toMonth, toDay);
        if (!from.isValid() || !to.isValid()) {
            return {};
        }
        return { weekdayOnOrBefore(from, weekday), weekdayOnOrAfter(to, toWeekday) };
    }
    }
    return {};
}

Expected<EventCalendar> EventCalendar::builtIn()
{
    EventCalendar calendar;
    if (auto loaded = calendar.load(builtInPath); !loaded) {
        return std::unexpected(loaded.error());
    }
    return calendar;
}

Expected<void> EventCalendar::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(path + u": cannot read the calendar file: "_s + file.errorString());
    }
    return loadData(file.readAll(), path);
}

Expected<void> EventCalendar::loadData(const QByteArray &json, const QString &fileName)
{
    const Reader reader(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return reader.error(u"not valid JSON at offset "_s + QString::number(parseError.offset) + u": "_s + parseError.errorString());
    }
    if (!document.isObject() || !document.object().value(u"events"_s).isArray()) {
        return reader.error(u"expected an object with an \"events\" list"_s);
    }
    const QJsonArray list = document.object().value(u"events"_s).toArray();

    // Read everything first, so that an error leaves the calendar unchanged.
    QList<CalendarEvent> incoming;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto event = reader.event(list.at(i), i);
        if (!event) {
            return std::unexpected(event.error());
        }
        incoming.append(std::move(*event));
    }

    for (CalendarEvent &event : incoming) {
        auto existing = std::find_if(m_events.begin(), m_events.end(), [&](const CalendarEvent &e) {
            return e.key == event.key;
        });
        if (existing == m_events.end()) {
            if (event.aliases.isEmpty()) {
                return reader.error(u"event \""_s + event.key + u"\" has no aliases"_s);
            }
            if (event.rule.kind == EventRule::Kind::None && event.occurrences.isEmpty()) {
                return reader.error(u"event \""_s + event.key + u"\" has neither a rule nor occurrences"_s);
            }
            m_events.append(std::move(event));
            existing = m_events.end() - 1;
        } else {
            for (const QString &alias : std::as_const(event.aliases)) {
                if (!existing->aliases.contains(alias)) {
                    existing->aliases.append(alias);
                }
            }
            if (event.rule.kind != EventRule::Kind::None) {
                existing->rule = event.rule;
            }
            for (const EventOccurrence &occurrence : std::as_const(event.occurrences)) {
                existing->occurrences.removeIf([&](const EventOccurrence &o) {
                    return o.start == occurrence.start;
                });
                existing->occurrences.append(occurrence);
            }
            if (!event.source.isEmpty()) {
                existing->source = event.source;
            }
        }
        std::sort(existing->occurrences.begin(), existing->occurrences.end(), [](const EventOccurrence &a, const EventOccurrence &b) {
            return a.start < b.start;
        });
        for (EventOccurrence &occurrence : existing->occurrences) {
            occurrence.key = existing->key;
            occurrence.name = existing->name;
            occurrence.deadline = existing->rule.kind == EventRule::Kind::Deadline;
            finish(occurrence, existing->namedYearOffset);
        }
    }
    return {};
}

const CalendarEvent *EventCalendar::eventForName(QStringView name) const
{
    const QString wanted = normalizedName(name);
    const QString lower = wanted.toLower();
    for (const CalendarEvent &event : m_events) {
        for (const QString &alias : event.aliases) {
            const bool caseSensitive = isCaseSensitiveAlias(alias);
            if (normalizedName(alias) == (caseSensitive ? wanted : lower)) {
                return &event;
            }
        }
    }
    return nullptr;
}

QList<EventOccurrence> EventCalendar::occurrences(const CalendarEvent &event, int year) const
{
    QList<EventOccurrence> result;
    for (const EventOccurrence &occurrence : event.occurrences) {
        if (occurrence.start.year() == year) {
            result.append(occurrence);
        }
    }
    if (!result.isEmpty() || event.rule.kind == EventRule::Kind::None) {
        return result;
    }
    const auto [start, end] = event.rule.range(year);
    if (!start.isValid()) {
        return result;
    }
    EventOccurrence occurrence;
    occurrence.key = event.key;
    occurrence.name = event.name;
    occurrence.start = start;
    occurrence.end = end;
    occurrence.deadline = event.rule.kind == EventRule::Kind::Deadline;
    occurrence.fromRule = true;
    finish(occurrence, event.namedYearOffset);
    // A deadline's window may open in the year before (never with our data,
    // but a user's rule may say so); it still belongs to the year it is due.
    result.append(occurrence);
    return result;
}

std::optional<EventOccurrence> EventCalendar::resolve(QStringView name, QDate reference, const EventQuery &query) const
{
    const CalendarEvent *event = eventForName(name);
    if (!event) {
        return std::nullopt;
    }
    int firstYear = 0;
    int lastYear = 0;
    if (query.year > 0) {
        firstYear = lastYear = query.year + event->namedYearOffset;
    } else if (reference.isValid()) {
        firstYear = reference.year() - 1;
        lastYear = reference.year() + 2;
    } else {
        return std::nullopt;
    }
    QList<EventOccurrence> candidates;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (const EventOccurrence &occurrence : occurrences(*event, year)) {
            if (query.month > 0 && occurrence.start.month() != query.month && occurrence.end.month() != query.month) {
                continue;
            }
            if (!query.place.isEmpty() && !occurrence.place.contains(query.place, Qt::CaseInsensitive)) {
                continue;
            }
            candidates.append(occurrence);
        }
    }
    if (candidates.isEmpty()) {
        return std::nullopt;
    }
    if (!reference.isValid()) {
        return candidates.first();
    }
    for (const EventOccurrence &occurrence : std::as_const(candidates)) {
        if (occurrence.end >= reference) {
            return occurrence;
        }
    }
    return candidates.last();
}

} // namespace Promissa
