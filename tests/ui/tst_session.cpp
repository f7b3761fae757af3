// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "session/trackersession.h"
#include "tracker/tracker.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString s_otherLetter = QStringLiteral(PROMISSA_TEST_DATA "/letters/kamerbrief-2024-06-12-vws-ggz.txt");
const QString s_repeatLetter = QStringLiteral(PROMISSA_TEST_DATA "/followups/kamerbrief-2025-04-15-bz-oekraine-herhaling.txt");
const QDate s_today(2025, 3, 10);

// Everything a field edit can change, as text, so that before/after/undo can
// be compared for any field with one QCOMPARE.
QString fieldValue(const TrackedCommitment &c, const QString &field)
{
    if (field == u"status")
        return statusName(c.status);
    if (field == u"deadline")
        return c.deadline.text + u'|' + c.deadline.date.toString(Qt::ISODate);
    if (field == u"owner")
        return c.owner;
    if (field == u"tags")
        return c.tags.join(u',');
    if (field == u"span")
        return u"%1-%2"_s.arg(c.span.start).arg(c.span.end);
    if (field == u"kind")
        return commitmentKindName(c.kind);
    if (field == u"actor")
        return c.actor;
    if (field == u"rejected")
        return c.rejected ? u"yes"_s : u"no"_s;
    return {};
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fieldEditUndoRedo_data();
    void fieldEditUndoRedo();
    void markedCommitmentUndoRedo();
    void noteAddAndRemoveUndoRedo();
    void linkAddAndRemoveUndoRedo();
    void suggestionDecisionsUndoRedo_data();
    void suggestionDecisionsUndoRedo();
    void undoAcrossTwoLetters();
    void refusedEditIsNotPushed();
    void conflictKeepMine();
    void conflictDiscardMine();
    void conflictOnUndo();
    void closeClearsTheStack();

private:
    Tracker &tracker()
    {
        return *m_session->tracker();
    }
    qint64 importFile(const QString &path);
    QList<TrackedCommitment> commitmentsOf(qint64 letterId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TrackerSession> m_session;
    QString m_location;
    qint64 m_example = 0;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = m_dir->filePath(u"session.promissa"_s);
    m_session = std::make_unique<TrackerSession>();
    QSignalSpy opened(m_session.get(), &TrackerSession::opened);
    TrackerOptions options;
    options.author = u"anna"_s;
    options.today = s_today;
    const auto result = m_session->open(m_location, options);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(opened.size(), 1);
    m_example = importFile(s_example);
    QVERIFY(m_example > 0);
    QVERIFY(!commitmentsOf(m_example).isEmpty());
}

void TestSession::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 TestSession::importFile(const QString &path)
{
    const auto imported = tracker().importFile(path, m_session->analyzer());
    if (!imported) {
        qWarning("%s", qPrintable(imported.error().message));
        return 0;
    }
    m_session->notifyLettersChanged();
    return imported->letterId;
}

QList<TrackedCommitment> TestSession::commitmentsOf(qint64 letterId)
{
    CommitmentFilter filter;
    filter.letterId = letterId;
    filter.includeRejected = true;
    return tracker().commitments(filter).value_or(QList<TrackedCommitment>());
}

void TestSession::fieldEditUndoRedo_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("status-with-reason") << u"status"_s;
    QTest::newRow("deadline") << u"deadline"_s;
    QTest::newRow("owner") << u"owner"_s;
    QTest::newRow("tags") << u"tags"_s;
    QTest::newRow("span") << u"span"_s;
    QTest::newRow("kind") << u"kind"_s;
    QTest::newRow("actor") << u"actor"_s;
    QTest::newRow("rejected") << u"rejected"_s;
}

