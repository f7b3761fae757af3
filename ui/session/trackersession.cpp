// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "trackersession.h"

#include "analysis/analyzer.h"
#include "commands.h"
#include "models/labels.h"

#include <QHash>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

struct TrackerSession::Private final : public CommandContext {
    explicit Private(TrackerSession *session)
        : q(session)
        , undoStack(new QUndoStack(session))
    {
    }

    // ---- CommandContext ----

    Tracker &tracker() override
    {
        return *trackerPtr;
    }

    int knownRevision(const QString &commitmentId) override
    {
        const auto it = revisions.constFind(commitmentId);
        if (it != revisions.constEnd())
            return *it;
        // Never seen (a commitment that arrived after the last reload): what
        // is stored now is what the user is looking at.
        auto fresh = trackerPtr->commitment(commitmentId);
        if (!fresh)
            return 0;
        revisions.insert(fresh->id, fresh->revision);
        return fresh->revision;
    }

    void commitmentUpdated(const TrackedCommitment &commitment) override
    {
        revisions.insert(commitment.id, commitment.revision);
        Q_EMIT q->commitmentChanged(commitment.id);
    }

    void commitmentTouched(const QString &commitmentId) override
    {
        if (auto fresh = trackerPtr->commitment(commitmentId))
            revisions.insert(fresh->id, fresh->revision);
        Q_EMIT q->commitmentChanged(commitmentId);
    }

    void commitmentAdded(const TrackedCommitment &commitment) override
    {
        revisions.insert(commitment.id, commitment.revision);
        Q_EMIT q->commitmentsChanged(commitment.letterId);
    }

    void commitmentRemoved(const QString &commitmentId, qint64 letterId) override
    {
        revisions.remove(commitmentId);
        Q_EMIT q->commitmentsChanged(letterId);
    }

    void notesTouched(qint64 letterId) override
    {
        Q_EMIT q->notesChanged(letterId);
    }

    QString currentId(const QString &id) const override
    {
        QString current = id;
        // Each redo of an undone add makes one more hop; chains stay short.
        for (auto it = renames.constFind(current); it != renames.constEnd(); it = renames.constFind(current))
            current = *it;
        return current;
    }

    void renamed(const QString &oldId, const QString &newId) override
    {
        if (oldId != newId)
            renames.insert(oldId, newId);
    }

    qint64 currentLinkId(qint64 id) const override
    {
        qint64 current = id;
        for (auto it = linkRenames.constFind(current); it != linkRenames.constEnd(); it = linkRenames.constFind(current))
            current = *it;
        return current;
    }

    void linkRenamed(qint64 oldId, qint64 newId) override
    {
        if (oldId != newId)
            linkRenames.insert(oldId, newId);
    }

    // ---- the session's own work ----

    /// Remembers the revision of every commitment, as the panes are about to
    /// show them: later edits are based on these, so a change somebody else
    /// made meanwhile is refused rather than overwritten.
    void snapshotRevisions()
    {
        revisions.clear();
        CommitmentFilter all;
        all.includeRejected = true;
        if (auto list = trackerPtr->commitments(all)) {
            revisions.reserve(list->size());
            for (const TrackedCommitment &c : std::as_const(*list))
                revisions.insert(c.id, c.revision);
        }
    }

    bool ensureOpen()
    {
        if (trackerPtr)
            return true;
        Q_EMIT q->errorOccurred(TrackerSession::tr("No tracker is open. Create or open one in the File menu first."));
        return false;
    }

    /// Runs the first redo; pushes the command when the tracker accepted it.
    bool run(std::unique_ptr<SessionCommand> command)
    {
        command->setFailureHandler([this](const SessionCommand &failedCommand, bool forward, const Error &error) {
            // Inside QUndoStack::undo()/redo(): the dialog that may follow
            // must not push onto the stack while it is busy.
            refused(failedCommand, forward, error, true);
        });
        auto result = command->execute();
        if (!result) {
            refused(*command, true, result.error(), false);
            return false;
        }
        undoStack->push(command.release());
        return true;
    }

    void refused(const SessionCommand &command, bool forward, const Error &error, bool queued)
    {
        pending.reset();
        TrackedCommitment theirs;
        bool conflict = false;
        if (error.kind == Error::Kind::Conflict && !command.conflictTarget().isEmpty()) {
            if (auto fresh = trackerPtr->commitment(currentId(command.conflictTarget()))) {
                theirs = *fresh;
                pending = command.retry(forward, theirs);
                pendingBase = theirs;
                if (pending)
                    pending->setText(forward ? command.text() : TrackerSession::tr("Undo: %1").arg(command.text()));
                conflict = true;
            }
        }
        const QString message = error.message;
        auto report = [session = QPointer<TrackerSession>(q), conflict, theirs, message] {
            if (!session)
                return;
            if (conflict)
                Q_EMIT session->conflict(theirs, message);
            else
                Q_EMIT session->errorOccurred(message);
        };
        if (queued)
            QMetaObject::invokeMethod(q, report, Qt::QueuedConnection);
        else
            report();
    }

