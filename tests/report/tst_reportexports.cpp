// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The report's data exports against committed references (CSV for Excel,
// JSON with every field), and the pieces of the PDF that are plain
// functions: the chart's buckets and the selection as text.

#include "barchart.h"
#include "fixturereportdata.h"
#include "reportjson.h"
#include "reporttext.h"

#include "report/csvexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestReportExports : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    static TrackedCommitment due(QDate date, Status status = Status::Open)
    {
        TrackedCommitment c;
        c.deadline = {u"x"_s, date, Precision::Day, {}};
        c.status = status;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto fixture = makeReportFixture();
        QVERIFY2(fixture, qPrintable(fixture ? QString() : fixture.error().message));
        m_fixture = *fixture;
    }

    void csvMatchesReference()
    {
        const QByteArray csv = commitmentsToCsv(m_fixture.commitments, m_fixture.letters, m_fixture.today);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFnumber;status;"));
        QCOMPARE(csv.count("\r\n"), m_fixture.commitments.size() + 1);
        QVERIFY(Promissa::matchesReference(csv, u"commitments.csv"_s));
    }

    void jsonMatchesReference()
    {
        const QByteArray json = QJsonDocument(reportToJson(fixtureReportData(m_fixture))).toJson(QJsonDocument::Indented);
        QVERIFY(Promissa::matchesReference(json, u"report.json"_s));
    }

    void jsonHasEveryField()
    {
        const QJsonObject report = reportToJson(fixtureReportData(m_fixture));
        for (const QString &key : {u"title"_s, u"generated"_s, u"today"_s, u"database"_s, u"author"_s, u"filter"_s, u"commitments"_s, u"letters"_s})
            QVERIFY2(report.contains(key), qPrintable(key));
        const QJsonArray commitments = report.value(u"commitments"_s).toArray();
        QCOMPARE(commitments.size(), m_fixture.commitments.size());
        // Every field of TrackedCommitment, and what the report adds.
        for (const QString &key : {u"id"_s,         u"number"_s,   u"letter"_s,        u"sentence"_s,     u"sentenceRange"_s, u"span"_s,
                                   u"text"_s,       u"phrase"_s,   u"kind"_s,          u"actor"_s,        u"actorName"_s,     u"actorFunction"_s,
                                   u"ministry"_s,   u"condition"_s, u"toegezegdAan"_s, u"activiteit"_s,   u"deadline"_s,      u"status"_s,
                                   u"fulfilledByLetter"_s, u"owner"_s, u"tags"_s,      u"origin"_s,       u"confidence"_s,    u"rejected"_s,
                                   u"touched"_s,    u"revision"_s, u"changedBy"_s,     u"changedAt"_s,    u"overdue"_s,       u"lastStatusChange"_s,
                                   u"links"_s}) {
            QVERIFY2(commitments.first().toObject().contains(key), qPrintable(key));
        }
        const QJsonObject done = commitments.at(1).toObject();
        QCOMPARE(done.value(u"lastStatusChange"_s).toObject().value(u"reason"_s).toString(), u"Afgedaan met de brief van 10 juni 2025"_s);
        QCOMPARE(done.value(u"fulfilledByLetter"_s).toInteger(), 2);
        for (const QJsonValue &c : commitments) {
            const bool open = c.toObject().value(u"status"_s).toString() == u"open";
            QCOMPARE(c.toObject().value(u"lastStatusChange"_s).isNull(), open);
        }
        QCOMPARE(report.value(u"letters"_s).toArray().size(), 2);
    }

    void chartBuckets_data()
    {
        QTest::addColumn<QList<QDate>>("deadlines");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("months-including-empty-ones")
            << QList<QDate>{QDate(2025, 3, 6), QDate(2025, 6, 25), QDate(2025, 6, 30)} << int(DeadlineChart::Scale::Month)
            << QStringList{u"mrt"_s, u"apr"_s, u"mei"_s, u"jun"_s};
        QTest::newRow("over-24-months-becomes-quarters") << QList<QDate>{QDate(2025, 1, 1), QDate(2027, 2, 1)} << int(DeadlineChart::Scale::Quarter)
                                                         << QStringList{u"K1"_s, u"K2"_s, u"K3"_s, u"K4"_s, u"K1"_s, u"K2"_s, u"K3"_s, u"K4"_s, u"K1"_s};
        QTest::newRow("over-24-quarters-becomes-years") << QList<QDate>{QDate(2025, 1, 1), QDate(2032, 1, 1)} << int(DeadlineChart::Scale::Year)
                                                        << QStringList{u"2025"_s, u"2026"_s, u"2027"_s, u"2028"_s, u"2029"_s, u"2030"_s, u"2031"_s, u"2032"_s};
        QTest::newRow("no-dated-deadline-no-chart") << QList<QDate>{QDate()} << int(DeadlineChart::Scale::Month) << QStringList{};
    }

    void chartBuckets()
    {
        QFETCH(QList<QDate>, deadlines);
        QFETCH(int, scale);
        QFETCH(QStringList, labels);
        QList<TrackedCommitment> commitments;
        for (QDate d : deadlines)
            commitments << due(d);
        const DeadlineChart chart = deadlineChart(commitments, ReportLanguage::Dutch);
        QCOMPARE(int(chart.scale), scale);
        QStringList got;
        int total = 0;
        for (const DeadlineChart::Bucket &b : chart.buckets) {
            got << b.label;
            total += b.total();
        }
        QCOMPARE(got, labels);
        QCOMPARE(total, labels.isEmpty() ? 0 : int(deadlines.size()));
        // Months and quarters name their year under the first bar; years need no second label.
        if (!chart.isEmpty() && chart.scale != DeadlineChart::Scale::Year)
            QCOMPARE(chart.buckets.first().yearLabel, QString::number(deadlines.first().year()));
    }

    void chartStacksByStatus()
    {
        const DeadlineChart chart = deadlineChart({due(QDate(2025, 6, 1)), due(QDate(2025, 6, 30), Status::Done), due(QDate(2025, 6, 2), Status::Done)},
                                                  ReportLanguage::English);
        QCOMPARE(chart.buckets.size(), 1);
        QCOMPARE(chart.buckets.first().label, u"Jun"_s);
        QCOMPARE(chart.buckets.first().counts[int(Status::Open)], 1);
        QCOMPARE(chart.buckets.first().counts[int(Status::Done)], 2);
        QCOMPARE(chart.maximum(), 3);
    }

    void selectionAsText_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<CommitmentFilter>("filter");
        QTest::addColumn<QStringList>("lines");
        CommitmentFilter none;
        QTest::newRow("nothing-filtered-no-lines") << int(ReportLanguage::Dutch) << none << QStringList{};
        CommitmentFilter several;
        several.statuses = {Status::Open, Status::PartlyDone};
        several.kinds = {CommitmentKind::Firm};
        several.dueBefore = QDate(2025, 7, 1);
        several.overdueOnly = true;
        several.letterId = 1;
        QTest::newRow("dutch-names-the-letter")
            << int(ReportLanguage::Dutch) << several
            << QStringList{u"Status: Openstaand, Deels voldaan"_s, u"Soort: Harde toezegging"_s, u"Deadline vóór: 1 juli 2025"_s,
                           u"Alleen toezeggingen over tijd"_s, u"Brief: 4 maart 2025, Actualisatie Nederlandse inzet ten aanzien van de Russische oorlog tegen Oekraïne"_s};
        CommitmentFilter search;
        search.text = u"munitie"_s;
        search.ministry = u"Defensie"_s;
        QTest::newRow("english") << int(ReportLanguage::English) << search << QStringList{u"Ministry: Defensie"_s, u"Search: “munitie”"_s};
    }

    void selectionAsText()
    {
        QFETCH(int, language);
        QFETCH(CommitmentFilter, filter);
        QFETCH(QStringList, lines);
        QCOMPARE(describeFilter(ReportLanguage(language), filter, m_fixture.letters), lines);
    }
};

QTEST_GUILESS_MAIN(TestReportExports)
#include "tst_reportexports.moc"
