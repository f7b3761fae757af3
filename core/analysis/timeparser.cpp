// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/timeparser.h"

#include "analysis/timepatterns.h"
#include "analysis/timerules.h"
#include "analysis/timewords.h"

#include <QRegularExpressionMatch>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

using TimeRules::Preposition;
using namespace TimePatterns;

namespace
{

QRegularExpression buildEventPattern(const EventCalendar &calendar)
{
    QStringList alternatives;
    for (const CalendarEvent &event : calendar.events()) {
        for (const QString &alias : event.aliases) {
            // '-' and spaces are alike in aliases: "navo-top" also finds
            // "NAVO top" and "navo-top".
            QStringList words = alias.split(QRegularExpression(u"[\\s-]+"_s), Qt::SkipEmptyParts);
            for (QString &word : words) {
                word = QRegularExpression::escape(word);
            }
            QString pattern = words.join(u"[\\s-]+"_s);
            if (alias == alias.toUpper()) {
                pattern = u"(?-i:"_s + pattern + u')';
            }
            if (!alternatives.contains(pattern)) {
                alternatives.append(pattern);
            }
        }
    }
    if (alternatives.isEmpty()) {
        return {};
    }
    // Longest first, so "top van de navo" is tried before a shorter alias.
    std::sort(alternatives.begin(), alternatives.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    return QRegularExpression(eventPattern(alternatives.join(u'|')), patternOptions);
}

} // namespace

TimeParser::TimeParser(EventCalendar calendar) : m_calendar(std::move(calendar)), m_eventPattern(buildEventPattern(m_calendar))
{
    m_eventPattern.optimize();
}

QList<TimeExpression> TimeParser::parse(QStringView text, QDate letterDate, qsizetype offset) const
{
    Scan scan(text, letterDate, m_calendar);
    scan.run(m_eventPattern);
    QList<Candidate> candidates = scan.takeCandidates();

    // Earliest start first, longest first among equal starts; then keep each
    // candidate that does not overlap one already kept.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.matchStart != b.matchStart) {
            return a.matchStart < b.matchStart;
        }
        return a.matchEnd > b.matchEnd;
    });
    QList<TimeExpression> result;
    qsizetype keptEnd = -1;
    for (Candidate &candidate : candidates) {
        if (candidate.matchStart < keptEnd) {
            continue;
        }
        keptEnd = candidate.matchEnd;
        TimeExpression &e = candidate.expression;
        e.range = TextRange{ offset + candidate.start, offset + candidate.end };
        e.text = text.mid(candidate.start, candidate.end - candidate.start).toString();
        result.append(std::move(e));
    }
    return result;
}

} // namespace Promissa
