// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "trackerfixture.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "models/commitmentfiltermodel.h"
#include "models/commitmenttablemodel.h"
#include "models/historymodel.h"
#include "models/labels.h"
#include "models/letterlistmodel.h"
#include "models/linkmodel.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QSet<QString> idsOf(const QList<TrackedCommitment> &commitments)
{
    QSet<QString> ids;
    for (const TrackedCommitment &c : commitments)
        ids.insert(c.id);
    return ids;
}

QSet<QString> idsShown(const QAbstractItemModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(CommitmentTableModel::IdRole).toString());
    return ids;
}

// The day a test deadline falls on: spread over two and a half years so that
// sorting has work to do, and every third commitment without a day.
QDate syntheticDeadline(int n)
{
    return QDate(2025, 1, 1).addDays((qint64(n) * 7919) % 900);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tableHoldsEveryCommitment();
    void tableKeepsRawValuesUnderRoles();
    void sortingUsesRawValues_data();
    void sortingUsesRawValues();
    void filterAgreesWithTheTracker_data();
    void filterAgreesWithTheTracker();
    void fullTextFollowsEdits();
    void statusEditUpdatesOneRow();
    void rejectingRemovesTheRowAndUndoBringsItBack();
    void letterCountsFollowEdits();
    void historyShowsTheReason();
    void linkModelsShowSuggestionsAndLinks();
    void tenThousandRowsResetAndSortQuickly();

private:
    std::unique_ptr<TrackerFixture> m_fixture;
    qint64 m_example = 0;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::init()
{
    m_fixture = std::make_unique<TrackerFixture>();
    QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->error()));
    m_example = m_fixture->importExample();
    QVERIFY2(m_example != 0, qPrintable(m_fixture->error()));
}

void TestModels::cleanup()
{
    m_fixture.reset();
}

void TestModels::tableHoldsEveryCommitment()
{
    CommitmentTableModel model(m_fixture->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(idsShown(model), idsOf(*all));
    QCOMPARE(model.columnCount(), int(CommitmentTableModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.index(row, 0).data(CommitmentTableModel::IdRole).toString()), row);
}

void TestModels::tableKeepsRawValuesUnderRoles()
{
    CommitmentTableModel model(m_fixture->session());
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all);
    int dated = 0;
    int overdue = 0;
    for (const TrackedCommitment &c : *all) {
        const int row = model.rowOf(c.id);
        QVERIFY(row >= 0);
        const auto at = [&](int column, int role) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(at(CommitmentTableModel::NumberColumn, Qt::DisplayRole).toString(), c.number);
        QCOMPARE(at(CommitmentTableModel::DeadlineColumn, CommitmentTableModel::SortRole).toDate(), c.deadline.date);
        QCOMPARE(at(CommitmentTableModel::StatusColumn, CommitmentTableModel::SortRole).toInt(), int(c.status));
        QCOMPARE(at(CommitmentTableModel::KindColumn, CommitmentTableModel::SortRole).toInt(), int(c.kind));
        QCOMPARE(at(0, CommitmentTableModel::LetterIdRole).toLongLong(), m_example);
        const bool late = c.isOverdue(TrackerFixture::pinnedToday());
        QCOMPARE(at(0, CommitmentTableModel::OverdueRole).toBool(), late);
        // Overdue rows are written in the overdue colour, the others in the view's own.
        QCOMPARE(at(CommitmentTableModel::PhraseColumn, Qt::ForegroundRole).isValid(), late);
        dated += c.deadline.date.isValid() ? 1 : 0;
        overdue += late ? 1 : 0;
    }
    // The example letter has a deadline before the pinned day and one after.
    QVERIFY(dated >= 2);
    QVERIFY(overdue >= 1 && overdue < dated);
}

void TestModels::sortingUsesRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("deadline by day, undated last") << int(CommitmentTableModel::DeadlineColumn);
    QTest::newRow("status in the register's order") << int(CommitmentTableModel::StatusColumn);
    QTest::newRow("kind in the enum's order") << int(CommitmentTableModel::KindColumn);
    QTest::newRow("number by its running count") << int(CommitmentTableModel::NumberColumn);
}

