// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "trackerfixture.h"

#include "messagebox.h"
#include "models/historymodel.h"
#include "models/labels.h"
#include "models/linkmodel.h"
#include "panes/addlinkdialog.h"
#include "panes/commitmentlinkswidget.h"
#include "panes/detailspane.h"
#include "panes/noteswidget.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

// The details of one commitment: every edit goes through the session and undoes.
class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void detailsStatusChangeAsksForAReasonAndUndoes();
    void detailsStatusChangeCanBeCancelled();
    void detailsOwnerTagsAndDeadlineEdits();
    void detailsConfirmsASuggestion();
    void detailsRejectsASuggestion();
    void detailsAddsALinkBySearching();
    void detailsFollowsALink();
    void detailsAddsANote();

private:
    std::unique_ptr<TrackerFixture> m_fixture;
    qint64 m_example = 0;
    QStringList m_messages;
};

void TestDetailsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No dialog may block a test; a message that appears is a failure.
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message.title + u": "_s + message.text);
    });
}

void TestDetailsPane::init()
{
    m_messages.clear();
    m_fixture = std::make_unique<TrackerFixture>();
    QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->error()));
    m_example = m_fixture->importExample();
    QVERIFY2(m_example != 0, qPrintable(m_fixture->error()));
}

void TestDetailsPane::cleanup()
{
    m_fixture.reset();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestDetailsPane::detailsStatusChangeAsksForAReasonAndUndoes()
{
    const QString id = m_fixture->firstId();
    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(id);
    QCOMPARE(pane.commitmentId(), id);
    auto *status = pane.findChild<QComboBox *>(u"statusCombo"_s);
    QVERIFY(status);
    QCOMPARE(status->currentData().toInt(), int(Status::Open));
    const int undoBefore = m_fixture->session().undoStack()->count();

    QTest::keyClick(status, Qt::Key_Down); // to "Partly done"
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<QInputDialog *>(u"statusReasonDialog"_s)));
    // Nothing is written before the reason is given.
    QCOMPARE(m_fixture->tracker().commitment(id)->status, Status::Open);
    dialog->setTextValue(u"Eerste deel verstuurd"_s);
    dialog->accept();

    QCOMPARE(m_fixture->tracker().commitment(id)->status, Status::PartlyDone);
    QCOMPARE(m_fixture->session().undoStack()->count(), undoBefore + 1);
    const auto history = m_fixture->tracker().history(id);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->last().field, u"status"_s);
    QCOMPARE(history->last().reason, u"Eerste deel verstuurd"_s);
    // The pane's own history shows it too.
    const int rows = pane.historyModel()->rowCount();
    QVERIFY(rows > 0);
    QCOMPARE(pane.historyModel()->index(rows - 1, HistoryModel::ReasonColumn).data().toString(), u"Eerste deel verstuurd"_s);

    m_fixture->session().undoStack()->undo();
    QCOMPARE(m_fixture->tracker().commitment(id)->status, Status::Open);
    QCOMPARE(status->currentData().toInt(), int(Status::Open));
    m_fixture->session().undoStack()->redo();
    QCOMPARE(status->currentData().toInt(), int(Status::PartlyDone));
}

void TestDetailsPane::detailsStatusChangeCanBeCancelled()
{
    const QString id = m_fixture->firstId();
    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(id);
    auto *status = pane.findChild<QComboBox *>(u"statusCombo"_s);
    QTest::keyClick(status, Qt::Key_Down);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<QInputDialog *>(u"statusReasonDialog"_s)));
    dialog->reject();
    QCOMPARE(status->currentData().toInt(), int(Status::Open));
    QCOMPARE(m_fixture->tracker().commitment(id)->status, Status::Open);
    QCOMPARE(m_fixture->session().undoStack()->count(), 0);
}

