// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/letterdate.h"

#include "analysis/timewords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

/// A date written with its year ("4 maart 2025", "04-03-2025").
bool isFullDate(const TimeExpression &e)
{
    static const QRegularExpression year(u"(?:19|20)\\d{2}"_s);
    return e.type == TimeType::Date && e.precision == Precision::Day && e.start.isValid() && e.start == e.end && e.text.contains(year);
}

bool endsWithJl(const QString &text)
{
    return text.endsWith(u"jl."_s, Qt::CaseInsensitive) || text.endsWith(u"jongstleden"_s, Qt::CaseInsensitive);
}

bool endsWithAs(const QString &text)
{
    return text.endsWith(u"a.s."_s, Qt::CaseInsensitive) || text.endsWith(u"aanstaande"_s, Qt::CaseInsensitive) ||
        text.endsWith(u"aanst."_s, Qt::CaseInsensitive);
}

/// The line around a position, trimmed: the paragraph (one per line).
TextRange lineAround(const QString &text, qsizetype pos)
{
    const qsizetype start = text.lastIndexOf(u'\n', pos) + 1;
    qsizetype end = text.indexOf(u'\n', pos);
    if (end < 0) {
        end = text.size();
    }
    return { start, end };
}

/// The sentences (or lines, for a letter without sentences) that hold a
/// "jl." or "a.s." word, in text order: the phrases that bound the letter
/// date stand there, so only they need parsing again; a full parse per
/// candidate year costs more than all the rest.
QList<TextRange> relativeDayRanges(const Letter &letter)
{
    static constexpr QStringView words[] = {u"jl.", u"jongstleden", u"a.s.", u"aanstaande", u"aanst."};
    const QString &text = letter.text;
    QList<TextRange> ranges;
    for (const QStringView word : words) {
        for (qsizetype p = text.indexOf(word, 0, Qt::CaseInsensitive); p >= 0; p = text.indexOf(word, p + word.size(), Qt::CaseInsensitive)) {
            const int s = letter.sentenceAt(p);
            const TextRange range = s >= 0 && letter.sentences.at(s).range.contains(p + word.size() - 1) ? letter.sentences.at(s).range : lineAround(text, p);
            ranges.append(range);
            p = std::max(p, range.end - word.size()); // one entry per range and word
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](TextRange a, TextRange b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
    return ranges;
}

QString quote(QStringView text)
{
    QString q = text.trimmed().toString();
    while (q.endsWith(u'.') || q.endsWith(u',')) {
        q.chop(1);
    }
    return u"'"_s + q + u"'"_s;
}

/// A dated line of its own: "Datum 12 mei 2024", "Den Haag, 3 juni 2024".
std::optional<LetterDate> datedLine(const Letter &letter, const QList<TimeExpression> &times)
{
    static const QRegularExpression datum(u"^\\s*datum\\s*:?\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression place(u"^\\s*\\p{Lu}[\\p{L}'. -]{1,40},\\s*$"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (const TimeExpression &e : times) {
        if (!isFullDate(e)) {
            continue;
        }
        const TextRange line = lineAround(letter.text, e.range.start);
        // What stands before and after the date on its line decides.
        const QStringView before = QStringView(letter.text).mid(line.start, e.range.start - line.start);
        const QStringView after = QStringView(letter.text).mid(e.range.end, line.end - e.range.end).trimmed();
        if (!after.isEmpty() && after != u".") {
            continue;
        }
        if (datum.matchView(before).hasMatch()) {
            return LetterDate{ e.start, u"Datum line "_s + quote(letter.slice(line)) };
        }
        if (place.matchView(before).hasMatch()) {
            return LetterDate{ e.start, u"dated closing line "_s + quote(letter.slice(line)) };
        }
    }
    return std::nullopt;
}

/// Where a full date stands, and whether the text calls that day "vandaag".
struct Evidence {
    QString where;
    bool today = false;
};

Evidence describe(const Letter &letter, const TimeExpression &e)
{
    static const QRegularExpression vandaag(
        u"(?<![\\p{L}])vandaag(?![\\p{L}])"_s, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const Footnote &note : letter.footnotes) {
        if (!note.range.contains(e.range.start)) {
            continue;
        }
        Evidence evidence;
        evidence.where =
            u"footnote "_s + QString::number(note.number) + u' ' + quote(QStringView(letter.text).mid(note.range.start, e.range.end - note.range.start));
        for (const qsizetype marker : note.markers) {
            const int s = letter.sentenceAt(marker > 0 ? marker - 1 : marker);
            const TextRange around = s >= 0 ? letter.sentences.at(s).range : lineAround(letter.text, marker);
            if (vandaag.matchView(letter.slice(around)).hasMatch()) {
                evidence.today = true;
            }
        }
        return evidence;
    }
    // No footnote structure (or a date in the body): the date's own line.
    const TextRange line = lineAround(letter.text, e.range.start);
    const qsizetype from = std::max(line.start, e.range.start - 30);
    qsizetype wordStart = from;
    while (wordStart > line.start && !letter.text.at(wordStart - 1).isSpace()) {
        --wordStart;
    }
    Evidence evidence;
    evidence.where = quote(QStringView(letter.text).mid(wordStart, e.range.end - wordStart));
    evidence.today = vandaag.matchView(letter.slice(line)).hasMatch();
    return evidence;
}

} // namespace

LetterDate inferLetterDate(const Letter &letter, const TimeParser &parser)
{
    if (letter.metadata.date.isValid()) {
        const QString shown = letter.metadata.dateText.isEmpty() ? TimeWords::formatDay(letter.metadata.date, true) : letter.metadata.dateText;
        return { letter.metadata.date, u"Datum line '"_s + shown + u"'"_s };
    }
    const QList<TimeExpression> times = parser.parse(letter.text, QDate());
    if (auto dated = datedLine(letter, times)) {
        return *dated;
    }

    QList<TimeExpression> full;
    for (const TimeExpression &e : times) {
        if (isFullDate(e) && e.bound == Bound::At) {
            full.append(e);
        }
    }
    if (full.isEmpty()) {
        return { QDate(), u"no evidence: no Datum line, no dated closing line and no date with a year in the text"_s };
    }

    // Dates with jl./a.s. but no year take the year of a full date; jl.
    // resolved from the last day of that year and a.s. from the first keeps
    // them in it. Each candidate is checked against the bounds of its year.
    struct Bounds {
        QDate latestJl;
        QDate earliestAs;
        bool fits(QDate d) const { return (!latestJl.isValid() || d >= latestJl) && (!earliestAs.isValid() || d <= earliestAs); }
    };
    const QList<TextRange> boundLines = relativeDayRanges(letter);
    QHash<int, Bounds> boundsByYear;
    const auto boundsFor = [&](int year) {
        if (const auto known = boundsByYear.constFind(year); known != boundsByYear.cend()) {
            return *known;
        }
        Bounds bounds;
        for (const TextRange line : std::as_const(boundLines)) {
            for (const TimeExpression &e : parser.parse(letter.slice(line), QDate(year, 12, 31), line.start)) {
                if (e.type == TimeType::Date && endsWithJl(e.text) && e.start.isValid() && (!bounds.latestJl.isValid() || e.start > bounds.latestJl)) {
                    bounds.latestJl = e.start;
                }
            }
            for (const TimeExpression &e : parser.parse(letter.slice(line), QDate(year, 1, 1), line.start)) {
                if (e.type == TimeType::Date && endsWithAs(e.text) && e.start.isValid() && (!bounds.earliestAs.isValid() || e.start < bounds.earliestAs)) {
                    bounds.earliestAs = e.start;
                }
            }
        }
        boundsByYear.insert(year, bounds);
        return bounds;
    };

    // A date the text calls today wins; then the latest full date that fits
    // between the jl. and a.s. dates; then the latest full date at all.
    std::sort(full.begin(), full.end(), [](const TimeExpression &a, const TimeExpression &b) {
        return a.start > b.start;
    });
    const TimeExpression *chosen = nullptr;
    Evidence evidence;
    for (const TimeExpression &e : std::as_const(full)) {
        const Evidence candidate = describe(letter, e);
        if (candidate.today && boundsFor(e.start.year()).fits(e.start)) {
            chosen = &e;
            evidence = candidate;
            break;
        }
    }
    if (!chosen) {
        for (const TimeExpression &e : std::as_const(full)) {
            if (boundsFor(e.start.year()).fits(e.start)) {
                chosen = &e;
                break;
            }
        }
        if (!chosen) {
            chosen = &full.first();
        }
        evidence = describe(letter, *chosen);
    }

    const Bounds bounds = boundsFor(chosen->start.year());
    QString text = evidence.where + (evidence.today ? u" with 'vandaag'"_s : u" (latest date with a year)"_s);
    if (bounds.latestJl.isValid()) {
        text += u"; latest jl. date "_s + TimeWords::formatDay(bounds.latestJl, false);
    }
    if (bounds.earliestAs.isValid()) {
        text += (bounds.latestJl.isValid() ? u", earliest a.s. date "_s : u"; earliest a.s. date "_s) + TimeWords::formatDay(bounds.earliestAs, false);
    }
    if (!bounds.fits(chosen->start)) {
        text += u" (the date does not fit between them)"_s;
    }
    return { chosen->start, text };
}

} // namespace Promissa
