// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/timepatterns.h"

#include "analysis/timewords.h"

#include <QLoggingCategory>
#include <QRegularExpressionMatch>

using namespace Qt::StringLiterals;

namespace Promissa::TimePatterns
{

using TimeRules::Preposition;

namespace
{

// Building blocks. Every pattern starts at a word edge (no letter or digit
// before it) and is free of nested repetition, so a pass stays linear.
const QString wordStart = u"(?<![\\p{L}\\p{N}])"_s;
const QString wordEnd = u"(?![\\p{L}\\p{N}])"_s;
const QString yearWord = u"(?:19|20)\\d{2}"_s;
// "eind juni", "eind van 2024", "(voor) het einde van 2024", "begin-2025".
const QString modifier = u"(?:(?:het|de)\\s+)?(?<mod>begin|medio|half|halverwege|midden|eind|einde)(?:\\s*-\\s*|\\s+(?:van\\s+)?)"_s;
const QString deadlineWords = u"uiterlijk|tot\\s+en\\s+met|t/m|vóór|voor|tot|vanaf|per|sinds|na"_s;
const QString smallNumber = u"\\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"_s;

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, patternOptions);
    // A broken pattern is a programming error; say which one and where.
    if (!re.isValid()) {
        qCritical("time pattern invalid at %lld: %s", static_cast<long long>(re.patternErrorOffset()), qPrintable(re.errorString()));
    }
    re.optimize();
    return re;
}

const QRegularExpression &dayMonthPattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?:(?<pre>"_s + deadlineWords + u")\\s+(?:op\\s+)?)?"_s +
        u"(?<body>(?<d1>\\d{1,2})(?:\\s*(?:-|–|en|t/m|tot\\s+en\\s+met)\\s*(?<d2>\\d{1,2}))?"
        u"\\s+(?<m>"_s +
        TimeWords::monthPattern() +
        u")(?![\\p{L}])(?:\\s+(?<y>\\d{4})(?!\\p{N}))?"
        u"(?:\\s*(?<suf>jl\\.|j\\.l\\.|jongstleden|a\\.s\\.|aanstaande|aanst\\.)(?![\\p{L}]))?)"_s);
    return re;
}

const QRegularExpression &numericPattern()
{
    static const QRegularExpression re = compile(u"(?<![\\p{L}\\p{N}.,/-])(?:(?<pre>"_s + deadlineWords + u")\\s+(?:op\\s+)?)?"_s +
        u"(?<![\\p{L}\\p{N}.,/-])(?<body>(?<d>\\d{1,2})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4})"
        u"|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\p{L}\\p{N}]|[-/.]\\p{N})"_s);
    return re;
}

const QRegularExpression &monthOnlyPattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?:(?<pre>"_s + deadlineWords + u"|in|rond)\\s+)?(?<body>(?:"_s + modifier + u")?(?<m>"_s +
        TimeWords::monthPattern() + u")(?![\\p{L}])(?:\\s+(?<y>"_s + yearWord + u")(?!\\p{N}))?)"_s);
    return re;
}

const QRegularExpression &seasonPattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?:(?<pre>"_s + deadlineWords + u"|in|rond)\\s+)?(?<body>(?:"_s + modifier +
        u")?(?:(?<det>het\\s+komende|het\\s+afgelopen|het|de|deze|dit|komende|komend|aankomende|volgende|volgend|afgelopen|vorige|vorig)\\s+)?"
        u"(?<season>voorjaar|najaar|zomer|winter|lente|herfst)(?:\\s+(?:van\\s+)?(?<y>"_s +
        yearWord + u")(?!\\p{N}))?)"_s + wordEnd);
    return re;
}

const QRegularExpression &quarterPattern()
{
    static const QRegularExpression re =
        compile(wordStart + u"(?:(?<pre>"_s + deadlineWords + u"|in)\\s+)?(?<body>(?:(?-i:[QK])(?<q>[1-4])(?:\\s+|\\s*-\\s*)(?<y>"_s + yearWord +
            u")|(?:(?:het|de)\\s+)?(?:(?<qw>eerste|tweede|derde|vierde|laatste)|(?<qn>[1-4])e)\\s+kwartaal"
            u"(?:\\s+(?:van\\s+)?(?:(?<y2>"_s +
            yearWord + u")|(?<rel>dit|volgend|komend|vorig)\\s+jaar))?))"_s + wordEnd);
    return re;
}