void TestSession::fieldEditUndoRedo()
{
    QFETCH(QString, field);
    const TrackedCommitment before = commitmentsOf(m_example).constFirst();
    QSignalSpy changed(m_session.get(), &TrackerSession::commitmentChanged);

    bool accepted = false;
    if (field == u"status") {
        accepted = m_session->setStatus(before.id, Status::PartlyDone, u"first part delivered"_s);
    } else if (field == u"deadline") {
        Deadline deadline;
        deadline.text = u"voor 1 juni 2025"_s;
        deadline.date = QDate(2025, 5, 31);
        deadline.precision = Precision::Day;
        accepted = m_session->setDeadline(before.id, deadline);
    } else if (field == u"owner") {
        accepted = m_session->setOwner(before.id, u"bert"_s);
    } else if (field == u"tags") {
        accepted = m_session->setTags(before.id, {u"oekraine"_s, u"defensie"_s});
    } else if (field == u"span") {
        accepted = m_session->setSpan(before.id, {before.sentenceRange.start, before.sentenceRange.end});
    } else if (field == u"kind") {
        accepted = m_session->setKind(before.id, before.kind == CommitmentKind::Intent ? CommitmentKind::Firm : CommitmentKind::Intent);
    } else if (field == u"actor") {
        accepted = m_session->setActor(before.id, u"de minister van Defensie"_s);
    } else if (field == u"rejected") {
        accepted = m_session->setRejected(before.id, true, u"a description, not a promise"_s);
    }
    QVERIFY(accepted);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().constFirst().toString(), before.id);

    const auto after = tracker().commitment(before.id);
    QVERIFY(after);
    const QString oldValue = fieldValue(before, field);
    const QString newValue = fieldValue(*after, field);
    QVERIFY2(newValue != oldValue, qPrintable(field + u" did not change: "_s + newValue));

    m_session->undoStack()->undo();
    QCOMPARE(fieldValue(*tracker().commitment(before.id), field), oldValue);
    QCOMPARE(m_session->undoStack()->index(), 0);

    m_session->undoStack()->redo();
    QCOMPARE(fieldValue(*tracker().commitment(before.id), field), newValue);
    QCOMPARE(m_session->undoStack()->index(), 1);

    // The history keeps every step: the edit, its undo and its redo.
    const auto history = tracker().history(before.id);
    QVERIFY(history);
    const auto steps = std::ranges::count_if(*history, [&field](const HistoryEntry &e) {
        return e.field == field;
    });
    QCOMPARE(steps, 3);
    if (field == u"status")
        QVERIFY(std::ranges::any_of(*history, [](const HistoryEntry &e) {
            return e.reason == u"first part delivered";
        }));
}

void TestSession::markedCommitmentUndoRedo()
{
    const int count = int(commitmentsOf(m_example).size());
    const Letter letter = *tracker().letterModel(m_example);
    // A sentence without a detected commitment in it, marked by hand.
    const auto detected = commitmentsOf(m_example);
    TextRange span;
    for (const Sentence &sentence : letter.sentences) {
        const bool taken = std::ranges::any_of(detected, [&sentence](const TrackedCommitment &c) {
            return c.span.overlaps(sentence.range);
        });
        if (!taken && sentence.range.length() > 40) {
            span = sentence.range;
            break;
        }
    }
    QVERIFY(span.length() > 0);

    QSignalSpy changed(m_session.get(), &TrackerSession::commitmentsChanged);
    NewCommitment mark;
    mark.letterId = m_example;
    mark.span = span;
    mark.kind = CommitmentKind::Effort;
    mark.actor = u"het kabinet"_s;
    const QString id = m_session->addCommitment(mark);
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), m_example);
    const auto added = tracker().commitment(id);
    QVERIFY(added);
    QCOMPARE(added->origin, Origin::Manual);
    QCOMPARE(added->span, span);
    QCOMPARE(commitmentsOf(m_example).size(), count + 1);

    m_session->undoStack()->undo();
    QCOMPARE(commitmentsOf(m_example).size(), count);
    QVERIFY(!tracker().commitment(id));

    m_session->undoStack()->redo();
    const auto again = commitmentsOf(m_example);
    QCOMPARE(again.size(), count + 1);
    QVERIFY(std::ranges::any_of(again, [&span](const TrackedCommitment &c) {
        return c.span == span && c.origin == Origin::Manual && c.actor == u"het kabinet";
    }));

    // An edit made after the redo, undone and redone with it, still finds it.
    const QString redoneId = std::ranges::find(again, span, &TrackedCommitment::span)->id;
    QVERIFY(m_session->setOwner(redoneId, u"carla"_s));
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(commitmentsOf(m_example).size(), count);
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    const auto third = commitmentsOf(m_example);
    const auto it = std::ranges::find(third, span, &TrackedCommitment::span);
    QVERIFY(it != third.cend());
    QCOMPARE(it->owner, u"carla"_s);
}

