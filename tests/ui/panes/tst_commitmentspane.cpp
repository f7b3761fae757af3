// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "trackerfixture.h"

#include "messagebox.h"
#include "models/commitmentfiltermodel.h"
#include "models/commitmenttablemodel.h"
#include "panes/commitmentspane.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

// The status filter's entries carry the statuses they stand for as bits.
int statusBits(std::initializer_list<Status> statuses)
{
    int bits = 0;
    for (Status s : statuses)
        bits |= 1 << int(s);
    return bits;
}

} // namespace

// The table of all commitments and its filter bar, driven as a user does.
class TestCommitmentsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void commitmentsPaneShowsEveryCommitment();
    void comboFiltersNarrowTheTable_data();
    void comboFiltersNarrowTheTable();
    void overdueToggleAndClearFilters();
    void searchFieldUsesTheFullTextIndex();
    void deadlineRangeFilter();
    void clickingARowEmitsItsId();
    void selectCommitmentShowsItWithoutEcho();

private:
    std::unique_ptr<TrackerFixture> m_fixture;
    qint64 m_example = 0;
    QStringList m_messages;
};

void TestCommitmentsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No dialog may block a test; a message that appears is a failure.
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message.title + u": "_s + message.text);
    });
}

void TestCommitmentsPane::init()
{
    m_messages.clear();
    m_fixture = std::make_unique<TrackerFixture>();
    QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->error()));
    m_example = m_fixture->importExample();
    QVERIFY2(m_example != 0, qPrintable(m_fixture->error()));
}

void TestCommitmentsPane::cleanup()
{
    m_fixture.reset();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestCommitmentsPane::commitmentsPaneShowsEveryCommitment()
{
    CommitmentsPane pane(m_fixture->session());
    QCOMPARE(pane.view()->model()->rowCount(), 20);
    QCOMPARE(pane.view()->model()->columnCount(), int(CommitmentTableModel::ColumnCount));
    QVERIFY(pane.view()->isSortingEnabled());
    auto *countLabel = pane.findChild<QLabel *>(u"commitmentCount"_s);
    QVERIFY(countLabel);
    QVERIFY2(countLabel->text().contains(u"20"_s), qPrintable(countLabel->text()));

    // A new letter's commitments join the table.
    QVERIFY(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-06-02-def-navo-top.txt"_s)) != 0);
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all && all->size() > 20);
    QCOMPARE(pane.view()->model()->rowCount(), int(all->size()));
}

void TestCommitmentsPane::comboFiltersNarrowTheTable_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QVariant>("itemData");
    QTest::addColumn<CommitmentFilter>("expected");

    CommitmentFilter done;
    done.statuses = {Status::Done};
    QTest::newRow("status done") << u"statusFilter"_s << QVariant(statusBits({Status::Done})) << done;
    CommitmentFilter unfinished;
    unfinished.statuses = {Status::Open, Status::PartlyDone};
    QTest::newRow("status open or partly done") << u"statusFilter"_s << QVariant(statusBits({Status::Open, Status::PartlyDone})) << unfinished;
    CommitmentFilter firm;
    firm.kinds = {CommitmentKind::Firm};
    QTest::newRow("kind firm") << u"kindFilter"_s << QVariant(int(CommitmentKind::Firm)) << firm;
    CommitmentFilter conditional;
    conditional.kinds = {CommitmentKind::Conditional};
    QTest::newRow("kind conditional") << u"kindFilter"_s << QVariant(int(CommitmentKind::Conditional)) << conditional;
    CommitmentFilter defence;
    defence.ministry = u"Defensie"_s; // as the importer reads "Ministerie van Defensie"
    QTest::newRow("ministry of defence") << u"ministryFilter"_s << QVariant(defence.ministry) << defence;
}

void TestCommitmentsPane::comboFiltersNarrowTheTable()
{
    QFETCH(QString, combo);
    QFETCH(QVariant, itemData);
    QFETCH(CommitmentFilter, expected);
    QVERIFY(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-06-02-def-navo-top.txt"_s)) != 0);
    // Two finished ones, so that "done" has something to show.
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all && all->size() > 20);
    QVERIFY(m_fixture->session().setStatus(all->at(2).id, Status::Done));
    QVERIFY(m_fixture->session().setStatus(all->at(9).id, Status::Done));

    CommitmentsPane pane(m_fixture->session());
    auto *box = pane.findChild<QComboBox *>(combo);
    QVERIFY(box);
    const int index = box->findData(itemData);
    QVERIFY2(index > 0, qPrintable(itemData.toString()));
    box->setCurrentIndex(index);
    const int want = m_fixture->count(expected);
    QVERIFY(want > 0 && want < int(all->size()));
    QCOMPARE(pane.view()->model()->rowCount(), want);
    box->setCurrentIndex(0);
    QCOMPARE(pane.view()->model()->rowCount(), int(all->size()));
}

