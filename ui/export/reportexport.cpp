// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "export/reportexport.h"

#include "pdfreport.h"
#include "reportdata.h"
#include "reportjson.h"

#include "report/csvexport.h"
#include "report/icalendar.h"
#include "report/toezeggingexport.h"
#include "tracker/tracker.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
Expected<void> writeFile(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        //: Error; %1 is a file, %2 the system's reason
        return fail(ReportExport::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    return {};
}
} // namespace

QString ReportExport::suffix(ReportExportRequest::Format format)
{
    switch (format) {
    case ReportExportRequest::Format::Pdf:
        return u"pdf"_s;
    case ReportExportRequest::Format::Csv:
        return u"csv"_s;
    case ReportExportRequest::Format::Json:
    case ReportExportRequest::Format::Toezeggingen:
        return u"json"_s;
    case ReportExportRequest::Format::ICalendar:
        return u"ics"_s;
    }
    return {};
}

Expected<ReportExportResult> ReportExport::write(const Tracker &tracker, const KSyntaxHighlighting::Repository &repository, const ReportExportRequest &request)
{
    if (request.fileName.isEmpty())
        //: Error when exporting without a file name
        return fail(tr("No file was given to export to."));
    ReportRequest gather;
    gather.filter = request.filter;
    gather.title = request.title;
    gather.generated = request.generated.isValid() ? request.generated : QDateTime::currentDateTime();
    const auto data = buildReportData(tracker, gather);
    if (!data)
        return std::unexpected(data.error());

    ReportExportResult result;
    result.commitments = int(data->entries.size());
    const QList<TrackedCommitment> commitments = data->commitments();
    QByteArray bytes;
    switch (request.format) {
    case ReportExportRequest::Format::Pdf: {
        PdfReportOptions options;
        options.language = request.language;
        options.groupBy = request.groupBy;
        options.pdfA = request.pdfA;
        const auto pages = writePdfReport(*data, request.fileName, repository, options);
        if (!pages)
            return std::unexpected(pages.error());
        result.pages = *pages;
        return result;
    }
    case ReportExportRequest::Format::Csv:
        bytes = commitmentsToCsv(commitments, data->letters, data->today);
        break;
    case ReportExportRequest::Format::Json:
        bytes = QJsonDocument(reportToJson(*data)).toJson(QJsonDocument::Indented);
        break;
    case ReportExportRequest::Format::ICalendar: {
        ICalendarOptions calendar;
        calendar.stamp = data->generated;
        calendar.calendarName = data->title.isEmpty() ? word(request.language, Word::DefaultTitle) : data->title;
        calendar.english = request.language == ReportLanguage::English;
        result.events = int(std::ranges::count_if(commitments, [](const TrackedCommitment &c) {
            return !c.rejected && c.deadline.date.isValid();
        }));
        bytes = commitmentsToICalendar(commitments, data->letters, calendar);
        break;
    }
    case ReportExportRequest::Format::Toezeggingen:
        bytes = QJsonDocument(commitmentsToToezeggingen(data->toezeggingSource())).toJson(QJsonDocument::Indented);
        break;
    }
    if (auto written = writeFile(request.fileName, bytes); !written)
        return std::unexpected(written.error());
    return result;
}

} // namespace Promissa
