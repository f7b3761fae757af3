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

bool isSeparatorChar(QChar c)
{
    return c.isSpace() || c == u'-';
}

/// Characters whose white space or letter status, or case folding, PCRE2
/// may see otherwise than QChar: with one of them in the text the key scan
/// could miss a match, so the parser scans the whole text instead.
bool isUncertain(char16_t c)
{
    return (c < 0x20 && (c < u'\t' || c > u'\r')) || c == 0x85 || c == 0x130 || c == 0x131 || c == 0x180e || (c >= 0x200b && c <= 0x200d) ||
        c == 0x2060 || c == 0xfeff || QChar::isSurrogate(c);
}

/// The leading letters of an alias: the key its matches contain.
QStringView leadingLetters(QStringView alias)
{
    qsizetype end = 0;
    while (end < alias.size() && alias.at(end).isLetter()) {
        ++end;
    }
    return alias.left(end);
}

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

TimeParser::TimeParser(EventCalendar calendar)
    : m_calendar(std::move(calendar)), m_eventPattern(buildEventPattern(m_calendar)), m_keyWords(TimePatterns::keyWords())
{
    m_eventPattern.optimize();
    static const QRegularExpression joiner(u"[\\s-]+"_s);
    qsizetype longest = 1;
    for (const CalendarEvent &event : m_calendar.events()) {
        for (const QString &alias : event.aliases) {
            const QStringView first = leadingLetters(alias);
            if (first.isEmpty() || first.size() > maxKeyLength) {
                m_eventKeysComplete = false;
                continue;
            }
            longest = std::max(longest, alias.split(joiner, Qt::SkipEmptyParts).size());
            if (alias == alias.toUpper()) {
                m_exactEventKeys.append(first.toString()); // matched case-sensitively
            } else {
                m_keyWords[first.toString().toCaseFolded()] |= 1u << EventPattern;
            }
        }
    }
    for (auto it = m_keyWords.cbegin(); it != m_keyWords.cend(); ++it) {
        addKeyShape(it.key());
    }
    for (const QString &key : std::as_const(m_exactEventKeys)) {
        addKeyShape(key.toCaseFolded());
    }
    m_eventReach = reach(EventPattern);
    m_eventReach.after += int(longest) - 1;
}

void TimeParser::addKeyShape(QStringView folded)
{
    // A word starting with an ASCII letter folds to one starting with it, so
    // keys with another first letter need no bit: such words are looked up.
    const char16_t first = folded.at(0).unicode();
    if (first >= u'a' && first <= u'z') {
        m_keyShapes[first - u'a'] |= 1u << folded.size();
    }
}

bool TimeParser::findKeys(QStringView text, KeyPositions &keys) const
{
    // Runs per character: ASCII is classified inline, the rest through QChar.
    const auto isLetter = [](char16_t c) {
        return c < 0x80 ? (c | 0x20) >= u'a' && (c | 0x20) <= u'z' : QChar::isLetter(c);
    };
    const auto isDigit = [](char16_t c) {
        return c < 0x80 ? c >= u'0' && c <= u'9' : QChar::isDigit(c);
    };
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    QString folded;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = data[i];
        qsizetype end = i + 1;
        if (isLetter(c)) {
            while (end < n && isLetter(data[end])) {
                ++end;
            }
            const qsizetype length = end - i;
            // "Q1 2025", "K3-2026": a capital Q or K right before 1-4.
            if (length == 1 && (c == u'Q' || c == u'K') && end < n && data[end] >= u'1' && data[end] <= u'4') {
                keys[QuarterPattern].append(i);
            }
            // Most words fail on their first letter and length alone.
            if (length > maxKeyLength || (c < 0x80 && !(m_keyShapes[(c | 0x20) - u'a'] & (1u << length)))) {
                i = end;
                continue;
            }
            folded.resize(length);
            char16_t *out = reinterpret_cast<char16_t *>(folded.data());
            for (qsizetype k = 0; k < length; ++k) {
                const char16_t w = data[i + k];
                out[k] = w < 0x80 ? char16_t(w | 0x20) : QChar::toCaseFolded(w);
            }
            quint32 mask = m_keyWords.value(folded);
            const QStringView word(data + i, length);
            if (std::any_of(m_exactEventKeys.cbegin(), m_exactEventKeys.cend(), [word](const QString &key) {
                    return word == key;
                })) {
                mask |= 1u << EventPattern;
            }
            for (int p = 0; mask != 0; ++p, mask >>= 1) {
                if (mask & 1u) {
                    keys[p].append(i);
                }
            }
        } else if (isDigit(c)) {
            while (end < n && isDigit(data[end])) {
                ++end;
            }
            const qsizetype length = end - i;
            const char16_t next = end < n ? data[end] : 0;
            // "3-4-2025", "03/04/2025", "2025-03-04": a day or an ISO year before its separator.
            if ((length <= 2 && (next == u'-' || next == u'/' || next == u'.')) || (length == 4 && next == u'-')) {
                keys[NumericPattern].append(i);
            }
            if (length == 4 && ((c == u'1' && data[i + 1] == u'9') || (c == u'2' && data[i + 1] == u'0'))) {
                keys[YearRangePattern].append(i);
                keys[YearPattern].append(i);
            }
        } else if (isUncertain(c)) {
            return false;
        }
        i = end;
    }
    return true;
}