void TestDetailsPane::detailsOwnerTagsAndDeadlineEdits()
{
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all);
    QString id;
    for (const TrackedCommitment &c : *all) {
        if (!c.deadline.date.isValid()) {
            id = c.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(id);
    QUndoStack *undo = m_fixture->session().undoStack();

    auto *owner = pane.findChild<QLineEdit *>(u"ownerEdit"_s);
    QTest::keyClicks(owner, u"Anna de Vries"_s);
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(m_fixture->tracker().commitment(id)->owner, u"Anna de Vries"_s);

    auto *tags = pane.findChild<QLineEdit *>(u"tagsEdit"_s);
    QTest::keyClicks(tags, u"oekraine, sancties,  ,oekraine"_s);
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(m_fixture->tracker().commitment(id)->tags, (QStringList{u"oekraine"_s, u"sancties"_s}));
    // Return again without a change writes nothing.
    const int steps = undo->count();
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(undo->count(), steps);

    // Giving the deadline a day.
    auto *hasDate = pane.findChild<QCheckBox *>(u"deadlineHasDate"_s);
    auto *date = pane.findChild<QDateEdit *>(u"deadlineDateEdit"_s);
    QVERIFY(!hasDate->isChecked());
    date->setDate(QDate(2025, 9, 1));
    QTest::mouseClick(hasDate, Qt::LeftButton);
    const auto dated = m_fixture->tracker().commitment(id);
    QCOMPARE(dated->deadline.date, QDate(2025, 9, 1));
    QCOMPARE(dated->deadline.precision, Precision::Day);

    undo->undo();
    QVERIFY(!m_fixture->tracker().commitment(id)->deadline.date.isValid());
    QVERIFY(!hasDate->isChecked());
    undo->undo();
    QVERIFY(m_fixture->tracker().commitment(id)->tags.isEmpty());
    undo->undo();
    QVERIFY(m_fixture->tracker().commitment(id)->owner.isEmpty());
    QVERIFY(owner->text().isEmpty());
}

void TestDetailsPane::detailsConfirmsASuggestion()
{
    const qint64 followUp = m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-06-10-bz-oekraine-herstelsteun.txt"_s));
    QVERIFY(followUp != 0);
    // The letter is written to fulfil a commitment of the example letter.
    const auto pending = m_fixture->tracker().suggestions();
    QVERIFY(pending);
    const auto fulfils = std::ranges::find_if(*pending, [&](const LinkSuggestion &s) {
        return s.type == LinkType::Fulfils && s.fromCommitment.isEmpty() && s.fromLetter == followUp;
    });
    QVERIFY(fulfils != pending->cend());
    const LinkSuggestion suggestion = *fulfils;

    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(suggestion.toCommitment);
    CommitmentLinksWidget *links = pane.linksWidget();
    QTreeView *view = links->suggestionView();
    QModelIndex row;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->index(i, 0).data(LinkModel::LinkIdRole).toLongLong() == suggestion.id)
            row = view->model()->index(i, 0);
    }
    QVERIFY(row.isValid());
    auto *confirm = links->findChild<QPushButton *>(u"confirmSuggestionButton"_s);
    QVERIFY(!confirm->isEnabled());
    view->setCurrentIndex(row);
    QVERIFY(confirm->isEnabled());
    const int linksBefore = links->linkModel()->rowCount();
    QTest::mouseClick(confirm, Qt::LeftButton);

    const auto stillPending = m_fixture->tracker().suggestions(suggestion.toCommitment);
    QVERIFY(stillPending);
    for (const LinkSuggestion &s : *stillPending)
        QVERIFY(s.id != suggestion.id);
    QCOMPARE(links->linkModel()->rowCount(), linksBefore + 1);
    QCOMPARE(links->linkModel()->index(linksBefore, 0).data(LinkModel::OtherLetterRole).toLongLong(), followUp);
    QCOMPARE(m_fixture->tracker().commitment(suggestion.toCommitment)->fulfilledByLetter, followUp);
    // The status change the link implies is offered, not made.
    QVERIFY(links->findChild<QWidget *>(u"doneOffer"_s)->isVisibleTo(links));
    QCOMPARE(m_fixture->tracker().commitment(suggestion.toCommitment)->status, Status::Open);
    QTest::mouseClick(links->findChild<QPushButton *>(u"applyProposedStatusButton"_s), Qt::LeftButton);
    QVERIFY(m_fixture->tracker().commitment(suggestion.toCommitment)->status != Status::Open);
    QVERIFY(!links->findChild<QWidget *>(u"doneOffer"_s)->isVisibleTo(links));
    m_fixture->session().undoStack()->undo();
    QCOMPARE(m_fixture->tracker().commitment(suggestion.toCommitment)->status, Status::Open);

    m_fixture->session().undoStack()->undo();
    const auto again = m_fixture->tracker().suggestions(suggestion.toCommitment);
    QVERIFY(again);
    bool back = false;
    for (const LinkSuggestion &s : *again)
        back = back || s.id == suggestion.id;
    QVERIFY(back);
    QCOMPARE(links->linkModel()->rowCount(), linksBefore);
}