const QRegularExpression &yearRangePattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?<body>(?:(?<pre>tussen|van)\\s+)?(?<y1>"_s + yearWord +
        u")(?:\\s*[-–/]\\s*|\\s+(?<conj>en|tot\\s+en\\s+met|t/m|tot)\\s+)(?<y2>"_s + yearWord + u"))(?![\\p{L}\\p{N}]|[-/]\\p{N})"_s);
    return re;
}

const QRegularExpression &yearPattern()
{
    // Only with a preposition or modifier: a bare "2030" is as often an amount.
    static const QRegularExpression re = compile(wordStart + u"(?:(?<pre>"_s + deadlineWords + u"|in|rond)\\s+)?(?<body>(?:"_s + modifier +
        u")?(?:het\\s+jaar\\s+)?(?<y>"_s + yearWord + u"))(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\s*(?:%|procent|euro|mln|mld|miljoen|miljard))"_s);
    return re;
}

const QRegularExpression &relativePattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?:(?<pre>"_s + deadlineWords +
        u"|in)\\s+)?(?<body>(?:(?:(?:het|de)\\s+)?(?<mod>begin|medio|half|halverwege|midden|eind|einde|later|eerder)(?:\\s*-\\s*|\\s+(?:van\\s+)?))?"
        u"(?:(?<det>het|de)\\s+)?(?:(?<which>dit|deze|volgend|volgende|komend|komende|aanstaand|aanstaande|vorig|vorige|afgelopen|"
        u"lopend|lopende|huidig|huidige)\\s+)?(?<unit>jaar|kalenderjaar|begrotingsjaar|maand|week))"_s +
        wordEnd);
    return re;
}

const QRegularExpression &pluralPattern()
{
    static const QRegularExpression re = compile(wordStart +
        u"(?<body>(?:(?:de|het)\\s+)?(?<which>komende|aankomende|afgelopen|voorbije|laatste)\\s+"
        u"(?:(?<n>"_s +
        smallNumber + u"|paar|enkele|aantal)\\s+)?(?<unit>dagen|weken|maanden|jaren|jaar|kwartalen))"_s + wordEnd);
    return re;
}

const QRegularExpression &withinPattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?<body>binnen\\s+(?<n>"_s + smallNumber +
        u")\\s+(?<half>half\\s+)?(?<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar|"
        u"kwartalen|kwartaal))"_s +
        wordEnd);
    return re;
}

const QRegularExpression &vaguePattern()
{
    static const QRegularExpression re = compile(wordStart +
        u"(?<body>(?<asap>zo\\s+(?:snel|spoedig|vlug)\\s+(?:als\\s+)?mogelijk|z\\.s\\.m\\.?|zsm|op\\s+zo\\s+kort\\s+mogelijke\\s+termijn|onverwijld)"
        u"|(?<short>op\\s+korte\\s+termijn)"
        u"|(?<soon>binnenkort|eerdaags|binnen\\s+afzienbare\\s+tijd|in\\s+de\\s+nabije\\s+toekomst)"
        u"|(?<later>over\\s+enige\\s+tijd|te\\s+zijner\\s+tijd|t\\.z\\.t\\.?|op\\s+termijn|op\\s+(?:de\\s+)?(?:middel)?lange\\s+termijn"
        u"|op\\s+een\\s+later(?:e)?\\s+(?:moment|tijdstip|datum)))"_s +
        u"(?![\\p{L}\\p{N}])"_s);
    return re;
}

const QRegularExpression &dayWordPattern()
{
    static const QRegularExpression re = compile(wordStart + u"(?<body>(?<w>vandaag|eergisteren|gisteren|overmorgen|morgen))"_s + wordEnd);
    return re;
}