    /// Builds and runs a field edit of one commitment.
    bool edit(CommitmentEdit change, const QString &description)
    {
        if (!ensureOpen())
            return false;
        change.id = currentId(change.id);
        auto before = trackerPtr->commitment(change.id);
        if (!before) {
            Q_EMIT q->errorOccurred(before.error().message);
            return false;
        }
        change.id = before->id; // a number ("PR-2025-0001") names it too
        auto command = std::make_unique<EditCommitmentCommand>(*this, *before, change, TrackerSession::tr("undone"));
        command->setText(description.arg(before->number));
        return run(std::move(command));
    }

    TrackerSession *q;
    QUndoStack *undoStack;
    std::unique_ptr<Tracker> trackerPtr;
    Analyzer analyzer;
    QString location;
    QHash<QString, int> revisions;
    QHash<QString, QString> renames;
    QHash<qint64, qint64> linkRenames;
    /// After a conflict: the refused edit, ready to be applied on theirs,
    /// and their row as the conflict showed it.
    std::unique_ptr<SessionCommand> pending;
    TrackedCommitment pendingBase;
};

TrackerSession::TrackerSession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

TrackerSession::~TrackerSession()
{
    // The commands refer to the tracker; they go first.
    d->undoStack->clear();
}

Expected<void> TrackerSession::open(const QString &location, const TrackerOptions &options)
{
    auto opened = Tracker::open(location, options);
    if (!opened)
        return std::unexpected(opened.error());
    if (d->trackerPtr)
        close();
    d->trackerPtr = std::move(*opened);
    d->location = location;
    d->snapshotRevisions();
    Q_EMIT TrackerSession::opened();
    return {};
}

void TrackerSession::close()
{
    if (!d->trackerPtr)
        return;
    d->undoStack->clear();
    d->pending.reset();
    d->revisions.clear();
    d->renames.clear();
    d->linkRenames.clear();
    d->trackerPtr.reset();
    d->location.clear();
    Q_EMIT closed();
}

bool TrackerSession::isOpen() const
{
    return d->trackerPtr != nullptr;
}

QString TrackerSession::location() const
{
    return d->location;
}

Tracker *TrackerSession::tracker() const
{
    return d->trackerPtr.get();
}

const Analyzer &TrackerSession::analyzer() const
{
    return d->analyzer;
}

QUndoStack *TrackerSession::undoStack() const
{
    return d->undoStack;
}

// ---- edits -----------------------------------------------------------------------

bool TrackerSession::setStatus(const QString &commitmentId, Status status, const QString &reason)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.status = status;
    change.reason = reason;
    //: Undo history; %1 is a commitment number, %2 a status ("done")
    return d->edit(change, tr("Set status of %1 to %2").arg(u"%1"_s, Labels::status(status)));
}

bool TrackerSession::setDeadline(const QString &commitmentId, const Deadline &deadline, const QString &reason)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.deadline = deadline;
    change.reason = reason;
    //: Undo history; %1 is a commitment number
    return d->edit(change, tr("Change deadline of %1"));
}

bool TrackerSession::setOwner(const QString &commitmentId, const QString &owner)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.owner = owner;
    //: Undo history; %1 is a commitment number
    return d->edit(change, tr("Change owner of %1"));
}

bool TrackerSession::setTags(const QString &commitmentId, const QStringList &tags)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.tags = tags;
    //: Undo history; %1 is a commitment number
    return d->edit(change, tr("Change tags of %1"));
}

bool TrackerSession::setSpan(const QString &commitmentId, TextRange span)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.span = span;
    //: Undo history; %1 is a commitment number
    return d->edit(change, tr("Adjust the text of %1"));
}

bool TrackerSession::setKind(const QString &commitmentId, CommitmentKind kind)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.kind = kind;
    //: Undo history; %1 is a commitment number, %2 a kind ("firm")
    return d->edit(change, tr("Set kind of %1 to %2").arg(u"%1"_s, Labels::kind(kind)));
}

bool TrackerSession::setActor(const QString &commitmentId, const QString &actor)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.actor = actor;
    //: Undo history; %1 is a commitment number
    return d->edit(change, tr("Change actor of %1"));
}

bool TrackerSession::setRejected(const QString &commitmentId, bool rejected, const QString &reason)
{
    CommitmentEdit change;
    change.id = commitmentId;
    change.rejected = rejected;
    change.reason = reason;
    return d->edit(change,
                   rejected ? /*: Undo history; %1 is a commitment number */ tr("Reject %1")
                            : /*: Undo history; %1 is a commitment number */ tr("Restore %1"));
}

