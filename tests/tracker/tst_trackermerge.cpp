// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Merging a colleague's tracker into ours: letters by content hash,
// commitments and notes by UUID, history merged, conflicting edits kept in
// the history with the newest current and reported, clashing numbers
// renumbered, merging twice changes nothing, a failing merge changes nothing.

#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace TrackerTest;

namespace
{

QString message(const Error &e)
{
    return e.message;
}

#define VERIFY_OK(expr)                                                                                                                                        \
    do {                                                                                                                                                       \
        const auto &result_ = (expr);                                                                                                                          \
        QVERIFY2(result_.has_value(), qPrintable(result_.has_value() ? QString() : message(result_.error())));                                                 \
    } while (false)

// Changes on the two sides must have distinct times: the newer one wins.
void tick()
{
    QThread::msleep(15);
}

} // namespace

class TestTrackerMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lettersByHashCommitmentsAndNotesByUuid();
    void editsOfTheOtherSideArriveWithTheirHistory();
    void conflictingEditsNewestWins_data();
    void conflictingEditsNewestWins();
    void differentFieldsChangedOnBothSidesAreBothKept();
    void clashingNumbersAreRenumbered();
    void aRemovalTravels();
    void linksArriveOnce();
    void mergingTwiceChangesNothing();
    void failingMergeLeavesTheTargetUntouched();
    void refusesItselfAndWhatIsNoTracker();

private:
    /// Everything a merge could change in a tracker, as comparable text.
    QStringList snapshot(Tracker &tracker, const QString &location);
    TrackedCommitment edit(Tracker &tracker, const QString &number, const std::function<void(CommitmentEdit &)> &change);
    MergeReport merge();

    std::unique_ptr<FreshLocation> m_oursAt;
    std::unique_ptr<FreshLocation> m_theirsAt;
    std::unique_ptr<Tracker> m_ours; // anna's
    std::unique_ptr<Tracker> m_theirs; // bert's
    qint64 m_letter = 0; // the example letter in ours
    qint64 m_theirLetter = 0;
};

void TestTrackerMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(exampleAnalysis().commitments.size(), 20);
    QVERIFY(!followUpAnalysis().commitments.isEmpty());
}

void TestTrackerMerge::init()
{
    m_oursAt = std::make_unique<FreshLocation>();
    m_theirsAt = std::make_unique<FreshLocation>();
    QVERIFY2(m_oursAt->isValid(), qPrintable(m_oursAt->error()));
    QVERIFY2(m_theirsAt->isValid(), qPrintable(m_theirsAt->error()));
    QString error;
    TrackerOptions anna;
    anna.author = u"anna"_s;
    m_ours = openTracker(m_oursAt->location(), anna, &error);
    QVERIFY2(m_ours, qPrintable(error));
    TrackerOptions bert;
    bert.author = u"bert"_s;
    m_theirs = openTracker(m_theirsAt->location(), bert, &error);
    QVERIFY2(m_theirs, qPrintable(error));
    // Both imported the same letter, each on their own.
    auto ours = m_ours->importLetter(exampleLetter(), exampleAnalysis());
    VERIFY_OK(ours);
    m_letter = ours->letterId;
    auto theirs = m_theirs->importLetter(exampleLetter(), exampleAnalysis());
    VERIFY_OK(theirs);
    m_theirLetter = theirs->letterId;
}

void TestTrackerMerge::cleanup()
{
    m_ours.reset();
    m_theirs.reset();
    m_oursAt.reset();
    m_theirsAt.reset();
}

