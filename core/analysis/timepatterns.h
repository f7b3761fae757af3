// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// Internal to the time parser: the patterns and what each match means.

#include "analysis/analysis.h"
#include "analysis/eventcalendar.h"
#include "analysis/timerules.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace Promissa::TimePatterns
{

inline constexpr auto patternOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

/// The event pattern around an alternation of calendar aliases.
QString eventPattern(const QString &aliases);

/// One possible time phrase before overlaps are settled.
struct Candidate {
    qsizetype matchStart = 0; ///< all the pattern consumed, also a leading "in"
    qsizetype matchEnd = 0;
    qsizetype start = 0; ///< the phrase's own text
    qsizetype end = 0;
    TimeExpression expression;
};

/// One parse: runs every pattern over the text once and collects candidates.
class Scan
{
public:
    Scan(QStringView text, QDate letter, const EventCalendar &calendar);

    void run(const QRegularExpression &eventPattern);
    QList<Candidate> takeCandidates() { return std::move(m_candidates); }

private:
    void dayMonth(const QRegularExpressionMatch &m);
    void numeric(const QRegularExpressionMatch &m);
    void month(const QRegularExpressionMatch &m);
    void season(const QRegularExpressionMatch &m);
    void quarter(const QRegularExpressionMatch &m);
    void yearRange(const QRegularExpressionMatch &m);
    void year(const QRegularExpressionMatch &m);
    void relative(const QRegularExpressionMatch &m);
    void plural(const QRegularExpressionMatch &m);
    void within(const QRegularExpressionMatch &m);
    void vague(const QRegularExpressionMatch &m);
    void day(const QRegularExpressionMatch &m);
    void event(const QRegularExpressionMatch &m);

    /// Adds a candidate for a resolved range; the text starts at the
    /// preposition when it belongs to the phrase, else at the body.
    void add(const QRegularExpressionMatch &m,
        const TimeRules::Preposition &preposition,
        TimeType type,
        Precision precision,
        QDate start,
        QDate end,
        QDate date = {});
    void add(Candidate candidate);

    QStringView m_text;
    QDate m_letter;
    const EventCalendar &m_calendar;
    QList<Candidate> m_candidates;
};

} // namespace Promissa::TimePatterns
