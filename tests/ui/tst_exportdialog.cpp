// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "export/exportdialog.h"
#include "export/reportexport.h"
#include "messagebox.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <KSyntaxHighlighting/Repository>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString s_followUp = QStringLiteral(PROMISSA_TEST_DATA "/followups/kamerbrief-2025-05-20-bz-oekraine-planning.txt");
using Format = ReportExportRequest::Format;

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int csvRecords(const QByteArray &csv)
{
    int records = 0;
    bool quoted = false;
    for (char c : csv) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++records;
    }
    return records;
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogStartsFromTheTableFilters();
    void fileFollowsTheFormat_data();
    void fileFollowsTheFormat();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void filterNarrowsTheExport();
    void failureIsReportedAndTheDialogStays();

private:
    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<TrackerSession> m_session;
    QList<MessageBox::Message> m_messages;
    int m_total = 0;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
    });
    m_session = std::make_unique<TrackerSession>();
    TrackerOptions options;
    options.author = u"anna"_s;
    options.today = QDate(2025, 6, 10); // the example's deadlines fall around it
    QVERIFY(m_session->open(m_dir.filePath(u"export.promissa"_s), options));
    for (const QString &file : {s_example, s_followUp})
        QVERIFY(m_session->tracker()->importFile(file, m_session->analyzer()));
    m_total = int(m_session->tracker()->commitments(CommitmentFilter())->size());
    QVERIFY(m_total > 5);
}

void TestExportDialog::init()
{
    m_messages.clear();
}

void TestExportDialog::dialogStartsFromTheTableFilters()
{
    CommitmentFilter table;
    table.statuses = {Status::Open, Status::PartlyDone};
    table.kinds = {CommitmentKind::Firm};
    table.ministry = m_session->tracker()->letters()->constFirst().ministry;
    QVERIFY(!table.ministry.isEmpty());
    table.dueFrom = QDate(2025, 5, 1);
    table.dueBefore = QDate(2025, 9, 1);
    table.overdueOnly = true;
    table.text = u"Oekraïne"_s;

    ExportDialog dialog(*m_session, m_repository, table, m_dir.path());
    const CommitmentFilter asked = dialog.request().filter;
    QCOMPARE(asked.statuses, table.statuses);
    QCOMPARE(asked.kinds, table.kinds);
    QCOMPARE(asked.ministry, table.ministry);
    QCOMPARE(asked.dueFrom, table.dueFrom);
    QCOMPARE(asked.dueBefore, table.dueBefore);
    QCOMPARE(asked.overdueOnly, true);
    QCOMPARE(asked.text, table.text);
    // The range is shown inclusive: its last day, not the day after.
    QCOMPARE(dialog.findChild<QDateEdit *>(u"dueTo"_s)->date(), QDate(2025, 8, 31));

    // An empty table filter exports everything.
    ExportDialog all(*m_session, m_repository, CommitmentFilter(), m_dir.path());
    const CommitmentFilter none = all.request().filter;
    QVERIFY(none.statuses.isEmpty() && none.kinds.isEmpty() && none.ministry.isEmpty());
    QVERIFY(!none.dueFrom.isValid() && !none.dueBefore.isValid() && !none.overdueOnly && none.text.isEmpty());
}

void TestExportDialog::fileFollowsTheFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("pdfOptions");
    QTest::addColumn<bool>("language");
    QTest::newRow("pdf-has-grouping-language-and-pdfa") << int(Format::Pdf) << u"pdf"_s << true << true;
    QTest::newRow("csv-has-neither") << int(Format::Csv) << u"csv"_s << false << false;
    QTest::newRow("json") << int(Format::Json) << u"json"_s << false << false;
    QTest::newRow("icalendar-has-a-language") << int(Format::ICalendar) << u"ics"_s << false << true;
    QTest::newRow("toezeggingen-is-json") << int(Format::Toezeggingen) << u"json"_s << false << false;
}