QStringList TestTrackerMerge::snapshot(Tracker &tracker, const QString &location)
{
    QStringList out;
    auto letters = tracker.letters();
    if (!letters)
        return {u"error: "_s + letters.error().message};
    for (const TrackedLetter &l : *letters) {
        out << u"letter %1 %2"_s.arg(l.hash, l.subject);
        const auto notes = tracker.notes(l.id);
        for (const Note &n : *notes)
            out << u"note %1 %2 %3"_s.arg(n.id, n.commitmentId, n.text);
    }
    CommitmentFilter all;
    all.includeRejected = true;
    const auto commitments = tracker.commitments(all);
    for (const TrackedCommitment &c : *commitments) {
        out << u"commitment %1 %2 %3 %4 %5 r%6 %7"_s.arg(c.id, c.number, statusName(c.status), c.owner, c.deadline.text + c.deadline.date.toString(Qt::ISODate))
                   .arg(c.revision)
                   .arg(c.fulfilledByLetter);
        const auto history = tracker.history(c.id);
        for (const HistoryEntry &h : *history)
            out << u"  history %1 %2 %3 %4"_s.arg(h.field, h.newValue, h.author, h.at.toString(Qt::ISODateWithMs));
        const auto links = tracker.links(c.id);
        for (const CommitmentLink &l : *links)
            out << u"  link %1 %2 %3"_s.arg(linkTypeName(l.type), l.fromCommitment, l.toCommitment);
    }
    RawConnection raw(location);
    out << u"history rows %1"_s.arg(raw.scalar(u"SELECT COUNT(*) FROM history"_s).toLongLong());
    return out;
}

TrackedCommitment TestTrackerMerge::edit(Tracker &tracker, const QString &number, const std::function<void(CommitmentEdit &)> &change)
{
    auto current = tracker.commitment(number);
    if (!current) {
        qWarning("%s", qPrintable(current.error().message));
        return {};
    }
    CommitmentEdit e;
    e.id = current->id;
    e.baseRevision = current->revision;
    change(e);
    auto updated = tracker.updateCommitment(e);
    if (!updated) {
        qWarning("%s", qPrintable(updated.error().message));
        return {};
    }
    return *updated;
}

MergeReport TestTrackerMerge::merge()
{
    auto report = m_ours->merge(m_theirsAt->location());
    if (!report) {
        qWarning("%s", qPrintable(report.error().message));
        return MergeReport{-1, -1, -1, -1, -1, -1, -1, {u"failed"_s}};
    }
    return *report;
}

void TestTrackerMerge::lettersByHashCommitmentsAndNotesByUuid()
{
    auto followUp = m_theirs->importLetter(followUpLetter(), followUpAnalysis());
    VERIFY_OK(followUp);
    NewCommitment mark;
    mark.letterId = m_theirLetter;
    mark.span = {40, 80};
    mark.actor = u"het kabinet"_s;
    auto manual = m_theirs->addCommitment(mark);
    VERIFY_OK(manual);
    auto note = m_theirs->addNote(m_theirLetter, {40, 80}, u"navragen bij BZ"_s, manual->id);
    VERIFY_OK(note);

    const MergeReport report = merge();
    QCOMPARE(report.lettersAdded, 1); // the example letter was here already
    QCOMPARE(report.commitmentsAdded, int(followUpAnalysis().commitments.size()) + 1);
    QCOMPARE(report.notesAdded, 1);
    QVERIFY2(report.conflicts.isEmpty(), qPrintable(report.conflicts.join(u'\n')));

    QCOMPARE(m_ours->letters()->size(), 2);
    // The same detections, imported on both sides, are not doubled.
    QCOMPARE(m_ours->commitments(filterFor(m_letter, true))->size(), 21);
    auto arrived = m_ours->commitment(manual->id);
    VERIFY_OK(arrived);
    QCOMPARE(arrived->number, manual->number);
    QCOMPARE(arrived->phrase, manual->phrase);
    QCOMPARE(arrived->origin, Origin::Manual);
    QCOMPARE(arrived->letterId, m_letter);
    auto notes = m_ours->notes(m_letter);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().id, note->id);
    QCOMPARE(notes->first().commitmentId, manual->id);
    QCOMPARE(notes->first().author, u"bert"_s);

    // Its history came along, row for row.
    auto theirs = m_theirs->history(manual->id);
    auto ours = m_ours->history(manual->id);
    QCOMPARE(ours->size(), theirs->size());
    for (qsizetype i = 0; i < ours->size(); ++i) {
        QCOMPARE(ours->at(i).field, theirs->at(i).field);
        QCOMPARE(ours->at(i).author, theirs->at(i).author);
        QCOMPARE(ours->at(i).at, theirs->at(i).at);
    }
    // The follow-up letter's references resolve to our copy of the example letter.
    const qint64 newLetter = m_ours->letters()->last().id;
    auto refs = m_ours->references(newLetter);
    QVERIFY(std::any_of(refs->cbegin(), refs->cend(), [&](const ResolvedReference &r) {
        return r.targetLetter == m_letter;
    }));
}

