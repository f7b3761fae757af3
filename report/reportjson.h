// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "reportdata.h"

#include <QJsonObject>

namespace Promissa
{

/// The report as JSON with every field (`promissa-cli report --json`):
///   { "title", "generated", "today", "database", "author",
///     "filter": {statuses, kinds, ministry, dueFrom, dueBefore, overdueOnly,
///                includeRejected, letter, search, limit},
///     "commitments": [ commitmentToJson() + "overdue", "lastStatusChange"
///                      (historyEntryToJson or null), "links" (linkToJson) ],
///     "letters": [ trackedLetterToJson() ] }
/// Offsets count code points of the letter's text, as everywhere in our JSON.
QJsonObject reportToJson(const ReportData &data);

} // namespace Promissa
