// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/timewords.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Promissa::TimeWords
{

namespace
{

const std::array<QString, 12> &fullNames()
{
    static const std::array<QString, 12> names = { u"januari"_s,
        u"februari"_s,
        u"maart"_s,
        u"april"_s,
        u"mei"_s,
        u"juni"_s,
        u"juli"_s,
        u"augustus"_s,
        u"september"_s,
        u"oktober"_s,
        u"november"_s,
        u"december"_s };
    return names;
}

struct Abbreviation {
    QStringView word;
    int month;
};

// The abbreviations Dutch government texts use; "mar" and "oct" appear in
// texts written with English habits.
constexpr std::array<Abbreviation, 15> abbreviations = { { { u"jan", 1 },
    { u"feb", 2 },
    { u"febr", 2 },
    { u"mrt", 3 },
    { u"mar", 3 },
    { u"apr", 4 },
    { u"jun", 6 },
    { u"jul", 7 },
    { u"aug", 8 },
    { u"sep", 9 },
    { u"sept", 9 },
    { u"okt", 10 },
    { u"oct", 10 },
    { u"nov", 11 },
    { u"dec", 12 } } };

} // namespace

int monthFromName(QStringView word)
{
    if (word.endsWith(u'.')) {
        word.chop(1);
    }
    const auto &names = fullNames();
    for (int i = 0; i < 12; ++i) {
        if (word.compare(names[i], Qt::CaseInsensitive) == 0) {
            return i + 1;
        }
    }
    for (const auto &abbreviation : abbreviations) {
        if (word.compare(abbreviation.word, Qt::CaseInsensitive) == 0) {
            return abbreviation.month;
        }
    }
    return 0;
}

QString monthName(int month)
{
    if (month < 1 || month > 12) {
        return {};
    }
    return fullNames()[month - 1];
}

QString monthPattern()
{
    // Full names first; an abbreviation must end the word (optionally with a
    // dot), so "jun" never eats the start of "juni".
    return u"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
           "|(?:jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)(?:\\.|(?![\\p{L}])))"_s;
}

int numberFromWord(QStringView word)
{
    bool ok = false;
    const int value = word.toInt(&ok);
    if (ok) {
        return value;
    }
    static const std::array<QString, 13> words = {
        u"nul"_s, u"een"_s, u"twee"_s, u"drie"_s, u"vier"_s, u"vijf"_s, u"zes"_s, u"zeven"_s, u"acht"_s, u"negen"_s, u"tien"_s, u"elf"_s, u"twaalf"_s
    };
    for (int i = 1; i < 13; ++i) {
        if (word.compare(words[i], Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    if (word.compare(u"één", Qt::CaseInsensitive) == 0) {
        return 1;
    }
    return 0;
}

QString formatDay(QDate date, bool withYear)
{
    if (!date.isValid()) {
        return {};
    }
    QString text = QString::number(date.day()) + u' ' + monthName(date.month());
    if (withYear) {
        text += u' ' + QString::number(date.year());
    }
    return text;
}

QString formatRange(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || start == end) {
        return formatDay(start, false);
    }
    if (start.year() != end.year()) {
        return formatDay(start, true) + u" - "_s + formatDay(end, true);
    }
    if (start.month() == end.month()) {
        return QString::number(start.day()) + u'-' + formatDay(end, false);
    }
    return formatDay(start, false) + u" - "_s + formatDay(end, false);
}

} // namespace Promissa::TimeWords