QList<TimeExpression> TimeParser::parse(QStringView text, QDate letterDate, qsizetype offset) const
{
    Scan scan(text, letterDate, m_calendar);
    KeyPositions keys;
    if (findKeys(text, keys)) {
        if (!m_eventKeysComplete) {
            keys[EventPattern].clear(); // cannot say where event phrases are
        }
        scan.run(m_eventPattern, &keys, m_eventReach);
    } else {
        scan.run(m_eventPattern);
    }
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

namespace TimePatterns
{

// Beside the patterns' reach in timepatterns.cpp: one word of each pattern
// that all its matches contain.
const QHash<QString, quint32> &keyWords()
{
    static const QHash<QString, quint32> words = [] {
        QHash<QString, quint32> w;
        const auto add = [&w](Pattern pattern, std::initializer_list<QStringView> list) {
            for (const QStringView word : list) {
                w[word.toString()] |= 1u << pattern;
            }
        };
        const std::initializer_list<QStringView> months = { u"januari", u"februari", u"maart", u"april", u"mei", u"juni", u"juli", u"augustus",
            u"september", u"oktober", u"november", u"december", u"jan", u"febr", u"feb", u"mrt", u"mar", u"apr", u"jun", u"jul", u"aug", u"sept",
            u"sep", u"okt", u"oct", u"nov", u"dec" };
        add(DayMonthPattern, months);
        add(MonthPattern, months);
        add(SeasonPattern, { u"voorjaar", u"najaar", u"zomer", u"winter", u"lente", u"herfst" });
        add(QuarterPattern, { u"kwartaal" });
        add(RelativePattern, { u"jaar", u"kalenderjaar", u"begrotingsjaar", u"maand", u"week" });
        add(PluralPattern, { u"dagen", u"weken", u"maanden", u"jaren", u"jaar", u"kwartalen" });
        add(WithinPattern, { u"binnen" });
        // One word of each alternative; "z" is in "z.s.m." and "t.z.t.".
        add(VaguePattern, { u"snel", u"spoedig", u"vlug", u"z", u"zsm", u"termijn", u"onverwijld", u"binnenkort", u"eerdaags", u"afzienbare",
            u"nabije", u"enige", u"zijner", u"later", u"latere" });
        add(DayWordPattern, { u"vandaag", u"eergisteren", u"gisteren", u"overmorgen", u"morgen" });
        return w;
    }();
    return words;
}

// The windowed search of Scan::run. It lives here, beside the key scan that
// feeds it, so that timepatterns.cpp keeps to the patterns themselves.

void Scan::each(const QRegularExpression &re, Handler handler, const QList<qsizetype> *keys, Reach reach)
{
    if (!keys) {
        for (const QRegularExpressionMatch &m : re.globalMatchView(m_text)) {
            (this->*handler)(m);
        }
        return;
    }
    // Like a global match: the leftmost match at or after pos, then on from
    // its end. A match starting at or before a key is exactly the one a
    // full pass finds there, as everything it inspects lies in the window;
    // a match starting later is tried again from a later key.
    qsizetype pos = 0;
    for (const qsizetype key : *keys) {
        if (key < pos) {
            continue;
        }
        const qsizetype from = std::max(pos, windowStart(key, reach.before));
        const QRegularExpressionMatch m = re.matchView(m_text.left(windowEnd(key, reach.after)), from);
        if (!m.hasMatch() || m.capturedStart(0) > key) {
            continue;
        }
        (this->*handler)(m);
        pos = std::max(m.capturedEnd(0), m.capturedStart(0) + 1);
    }
}

// A separator is a maximal run of white space and hyphens with at least one
// white space in it: one \s token of a pattern never spans two of them.

qsizetype Scan::windowStart(qsizetype key, int separators) const
{
    qsizetype i = key;
    int crossed = 0;
    while (i > 0) {
        if (!isSeparatorChar(m_text.at(i - 1))) {
            --i;
            continue;
        }
        qsizetype j = i - 1;
        bool space = false;
        while (j >= 0 && isSeparatorChar(m_text.at(j))) {
            space = space || m_text.at(j).isSpace();
            --j;
        }
        if (space && ++crossed > separators) {
            return i;
        }
        i = j + 1;
    }
    return 0;
}

qsizetype Scan::windowEnd(qsizetype key, int separators) const
{
    // One chunk more than the reach, for look-aheads past the last token.
    const qsizetype n = m_text.size();
    qsizetype i = key;
    int crossed = 0;
    while (i < n) {
        if (!isSeparatorChar(m_text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool space = false;
        while (j < n && isSeparatorChar(m_text.at(j))) {
            space = space || m_text.at(j).isSpace();
            ++j;
        }
        if (space && ++crossed > separators + 1) {
            return i;
        }
        i = j;
    }
    return n;
}

} // namespace TimePatterns

} // namespace Promissa