void TestModels::sortingUsesRawValues()
{
    QFETCH(int, column);
    // Make the statuses differ, so that their order is tested.
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all && all->size() >= 3);
    QVERIFY(m_fixture->session().setStatus(all->at(0).id, Status::Lapsed));
    QVERIFY(m_fixture->session().setStatus(all->at(1).id, Status::Done));
    QVERIFY(m_fixture->session().setStatus(all->at(2).id, Status::PartlyDone));

    CommitmentTableModel table(m_fixture->session());
    CommitmentFilterModel proxy(m_fixture->session(), &table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(column, order);
        QCOMPARE(proxy.rowCount(), table.rowCount());
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QModelIndex a = proxy.index(order == Qt::AscendingOrder ? row - 1 : row, column);
            const QModelIndex b = proxy.index(order == Qt::AscendingOrder ? row : row - 1, column);
            switch (column) {
            case CommitmentTableModel::DeadlineColumn: {
                const QDate da = a.data(CommitmentTableModel::DeadlineDateRole).toDate();
                const QDate db = b.data(CommitmentTableModel::DeadlineDateRole).toDate();
                const bool inOrder = !da.isValid() ? !db.isValid() : (!db.isValid() || da <= db);
                QVERIFY2(inOrder, qPrintable(u"%1 before %2"_s.arg(da.toString(Qt::ISODate), db.toString(Qt::ISODate))));
                break;
            }
            case CommitmentTableModel::StatusColumn:
                QVERIFY(a.data(CommitmentTableModel::StatusRole).toInt() <= b.data(CommitmentTableModel::StatusRole).toInt());
                break;
            case CommitmentTableModel::KindColumn:
                QVERIFY(a.data(CommitmentTableModel::KindRole).toInt() <= b.data(CommitmentTableModel::KindRole).toInt());
                break;
            case CommitmentTableModel::NumberColumn: {
                const QString na = a.data().toString();
                const QString nb = b.data().toString();
                QVERIFY2(na.section(u'-', -1).toInt() < nb.section(u'-', -1).toInt(), qPrintable(na + u" before "_s + nb));
                break;
            }
            }
        }
    }
}

void TestModels::filterAgreesWithTheTracker_data()
{
    // Every row is also asked of the tracker itself (SQL): the proxy, which
    // filters cached rows, must show exactly what the tracker would list.
    QTest::addColumn<CommitmentFilter>("filter");
    QTest::addColumn<bool>("narrows"); // the filter must hide some rows, but not all

    const auto make = [](auto fill) {
        CommitmentFilter f;
        fill(f);
        return f;
    };
    QTest::newRow("no filter shows all") << CommitmentFilter() << false;
    QTest::newRow("status open") << make([](CommitmentFilter &f) {
        f.statuses = {Status::Open};
    }) << true;
    QTest::newRow("status done or lapsed") << make([](CommitmentFilter &f) {
        f.statuses = {Status::Done, Status::Lapsed};
    }) << true;
    QTest::newRow("kind firm or effort") << make([](CommitmentFilter &f) {
        f.kinds = {CommitmentKind::Firm, CommitmentKind::Effort};
    }) << true;
    QTest::newRow("ministry of defence") << make([](CommitmentFilter &f) {
        f.ministry = u"Defensie"_s; // as the importer reads "Ministerie van Defensie"
    }) << true;
    QTest::newRow("due in June 2025") << make([](CommitmentFilter &f) {
        f.dueFrom = QDate(2025, 6, 1);
        f.dueBefore = QDate(2025, 7, 1);
    }) << true;
    QTest::newRow("due before the pinned day") << make([](CommitmentFilter &f) {
        f.dueBefore = TrackerFixture::pinnedToday();
    }) << true;
    QTest::newRow("overdue only") << make([](CommitmentFilter &f) {
        f.overdueOnly = true;
    }) << true;
    QTest::newRow("full text") << make([](CommitmentFilter &f) {
        f.text = u"sancties"_s;
    }) << true;
    QTest::newRow("full text and kind") << make([](CommitmentFilter &f) {
        f.text = u"Oekraïne"_s;
        f.kinds = {CommitmentKind::Ongoing};
    }) << true;
    QTest::newRow("full text that matches nothing") << make([](CommitmentFilter &f) {
        f.text = u"laaggeletterdheidxyz"_s;
    }) << false;
}

