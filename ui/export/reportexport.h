// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "reporttext.h"
#include "tracker/trackertypes.h"

#include <QCoreApplication>
#include <QDateTime>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

class Tracker;

/// What File > Export Report… writes: one file in one format, of the
/// commitments a filter selects.
struct ReportExportRequest {
    enum class Format { Pdf, Csv, Json, ICalendar, Toezeggingen };

    Format format = Format::Pdf;
    QString fileName;
    CommitmentFilter filter;
    QString title; ///< empty: the language's default title
    GroupBy groupBy = GroupBy::Month; ///< PDF only
    ReportLanguage language = ReportLanguage::Dutch; ///< PDF and iCalendar
    bool pdfA = false; ///< PDF only
    QDateTime generated; ///< invalid: now
};

struct ReportExportResult {
    int commitments = 0; ///< how many the filter selected
    int pages = 0; ///< PDF only
    int events = 0; ///< iCalendar only: the dated deadlines
};

/// Runs one export through the report library, the same code as
/// `promissa-cli report`: gathers the ReportData once (buildReportData) and
/// hands it to the chosen writer. The file is replaced only when it was
/// written completely. No widgets: the dialog and the tests call it alike.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(Promissa::ReportExport)

public:
    static Expected<ReportExportResult> write(const Tracker &tracker, const KSyntaxHighlighting::Repository &repository, const ReportExportRequest &request);

    /// The usual file extension of a format, without the dot.
    static QString suffix(ReportExportRequest::Format format);
};

} // namespace Promissa