void TestCommitmentsPane::overdueToggleAndClearFilters()
{
    CommitmentsPane pane(m_fixture->session());
    pane.show();
    auto *overdue = pane.findChild<QCheckBox *>(u"overdueFilter"_s);
    QVERIFY(overdue);
    QTest::mouseClick(overdue, Qt::LeftButton);
    QVERIFY(overdue->isChecked());
    CommitmentFilter late;
    late.overdueOnly = true;
    const int want = m_fixture->count(late);
    QVERIFY(want > 0 && want < 20);
    QAbstractItemModel *model = pane.view()->model();
    QCOMPARE(model->rowCount(), want);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, 0).data(CommitmentTableModel::OverdueRole).toBool());
        QVERIFY(model->index(row, 0).data(CommitmentTableModel::DeadlineDateRole).toDate() < TrackerFixture::pinnedToday());
    }
    // Finishing the overdue commitment takes it off the overdue list.
    const QString id = model->index(0, 0).data(CommitmentTableModel::IdRole).toString();
    QVERIFY(m_fixture->session().setStatus(id, Status::Done));
    QCOMPARE(model->rowCount(), want - 1);
    m_fixture->session().undoStack()->undo();
    QCOMPARE(model->rowCount(), want);

    QTest::mouseClick(pane.findChild<QToolButton *>(u"clearFilters"_s), Qt::LeftButton);
    QVERIFY(!overdue->isChecked());
    QCOMPARE(model->rowCount(), 20);
}

void TestCommitmentsPane::searchFieldUsesTheFullTextIndex()
{
    CommitmentsPane pane(m_fixture->session());
    auto *search = pane.findChild<QLineEdit *>(u"commitmentSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"sancties"_s);
    CommitmentFilter filter;
    filter.text = u"sancties"_s;
    const int want = m_fixture->count(filter);
    QVERIFY(want > 0 && want < 20);
    // The search waits for the typing to pause.
    QTRY_COMPARE(pane.view()->model()->rowCount(), want);
    search->clear();
    QTRY_COMPARE(pane.view()->model()->rowCount(), 20);
}

void TestCommitmentsPane::deadlineRangeFilter()
{
    CommitmentsPane pane(m_fixture->session());
    pane.show();
    auto *range = pane.findChild<QCheckBox *>(u"dueRangeFilter"_s);
    auto *from = pane.findChild<QDateEdit *>(u"dueFrom"_s);
    auto *to = pane.findChild<QDateEdit *>(u"dueTo"_s);
    QVERIFY(range && from && to);
    QVERIFY(!from->isEnabled());
    QTest::mouseClick(range, Qt::LeftButton);
    QVERIFY(from->isEnabled());
    from->setDate(QDate(2025, 6, 1));
    to->setDate(QDate(2025, 6, 23));
    CommitmentFilter filter;
    filter.dueFrom = QDate(2025, 6, 1);
    filter.dueBefore = QDate(2025, 6, 24); // "until" includes its day
    const int want = m_fixture->count(filter);
    QVERIFY(want > 0 && want < 20);
    QCOMPARE(pane.view()->model()->rowCount(), want);
    // The NAVO-top on the 24th joins when the range takes in its day.
    to->setDate(QDate(2025, 6, 24));
    filter.dueBefore = QDate(2025, 6, 25);
    QVERIFY(m_fixture->count(filter) > want);
    QCOMPARE(pane.view()->model()->rowCount(), m_fixture->count(filter));
}

void TestCommitmentsPane::clickingARowEmitsItsId()
{
    CommitmentsPane pane(m_fixture->session());
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &CommitmentsPane::commitmentSelected);
    const QModelIndex index = pane.view()->model()->index(3, CommitmentTableModel::PhraseColumn);
    const QRect rect = pane.view()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), index.data(CommitmentTableModel::IdRole).toString());
    QCOMPARE(pane.currentCommitment(), index.data(CommitmentTableModel::IdRole).toString());
    // And by keyboard: Down moves to the next one.
    QTest::keyClick(pane.view(), Qt::Key_Down);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), pane.view()->model()->index(4, 0).data(CommitmentTableModel::IdRole).toString());
}

void TestCommitmentsPane::selectCommitmentShowsItWithoutEcho()
{
    CommitmentsPane pane(m_fixture->session());
    pane.resize(700, 220); // a few rows visible: the last one needs scrolling
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &CommitmentsPane::commitmentSelected);
    QAbstractItemModel *model = pane.view()->model();
    const QString last = model->index(model->rowCount() - 1, 0).data(CommitmentTableModel::IdRole).toString();
    pane.selectCommitment(last);
    QCOMPARE(pane.currentCommitment(), last);
    QCOMPARE(spy.count(), 0);
    const QRect rect = pane.view()->visualRect(pane.view()->currentIndex());
    QVERIFY(pane.view()->viewport()->rect().intersects(rect));

    // Hidden by a filter: the filters give way.
    auto *status = pane.findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(statusBits({Status::Done})));
    QCOMPARE(model->rowCount(), 0);
    const QString first = pane.tableModel()->rowAt(0).commitment.id;
    pane.selectCommitment(first);
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(model->rowCount(), 20);
    QCOMPARE(pane.currentCommitment(), first);
    QCOMPARE(spy.count(), 0);
}

QTEST_MAIN(TestCommitmentsPane)
#include "tst_commitmentspane.moc"
