// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// The tracker data every report test and the report benchmark start from,
// built in memory without a database: the example letter, imported and
// analysed, its commitments given fixed ids, numbers, statuses, owners and
// ministries, some of them a deadline a user set by hand; status changes with
// reasons; links, among them the follow-up letter of 10 June 2025 that
// fulfils one. Today is pinned to 20 June 2025.
//
// Core types only, so that core tests (iCalendar, Toezegging) can use it.

#include "common/error.h"
#include "tracker/trackertypes.h"

#include <QHash>

namespace Promissa
{

struct ReportFixture {
    QList<TrackedCommitment> commitments;
    QHash<qint64, TrackedLetter> letters; ///< the example letter (1, with text) and the follow-up (2)
    QHash<QString, QList<CommitmentLink>> links; ///< by commitment id, both directions
    QHash<QString, HistoryEntry> lastStatusChange; ///< by commitment id
    QHash<QString, QString> numbers; ///< id -> number
    QDate today;
    QDateTime generated;

    /// The fixture repeated `copies` times over as many letters, deadlines
    /// spread over two years: the benchmark's 1,000 commitments.
    ReportFixture scaled(int copies) const;
};

Expected<ReportFixture> makeReportFixture();

/// Compares `actual` with tests/data/report/<name>; on a difference prints a
/// `diff -u` and returns false. With PROMISSA_UPDATE_REFERENCES=1 in the
/// environment it rewrites the reference instead (see regenerate.sh).
bool matchesReference(const QByteArray &actual, const QString &name);

} // namespace Promissa