Precision eventPrecision(QDate start, QDate end)
{
    return start == end ? Precision::Day : Precision::Period;
}

} // namespace

QString eventPattern(const QString &aliases)
{
    return wordStart +
        u"(?:(?<pre>uiterlijk\\s+(?:bij|voor|vóór|tijdens|rond)|in\\s+(?:de\\s+)?aanloop\\s+naar|voorafgaand(?:e)?\\s+aan|na\\s+afloop\\s+van"
        u"|met\\s+ingang\\s+van|vóór|voor|na|bij|tijdens|rond|vanaf|sinds|tot|in)\\s+)?"
        u"(?<body>(?:(?:de|het)\\s+)?(?:(?:extra|buitengewone|informele|eerstvolgende|komende|volgende|aanstaande|jaarlijkse)\\s+)?"
        u"(?<event>"_s +
        aliases + u")(?<compound>(?:-\\p{L}+)*)(?![\\p{L}\\p{N}])(?:\\s+(?:van\\s+)?(?<y>"_s + yearWord +
        u")(?!\\p{N}))?(?:\\s+(?:in|te)\\s+(?<place>(?-i:\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)))?"
        u"(?:\\s+(?:in|van)\\s+(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
        u"(?![\\p{L}])(?:\\s+(?<y2>"_s +
        yearWord + u")(?!\\p{N}))?)?)"_s;
}

Scan::Scan(QStringView text, QDate letter, const EventCalendar &calendar) : m_text(text), m_letter(letter), m_calendar(calendar) { }

Reach reach(Pattern pattern)
{
    // Counted from the patterns above: each \s token, "tot en met" as two.
    // `after` includes what a trailing look-ahead inspects ("2030 procent").
    switch (pattern) {
    case DayMonthPattern: // "tot en met op 3 tot en met 5 | maart 2025 jl."
        return { 9, 2 };
    case NumericPattern: // "tot en met op | 03-04-2025"
        return { 4, 0 };
    case MonthPattern: // "tot en met het eind van | maart 2025"
        return { 6, 1 };
    case SeasonPattern: // "tot en met het eind van het komende | zomer van 2025"
        return { 8, 2 };
    case QuarterPattern: // "tot en met het eerste | kwartaal van volgend jaar"
        return { 5, 3 };
    case YearRangePattern: // "tussen | 2024 tot en met 2026"
        return { 1, 4 };
    case YearPattern: // "tot en met het eind van het jaar | 2030 %"
        return { 8, 1 };
    case RelativePattern: // "tot en met het eind van het volgende | jaar"
        return { 8, 0 };
    case PluralPattern: // "de komende drie | weken"
        return { 3, 0 };
    case WithinPattern: // "binnen | een half jaar"
        return { 0, 3 };
    case VaguePattern: // "op zo kort mogelijke | termijn", "zo | snel als mogelijk"
        return { 4, 2 };
    case DayWordPattern:
        return { 0, 0 };
    case EventPattern: // "in de aanloop naar de extra | navo ... van 2025 in Den Haag in juni 2025"
        return { 6, 8 }; // after: plus one per alias word after the first
    case PatternCount:
        break;
    }
    return {};
}

