// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "export/exportdialog.h"

#include "messagebox.h"
#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
using Format = ReportExportRequest::Format;

// A row of check boxes; none checked means "any".
QWidget *checkRow(const QList<QCheckBox *> &boxes)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : boxes)
        layout->addWidget(box);
    layout->addStretch();
    return row;
}
} // namespace

ExportDialog::ExportDialog(TrackerSession &session,
                           const KSyntaxHighlighting::Repository &repository,
                           const CommitmentFilter &initial,
                           const QString &directory,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_repository(repository)
{
    setObjectName(u"exportDialog"_s);
    //: Window title of File > Export Report
    setWindowTitle(tr("Export Report"));

    m_format = new QComboBox;
    m_format->setObjectName(u"format"_s);
    //: Export format
    m_format->addItem(tr("PDF report for a committee"), int(Format::Pdf));
    //: Export format
    m_format->addItem(tr("CSV for a spreadsheet"), int(Format::Csv));
    //: Export format
    m_format->addItem(tr("JSON with every field"), int(Format::Json));
    //: Export format
    m_format->addItem(tr("iCalendar of the deadlines"), int(Format::ICalendar));
    //: Export format; "Toezegging" is the name of the Tweede Kamer's register, keep it
    m_format->addItem(tr("Toezegging register JSON"), int(Format::Toezeggingen));

    m_file = new QLineEdit(QDir(directory).filePath(u"toezeggingen.pdf"_s));
    m_file->setObjectName(u"fileName"_s);
    //: Accessible name of the export's file field
    m_file->setAccessibleName(tr("File to write"));
    //: Button next to the export file; opens a file dialog
    auto *browseButton = new QPushButton(tr("&Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_title = new QLineEdit;
    m_title->setObjectName(u"title"_s);
    //: Placeholder of the report title field
    m_title->setPlaceholderText(tr("Toezeggingen"));

    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(u"groupBy"_s);
    //: Export: group the PDF's table by the deadline's month
    m_groupBy->addItem(tr("Deadline month"), int(GroupBy::Month));
    //: Export: group the PDF's table by letter
    m_groupBy->addItem(tr("Letter"), int(GroupBy::Letter));
    //: Export: group the PDF's table by status
    m_groupBy->addItem(tr("Status"), int(GroupBy::Status));
    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    // Each language in its own name, as in the settings.
    m_language->addItem(u"Nederlands"_s, int(ReportLanguage::Dutch));
    m_language->addItem(u"English"_s, int(ReportLanguage::English));
    //: Export: PDF/A is the archiving form of PDF; keep "PDF/A"
    m_pdfA = new QCheckBox(tr("Write PDF/&A for archiving"));
    m_pdfA->setObjectName(u"pdfA"_s);

    auto *form = new QFormLayout;
    //: Export dialog
    form->addRow(tr("&Format:"), m_format);
    //: Export dialog
    form->addRow(tr("F&ile:"), fileRow);
    //: Export dialog: the report's title
    form->addRow(tr("&Title:"), m_title);
    //: Export dialog: how the PDF's table is grouped
    m_groupByLabel = new QLabel(tr("&Group by:"));
    m_groupByLabel->setBuddy(m_groupBy);
    form->addRow(m_groupByLabel, m_groupBy);
    //: Export dialog: the language of the report itself
    m_languageLabel = new QLabel(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_pdfA);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    //: Export dialog: the button that writes the file
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createFilterGroup(initial));
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    formatChanged();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createFilterGroup(const CommitmentFilter &initial)
{
    //: Group box in the export dialog; starts as the commitments table's filters
    auto *group = new QGroupBox(tr("Commitments to export"));

    QList<QCheckBox *> statusBoxes;
    for (Status status : Labels::statuses()) {
        auto *box = new QCheckBox(Labels::status(status));
        box->setObjectName(u"status_"_s + statusName(status));
        box->setChecked(initial.statuses.contains(status));
        m_statuses.insert(status, box);
        statusBoxes.append(box);
    }
    QList<QCheckBox *> kindBoxes;
    for (CommitmentKind kind : Labels::kinds()) {
        auto *box = new QCheckBox(Labels::kind(kind));
        box->setObjectName(u"kind_"_s + commitmentKindName(kind));
        box->setChecked(initial.kinds.contains(kind));
        m_kinds.insert(kind, box);
        kindBoxes.append(box);
    }

    m_ministry = new QComboBox;
    m_ministry->setObjectName(u"ministry"_s);
    //: Export filter: no restriction on the ministry
    m_ministry->addItem(tr("Any ministry"), QString());
    QStringList ministries;
    if (Tracker *tracker = m_session.tracker()) {
        for (const TrackedLetter &letter : tracker->letters().value_or(QList<TrackedLetter>())) {
            if (!letter.ministry.isEmpty() && !ministries.contains(letter.ministry))
                ministries.append(letter.ministry);
        }
    }
    ministries.sort(Qt::CaseInsensitive);
    for (const QString &ministry : std::as_const(ministries))
        m_ministry->addItem(ministry, ministry);
    m_ministry->setCurrentIndex(std::max(0, m_ministry->findData(initial.ministry)));

    const QDate today = m_session.tracker() ? m_session.tracker()->today() : QDate::currentDate();
    //: Export filter: followed by two dates
    m_dueRange = new QCheckBox(tr("&Due between"));
    m_dueRange->setObjectName(u"dueRange"_s);
    m_dueRange->setChecked(initial.dueFrom.isValid() || initial.dueBefore.isValid());
    m_dueFrom = new QDateEdit(initial.dueFrom.isValid() ? initial.dueFrom : today);
    m_dueFrom->setObjectName(u"dueFrom"_s);
    // The filter's end is exclusive; the field shows the last day included.
    m_dueTo = new QDateEdit(initial.dueBefore.isValid() ? initial.dueBefore.addDays(-1) : today.addMonths(3));
    m_dueTo->setObjectName(u"dueTo"_s);
    for (QDateEdit *edit : {m_dueFrom, m_dueTo}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(m_dueRange->isChecked());
        connect(m_dueRange, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    //: Accessible name of the first date of "Due between"
    m_dueFrom->setAccessibleName(tr("Due from"));
    //: Accessible name of the second date of "Due between"
    m_dueTo->setAccessibleName(tr("Due until"));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueRange);
    dueRow->addWidget(m_dueFrom);
    //: Between the two dates of "Due between … and …"
    dueRow->addWidget(new QLabel(tr("and")));
    dueRow->addWidget(m_dueTo);
    dueRow->addStretch();

    //: Export filter: only commitments whose deadline has passed
    m_overdue = new QCheckBox(tr("&Overdue only"));
    m_overdue->setObjectName(u"overdue"_s);
    m_overdue->setChecked(initial.overdueOnly);
    m_search = new QLineEdit(initial.text);
    m_search->setObjectName(u"search"_s);
    //: Placeholder of the export's search field
    m_search->setPlaceholderText(tr("Words in the commitment's text"));

    auto *form = new QFormLayout(group);
    //: Export filter; none checked means every status
    form->addRow(tr("Status:"), checkRow(statusBoxes));
    //: Export filter; none checked means every kind
    form->addRow(tr("Kind:"), checkRow(kindBoxes));
    //: Export filter
    form->addRow(tr("&Ministry:"), m_ministry);
    form->addRow(dueRow);
    form->addRow(QString(), m_overdue);
    //: Export filter: full-text search
    form->addRow(tr("&Search:"), m_search);
    //: Export dialog, under the filters
    auto *hint = new QLabel(tr("No status or kind checked means all of them."));
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    return group;
}

ReportExportRequest ExportDialog::request() const
{
    ReportExportRequest request;
    request.format = Format(m_format->currentData().toInt());
    request.fileName = QDir::fromNativeSeparators(m_file->text().trimmed());
    request.title = m_title->text().trimmed();
    request.groupBy = GroupBy(m_groupBy->currentData().toInt());
    request.language = ReportLanguage(m_language->currentData().toInt());
    request.pdfA = request.format == Format::Pdf && m_pdfA->isChecked();
    for (Status status : Labels::statuses()) {
        if (m_statuses.value(status)->isChecked())
            request.filter.statuses.append(status);
    }
    for (CommitmentKind kind : Labels::kinds()) {
        if (m_kinds.value(kind)->isChecked())
            request.filter.kinds.append(kind);
    }
    request.filter.ministry = m_ministry->currentData().toString();
    if (m_dueRange->isChecked()) {
        request.filter.dueFrom = m_dueFrom->date();
        request.filter.dueBefore = m_dueTo->date().addDays(1);
    }
    request.filter.overdueOnly = m_overdue->isChecked();
    request.filter.text = m_search->text().trimmed();
    return request;
}

void ExportDialog::formatChanged()
{
    const auto format = Format(m_format->currentData().toInt());
    const bool pdf = format == Format::Pdf;
    for (QWidget *widget : {static_cast<QWidget *>(m_groupBy), static_cast<QWidget *>(m_groupByLabel), static_cast<QWidget *>(m_pdfA)})
        widget->setEnabled(pdf);
    const bool language = pdf || format == Format::ICalendar;
    m_language->setEnabled(language);
    m_languageLabel->setEnabled(language);
    // The file keeps its name and takes the format's extension.
    const QString current = m_file->text().trimmed();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        m_file->setText(QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + u'.' + ReportExport::suffix(format))));
    }
}

void ExportDialog::browse()
{
    const auto format = Format(m_format->currentData().toInt());
    const QString pattern = u"*."_s + ReportExport::suffix(format);
    //: File dialog filter; %1 is a pattern such as *.pdf, keep the brackets
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Report"), m_file->text(), tr("Export files (%1)").arg(pattern));
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

bool ExportDialog::exportNow()
{
    Tracker *tracker = m_session.tracker();
    const ReportExportRequest wanted = request();
    Expected<ReportExportResult> written = fail(tr("No tracker is open."));
    if (tracker)
        written = ReportExport::write(*tracker, m_repository, wanted);
    if (!written) {
        //: Title of an error message; the text gives the reason
        MessageBox::critical(this, tr("Could not export the report"), written.error().message);
        return false;
    }
    m_result = *written;
    return true;
}

QString ExportDialog::summary() const
{
    const QString file = QDir::toNativeSeparators(request().fileName);
    if (m_result.pages > 0)
        //: Status bar after an export; %1 is the file, %2 the number of commitments
        return tr("Exported %1 (%n pages, %2 commitments)", nullptr, m_result.pages).arg(file).arg(m_result.commitments);
    //: Status bar after an export; %1 is the file
    return tr("Exported %n commitments to %1", nullptr, m_result.commitments).arg(file);
}

} // namespace Promissa
