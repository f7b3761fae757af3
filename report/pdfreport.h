// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "reportdata.h"
#include "reporttext.h"

class QIODevice;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

struct PdfReportOptions {
    ReportLanguage language = ReportLanguage::Dutch;
    GroupBy groupBy = GroupBy::Month;
    bool pdfA = false; ///< PDF/A-1b, for archiving
};

/// The report an analyst hands to a committee, as an A4 PDF with embedded
/// fonts: a title page (title, selection, database, date, author); a summary
/// (counts by status, kind and ministry, overdue and due within 30 and 90
/// days, a bar chart of deadlines per month); the commitments in a table
/// grouped by deadline month, letter or status, whose header repeats on every
/// page; and an appendix with each commitment's paragraph, highlighted with
/// the Kamerbrief syntax definition from `repository`. Every page but the
/// first has a running header; every page has "Pagina X van Y" in its footer.
///
/// Needs a QGuiApplication (fonts); a headless program can use the
/// "offscreen" platform. Returns the number of pages.
Expected<int> writePdfReport(const ReportData &data,
                             QIODevice *device,
                             const KSyntaxHighlighting::Repository &repository,
                             const PdfReportOptions &options = {});

/// Same, into a file that is replaced only when the whole report was written.
Expected<int> writePdfReport(const ReportData &data,
                             const QString &fileName,
                             const KSyntaxHighlighting::Repository &repository,
                             const PdfReportOptions &options = {});

} // namespace Promissa