void Scan::run(const QRegularExpression &eventPattern, const KeyPositions *keys, Reach eventReach)
{
    const auto keysOf = [keys](Pattern p) {
        return keys ? &(*keys)[p] : nullptr;
    };
    each(dayMonthPattern(), &Scan::dayMonth, keysOf(DayMonthPattern), reach(DayMonthPattern));
    each(numericPattern(), &Scan::numeric, keysOf(NumericPattern), reach(NumericPattern));
    each(monthOnlyPattern(), &Scan::month, keysOf(MonthPattern), reach(MonthPattern));
    each(seasonPattern(), &Scan::season, keysOf(SeasonPattern), reach(SeasonPattern));
    each(quarterPattern(), &Scan::quarter, keysOf(QuarterPattern), reach(QuarterPattern));
    each(yearRangePattern(), &Scan::yearRange, keysOf(YearRangePattern), reach(YearRangePattern));
    each(yearPattern(), &Scan::year, keysOf(YearPattern), reach(YearPattern));
    each(relativePattern(), &Scan::relative, keysOf(RelativePattern), reach(RelativePattern));
    each(pluralPattern(), &Scan::plural, keysOf(PluralPattern), reach(PluralPattern));
    each(withinPattern(), &Scan::within, keysOf(WithinPattern), reach(WithinPattern));
    each(vaguePattern(), &Scan::vague, keysOf(VaguePattern), reach(VaguePattern));
    each(dayWordPattern(), &Scan::day, keysOf(DayWordPattern), reach(DayWordPattern));
    if (eventPattern.isValid() && !eventPattern.pattern().isEmpty()) {
        each(eventPattern, &Scan::event, keysOf(EventPattern), eventReach);
    }
}

void Scan::add(Candidate candidate)
{
    m_candidates.append(std::move(candidate));
}

void Scan::add(const QRegularExpressionMatch &m, const Preposition &preposition, TimeType type, Precision precision, QDate start, QDate end, QDate date)
{
    Candidate c;
    c.matchStart = m.capturedStart(0);
    c.matchEnd = m.capturedEnd(0);
    c.start = preposition.inText ? m.capturedStart(0) : m.capturedStart(u"body");
    c.end = m.capturedEnd(0);
    TimeExpression &e = c.expression;
    e.type = type;
    e.precision = precision;
    e.bound = preposition.bound;
    e.start = start;
    e.end = end;
    e.date = date.isValid() ? date : TimeRules::representative(start, end, preposition);
    e.relation = TimeRules::relation(start, end, m_letter);
    add(std::move(c));
}

void Scan::dayMonth(const QRegularExpressionMatch &m)
{
    const int d1 = m.capturedView(u"d1").toInt();
    const int d2 = m.hasCaptured(u"d2") ? m.capturedView(u"d2").toInt() : d1;
    const int monthNumber = TimeWords::monthFromName(m.capturedView(u"m"));
    if (!TimeRules::isPossibleDay(d1, monthNumber) || !TimeRules::isPossibleDay(d2, monthNumber) || d2 < d1) {
        return; // "31 februari", "32 maart": no date at all
    }
    QDate start;
    if (m.hasCaptured(u"y")) {
        start = QDate(m.capturedView(u"y").toInt(), monthNumber, d1);
    } else {
        const QStringView suffix = m.capturedView(u"suf");
        const bool back = suffix.startsWith(u'j', Qt::CaseInsensitive);
        const bool forward = suffix.startsWith(u'a', Qt::CaseInsensitive);
        start = TimeRules::resolveDayMonth(d1,
            monthNumber,
            m_letter,
            back          ? TimeRules::Direction::Back
                : forward ? TimeRules::Direction::Forward
                          : TimeRules::Direction::Nearest);
    }
    if (m.hasCaptured(u"y") && !start.isValid()) {
        return; // 29 februari 2025
    }
    const QDate end = start.isValid() ? QDate(start.year(), monthNumber, d2) : QDate();
    add(m, TimeRules::preposition(m.capturedView(u"pre")), TimeType::Date, Precision::Day, start, end);
}

void Scan::numeric(const QRegularExpressionMatch &m)
{
    const QDate date = m.hasCaptured(u"iy") ? QDate(m.capturedView(u"iy").toInt(), m.capturedView(u"im").toInt(), m.capturedView(u"id").toInt())
                                            : QDate(m.capturedView(u"y").toInt(), m.capturedView(u"m").toInt(), m.capturedView(u"d").toInt());
    if (!date.isValid()) {
        return;
    }
    add(m, TimeRules::preposition(m.capturedView(u"pre")), TimeType::Date, Precision::Day, date, date);
}