void TestModels::filterAgreesWithTheTracker()
{
    QFETCH(CommitmentFilter, filter);
    QFETCH(bool, narrows);
    // A second letter from another ministry, and a few statuses set.
    QVERIFY2(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-06-02-def-navo-top.txt"_s)) != 0, qPrintable(m_fixture->error()));
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all && all->size() > 20);
    QVERIFY(m_fixture->session().setStatus(all->at(3).id, Status::Done));
    QVERIFY(m_fixture->session().setStatus(all->at(5).id, Status::Lapsed));

    CommitmentTableModel table(m_fixture->session());
    CommitmentFilterModel proxy(m_fixture->session(), &table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(filter);
    const auto expected = m_fixture->tracker().commitments(filter);
    QVERIFY2(expected, qPrintable(expected.error().message));
    QCOMPARE(idsShown(proxy), idsOf(*expected));
    if (narrows) {
        QVERIFY2(proxy.rowCount() > 0, "the filter should keep some rows");
        QVERIFY2(proxy.rowCount() < table.rowCount(), "the filter should hide some rows");
    }
    // And back: an empty filter shows everything again.
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), table.rowCount());
}

void TestModels::fullTextFollowsEdits()
{
    CommitmentTableModel table(m_fixture->session());
    CommitmentFilterModel proxy(m_fixture->session(), &table);
    CommitmentFilter filter;
    filter.text = u"sancties"_s;
    proxy.setFilter(filter);
    const int before = proxy.rowCount();
    QVERIFY(before > 0);
    // A commitment the text matches is rejected: it leaves the filtered view.
    const QString id = proxy.index(0, 0).data(CommitmentTableModel::IdRole).toString();
    QVERIFY(m_fixture->session().setRejected(id, true, u"not a commitment"_s));
    QCOMPARE(proxy.rowCount(), before - 1);
    m_fixture->session().undoStack()->undo();
    QCOMPARE(proxy.rowCount(), before);
}

void TestModels::statusEditUpdatesOneRow()
{
    CommitmentTableModel model(m_fixture->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = model.index(7, 0).data(CommitmentTableModel::IdRole).toString();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(m_fixture->session().setStatus(id, Status::Done, u"sent"_s));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    const QModelIndex topLeft = changes.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changes.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 7);
    QCOMPARE(bottomRight.row(), 7);
    QCOMPARE(model.index(7, 0).data(CommitmentTableModel::StatusRole).toInt(), int(Status::Done));

    m_fixture->session().undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.index(7, 0).data(CommitmentTableModel::StatusRole).toInt(), int(Status::Open));
}

void TestModels::rejectingRemovesTheRowAndUndoBringsItBack()
{
    CommitmentTableModel model(m_fixture->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = model.index(4, 0).data(CommitmentTableModel::IdRole).toString();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_fixture->session().setRejected(id, true));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.rowOf(id), -1);
    // The rows after it moved up, and the index says so.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.index(row, 0).data(CommitmentTableModel::IdRole).toString()), row);

    m_fixture->session().undoStack()->undo();
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.rowOf(id) >= 0);
}

void TestModels::letterCountsFollowEdits()
{
    LetterListModel model(m_fixture->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const auto letters = m_fixture->tracker().letters();
    QVERIFY(letters && letters->size() == 1);
    const int open = letters->first().openCommitments;
    const int overdue = letters->first().overdueCommitments;
    QCOMPARE(open, 20);
    QVERIFY(overdue >= 1);
    QCOMPARE(model.index(0, LetterListModel::OpenColumn).data().toInt(), open);
    QCOMPARE(model.index(0, LetterListModel::OverdueColumn).data().toInt(), overdue);
    QCOMPARE(model.index(0, LetterListModel::DateColumn).data(LetterListModel::SortRole).toDate(), QDate(2025, 3, 4));
    QCOMPARE(model.index(0, LetterListModel::MinistryColumn).data().toString(), u"Ministerie van Buitenlandse Zaken"_s);

    // Finishing an overdue commitment lowers both counts, without a reset.
    CommitmentFilter late;
    late.overdueOnly = true;
    const auto lateOnes = m_fixture->tracker().commitments(late);
    QVERIFY(lateOnes && !lateOnes->isEmpty());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_fixture->session().setStatus(lateOnes->first().id, Status::Done));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, LetterListModel::OpenColumn).data().toInt(), open - 1);
    QCOMPARE(model.index(0, LetterListModel::OverdueColumn).data().toInt(), overdue - 1);

    // A new letter is a new row.
    QVERIFY(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-04-22-ocw-laaggeletterdheid.txt"_s)) != 0);
    QCOMPARE(model.rowCount(), 2);
}