void TestTrackerMerge::editsOfTheOtherSideArriveWithTheirHistory()
{
    const TrackedCommitment done = edit(*m_theirs, u"PR-2025-0008"_s, [](CommitmentEdit &e) {
        e.status = Status::Done;
        e.reason = u"brief van 25 april"_s;
    });
    QCOMPARE(done.status, Status::Done);

    const MergeReport report = merge();
    QCOMPARE(report.commitmentsAdded, 0);
    QCOMPARE(report.commitmentsUpdated, 1);
    QVERIFY(report.conflicts.isEmpty());
    auto ours = m_ours->commitment(u"PR-2025-0008"_s);
    QCOMPARE(ours->status, Status::Done);
    QCOMPARE(ours->changedBy, u"bert"_s);
    auto history = m_ours->history(u"PR-2025-0008"_s);
    const auto status = std::find_if(history->cbegin(), history->cend(), [](const HistoryEntry &h) {
        return h.field == u"status";
    });
    QVERIFY(status != history->cend());
    QCOMPARE(status->author, u"bert"_s);
    QCOMPARE(status->newValue, u"done"_s);
    QCOMPARE(status->reason, u"brief van 25 april"_s);
    QCOMPARE(history->last().field, u"merged"_s);
    // One "created" row: their copy of the same detection adds none.
    QCOMPARE(std::count_if(history->cbegin(), history->cend(), [](const HistoryEntry &h) {
                 return h.field == u"created";
             }),
             1);
}

void TestTrackerMerge::conflictingEditsNewestWins_data()
{
    QTest::addColumn<bool>("theirsLater");
    QTest::newRow("theirs-newer-becomes-current") << true;
    QTest::newRow("ours-newer-stays-current") << false;
}

void TestTrackerMerge::conflictingEditsNewestWins()
{
    QFETCH(bool, theirsLater);
    const auto ourEdit = [this] {
        edit(*m_ours, u"PR-2025-0008"_s, [](CommitmentEdit &e) {
            e.status = Status::PartlyDone;
        });
    };
    const auto theirEdit = [this] {
        edit(*m_theirs, u"PR-2025-0008"_s, [](CommitmentEdit &e) {
            e.status = Status::Lapsed;
        });
    };
    if (theirsLater) {
        ourEdit();
        tick();
        theirEdit();
    } else {
        theirEdit();
        tick();
        ourEdit();
    }
    const MergeReport report = merge();
    QCOMPARE(report.conflicts.size(), 1);
    const QString conflict = report.conflicts.first();
    QVERIFY2(conflict.contains(u"PR-2025-0008 status"_s) && conflict.contains(u"anna"_s) && conflict.contains(u"bert"_s), qPrintable(conflict));
    const Status winner = theirsLater ? Status::Lapsed : Status::PartlyDone;
    QVERIFY2(conflict.contains(u"kept "_s + statusName(winner)), qPrintable(conflict));
    QCOMPARE(m_ours->commitment(u"PR-2025-0008"_s)->status, winner);

    // Both changes stay on record.
    QStringList statusRows;
    const auto history = m_ours->history(u"PR-2025-0008"_s);
    for (const HistoryEntry &h : *history) {
        if (h.field == u"status")
            statusRows << h.author + u':' + h.newValue;
    }
    statusRows.sort();
    QCOMPARE(statusRows, (QStringList{u"anna:partly-done"_s, u"bert:lapsed"_s}));
}