void Scan::month(const QRegularExpressionMatch &m)
{
    const QStringView word = m.capturedView(u"m");
    const int monthNumber = TimeWords::monthFromName(word);
    // Abbreviations count only with their dot outside a full date ("jan."),
    // and a month right after a number is the rest of an impossible date
    // ("32 maart"), which must not come back as "maart".
    if (monthNumber == 0 || (!word.endsWith(u'.') && word.size() < 4 && word.compare(u"mei", Qt::CaseInsensitive) != 0)) {
        return;
    }
    const qsizetype bodyStart = m.capturedStart(u"body");
    qsizetype before = bodyStart - 1;
    while (before >= 0 && m_text.at(before).isSpace()) {
        --before;
    }
    if (before >= 0 && m_text.at(before).isDigit()) {
        return;
    }
    const Preposition preposition = TimeRules::preposition(m.capturedView(u"pre"));
    int year = m.hasCaptured(u"y") ? m.capturedView(u"y").toInt() : (m_letter.isValid() ? m_letter.year() : 0);
    if (year == 0) {
        add(m, preposition, TimeType::Month, Precision::Month, {}, {});
        return;
    }
    QDate start(year, monthNumber, 1);
    // Letters plan ahead: "voor juni" written in July means next June.
    if (!m.hasCaptured(u"y") && preposition.bound == Bound::Before && start.addMonths(1) <= m_letter) {
        start = start.addYears(1);
    }
    const auto [from, to] = TimeRules::modifiedRange(start, start.addMonths(1).addDays(-1), m.capturedView(u"mod"));
    const QDate date = TimeRules::modifierKind(m.capturedView(u"mod")) == 3 ? to : QDate();
    add(m, preposition, TimeType::Month, Precision::Month, from, to, date);
}

void Scan::season(const QRegularExpressionMatch &m)
{
    const QStringView det = m.capturedView(u"det");
    if (det.isEmpty() && !m.hasCaptured(u"pre") && !m.hasCaptured(u"y") && !m.hasCaptured(u"mod")) {
        return;
    }
    const Preposition preposition = TimeRules::preposition(m.capturedView(u"pre"));
    const QStringView name = m.capturedView(u"season");
    if (!m.hasCaptured(u"y") && !m_letter.isValid()) {
        add(m, preposition, TimeType::Month, Precision::Season, {}, {});
        return;
    }
    int year = m.hasCaptured(u"y") ? m.capturedView(u"y").toInt() : m_letter.year();
    auto range = TimeRules::seasonRange(name, year);
    if (!m.hasCaptured(u"y")) {
        const bool next = det.contains(u"komend", Qt::CaseInsensitive) || det.contains(u"volgend", Qt::CaseInsensitive);
        const bool last = det.contains(u"afgelopen", Qt::CaseInsensitive) || det.contains(u"vorig", Qt::CaseInsensitive);
        // "voor de zomer" written once that moment has passed means next
        // year's. For the summer the moment is the summer recess (a letter of
        // early June still promises something before this year's recess).
        QDate cutoff = range.first;
        if (preposition.bound == Bound::Before && name.compare(u"zomer", Qt::CaseInsensitive) == 0) {
            if (const auto recess = m_calendar.resolve(u"zomerreces", m_letter, EventQuery{ year, 0, {} }); recess && recess->start.year() == year) {
                cutoff = recess->start;
            }
        }
        if ((next && range.first <= m_letter) || (preposition.bound == Bound::Before && cutoff <= m_letter)) {
            range = TimeRules::seasonRange(name, year + 1);
        } else if (last && range.second >= m_letter) {
            range = TimeRules::seasonRange(name, year - 1);
        }
    }
    auto [from, to] = TimeRules::modifiedRange(range.first, range.second, m.capturedView(u"mod"));
    QDate date;
    // In Kamerbrieven "voor de zomer" means before the summer recess, the
    // deadline the Kamer itself works to; use it when the calendar knows it.
    if (name.compare(u"zomer", Qt::CaseInsensitive) == 0 && preposition.bound != Bound::At && !m.hasCaptured(u"mod")) {
        if (const auto recess = m_calendar.resolve(u"zomerreces", m_letter, EventQuery{ from.year(), 0, {} })) {
            date = preposition.bound == Bound::Before ? recess->start : recess->end;
        }
    }
    if (TimeRules::modifierKind(m.capturedView(u"mod")) == 3) {
        date = to;
    }
    add(m, preposition, TimeType::Month, Precision::Season, from, to, date);
}