void TestDetailsPane::detailsRejectsASuggestion()
{
    QVERIFY(m_fixture->import(TrackerFixture::followUp(u"kamerbrief-2025-04-15-bz-oekraine-herhaling.txt"_s)) != 0);
    const auto pending = m_fixture->tracker().suggestions();
    QVERIFY(pending && !pending->isEmpty());
    const LinkSuggestion suggestion = pending->first();
    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(suggestion.toCommitment);
    QTreeView *view = pane.linksWidget()->suggestionView();
    const int before = view->model()->rowCount();
    for (int i = 0; i < before; ++i) {
        if (view->model()->index(i, 0).data(LinkModel::LinkIdRole).toLongLong() == suggestion.id)
            view->setCurrentIndex(view->model()->index(i, 0));
    }
    QVERIFY(view->currentIndex().isValid());
    QTest::mouseClick(pane.linksWidget()->findChild<QPushButton *>(u"rejectSuggestionButton"_s), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), before - 1);
    QCOMPARE(pane.linksWidget()->linkModel()->rowCount(), 0);
    m_fixture->session().undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), before);
}

void TestDetailsPane::detailsAddsALinkBySearching()
{
    CommitmentFilter filter;
    filter.text = u"sancties"_s;
    const auto targets = m_fixture->tracker().commitments(filter);
    QVERIFY(targets && !targets->isEmpty());
    // Link from a commitment that does not itself mention sancties.
    QString from;
    const auto all = m_fixture->tracker().commitments();
    for (const TrackedCommitment &c : *all) {
        bool isTarget = false;
        for (const TrackedCommitment &t : *targets)
            isTarget = isTarget || t.id == c.id;
        if (!isTarget) {
            from = c.id;
            break;
        }
    }
    QVERIFY(!from.isEmpty());

    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(from);
    QTest::mouseClick(pane.linksWidget()->findChild<QPushButton *>(u"addLinkButton"_s), Qt::LeftButton);
    AddLinkDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<AddLinkDialog *>(u"addLinkDialog"_s)));
    QTest::keyClicks(dialog->searchEdit(), u"sancties"_s);
    dialog->search();
    QCOMPARE(dialog->resultList()->topLevelItemCount(), int(targets->size()));
    QVERIFY(dialog->resultList()->currentItem());
    dialog->relationCombo()->setCurrentIndex(1); // this commitment supplements the chosen one
    const CommitmentLink chosen = dialog->link();
    QCOMPARE(chosen.type, LinkType::Supplements);
    QCOMPARE(chosen.fromCommitment, from);
    dialog->accept();

    const auto links = m_fixture->tracker().links(from);
    QVERIFY(links);
    QCOMPARE(int(links->size()), 1);
    QCOMPARE(links->first().type, LinkType::Supplements);
    QCOMPARE(links->first().toCommitment, chosen.toCommitment);
    QCOMPARE(pane.linksWidget()->linkModel()->rowCount(), 1);
    QCOMPARE(pane.linksWidget()->linkModel()->index(0, LinkModel::RelationColumn).data().toString(), Labels::linkType(LinkType::Supplements, true));
    m_fixture->session().undoStack()->undo();
    QCOMPARE(int(m_fixture->tracker().links(from)->size()), 0);
}

void TestDetailsPane::detailsFollowsALink()
{
    const auto all = m_fixture->tracker().commitments();
    QVERIFY(all && all->size() >= 2);
    CommitmentLink link;
    link.type = LinkType::Repeats;
    link.fromCommitment = all->at(1).id;
    link.toCommitment = all->at(0).id;
    QVERIFY(m_fixture->session().addLink(link));

    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(all->at(0).id);
    QTreeView *view = pane.linksWidget()->linkView();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, LinkModel::RelationColumn).data().toString(), Labels::linkType(LinkType::Repeats, false));
    QCOMPARE(view->model()->index(0, LinkModel::OtherColumn).data().toString(), all->at(1).number);
    QSignalSpy spy(&pane, &DetailsPane::commitmentActivated);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), all->at(1).id);
}

void TestDetailsPane::detailsAddsANote()
{
    const QString id = m_fixture->firstId();
    DetailsPane pane(m_fixture->session());
    pane.show();
    pane.showCommitment(id);
    NotesWidget *notes = pane.notesWidget();
    QCOMPARE(notes->list()->count(), 0);
    QTest::mouseClick(notes->findChild<QPushButton *>(u"addNoteButton"_s), Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = notes->findChild<QInputDialog *>(u"noteDialog"_s)));
    dialog->setTextValue(u"Navragen bij BZ"_s);
    dialog->accept();
    QCOMPARE(notes->list()->count(), 1);
    QVERIFY(notes->list()->item(0)->text().contains(u"Navragen bij BZ"_s));
    const auto stored = m_fixture->tracker().notes(m_example);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->first().commitmentId, id);
    m_fixture->session().undoStack()->undo();
    QCOMPARE(notes->list()->count(), 0);
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