void TestModels::historyShowsTheReason()
{
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all && !all->isEmpty());
    const QString id = all->first().id;
    HistoryModel model(m_fixture->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCommitmentId(id);
    const int before = model.rowCount();
    QVERIFY(m_fixture->session().setStatus(id, Status::PartlyDone, u"first half delivered"_s));
    QCOMPARE(model.rowCount(), before + 1);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, HistoryModel::FieldColumn).data(HistoryModel::FieldRole).toString(), u"status"_s);
    QCOMPARE(model.index(last, HistoryModel::ReasonColumn).data().toString(), u"first half delivered"_s);
    QCOMPARE(model.index(last, HistoryModel::AuthorColumn).data().toString(), u"tester"_s);
    QCOMPARE(model.entryAt(last).newValue, statusName(Status::PartlyDone));
    // The stored names are shown as the words the table uses.
    QCOMPARE(model.index(last, HistoryModel::NewValueColumn).data().toString(), Labels::status(Status::PartlyDone));
    model.setCommitmentId({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::linkModelsShowSuggestionsAndLinks()
{
    // The herstelsteun letter fulfils a commitment of the example letter.
    QVERIFY(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-06-10-bz-oekraine-herstelsteun.txt"_s)) != 0);
    const auto pending = m_fixture->tracker().suggestions();
    QVERIFY(pending && !pending->isEmpty());
    const LinkSuggestion suggestion = pending->first();
    const QString id = suggestion.toCommitment;

    LinkModel suggestions(m_fixture->session(), LinkModel::Contents::Suggestions);
    LinkModel links(m_fixture->session(), LinkModel::Contents::Links);
    QAbstractItemModelTester suggestionTester(&suggestions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester linkTester(&links, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&suggestions, &LinkModel::errorOccurred);
    suggestions.setCommitmentId(id);
    links.setCommitmentId(id);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    const auto mine = m_fixture->tracker().suggestions(id);
    QVERIFY(mine);
    QCOMPARE(suggestions.rowCount(), int(mine->size()));
    int row = -1;
    for (int i = 0; i < suggestions.rowCount(); ++i) {
        if (suggestions.index(i, 0).data(LinkModel::LinkIdRole).toLongLong() == suggestion.id)
            row = i;
    }
    QVERIFY(row >= 0);
    // Seen from the target, the link comes in: "fulfilled by", "repeated by"...
    QVERIFY(!suggestions.index(row, 0).data(LinkModel::OutgoingRole).toBool());
    QCOMPARE(suggestions.index(row, LinkModel::ScoreColumn).data(LinkModel::SortRole).toDouble(), suggestion.score);
    QVERIFY(!suggestions.index(row, LinkModel::EvidenceColumn).data().toString().isEmpty());
    QVERIFY(!suggestions.index(row, LinkModel::OtherColumn).data().toString().isEmpty());
    const int linksBefore = links.rowCount();

    QVERIFY(m_fixture->session().confirmSuggestion(suggestion.id));
    QCOMPARE(suggestions.rowCount(), int(mine->size()) - 1);
    QCOMPARE(links.rowCount(), linksBefore + 1);
    const QModelIndex made = links.index(links.rowCount() - 1, 0);
    if (suggestion.fromCommitment.isEmpty())
        QCOMPARE(made.data(LinkModel::OtherLetterRole).toLongLong(), suggestion.fromLetter);
    else
        QCOMPARE(made.data(LinkModel::OtherCommitmentRole).toString(), suggestion.fromCommitment);

    m_fixture->session().undoStack()->undo();
    QCOMPARE(suggestions.rowCount(), int(mine->size()));
    QCOMPARE(links.rowCount(), linksBefore);
}

void TestModels::tenThousandRowsResetAndSortQuickly()
{
    constexpr int Count = 10'000;
    // One long letter, one commitment per sentence, imported in one go. The
    // lines are longer than running headers, which the importer drops when
    // they repeat.
    QString text = u"Geachte voorzitter,\n"_s;
    static const QStringList topics{u"munitie"_s, u"sancties"_s, u"wederopbouw"_s, u"energie"_s, u"grenzen"_s, u"asiel"_s, u"stikstof"_s};
    for (int n = 1; n <= Count; ++n)
        text += u"Het kabinet zal de Kamer voor het einde van het jaar schriftelijk informeren over de voortgang op het gebied van %1 in dossier %2.\n"_s
                    .arg(topics.at(n % topics.size()))
                    .arg(n);
    text += u"Hoogachtend,\n"_s;
    auto letter = importLetterData(text.toUtf8(), u"tienduizend.txt"_s);
    QVERIFY2(letter, qPrintable(letter ? QString() : letter.error().message));
    Analysis analysis;
    analysis.letterDate = {QDate(2025, 1, 1), u"test"_s};
    static const QList<CommitmentKind> kinds{CommitmentKind::Firm,
                                             CommitmentKind::Ongoing,
                                             CommitmentKind::Effort,
                                             CommitmentKind::Intent,
                                             CommitmentKind::Conditional};
    for (int i = 0; i < letter->sentences.size() && analysis.commitments.size() < Count; ++i) {
        const TextRange range = letter->sentences.at(i).range;
        if (!letter->slice(range).startsWith(u"Het kabinet zal"))
            continue;
        const int n = int(analysis.commitments.size()) + 1;
        Commitment c;
        c.sentence = i;
        c.phrase = range;
        c.kind = kinds.at(n % kinds.size());
        c.actor = u"het kabinet"_s;
        c.confidence = 0.9;
        if (n % 3 != 0) {
            TimeExpression t;
            t.range = range;
            t.text = u"uiterlijk %1"_s.arg(n);
            t.bound = Bound::Before;
            t.start = t.end = t.date = syntheticDeadline(n);
            c.deadline = t;
        }
        analysis.commitments.append(c);
    }
    QCOMPARE(int(analysis.commitments.size()), Count);
    const auto imported = m_fixture->tracker().importLetter(*letter, analysis);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported->commitmentsAdded, Count);

    CommitmentTableModel table(m_fixture->session());
    CommitmentFilterModel proxy(m_fixture->session(), &table);
    proxy.sort(CommitmentTableModel::NumberColumn);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(int(m_fixture->tracker().commitments()->size()), Count + 20);
    const qint64 queryMs = timer.restart(); // the tracker's share of a reset
    table.reload(); // the proxy re-sorts on the reset
    const qint64 resetMs = timer.restart();
    proxy.sort(CommitmentTableModel::DeadlineColumn);
    const qint64 deadlineMs = timer.restart();
    proxy.sort(CommitmentTableModel::PhraseColumn);
    const qint64 phraseMs = timer.restart();
    CommitmentFilter filter;
    filter.overdueOnly = true;
    filter.kinds = {CommitmentKind::Firm, CommitmentKind::Effort};
    proxy.setFilter(filter);
    const qint64 filterMs = timer.elapsed();
    qInfo("%d rows: the tracker's query %lld ms; model reset and sort by number %lld ms, sort by deadline %lld ms, by phrase %lld ms, filter %lld ms",
          int(table.rowCount()), queryMs, resetMs, deadlineMs, phraseMs, filterMs);
    QCOMPARE(table.rowCount(), Count + 20);

    // Generous bounds (measured here: a few hundred ms for the reset in a
    // debug build on a busy machine); they catch a quadratic step, not noise.
    QVERIFY2(resetMs < 5000, qPrintable(u"reset took %1 ms"_s.arg(resetMs)));
    QVERIFY2(deadlineMs < 3000, qPrintable(u"sorting took %1 ms"_s.arg(deadlineMs)));
    QVERIFY2(phraseMs < 3000, qPrintable(u"sorting took %1 ms"_s.arg(phraseMs)));
    QVERIFY2(filterMs < 3000, qPrintable(u"filtering took %1 ms"_s.arg(filterMs)));

    // Sorted by number, PR-2025-10000 comes after PR-2025-9999: by its
    // running count, not as text.
    proxy.setFilter({});
    proxy.sort(CommitmentTableModel::NumberColumn, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, 0).data().toString().endsWith(u"-10020"_s));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