void Scan::quarter(const QRegularExpressionMatch &m)
{
    static const QStringList ordinals = { u"eerste"_s, u"tweede"_s, u"derde"_s, u"vierde"_s, u"laatste"_s };
    int q = 0;
    if (m.hasCaptured(u"q")) {
        q = m.capturedView(u"q").toInt();
    } else if (m.hasCaptured(u"qn")) {
        q = m.capturedView(u"qn").toInt();
    } else {
        q = std::min(4, int(ordinals.indexOf(m.capturedView(u"qw").toString().toLower())) + 1);
    }
    const Preposition preposition = TimeRules::preposition(m.capturedView(u"pre"));
    int year = 0;
    if (m.hasCaptured(u"y")) {
        year = m.capturedView(u"y").toInt();
    } else if (m.hasCaptured(u"y2")) {
        year = m.capturedView(u"y2").toInt();
    } else if (m_letter.isValid()) {
        const QStringView rel = m.capturedView(u"rel");
        year = m_letter.year() + (rel.startsWith(u"vorig") ? -1 : (rel.isEmpty() || rel == u"dit") ? 0 : 1);
    }
    if (year == 0 || q < 1) {
        add(m, preposition, TimeType::Month, Precision::Quarter, {}, {});
        return;
    }
    QDate start(year, 3 * q - 2, 1);
    if (!m.hasCaptured(u"y") && !m.hasCaptured(u"y2") && !m.hasCaptured(u"rel") && preposition.bound == Bound::Before && start.addMonths(3) <= m_letter) {
        start = start.addYears(1);
    }
    add(m, preposition, TimeType::Month, Precision::Quarter, start, start.addMonths(3).addDays(-1));
}

void Scan::yearRange(const QRegularExpressionMatch &m)
{
    const int y1 = m.capturedView(u"y1").toInt();
    const int y2 = m.capturedView(u"y2").toInt();
    const QStringView pre = m.capturedView(u"pre");
    const QStringView conj = m.capturedView(u"conj");
    if (y2 <= y1 || y2 - y1 > 100 || (conj.compare(u"en", Qt::CaseInsensitive) == 0 && pre.compare(u"tussen", Qt::CaseInsensitive) != 0)) {
        return;
    }
    add(m, Preposition{ Bound::At, true, true }, TimeType::Period, Precision::Period, QDate(y1, 1, 1), QDate(y2, 12, 31));
}

void Scan::year(const QRegularExpressionMatch &m)
{
    if (!m.hasCaptured(u"pre") && !m.hasCaptured(u"mod")) {
        return;
    }
    const int y = m.capturedView(u"y").toInt();
    const Preposition preposition = TimeRules::preposition(m.capturedView(u"pre"));
    const QStringView mod = m.capturedView(u"mod");
    if (mod.isEmpty()) {
        add(m, preposition, TimeType::Period, Precision::Year, QDate(y, 1, 1), QDate(y, 12, 31));
        return;
    }
    const auto [from, to] = TimeRules::modifiedRange(QDate(y, 1, 1), QDate(y, 12, 31), mod);
    add(m, preposition, TimeType::Month, Precision::Quarter, from, to, TimeRules::modifierKind(mod) == 3 ? to : QDate());
}