void TestTrackerMerge::differentFieldsChangedOnBothSidesAreBothKept()
{
    edit(*m_ours, u"PR-2025-0003"_s, [](CommitmentEdit &e) {
        e.owner = u"directie Europa"_s;
    });
    tick();
    edit(*m_theirs, u"PR-2025-0003"_s, [](CommitmentEdit &e) {
        e.status = Status::Done;
    });
    const MergeReport report = merge();
    QVERIFY2(report.conflicts.isEmpty(), qPrintable(report.conflicts.join(u'\n')));
    auto merged = m_ours->commitment(u"PR-2025-0003"_s);
    QCOMPARE(merged->owner, u"directie Europa"_s);
    QCOMPARE(merged->status, Status::Done);
}

void TestTrackerMerge::clashingNumbersAreRenumbered()
{
    NewCommitment mine;
    mine.letterId = m_letter;
    mine.span = {40, 80};
    auto ours = m_ours->addCommitment(mine);
    VERIFY_OK(ours);
    NewCommitment yours;
    yours.letterId = m_theirLetter;
    yours.span = {100, 140};
    auto theirs = m_theirs->addCommitment(yours);
    VERIFY_OK(theirs);
    QCOMPARE(theirs->number, ours->number); // both took the next free number

    const MergeReport report = merge();
    QCOMPARE(report.commitmentsAdded, 1);
    QCOMPARE(m_ours->commitment(ours->id)->number, ours->number); // ours keeps its number
    auto arrived = m_ours->commitment(theirs->id);
    VERIFY_OK(arrived);
    QVERIFY(arrived->number != theirs->number);
    QVERIFY(arrived->number.startsWith(u"PR-2025-"_s));
    QCOMPARE(arrived->phrase, theirs->phrase);

    // Every number is unique, also for the next commitment made here.
    mine.span = {200, 240};
    auto next = m_ours->addCommitment(mine);
    VERIFY_OK(next);
    QSet<QString> numbers;
    CommitmentFilter all;
    all.includeRejected = true;
    const auto listed = m_ours->commitments(all);
    for (const TrackedCommitment &c : *listed)
        numbers.insert(c.number);
    QCOMPARE(numbers.size(), 23);
}

void TestTrackerMerge::aRemovalTravels()
{
    NewCommitment mark;
    mark.letterId = m_theirLetter;
    mark.span = {40, 80};
    auto manual = m_theirs->addCommitment(mark);
    VERIFY_OK(manual);
    QCOMPARE(merge().commitmentsAdded, 1);
    VERIFY_OK(m_ours->commitment(manual->id));

    tick();
    VERIFY_OK(m_theirs->removeCommitment(manual->id, m_theirs->commitment(manual->id)->revision, u"dubbel"_s));
    const MergeReport report = merge();
    QCOMPARE(report.commitmentsRemoved, 1);
    QCOMPARE(m_ours->commitment(manual->id).error().kind, Error::Kind::NotFound);
    auto history = m_ours->history(manual->id); // kept by UUID
    VERIFY_OK(history);
    QCOMPARE(history->last().field, u"removed"_s);
    QCOMPARE(history->last().reason, u"dubbel"_s);
}

void TestTrackerMerge::linksArriveOnce()
{
    CommitmentLink link;
    link.type = LinkType::Repeats;
    link.fromCommitment = u"PR-2025-0015"_s;
    link.toCommitment = u"PR-2025-0001"_s;
    // The same link made on both sides, and one only they made.
    VERIFY_OK(m_ours->addLink(link));
    VERIFY_OK(m_theirs->addLink(link));
    link.type = LinkType::Supplements;
    link.fromCommitment = u"PR-2025-0016"_s;
    VERIFY_OK(m_theirs->addLink(link));

    const MergeReport report = merge();
    QCOMPARE(report.linksAdded, 1);
    auto links = m_ours->links(u"PR-2025-0001"_s);
    QCOMPARE(links->size(), 2);
    QCOMPARE(m_ours->links(u"PR-2025-0016"_s)->first().toCommitment, m_ours->commitment(u"PR-2025-0001"_s)->id);
}

