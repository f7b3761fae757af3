// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/analyzer.h"

#include "analysis/commitmentdetector.h"
#include "analysis/eventcalendar.h"
#include "analysis/letterdate.h"
#include "analysis/referencefinder.h"
#include "analysis/timeparser.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace Promissa
{

struct Analyzer::Private {
    explicit Private(const EventCalendar &calendar)
        : times(calendar)
    {
    }

    TimeParser times;
    CommitmentDetector commitments;
    ReferenceFinder references;
};

namespace
{
EventCalendar builtInCalendar()
{
    auto calendar = EventCalendar::builtIn();
    if (!calendar) {
        // Compiled in, so this is a build defect; analyse without events
        // rather than not at all.
        qWarning().noquote() << calendar.error().message;
        return {};
    }
    return *calendar;
}
} // namespace

Analyzer::Analyzer()
    : Analyzer(builtInCalendar())
{
}

Analyzer::Analyzer(const EventCalendar &calendar)
    : d(std::make_unique<Private>(calendar))
{
}

Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(const Letter &letter, const AnalyzerOptions &options) const
{
    Analysis a;
    if (options.letterDate.isValid()) {
        a.letterDate = {options.letterDate, u"given explicitly (--date)"_s};
    } else {
        a.letterDate = inferLetterDate(letter, d->times);
        if (!a.letterDate.date.isValid()) {
            // Relative phrases need some anchor; today is the least surprising.
            a.letterDate.date = QDate::currentDate();
            a.letterDate.evidence += u"; using today's date, %1 (pass --date to set it)"_s.arg(a.letterDate.date.toString(Qt::ISODate));
        }
    }
    a.times = d->times.parse(letter.text, a.letterDate.date);
    // One parse of each sentence serves both commitments and follow-ups.
    CommitmentScan scan = d->commitments.scan(letter, a.times, a.letterDate.date);
    a.commitments = std::move(scan.commitments);
    a.followUps = std::move(scan.followUps);
    a.references = d->references.find(letter, a.times);
    return a;
}

} // namespace Promissa
