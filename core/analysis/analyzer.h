// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"

#include <memory>

namespace Promissa
{

class EventCalendar;

struct AnalyzerOptions {
    QDate letterDate; ///< overrides the date inferred from the text when valid
};

/// Letter -> Analysis: the whole pipeline (time phrases, letter date,
/// commitments with deadlines, follow-ups, references). Build one and reuse
/// it: its patterns and calendar are set up once. Thread-safe for concurrent
/// analyze() calls (it holds no mutable state).
class Analyzer
{
public:
    Analyzer(); ///< with the built-in event calendar
    explicit Analyzer(const EventCalendar &calendar);
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    Analysis analyze(const Letter &letter, const AnalyzerOptions &options = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Promissa