void TestTrackerMerge::mergingTwiceChangesNothing()
{
    VERIFY_OK(m_theirs->importLetter(followUpLetter(), followUpAnalysis()));
    edit(*m_theirs, u"PR-2025-0008"_s, [](CommitmentEdit &e) {
        e.status = Status::Done;
    });
    edit(*m_ours, u"PR-2025-0008"_s, [](CommitmentEdit &e) {
        e.status = Status::Lapsed;
    });
    VERIFY_OK(m_theirs->addNote(m_theirLetter, {0, 10}, u"gelezen"_s));
    CommitmentLink link;
    link.type = LinkType::Repeats;
    link.fromCommitment = u"PR-2025-0015"_s;
    link.toCommitment = u"PR-2025-0001"_s;
    VERIFY_OK(m_theirs->addLink(link));

    const MergeReport first = merge();
    QVERIFY(first.lettersAdded == 1 && first.commitmentsAdded > 0 && first.notesAdded == 1 && first.linksAdded == 1);
    const QStringList before = snapshot(*m_ours, m_oursAt->location());

    const MergeReport second = merge();
    QCOMPARE(second.lettersAdded, 0);
    QCOMPARE(second.commitmentsAdded, 0);
    QCOMPARE(second.commitmentsUpdated, 0);
    QCOMPARE(second.commitmentsRemoved, 0);
    QCOMPARE(second.notesAdded, 0);
    QCOMPARE(second.historyAdded, 0);
    QCOMPARE(second.linksAdded, 0);
    QCOMPARE(second.conflicts, QStringList());
    QCOMPARE(snapshot(*m_ours, m_oursAt->location()), before);
}

void TestTrackerMerge::failingMergeLeavesTheTargetUntouched()
{
    VERIFY_OK(m_theirs->importLetter(followUpLetter(), followUpAnalysis()));
    edit(*m_theirs, u"PR-2025-0008"_s, [](CommitmentEdit &e) {
        e.status = Status::Done;
    });
    // A note on a letter that is not there: everything before it in the
    // merge (a letter, commitments, an edit, history) must be undone.
    RawConnection raw(m_theirsAt->location());
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    if (usesPostgres())
        QVERIFY2(raw.exec(u"SET session_replication_role = replica"_s), qPrintable(raw.error()));
    QVERIFY2(raw.exec(u"INSERT INTO notes (uuid, letter_id, range_start, range_end, note_text, author, created_at) "
                      "VALUES ('0b9a3c1e-0000-4000-8000-000000000001', 999999, 0, 1, 'wees', 'bert', '2025-05-01T00:00:00.000Z')"_s),
             qPrintable(raw.error()));

    const QStringList before = snapshot(*m_ours, m_oursAt->location());
    auto report = m_ours->merge(m_theirsAt->location());
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(m_theirs->location()), qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(u"nothing was merged"_s), qPrintable(report.error().message));
    QCOMPARE(snapshot(*m_ours, m_oursAt->location()), before);
    QCOMPARE(m_ours->letters()->size(), 1);
    // And the tracker still works.
    VERIFY_OK(m_ours->importLetter(followUpLetter(), followUpAnalysis()));
}

void TestTrackerMerge::refusesItselfAndWhatIsNoTracker()
{
    auto self = m_ours->merge(m_oursAt->location());
    QVERIFY(!self);
    QVERIFY2(self.error().message.contains(u"itself"_s), qPrintable(self.error().message));

    const QString missing = m_oursAt->folder().isEmpty() ? u"/nonexistent/other.promissa"_s : m_oursAt->folder() + u"/missing.promissa"_s;
    auto none = m_ours->merge(missing);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
    QVERIFY2(none.error().message.contains(missing), qPrintable(none.error().message));
}

QTEST_GUILESS_MAIN(TestTrackerMerge)
#include "tst_trackermerge.moc"