QString TrackerSession::addCommitment(const NewCommitment &commitment)
{
    if (!d->ensureOpen())
        return {};
    auto command = std::make_unique<AddCommitmentCommand>(*d, commitment);
    AddCommitmentCommand *added = command.get();
    //: Undo history
    command->setText(tr("Mark a commitment"));
    if (!d->run(std::move(command)))
        return {};
    return added->commitmentId();
}

QString TrackerSession::addNote(qint64 letterId, TextRange range, const QString &text, const QString &commitmentId)
{
    if (!d->ensureOpen())
        return {};
    Note note;
    note.letterId = letterId;
    note.range = range;
    note.text = text;
    note.commitmentId = commitmentId;
    auto command = std::make_unique<NoteCommand>(*d, note, false);
    NoteCommand *added = command.get();
    //: Undo history
    command->setText(tr("Add a note"));
    if (!d->run(std::move(command)))
        return {};
    return added->noteId();
}

bool TrackerSession::removeNote(const Note &note)
{
    if (!d->ensureOpen())
        return false;
    auto command = std::make_unique<NoteCommand>(*d, note, true);
    //: Undo history
    command->setText(tr("Remove a note"));
    return d->run(std::move(command));
}

bool TrackerSession::confirmSuggestion(qint64 suggestionId)
{
    if (!d->ensureOpen())
        return false;
    auto pending = d->trackerPtr->suggestions();
    if (!pending) {
        Q_EMIT errorOccurred(pending.error().message);
        return false;
    }
    const auto it = std::ranges::find(*pending, suggestionId, &LinkSuggestion::id);
    if (it == pending->cend()) {
        //: %1 is the number of a link suggestion
        Q_EMIT errorOccurred(tr("Link suggestion %1 is no longer pending; somebody may have decided on it already.").arg(suggestionId));
        return false;
    }
    const LinkSuggestion suggestion = *it;
    auto command = std::make_unique<SuggestionCommand>(*d, suggestion, SuggestionState::Confirmed);
    SuggestionCommand *confirmed = command.get();
    //: Undo history; %1 is the kind of link ("repeats")
    command->setText(tr("Confirm a “%1” link").arg(Labels::linkType(suggestion.type, true)));
    if (!d->run(std::move(command)))
        return false;
    if (const auto status = confirmed->proposedStatus())
        Q_EMIT statusChangeProposed(d->currentId(suggestion.toCommitment), *status);
    return true;
}

bool TrackerSession::rejectSuggestion(qint64 suggestionId)
{
    if (!d->ensureOpen())
        return false;
    LinkSuggestion suggestion;
    suggestion.id = suggestionId;
    if (auto pending = d->trackerPtr->suggestions()) {
        if (const auto it = std::ranges::find(*pending, suggestionId, &LinkSuggestion::id); it != pending->cend())
            suggestion = *it;
    }
    auto command = std::make_unique<SuggestionCommand>(*d, suggestion, SuggestionState::Rejected);
    //: Undo history
    command->setText(tr("Reject a link suggestion"));
    return d->run(std::move(command));
}

bool TrackerSession::addLink(const CommitmentLink &link, const QString &reason)
{
    if (!d->ensureOpen())
        return false;
    auto command = std::make_unique<LinkCommand>(*d, link, false, reason);
    //: Undo history; %1 is the kind of link ("repeats")
    command->setText(tr("Add a “%1” link").arg(Labels::linkType(link.type, true)));
    return d->run(std::move(command));
}

bool TrackerSession::removeLink(const CommitmentLink &link, const QString &reason)
{
    if (!d->ensureOpen())
        return false;
    auto command = std::make_unique<LinkCommand>(*d, link, true, reason);
    //: Undo history; %1 is the kind of link ("repeats")
    command->setText(tr("Remove a “%1” link").arg(Labels::linkType(link.type, true)));
    return d->run(std::move(command));
}

// ---- conflicts -------------------------------------------------------------------

bool TrackerSession::keepMine()
{
    if (!d->pending || !d->ensureOpen())
        return false;
    std::unique_ptr<SessionCommand> command = std::move(d->pending);
    // The user has seen their version now: mine goes on top of it.
    d->revisions.insert(d->pendingBase.id, d->pendingBase.revision);
    return d->run(std::move(command));
}

void TrackerSession::discardMine()
{
    if (!d->pending)
        return;
    const QString id = d->currentId(d->pending->conflictTarget());
    d->pending.reset();
    if (d->trackerPtr && !id.isEmpty())
        d->commitmentTouched(id);
}

QString TrackerSession::refusedEdit() const
{
    return d->pending ? d->pending->text() : QString();
}

void TrackerSession::notifyLettersChanged()
{
    if (!d->trackerPtr)
        return;
    d->snapshotRevisions();
    Q_EMIT lettersChanged();
}

} // namespace Promissa
