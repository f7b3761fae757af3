// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// Internal to the time parser: the patterns and what each match means.

#include "analysis/analysis.h"
#include "analysis/eventcalendar.h"
#include "analysis/timerules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <array>

namespace Promissa::TimePatterns
{

inline constexpr auto patternOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

/// The event pattern around an alternation of calendar aliases.
QString eventPattern(const QString &aliases);

/// The patterns, in the order a scan runs them.
enum Pattern : int {
    DayMonthPattern,
    NumericPattern,
    MonthPattern,
    SeasonPattern,
    QuarterPattern,
    YearRangePattern,
    YearPattern,
    RelativePattern,
    PluralPattern,
    WithinPattern,
    VaguePattern,
    DayWordPattern,
    EventPattern,
    PatternCount
};

/// Every match of a pattern contains a key: a word from a short list ("maart",
/// "kwartaal", "binnen"), or a number of a certain shape. How far a match can
/// reach around its key is counted in separators (runs of white space, with
/// any hyphens in them), because every white space in a pattern is one
/// \s token: `before` separators from the match start to the key at most,
/// `after` separators from the key to the end of what the pattern inspects.
struct Reach {
    int before = 0;
    int after = 0;
};
Reach reach(Pattern pattern);

/// The key words, case folded, with a bit (1 << Pattern) for each pattern
/// they are a key of. Numbers and the event aliases are found apart.
const QHash<QString, quint32> &keyWords();

/// Where the keys are, per pattern, ascending.
using KeyPositions = std::array<QList<qsizetype>, PatternCount>;

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

    /// Runs every pattern; with keys, only in the windows around them
    /// (eventReach: the event pattern's reach for its longest alias). The
    /// matches are the same as a full pass finds, in the same order.
    void run(const QRegularExpression &eventPattern, const KeyPositions *keys = nullptr, Reach eventReach = {});
    QList<Candidate> takeCandidates() { return std::move(m_candidates); }

private:
    using Handler = void (Scan::*)(const QRegularExpressionMatch &);
    void each(const QRegularExpression &re, Handler handler, const QList<qsizetype> *keys, Reach reach);
    qsizetype windowStart(qsizetype key, int separators) const;
    qsizetype windowEnd(qsizetype key, int separators) const;

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
