// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/pagefootnotes.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// A note rarely runs over more than a few lines; more means body text that
// happens to start with the next note number.
constexpr qsizetype maxLinesPerNote = 5;
constexpr int maxNoteNumber = 999;
// Acronyms with digits ("CO2", "G20", "F16") are no word with a marker.
constexpr qsizetype maxDigitAcronym = 3;

bool isQuoteOrBracket(QChar c)
{
    return c == u')' || c == u'"' || c == u'\'' || c == u'’' || c == u'”' || c == u']';
}

/// "12 Kamerstuk ..." -> 12 and where the note text starts; 0 when the line
/// is no note start.
int noteStart(QStringView line, qsizetype &textStart)
{
    qsizetype i = 0;
    int number = 0;
    while (i < line.size() && i < 3 && line.at(i).isDigit()) {
        number = number * 10 + line.at(i).digitValue();
        ++i;
    }
    if (i == 0 || i >= line.size() || line.at(i) != u' ' || number == 0)
        return 0;
    // "1 januari" could start a note, "2.000" or "1,2" never reach here; the
    // note text itself must start with a letter, a bracket or a quote.
    const qsizetype t = i + 1;
    if (t >= line.size() || !(line.at(t).isLetter() || line.at(t) == u'(' || line.at(t) == u'“' || line.at(t) == u'"'))
        return 0;
    textStart = t;
    return number;
}

// Four digits standing alone that end just before `end` and read as a year.
bool isYearEndingAt(QStringView line, qsizetype end)
{
    qsizetype y = end;
    while (y > 0 && line.at(y - 1).isDigit())
        --y;
    const bool standsAlone = y == 0 || !line.at(y - 1).isLetterOrNumber();
    const int year = end - y == 4 ? line.sliced(y, 4).toInt() : 0;
    return standsAlone && year >= 1900 && year <= 2099;
}

void appendNoteLine(QString &text, QStringView line)
{
    if (text.isEmpty()) {
        text = line.toString();
        return;
    }
    const bool hyphen = text.size() >= 2 && text.back() == u'-' && text.at(text.size() - 2).isLetter();
    if (hyphen && !line.isEmpty() && line.front().isLower())
        text.chop(1);
    else if (!hyphen)
        text.append(u' ');
    text.append(line);
}

} // namespace

qsizetype PageFootnotes::findMarker(QStringView line, int number, qsizetype from)
{
    if (number <= 0 || number > maxNoteNumber)
        return -1;
    const QString digits = QString::number(number);
    for (qsizetype i = line.indexOf(digits, from); i >= 0; i = line.indexOf(digits, i + 1)) {
        const qsizetype end = i + digits.size();
        if (i == 0)
            continue;
        if (end < line.size()) {
            const QChar after = line.at(end);
            if (after.isLetterOrNumber() || after == u'-' || after == u'/' || after == u'%')
                continue;
        }
        const QChar before = line.at(i - 1);
        if (before.isDigit()) {
            // A marker after a year: "20 december 20231" is 2023 and note 1.
            if (isYearEndingAt(line, i))
                return i;
            continue;
        }
        // After a year that ends a sentence: "ten opzichte van 2020.4". Dutch
        // groups thousands by three digits, so "2020.4" is no number; a
        // section number ("paragraaf 2.4") has no year before its point.
        if (before == u'.' && i >= 5 && isYearEndingAt(line, i - 1))
            return i;
        if (before.isLetter()) {
            qsizetype w = i - 1;
            bool lower = false;
            while (w >= 0 && line.at(w).isLetter()) {
                lower = lower || line.at(w).isLower();
                --w;
            }
            const qsizetype wordLength = i - 1 - w;
            if (w >= 0 && line.at(w).isDigit())
                continue;
            if (wordLength < 2 || (!lower && wordLength <= maxDigitAcronym))
                continue;
            return i;
        }
        if (before == u'.' && i >= 2 && line.at(i - 2).isLetter())
            return i; // "jl.1", "c.s.1", "geïnformeerd.3"
        if (isQuoteOrBracket(before) && i >= 2 && !line.at(i - 2).isSpace())
            return i;
    }
    return -1;
}