void TestExportDialog::fileFollowsTheFormat()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    QFETCH(bool, pdfOptions);
    QFETCH(bool, language);
    ExportDialog dialog(*m_session, m_repository, CommitmentFilter(), m_dir.path());
    auto *formats = dialog.findChild<QComboBox *>(u"format"_s);
    // From another format, so that the change is seen.
    formats->setCurrentIndex(formats->findData(format == int(Format::Csv) ? int(Format::Pdf) : int(Format::Csv)));
    formats->setCurrentIndex(formats->findData(format));
    const QString file = dialog.request().fileName;
    QCOMPARE(QFileInfo(file).suffix(), suffix);
    QCOMPARE(QFileInfo(file).completeBaseName(), u"toezeggingen"_s);
    QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    QCOMPARE(dialog.findChild<QComboBox *>(u"groupBy"_s)->isEnabled(), pdfOptions);
    QCOMPARE(dialog.findChild<QCheckBox *>(u"pdfA"_s)->isEnabled(), pdfOptions);
    QCOMPARE(dialog.findChild<QComboBox *>(u"language"_s)->isEnabled(), language);
}

void TestExportDialog::writesEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << int(Format::Pdf);
    QTest::newRow("csv") << int(Format::Csv);
    QTest::newRow("json") << int(Format::Json);
    QTest::newRow("icalendar") << int(Format::ICalendar);
    QTest::newRow("toezeggingen") << int(Format::Toezeggingen);
}

void TestExportDialog::writesEveryFormat()
{
    QFETCH(int, format);
    ReportExportRequest request;
    request.format = Format(format);
    request.fileName = m_dir.filePath(u"all-%1.%2"_s.arg(format).arg(ReportExport::suffix(request.format)));
    request.generated = QDateTime(QDate(2025, 6, 10), QTime(12, 0));
    const auto written = ReportExport::write(*m_session->tracker(), m_repository, request);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->commitments, m_total);
    const QByteArray bytes = readAll(request.fileName);
    QVERIFY(!bytes.isEmpty());

    switch (request.format) {
    case Format::Pdf: {
        QVERIFY(bytes.startsWith("%PDF-"));
        static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
        QCOMPARE(int(std::ranges::distance(page.globalMatch(QString::fromLatin1(bytes)))), written->pages);
        // A title page, a summary and the table at least.
        QVERIFY2(written->pages >= 3, qPrintable(QString::number(written->pages)));
        break;
    }
    case Format::Csv:
        QCOMPARE(csvRecords(bytes), m_total + 1);
        break;
    case Format::Json:
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"commitments"_s).toArray().size(), m_total);
        break;
    case Format::ICalendar:
        QVERIFY(written->events > 0);
        QCOMPARE(int(bytes.count("BEGIN:VEVENT")), written->events);
        break;
    case Format::Toezeggingen:
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"value"_s).toArray().size(), m_total);
        break;
    }
}

void TestExportDialog::filterNarrowsTheExport()
{
    ExportDialog dialog(*m_session, m_repository, CommitmentFilter(), m_dir.path());
    auto *formats = dialog.findChild<QComboBox *>(u"format"_s);
    formats->setCurrentIndex(formats->findData(int(Format::Csv)));
    dialog.findChild<QCheckBox *>(u"kind_firm"_s)->setChecked(true);
    auto *ministry = dialog.findChild<QComboBox *>(u"ministry"_s);
    QVERIFY(ministry->count() >= 2); // "any" and the letters' ministry
    ministry->setCurrentIndex(1);
    CommitmentFilter expected;
    expected.kinds = {CommitmentKind::Firm};
    expected.ministry = ministry->currentData().toString();
    const int count = int(m_session->tracker()->commitments(expected)->size());
    QVERIFY(count > 0 && count < m_total);

    QVERIFY(dialog.exportNow());
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(dialog.exportResult().commitments, count);
    QCOMPARE(csvRecords(readAll(dialog.request().fileName)), count + 1);
    QVERIFY(dialog.summary().contains(QString::number(count)));
}

void TestExportDialog::failureIsReportedAndTheDialogStays()
{
    ExportDialog dialog(*m_session, m_repository, CommitmentFilter(), m_dir.filePath(u"no-such-folder"_s));
    auto *formats = dialog.findChild<QComboBox *>(u"format"_s);
    formats->setCurrentIndex(formats->findData(int(Format::Json)));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst().icon, MessageBox::Icon::Critical);
    QVERIFY2(m_messages.constFirst().text.contains(u"toezeggingen.json"_s), qPrintable(m_messages.constFirst().text));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