void TestSession::noteAddAndRemoveUndoRedo()
{
    const TrackedCommitment c = commitmentsOf(m_example).constFirst();
    QSignalSpy changed(m_session.get(), &TrackerSession::notesChanged);
    const QString id = m_session->addNote(m_example, c.span, u"ask the ministry about the date"_s, c.id);
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.size(), 1);
    auto notes = *tracker().notes(m_example);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.constFirst().text, u"ask the ministry about the date"_s);
    QCOMPARE(notes.constFirst().author, u"anna"_s);
    QCOMPARE(notes.constFirst().commitmentId, c.id);

    m_session->undoStack()->undo();
    QVERIFY(tracker().notes(m_example)->isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(tracker().notes(m_example)->size(), 1);

    // Removing the (re-added) note is undoable too.
    QVERIFY(m_session->removeNote(tracker().notes(m_example)->constFirst()));
    QVERIFY(tracker().notes(m_example)->isEmpty());
    m_session->undoStack()->undo();
    notes = *tracker().notes(m_example);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.constFirst().range, c.span);
    // Both undone: the note added first is gone again, whatever its id now is.
    m_session->undoStack()->undo();
    QVERIFY(tracker().notes(m_example)->isEmpty());
}

void TestSession::linkAddAndRemoveUndoRedo()
{
    const auto all = commitmentsOf(m_example);
    QVERIFY(all.size() >= 2);
    CommitmentLink link;
    link.type = LinkType::Supplements;
    link.fromCommitment = all.at(1).id;
    link.toCommitment = all.at(0).id;
    QVERIFY(m_session->addLink(link, u"same aid package"_s));
    const auto linksOf = [this](const QString &id) {
        return tracker().links(id).value_or(QList<CommitmentLink>());
    };
    QCOMPARE(linksOf(all.at(0).id).size(), 1);
    QCOMPARE(linksOf(all.at(0).id).constFirst().type, LinkType::Supplements);

    m_session->undoStack()->undo();
    QVERIFY(linksOf(all.at(0).id).isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(linksOf(all.at(1).id).size(), 1);

    QVERIFY(m_session->removeLink(linksOf(all.at(1).id).constFirst()));
    QVERIFY(linksOf(all.at(1).id).isEmpty());
    m_session->undoStack()->undo();
    QCOMPARE(linksOf(all.at(1).id).size(), 1);
    m_session->undoStack()->undo(); // the add, whose link has another id by now
    QVERIFY(linksOf(all.at(1).id).isEmpty());
}

void TestSession::suggestionDecisionsUndoRedo_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirm-makes-a-link") << true;
    QTest::newRow("reject-makes-none") << false;
}

void TestSession::suggestionDecisionsUndoRedo()
{
    QFETCH(bool, confirm);
    const qint64 followUp = importFile(s_repeatLetter);
    QVERIFY(followUp > 0);
    const auto pending = tracker().suggestions();
    QVERIFY(pending);
    QVERIFY2(!pending->isEmpty(), "the repeating letter should get link suggestions");
    const LinkSuggestion suggestion = pending->constFirst();
    const auto isPending = [this, &suggestion] {
        return std::ranges::any_of(tracker().suggestions().value_or(QList<LinkSuggestion>()), [&suggestion](const LinkSuggestion &s) {
            return s.id == suggestion.id;
        });
    };
    const auto linkCount = [this, &suggestion] {
        return tracker().links(suggestion.toCommitment).value_or(QList<CommitmentLink>()).size();
    };
    const auto linksBefore = linkCount();

    QSignalSpy changed(m_session.get(), &TrackerSession::commitmentChanged);
    QVERIFY(confirm ? m_session->confirmSuggestion(suggestion.id) : m_session->rejectSuggestion(suggestion.id));
    QVERIFY(!isPending());
    QCOMPARE(linkCount(), linksBefore + (confirm ? 1 : 0));
    QVERIFY(std::ranges::any_of(changed, [&suggestion](const QList<QVariant> &args) {
        return args.constFirst().toString() == suggestion.toCommitment;
    }));

    m_session->undoStack()->undo();
    QVERIFY(isPending());
    QCOMPARE(linkCount(), linksBefore);
    m_session->undoStack()->redo();
    QVERIFY(!isPending());
    QCOMPARE(linkCount(), linksBefore + (confirm ? 1 : 0));
}

