// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The analysis of a letter: the Dutch date grammar (TimeParser, against a
// letter date and without one) on the raw text, then the whole analyzer
// (commitments, actors, deadlines, references) on the letter the text
// parser makes of it.

#include "analysis/analyzer.h"
#include "analysis/eventcalendar.h"
#include "analysis/timeparser.h"
#include "fuzzchecks.h"
#include "import/letterparser.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Built once: both compile their patterns up front, as the app does.
    static const Promissa::Analyzer analyzer;
    static const Promissa::TimeParser timeParser(Promissa::EventCalendar::builtIn().value_or(Promissa::EventCalendar()));

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QDate letterDate : {QDate(2025, 3, 4), QDate()}) {
        for (const Promissa::TimeExpression &e : timeParser.parse(text, letterDate)) {
            if (!Promissa::FuzzChecks::inside(e.range, text.size()))
                __builtin_trap();
        }
    }
    const auto letter = Promissa::LetterParser::parse(text, u"fuzz.txt"_s);
    if (!letter)
        return 0;
    const Promissa::Analysis analysis = analyzer.analyze(*letter);
    for (const Promissa::Commitment &c : analysis.commitments) {
        if (!Promissa::FuzzChecks::inside(c.phrase, letter->text.size()))
            __builtin_trap();
    }
    return 0;
}