PageFootnotes::Result PageFootnotes::find(const QList<Line> &lines)
{
    Result result;
    QSet<qsizetype> noteLines;
    int expected = 1;
    qsizetype cursorLine = 0; // the next marker stands at or after this place
    qsizetype cursorPos = 0;

    qsizetype pageStart = 0;
    qsizetype previousPageStart = 0;
    while (pageStart < lines.size()) {
        const int page = lines.at(pageStart).page;
        qsizetype pageEnd = pageStart;
        while (pageEnd < lines.size() && lines.at(pageEnd).page == page)
            ++pageEnd;

        // Walk up from the foot of the page: each note start must be followed
        // by the next number (or by nothing); the first one numbered
        // `expected` opens the block.
        qsizetype blockStart = -1;
        int nextNumber = 0; // number of the note start below the current line
        qsizetype linesSinceStart = 0;
        for (qsizetype k = pageEnd - 1; k > pageStart; --k) {
            qsizetype t = 0;
            const int n = noteStart(lines.at(k).text, t);
            ++linesSinceStart;
            if (n == 0) {
                if (linesSinceStart > maxLinesPerNote)
                    break;
                continue;
            }
            if (nextNumber != 0 && n + 1 != nextNumber)
                break;
            if (nextNumber == 0 && linesSinceStart > maxLinesPerNote)
                break;
            if (n < expected)
                break;
            nextNumber = n;
            linesSinceStart = 0;
            // Normally the block opens with the next number; a block numbered
            // on from a note that was lost still counts.
            blockStart = k;
            if (n == expected)
                break;
        }

        if (blockStart >= 0) {
            // Markers are looked for from the last marker on, but not before
            // the previous page: a letter without markers stays linear.
            if (cursorLine < previousPageStart) {
                cursorLine = previousPageStart;
                cursorPos = 0;
            }
            auto findNext = [&](int number, Marker &marker) {
                for (qsizetype l = cursorLine; l < blockStart; ++l) {
                    if (noteLines.contains(l))
                        continue;
                    const qsizetype p = findMarker(lines.at(l).text, number, l == cursorLine ? cursorPos : 0);
                    if (p >= 0) {
                        marker = {number, l, p, QString::number(number).size()};
                        return true;
                    }
                }
                return false;
            };
            qsizetype t = 0;
            const int firstNumber = noteStart(lines.at(blockStart).text, t);
            Marker first;
            if (findNext(firstNumber, first)) {
                QList<Note> notes;
                for (qsizetype k = blockStart; k < pageEnd; ++k) {
                    qsizetype textStart = 0;
                    const int n = noteStart(lines.at(k).text, textStart);
                    if (n == firstNumber + notes.size()) {
                        notes.append(Note{n, lines.at(k).text.mid(textStart).toString(), {k}});
                    } else {
                        appendNoteLine(notes.last().text, lines.at(k).text);
                        notes.last().lines.append(k);
                    }
                    noteLines.insert(k);
                }
                auto advance = [&](const Marker &marker) {
                    result.markers.append(marker);
                    cursorLine = marker.line;
                    cursorPos = marker.position + marker.length;
                };
                advance(first);
                // Later notes of the block keep their text even when their
                // marker was lost in extraction.
                for (qsizetype k = 1; k < notes.size(); ++k) {
                    Marker marker;
                    if (findNext(notes.at(k).number, marker))
                        advance(marker);
                }
                expected = notes.last().number + 1;
                result.notes.append(notes);
            }
        }
        previousPageStart = pageStart;
        pageStart = pageEnd;
    }
    return result;
}

} // namespace Promissa