void TestSession::undoAcrossTwoLetters()
{
    const qint64 other = importFile(s_otherLetter);
    QVERIFY(other > 0 && other != m_example);
    const TrackedCommitment first = commitmentsOf(m_example).constFirst();
    const auto others = commitmentsOf(other);
    QVERIFY(!others.isEmpty());
    const TrackedCommitment second = others.constFirst();

    QVERIFY(m_session->setStatus(first.id, Status::Done));
    QVERIFY(m_session->setOwner(second.id, u"dirk"_s));
    QCOMPARE(m_session->undoStack()->count(), 2);

    m_session->undoStack()->undo();
    QCOMPARE(tracker().commitment(second.id)->owner, second.owner);
    QCOMPARE(tracker().commitment(first.id)->status, Status::Done);
    m_session->undoStack()->undo();
    QCOMPARE(tracker().commitment(first.id)->status, first.status);

    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QCOMPARE(tracker().commitment(first.id)->status, Status::Done);
    QCOMPARE(tracker().commitment(second.id)->owner, u"dirk"_s);
}

void TestSession::refusedEditIsNotPushed()
{
    QSignalSpy errors(m_session.get(), &TrackerSession::errorOccurred);
    QVERIFY(!m_session->setStatus(u"PR-1999-9999"_s, Status::Done));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().constFirst().toString().contains(u"PR-1999-9999"_s), qPrintable(errors.constFirst().constFirst().toString()));
    QCOMPARE(m_session->undoStack()->count(), 0);

    // A span outside the letter is refused by the tracker, not pushed either.
    const TrackedCommitment c = commitmentsOf(m_example).constFirst();
    QVERIFY(!m_session->setSpan(c.id, {0, 10'000'000}));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(tracker().commitment(c.id)->span, c.span);
}

void TestSession::conflictKeepMine()
{
    const TrackedCommitment c = commitmentsOf(m_example).constFirst();
    // A colleague with the same file open changes the commitment first.
    TrackerOptions bertOptions;
    bertOptions.author = u"bert"_s;
    auto bert = Tracker::open(m_location, bertOptions);
    QVERIFY(bert);
    CommitmentEdit theirs;
    theirs.id = c.id;
    theirs.baseRevision = c.revision;
    theirs.status = Status::Done;
    theirs.reason = u"delivered in the spring letter"_s;
    QVERIFY((*bert)->updateCommitment(theirs));

    QSignalSpy conflicts(m_session.get(), &TrackerSession::conflict);
    QVERIFY(!m_session->setStatus(c.id, Status::Lapsed, u"no longer relevant"_s));
    QCOMPARE(conflicts.size(), 1);
    const auto theirRow = conflicts.constFirst().at(0).value<TrackedCommitment>();
    const QString message = conflicts.constFirst().at(1).toString();
    QCOMPARE(theirRow.changedBy, u"bert"_s);
    QCOMPARE(theirRow.status, Status::Done);
    QVERIFY2(message.contains(u"bert"_s), qPrintable(message));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->refusedEdit().isEmpty());
    QCOMPARE(tracker().commitment(c.id)->status, Status::Done);

    QVERIFY(m_session->keepMine());
    QVERIFY(m_session->refusedEdit().isEmpty());
    QCOMPARE(tracker().commitment(c.id)->status, Status::Lapsed);
    QCOMPARE(m_session->undoStack()->count(), 1);

    // Nothing is lost: both changes are in the history, with their authors.
    const auto history = *tracker().history(c.id);
    const auto statusBy = [&history](const QString &author, const QString &value) {
        return std::ranges::any_of(history, [&](const HistoryEntry &e) {
            return e.field == u"status" && e.author == author && e.newValue == value;
        });
    };
    QVERIFY(statusBy(u"bert"_s, statusName(Status::Done)));
    QVERIFY(statusBy(u"anna"_s, statusName(Status::Lapsed)));

    // Undo of "keep mine" goes back to their version, not to the original.
    m_session->undoStack()->undo();
    QCOMPARE(tracker().commitment(c.id)->status, Status::Done);
}