void Scan::relative(const QRegularExpressionMatch &m)
{
    const QString which = m.capturedView(u"which").toString().toLower();
    const QString unit = m.capturedView(u"unit").toString().toLower();
    const QString mod = m.capturedView(u"mod").toString().toLower();
    const bool yearUnit = unit.endsWith(u"jaar"_s);
    if (which.isEmpty() && !(yearUnit && !mod.isEmpty() && m.capturedView(u"det").compare(u"het", Qt::CaseInsensitive) == 0)) {
        return; // "het jaar" alone, "drie jaar"
    }
    const Preposition preposition = TimeRules::preposition(m.capturedView(u"pre"));
    const TimeType type = unit == u"maand"_s ? TimeType::Month : TimeType::Period;
    const Precision precision = unit == u"maand"_s ? Precision::Month : yearUnit ? Precision::Year : Precision::Period;
    if (!m_letter.isValid()) {
        add(m, preposition, type, precision, {}, {});
        return;
    }
    const bool next = which.startsWith(u"volgend"_s) || which.startsWith(u"komend"_s) || which.startsWith(u"aanstaand"_s);
    const bool last = which.startsWith(u"vorig"_s);
    const bool past = which == u"afgelopen"_s;
    QDate start;
    QDate end;
    if (yearUnit) {
        const int y = m_letter.year() + (next ? 1 : last ? -1 : 0);
        start = QDate(y, 1, 1);
        end = QDate(y, 12, 31);
        if (past) {
            start = m_letter.addYears(-1);
            end = m_letter.addDays(-1);
        }
    } else if (unit == u"maand"_s) {
        start = QDate(m_letter.year(), m_letter.month(), 1).addMonths(next ? 1 : (last || past) ? -1 : 0);
        end = start.addMonths(1).addDays(-1);
    } else {
        start = m_letter.addDays(1 - m_letter.dayOfWeek()).addDays(next ? 7 : last ? -7 : 0);
        end = start.addDays(6);
        if (past) {
            start = m_letter.addDays(-7);
            end = m_letter.addDays(-1);
        }
    }
    if (mod == u"later"_s) {
        add(m, preposition, TimeType::Period, Precision::Period, std::max(start, m_letter.addDays(1)), end, end);
        return;
    }
    if (mod == u"eerder"_s) {
        add(m, preposition, TimeType::Period, Precision::Period, start, std::min(end, m_letter.addDays(-1)));
        return;
    }
    if (!mod.isEmpty()) {
        const auto [from, to] = TimeRules::modifiedRange(start, end, mod);
        add(m, preposition, TimeType::Month, yearUnit ? Precision::Quarter : precision, from, to, TimeRules::modifierKind(mod) == 3 ? to : QDate());
        return;
    }
    add(m, preposition, type, precision, start, end);
}

void Scan::plural(const QRegularExpressionMatch &m)
{
    const QString unit = m.capturedView(u"unit").toString().toLower();
    const QString count = m.capturedView(u"n").toString().toLower();
    if (unit == u"jaar"_s && count.isEmpty()) {
        return; // "het komende jaar" is a calendar year, read by relative()
    }
    int n = TimeWords::numberFromWord(count);
    if (n == 0) {
        // Coarse readings of "de komende weken", "enkele maanden".
        n = !count.isEmpty() ? 3 : unit.startsWith(u"dag"_s) ? 7 : unit.startsWith(u"week"_s) || unit.startsWith(u"weken"_s) ? 4 : 3;
    }
    const Preposition at{ Bound::At, true, true };
    if (!m_letter.isValid()) {
        add(m, at, TimeType::Period, Precision::Period, {}, {});
        return;
    }
    const bool ahead = m.capturedView(u"which").contains(u"komende", Qt::CaseInsensitive);
    if (ahead) {
        add(m, at, TimeType::Period, Precision::Period, m_letter.addDays(1), TimeRules::addUnits(m_letter, n, unit));
    } else {
        add(m, at, TimeType::Period, Precision::Period, TimeRules::addUnits(m_letter, -n, unit), m_letter.addDays(-1));
    }
}

void Scan::within(const QRegularExpressionMatch &m)
{
    int n = TimeWords::numberFromWord(m.capturedView(u"n"));
    QString unit = m.capturedView(u"unit").toString();
    if (n <= 0) {
        return;
    }
    if (m.hasCaptured(u"half")) {
        // "binnen een half jaar": half of n units, in the next smaller unit.
        if (!unit.startsWith(u"jaar"_s)) {
            return;
        }
        n *= 6;
        unit = u"maanden"_s;
    }
    const Preposition within{ Bound::Within, true, true };
    if (!m_letter.isValid()) {
        add(m, within, TimeType::Period, Precision::Period, {}, {});
        return;
    }
    add(m, within, TimeType::Period, Precision::Period, m_letter, TimeRules::addUnits(m_letter, n, unit));
}

