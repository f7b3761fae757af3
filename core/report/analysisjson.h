// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"

#include <QJsonObject>

namespace Promissa
{

/// One entry of the "letters" list of `promissa-cli analyze --format json`.
/// This JSON is a contract: the names below stay; fields may be added.
/// Offsets count Unicode code points in "text".
QJsonObject analysisToJson(const Letter &letter, const Analysis &analysis);

/// A readable report for a terminal.
QString analysisToText(const Letter &letter, const Analysis &analysis);

/// The same as Markdown, for pasting into notes and issues.
QString analysisToMarkdown(const Letter &letter, const Analysis &analysis);

/// The JSON "value" of a time phrase: a vague class, "YYYY-MM" for months,
/// quarters and seasons, else the ISO date of its representative day.
QString timeValue(const TimeExpression &t);

} // namespace Promissa