void TestSession::conflictDiscardMine()
{
    const TrackedCommitment c = commitmentsOf(m_example).constFirst();
    TrackerOptions bertOptions;
    bertOptions.author = u"bert"_s;
    auto bert = Tracker::open(m_location, bertOptions);
    QVERIFY(bert);
    CommitmentEdit theirs;
    theirs.id = c.id;
    theirs.baseRevision = c.revision;
    theirs.owner = u"bert"_s;
    QVERIFY((*bert)->updateCommitment(theirs));

    QSignalSpy conflicts(m_session.get(), &TrackerSession::conflict);
    QSignalSpy changed(m_session.get(), &TrackerSession::commitmentChanged);
    QVERIFY(!m_session->setOwner(c.id, u"anna"_s));
    QCOMPARE(conflicts.size(), 1);
    m_session->discardMine();
    QCOMPARE(tracker().commitment(c.id)->owner, u"bert"_s);
    QVERIFY(!changed.isEmpty()); // the panes reload theirs
    QVERIFY(!m_session->keepMine()); // nothing left to keep

    // Reloaded: the next edit is based on their revision and goes through.
    QVERIFY(m_session->setOwner(c.id, u"anna"_s));
    QCOMPARE(tracker().commitment(c.id)->owner, u"anna"_s);
}

void TestSession::conflictOnUndo()
{
    const TrackedCommitment c = commitmentsOf(m_example).constFirst();
    QVERIFY(m_session->setStatus(c.id, Status::PartlyDone));
    const TrackedCommitment mine = *tracker().commitment(c.id);

    TrackerOptions bertOptions;
    bertOptions.author = u"bert"_s;
    auto bert = Tracker::open(m_location, bertOptions);
    QVERIFY(bert);
    CommitmentEdit theirs;
    theirs.id = c.id;
    theirs.baseRevision = mine.revision;
    theirs.owner = u"bert"_s;
    QVERIFY((*bert)->updateCommitment(theirs));

    QSignalSpy conflicts(m_session.get(), &TrackerSession::conflict);
    m_session->undoStack()->undo();
    // The refused undo leaves the stack (the database no longer matches it);
    // the conflict is reported once the stack is done.
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(tracker().commitment(c.id)->status, Status::PartlyDone);
    QTRY_COMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().at(0).value<TrackedCommitment>().owner, u"bert"_s);

    // Keeping mine applies the undo on top of bert's change: both survive.
    QVERIFY(m_session->keepMine());
    const auto now = tracker().commitment(c.id);
    QCOMPARE(now->status, c.status);
    QCOMPARE(now->owner, u"bert"_s);
}

void TestSession::closeClearsTheStack()
{
    QVERIFY(m_session->setOwner(commitmentsOf(m_example).constFirst().id, u"erik"_s));
    QSignalSpy closed(m_session.get(), &TrackerSession::closed);
    m_session->close();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_session->isOpen());
    QVERIFY(!m_session->tracker());
    QCOMPARE(m_session->undoStack()->count(), 0);
    QSignalSpy errors(m_session.get(), &TrackerSession::errorOccurred);
    QVERIFY(!m_session->setOwner(u"x"_s, u"y"_s));
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
