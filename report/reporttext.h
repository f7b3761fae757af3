// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QHash>

#include <optional>

// The words of a report, in Dutch or English. A small table rather than
// tr(): the CLI loads no translation catalogue, and a report's language is
// the reader's choice (--language), not the program's locale.

namespace Promissa
{

enum class ReportLanguage { Dutch, English };
std::optional<ReportLanguage> reportLanguageFromName(QStringView name); ///< "nl", "en"

enum class GroupBy { Month, Letter, Status };
std::optional<GroupBy> groupByFromName(QStringView name); ///< "month", "letter", "status"

enum class Word {
    DefaultTitle,
    Subtitle,
    Filters,
    NoFilters,
    Database,
    Generated,
    Author,
    ReferenceDay,
    CommitmentCount,
    Summary,
    TotalCommitments,
    Overdue,
    Due30,
    Due90,
    OverdueExplained,
    ByStatus,
    ByKind,
    ByMinistry,
    Count,
    NoMinistry,
    DeadlinesPerMonth,
    DeadlinesPerQuarter,
    DeadlinesPerYear,
    NoDatedDeadlines,
    Commitments,
    ColumnNumber,
    ColumnCommitment,
    ColumnDeadline,
    ColumnStatus,
    NoDeadline,
    NoDate,
    OverdueMark,
    Actor,
    Kind,
    Owner,
    Ministry,
    Condition,
    Letter,
    Event,
    Since,
    WithoutDeadline,
    Continued,
    Appendix,
    AppendixIntro,
    Legend,
    MarkedCommitment,
    Page,
    FilterStatus,
    FilterKind,
    FilterMinistry,
    FilterDueFrom,
    FilterDueBefore,
    FilterOverdue,
    FilterLetter,
    FilterSearch,
    FilterRejected,
    FilterLimit,
    Repeats,
    RepeatedBy,
    Supplements,
    SupplementedBy,
    Changes,
    ChangedBy,
    FulfilledBy,
    Date,
    Reference,
    Amount,
    VagueTime,
    CommitmentMarker,
};

QString word(ReportLanguage language, Word w);

QString statusText(ReportLanguage language, Status status);
QString kindText(ReportLanguage language, CommitmentKind kind);
QString formatDate(ReportLanguage language, QDate date); ///< "4 maart 2025" / "4 March 2025"
QString formatShortDate(ReportLanguage language, QDate date); ///< "4 mrt 2025" / "4 Mar 2025"
QString formatDateTime(ReportLanguage language, const QDateTime &time); ///< "4 maart 2025, 14:05"
QString monthTitle(ReportLanguage language, QDate month); ///< "Maart 2025" / "March 2025"
QString shortMonth(ReportLanguage language, int month); ///< "mrt" / "Mar"

/// The filter as lines for the title page ("Status: Openstaand, Voldaan");
/// empty when nothing is filtered. `letters` names the letter of --letter.
QStringList describeFilter(ReportLanguage language, const CommitmentFilter &filter, const QHash<qint64, TrackedLetter> &letters);

/// "4 maart 2025, Stand van zaken Oekraïne" (or the file name without subject).
QString letterTitle(ReportLanguage language, const TrackedLetter &letter);

} // namespace Promissa
