// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "trackerfixture.h"

#include "messagebox.h"
#include "models/labels.h"
#include "models/letterlistmodel.h"
#include "panes/commitmentspane.h"
#include "panes/deadlinespane.h"
#include "panes/detailspane.h"
#include "panes/letterspane.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCharFormat>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

// The letters and deadlines panes, and what every pane offers assistive technology.
class TestPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void panesHaveAccessibleNames();
    void deadlinesPaneMarksTheRightDates();
    void lettersPaneFiltersAndActivates();

private:
    std::unique_ptr<TrackerFixture> m_fixture;
    qint64 m_example = 0;
    QStringList m_messages;
};

void TestPanes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No dialog may block a test; a message that appears is a failure.
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message.title + u": "_s + message.text);
    });
}

void TestPanes::init()
{
    m_messages.clear();
    m_fixture = std::make_unique<TrackerFixture>();
    QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->error()));
    m_example = m_fixture->importExample();
    QVERIFY2(m_example != 0, qPrintable(m_fixture->error()));
}

void TestPanes::cleanup()
{
    m_fixture.reset();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestPanes::panesHaveAccessibleNames()
{
    TrackerSession &session = m_fixture->session();
    LettersPane letters(session);
    CommitmentsPane commitments(session);
    DetailsPane details(session);
    DeadlinesPane deadlines(session);
    for (QWidget *pane : std::initializer_list<QWidget *>{&letters, &commitments, &details, &deadlines}) {
        QVERIFY2(!pane->accessibleName().isEmpty(), qPrintable(pane->objectName()));
        QVERIFY(!pane->objectName().isEmpty());
    }
    // Every input of the filter bar says what it is to a screen reader.
    for (const char *name : {"commitmentSearch", "statusFilter", "kindFilter", "ministryFilter", "dueFrom", "dueTo"}) {
        auto *field = commitments.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(field && !field->accessibleName().isEmpty(), name);
    }
    for (const char *name : {"statusCombo", "kindCombo", "actorEdit", "ownerEdit", "tagsEdit", "deadlineTextEdit", "deadlineDateEdit"}) {
        auto *field = details.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(field && !field->accessibleName().isEmpty(), name);
    }
}

void TestPanes::deadlinesPaneMarksTheRightDates()
{
    DeadlinesPane pane(m_fixture->session());
    pane.show();
    // It opens on the tracker's today: June 2025.
    QCOMPARE(pane.shownYear(), 2025);
    QCOMPARE(pane.shownMonth(), 6);
    CommitmentFilter june;
    june.statuses = {Status::Open, Status::PartlyDone};
    june.dueFrom = QDate(2025, 6, 1);
    june.dueBefore = QDate(2025, 7, 1);
    const auto due = m_fixture->tracker().commitments(june);
    QVERIFY(due && due->size() >= 2);
    QCOMPARE(pane.deadlineList()->topLevelItemCount(), int(due->size()));

    QSet<QDate> deadlineDays;
    QSet<QDate> overdueDays;
    for (const TrackedCommitment &c : *due) {
        deadlineDays.insert(c.deadline.date);
        if (c.isOverdue(TrackerFixture::pinnedToday()))
            overdueDays.insert(c.deadline.date);
    }
    QVERIFY(!overdueDays.isEmpty());
    QVERIFY(overdueDays.size() < deadlineDays.size());
    QCalendarWidget *calendar = pane.calendar();
    for (QDate day = QDate(2025, 6, 1); day <= QDate(2025, 6, 30); day = day.addDays(1)) {
        const QTextCharFormat format = calendar->dateTextFormat(day);
        const bool bold = format.fontWeight() == QFont::Bold;
        QVERIFY2(bold == deadlineDays.contains(day), qPrintable(day.toString(Qt::ISODate)));
        const bool red = format.hasProperty(QTextFormat::ForegroundBrush) && format.foreground().color() == Labels::overdueColor();
        QVERIFY2(red == overdueDays.contains(day), qPrintable(day.toString(Qt::ISODate)));
    }
    // The NAVO-top of 24-25 June stands beside them.
    bool navo = false;
    for (int i = 0; i < pane.eventList()->topLevelItemCount(); ++i)
        navo = navo || pane.eventList()->topLevelItem(i)->text(1).contains(u"NAVO"_s);
    QVERIFY(navo);
    QVERIFY(calendar->dateTextFormat(QDate(2025, 6, 24)).fontUnderline());

    // Choosing a deadline announces its commitment.
    QSignalSpy spy(&pane, &DeadlinesPane::commitmentSelected);
    pane.deadlineList()->setCurrentItem(pane.deadlineList()->topLevelItem(0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), due->first().id);

    // A finished commitment leaves the calendar.
    for (const TrackedCommitment &c : *due) {
        if (overdueDays.contains(c.deadline.date))
            QVERIFY(m_fixture->session().setStatus(c.id, Status::Done));
    }
    for (QDate day : std::as_const(overdueDays))
        QVERIFY(calendar->dateTextFormat(day).fontWeight() != QFont::Bold);

    // Another month: June's marks do not linger.
    calendar->setCurrentPage(2025, 7);
    QCOMPARE(pane.shownMonth(), 7);
    QVERIFY(calendar->dateTextFormat(QDate(2025, 6, 24)).fontWeight() != QFont::Bold);
    QCOMPARE(pane.deadlineList()->topLevelItemCount(), m_fixture->count([] {
                 CommitmentFilter july;
                 july.statuses = {Status::Open, Status::PartlyDone};
                 july.dueFrom = QDate(2025, 7, 1);
                 july.dueBefore = QDate(2025, 8, 1);
                 return july;
             }()));
}

void TestPanes::lettersPaneFiltersAndActivates()
{
    QVERIFY(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-04-22-ocw-laaggeletterdheid.txt"_s)) != 0);
    LettersPane pane(m_fixture->session());
    pane.resize(600, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QAbstractItemModel *model = pane.view()->model();
    QCOMPARE(model->rowCount(), 2);
    // Newest first.
    QVERIFY(model->index(0, LetterListModel::DateColumn).data(LetterListModel::SortRole).toDate()
            > model->index(1, LetterListModel::DateColumn).data(LetterListModel::SortRole).toDate());

    QTest::keyClicks(pane.filterEdit(), u"Buitenlandse"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(LetterListModel::IdRole).toLongLong(), m_example);
    QCOMPARE(model->index(0, LetterListModel::OpenColumn).data().toInt(), 20);

    QSignalSpy spy(&pane, &LettersPane::letterActivated);
    QTest::keyClick(pane.filterEdit(), Qt::Key_Down);
    QCOMPARE(pane.view()->currentIndex().row(), 0);
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_example);

    pane.filterEdit()->clear();
    QCOMPARE(model->rowCount(), 2);
}

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
