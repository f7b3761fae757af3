// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "reportcommand.h"

#include "pdfreport.h"
#include "reportjson.h"

#include "cli/trackeraccess.h"
#include "report/csvexport.h"
#include "report/icalendar.h"
#include "report/toezeggingexport.h"

#include <KSyntaxHighlighting/Repository>

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QTimeZone>

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
        return fail(u"%1: cannot write: %2"_s.arg(fileName, file.errorString()));
    return {};
}

// The moment the report says it was made: now, or SOURCE_DATE_EPOCH when a
// build or a test wants reproducible output.
QDateTime generatedAt()
{
    bool ok = false;
    const qint64 epoch = QProcessEnvironment::systemEnvironment().value(u"SOURCE_DATE_EPOCH"_s).toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC).toLocalTime() : QDateTime::currentDateTime();
}

} // namespace

int runReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Writes a report of the commitments the filters select: a PDF for a committee, "
                   u"CSV for Excel, JSON with every field, an iCalendar of deadlines, and the Tweede Kamer's "
                   u"Toezegging register shape. At least one output is required."_s);
    addTrackerOptions(cl);
    addFilterOptions(cl);
    const QList<QCommandLineOption> options{
        {u"pdf"_s, u"Write the PDF report here."_s, u"file"_s},
        {u"csv"_s, u"Write a CSV file here (';' and a byte-order mark: Excel with Dutch settings opens it as is)."_s, u"file"_s},
        {u"json"_s, u"Write JSON with every field here."_s, u"file"_s},
        {u"ics"_s, u"Write an iCalendar (.ics) of the dated deadlines here."_s, u"file"_s},
        {u"toezeggingen"_s, u"Write the commitments in the Tweede Kamer's open-data Toezegging shape (JSON) here."_s, u"file"_s},
        {u"group-by"_s, u"Group the PDF's table by month (of the deadline), letter or status (default month)."_s, u"group"_s, u"month"_s},
        {u"language"_s, u"Language of the PDF and the calendar: nl or en (default nl)."_s, u"language"_s, u"nl"_s},
        {u"pdfa"_s, u"Write the PDF as PDF/A-1b, for archiving."_s},
        {u"title"_s, u"The report's title (default: Toezeggingen / Commitments)."_s, u"title"_s},
    };
    cl.parser.addOptions(options);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    if (!cl.parser.positionalArguments().isEmpty())
        return cl.usageError(err, u"unexpected argument '%1'"_s.arg(cl.parser.positionalArguments().first()));

    const QString pdf = cl.parser.value(u"pdf"_s);
    const QString csv = cl.parser.value(u"csv"_s);
    const QString json = cl.parser.value(u"json"_s);
    const QString ics = cl.parser.value(u"ics"_s);
    const QString toezeggingen = cl.parser.value(u"toezeggingen"_s);
    if (pdf.isEmpty() && csv.isEmpty() && json.isEmpty() && ics.isEmpty() && toezeggingen.isEmpty())
        return cl.usageError(err, u"no output given (use --pdf, --csv, --json, --ics or --toezeggingen)"_s);
    const auto groupBy = groupByFromName(cl.parser.value(u"group-by"_s));
    if (!groupBy)
        return cl.usageError(err, u"--group-by: '%1' is not month, letter or status"_s.arg(cl.parser.value(u"group-by"_s)));
    const auto language = reportLanguageFromName(cl.parser.value(u"language"_s));
    if (!language)
        return cl.usageError(err, u"--language: '%1' is not nl or en"_s.arg(cl.parser.value(u"language"_s)));
    if (cl.parser.isSet(u"pdfa"_s) && pdf.isEmpty())
        return cl.usageError(err, u"--pdfa needs --pdf"_s);

    ReportRequest request;
    if (const auto code = commitmentFilterFromOptions(cl, err, request.filter))
        return *code;
    request.title = cl.parser.value(u"title"_s);
    request.generated = generatedAt();

    auto tracker = openTracker(cl, true);
    if (!tracker)
        return report(err, tracker.error());
    if (const auto code = statusFilterFromOptions(cl, **tracker, err, request.filter))
        return *code;
    const auto data = buildReportData(**tracker, request);
    if (!data)
        return report(err, data.error());
    const QString count = u"%1 commitments"_s.arg(data->entries.size());

    if (!pdf.isEmpty()) {
        // Loads the definitions, among them our Kamerbrief one from the resource.
        const KSyntaxHighlighting::Repository repository;
        PdfReportOptions pdfOptions;
        pdfOptions.language = *language;
        pdfOptions.groupBy = *groupBy;
        pdfOptions.pdfA = cl.parser.isSet(u"pdfa"_s);
        const auto pages = writePdfReport(*data, pdf, repository, pdfOptions);
        if (!pages)
            return report(err, pages.error());
        out << pdf << ": " << *pages << " pages, " << count << '\n';
    }
    const QList<TrackedCommitment> commitments = data->commitments();
    struct Output {
        QString fileName;
        QByteArray bytes;
        QString what;
    };
    QList<Output> files;
    if (!csv.isEmpty())
        files.append({csv, commitmentsToCsv(commitments, data->letters, data->today), count});
    if (!json.isEmpty())
        files.append({json, QJsonDocument(reportToJson(*data)).toJson(QJsonDocument::Indented), count});
    if (!ics.isEmpty()) {
        ICalendarOptions calendar;
        calendar.stamp = data->generated;
        calendar.calendarName = data->title.isEmpty() ? word(*language, Word::DefaultTitle) : data->title;
        calendar.english = *language == ReportLanguage::English;
        const auto dated = std::count_if(commitments.cbegin(), commitments.cend(), [](const TrackedCommitment &c) {
            return !c.rejected && c.deadline.date.isValid();
        });
        files.append({ics, commitmentsToICalendar(commitments, data->letters, calendar), u"%1 dated deadlines"_s.arg(dated)});
    }
    if (!toezeggingen.isEmpty())
        files.append({toezeggingen, QJsonDocument(commitmentsToToezeggingen(data->toezeggingSource())).toJson(QJsonDocument::Indented), count});
    for (const Output &file : std::as_const(files)) {
        if (const auto written = writeFile(file.fileName, file.bytes); !written)
            return report(err, written.error());
        out << file.fileName << ": " << file.what << '\n';
    }
    return 0;
}

} // namespace Promissa