void Scan::vague(const QRegularExpressionMatch &m)
{
    Candidate c;
    c.matchStart = c.start = m.capturedStart(0);
    c.matchEnd = c.end = m.capturedEnd(0);
    TimeExpression &e = c.expression;
    e.type = TimeType::Vague;
    e.precision = Precision::Vague;
    e.relation = Relation::Future;
    e.vague = m.hasCaptured(u"asap") ? u"asap"_s : m.hasCaptured(u"short") ? u"short-term"_s : m.hasCaptured(u"soon") ? u"soon"_s : u"later"_s;
    add(std::move(c));
}

void Scan::day(const QRegularExpressionMatch &m)
{
    const QString w = m.capturedView(u"w").toString().toLower();
    const int shift = w == u"vandaag"_s ? 0 : w == u"gisteren"_s ? -1 : w == u"eergisteren"_s ? -2 : w == u"morgen"_s ? 1 : 2;
    const QDate date = m_letter.isValid() ? m_letter.addDays(shift) : QDate();
    add(m, Preposition{ Bound::At, true, true }, TimeType::Date, Precision::Day, date, date);
}

void Scan::event(const QRegularExpressionMatch &m)
{
    const CalendarEvent *known = m_calendar.eventForName(m.capturedView(u"event"));
    if (!known) {
        return;
    }
    EventQuery query;
    query.year = m.hasCaptured(u"y2") ? m.capturedView(u"y2").toInt() : m.capturedView(u"y").toInt();
    query.month = m.hasCaptured(u"m") ? TimeWords::monthFromName(m.capturedView(u"m")) : 0;
    query.place = m.capturedView(u"place").toString();
    // Without a preposition or year, "de Europese Raad" is the institution,
    // not a moment; recesses and Prinsjesdag are moments by name.
    if (!m.hasCaptured(u"pre") && query.year == 0 && query.month == 0 && !known->standalone) {
        return;
    }
    qsizetype end = m.capturedEnd(0);
    const qsizetype beforeTail = std::max({ m.capturedEnd(u"event"), m.capturedEnd(u"compound"), m.capturedEnd(u"y") });
    auto occurrence = m_calendar.resolve(m.capturedView(u"event"), m_letter, query);
    if (!occurrence && !query.place.isEmpty()) {
        // "NAVO-top in Washington" when the calendar knows no such place:
        // the place and what follows are not part of the phrase.
        query.place.clear();
        query.month = 0;
        query.year = m.capturedView(u"y").toInt();
        end = beforeTail;
        occurrence = m_calendar.resolve(m.capturedView(u"event"), m_letter, query);
    }
    if (!occurrence && query.month != 0) {
        query.month = 0;
        query.year = m.capturedView(u"y").toInt();
        end = m.hasCaptured(u"place") ? m.capturedEnd(u"place") : beforeTail;
        occurrence = m_calendar.resolve(m.capturedView(u"event"), m_letter, query);
    }
    if (!occurrence) {
        return;
    }
    const Preposition preposition = TimeRules::preposition(m.capturedView(u"pre"));
    Candidate c;
    c.matchStart = m.capturedStart(0);
    c.matchEnd = end;
    c.start = preposition.inText ? m.capturedStart(0) : m.capturedStart(u"body");
    c.end = end;
    TimeExpression &e = c.expression;
    e.type = TimeType::Event;
    e.precision = eventPrecision(occurrence->start, occurrence->end);
    e.bound = preposition.bound;
    e.start = occurrence->start;
    e.end = occurrence->end;
    e.date = (preposition.bound == Bound::After && !preposition.inclusive) ? occurrence->end : occurrence->date;
    e.relation = TimeRules::relation(e.start, e.end, m_letter);
    e.event = occurrence->displayName;
    add(std::move(c));
}

} // namespace Promissa::TimePatterns
