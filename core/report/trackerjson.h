// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QJsonObject>

namespace Promissa
{

class CodePointIndex;

// JSON for tracker data: what `promissa-cli list/show/history --format json`
// print and what the JSON export writes. Field names are a contract, like
// analysisjson.h; fields may be added. Offsets count Unicode code points in
// the letter's text when an index of that text is given, else UTF-16 units
// are converted as they are (identical for text without surrogate pairs).

QJsonObject commitmentToJson(const TrackedCommitment &c, const CodePointIndex *letterText = nullptr);
QJsonObject trackedLetterToJson(const TrackedLetter &l);
QJsonObject historyEntryToJson(const HistoryEntry &h);
QJsonObject noteToJson(const Note &n, const CodePointIndex *letterText = nullptr);
QJsonObject linkToJson(const CommitmentLink &l);
QJsonObject suggestionToJson(const LinkSuggestion &s);
QJsonObject deadlineToJson(const Deadline &d);

} // namespace Promissa
