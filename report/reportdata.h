// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "report/toezeggingexport.h"
#include "tracker/trackertypes.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace Promissa
{

class Tracker;

/// One commitment as a report shows it: the commitment, its last status
/// change (from the history) and its links in both directions.
struct ReportEntry {
    TrackedCommitment commitment;
    std::optional<HistoryEntry> lastStatusChange;
    QList<CommitmentLink> links;
};

/// Everything a report is made from, gathered once. Every renderer (PDF,
/// JSON, CSV, iCalendar, Toezegging) reads only this, so tests can build it in
/// memory and the app and the CLI share one way of filling it.
struct ReportData {
    QString title; ///< empty: the chosen language's default title
    CommitmentFilter filter; ///< what was asked for; shown on the title page
    QString database; ///< the tracker's location (displayLocation(): no password)
    QString author; ///< who made the report
    QDateTime generated;
    QDate today; ///< the reference day for "overdue" and "due in 30/90 days"
    QList<ReportEntry> entries; ///< the tracker's listing order (by deadline)
    QHash<qint64, TrackedLetter> letters; ///< every letter entries and links name, with text
    QHash<QString, QString> numbers; ///< commitment id -> number, for every link end

    QList<TrackedCommitment> commitments() const;
    ToezeggingSource toezeggingSource() const;
    /// The number of a commitment, or its id when the report does not know it.
    QString numberOf(const QString &commitmentId) const;
};

/// A tracker location as it may be printed: a URL without its password.
QString displayLocation(const QString &location);

/// What to gather.
struct ReportRequest {
    CommitmentFilter filter;
    QString title;
    QString author; ///< empty: the tracker's author
    QDateTime generated; ///< invalid: now
};

/// Reads the commitments the filter selects, their letters, last status
/// changes and links from the tracker; the numbers of link ends outside the
/// selection are looked up too.
Expected<ReportData> buildReportData(const Tracker &tracker, const ReportRequest &request);

} // namespace Promissa
