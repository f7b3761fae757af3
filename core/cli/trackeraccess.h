// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "cli/options.h"
#include "common/error.h"
#include "tracker/tracker.h"

namespace Promissa
{

/// Exit codes of the tracker commands, for scripts:
/// 0 done, 1 failed (bad input, I/O), 2 usage error, 3 not found,
/// 4 conflict (somebody else changed it first), 5 database refused.
int exitCodeFor(const Error &error);

/// Prints the error and returns its exit code.
int report(QTextStream &err, const Error &error);

/// Adds --db and --author to a command's options.
void addTrackerOptions(CommandLine &cl);

/// Adds the options that select commitments, shared by `list` and `report`:
/// --status, --kind, --due-from, --due-before, --overdue, --letter,
/// --ministry and --search.
void addFilterOptions(CommandLine &cl);

/// Reads those options (but --status) into a filter. Returns an exit code
/// (2, with the message printed) when one is wrong.
std::optional<int> commitmentFilterFromOptions(const CommandLine &cl, QTextStream &err, CommitmentFilter &filter);

/// Reads --status through the tracker's status vocabulary ("Openstaand",
/// "done", ...) into the filter. Returns 2 (message printed) for a word the
/// vocabulary does not know.
std::optional<int> statusFilterFromOptions(const CommandLine &cl, const Tracker &tracker, QTextStream &err, CommitmentFilter &filter);

/// Opens the tracker the command line names: --db, else $PROMISSA_DB, else
/// Tracker::defaultLocation(). --author, else $PROMISSA_AUTHOR, else the
/// account name. $PROMISSA_TODAY (YYYY-MM-DD) pins "today" for scripts and tests.
Expected<std::unique_ptr<Tracker>> openTracker(const CommandLine &cl, bool readOnly = false);

} // namespace Promissa
