// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "tracker/tracker.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace Promissa
{

class Analyzer;

/// The desktop app's one door to the tracker. Panes read through it and ask
/// it for edits; they never hold a Tracker or write to the database
/// themselves. Every user edit becomes a QUndoCommand on the one undo stack
/// (so Ctrl+Z works across letters and panes) whose redo/undo call the
/// Tracker service and then emit the change signals below, which the panes
/// and models listen to.
///
/// When the tracker refuses an edit because somebody else changed the row
/// (Error::Kind::Conflict), the command is not pushed and conflict() is
/// emitted with both versions, so the window can ask the user to reload or
/// to keep their own (keepMine() re-applies it on the fresh revision).
class TrackerSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerSession)

public:
    explicit TrackerSession(QObject *parent = nullptr);
    ~TrackerSession() override;

    /// Opens (or creates) the tracker at location; on success the undo stack
    /// is cleared and opened() is emitted.
    Expected<void> open(const QString &location, const TrackerOptions &options = {});
    void close();
    bool isOpen() const;
    QString location() const;

    /// Read access for panes and models. nullptr when no tracker is open.
    Tracker *tracker() const;
    const Analyzer &analyzer() const;
    QUndoStack *undoStack() const;

    // ---- edits: each one is a command on the undo stack ----------------------
    // They return false (and emit errorOccurred or conflict) when the tracker
    // refused; the command is then not on the stack.

    bool setStatus(const QString &commitmentId, Status status, const QString &reason = {});
    bool setDeadline(const QString &commitmentId, const Deadline &deadline, const QString &reason = {});
    bool setOwner(const QString &commitmentId, const QString &owner);
    bool setTags(const QString &commitmentId, const QStringList &tags);
    bool setSpan(const QString &commitmentId, TextRange span);
    bool setKind(const QString &commitmentId, CommitmentKind kind);
    bool setActor(const QString &commitmentId, const QString &actor);
    bool setRejected(const QString &commitmentId, bool rejected, const QString &reason = {});
    /// Marks a span as a commitment; returns its id, or empty on failure.
    QString addCommitment(const NewCommitment &commitment);
    QString addNote(qint64 letterId, TextRange range, const QString &text, const QString &commitmentId = {});
    bool removeNote(const Note &note);
    bool confirmSuggestion(qint64 suggestionId);
    bool rejectSuggestion(qint64 suggestionId);
    bool addLink(const CommitmentLink &link, const QString &reason = {});
    bool removeLink(const CommitmentLink &link, const QString &reason = {});

    /// After conflict(): apply the refused edit again on top of the other
    /// person's change (it becomes a new command on the stack).
    bool keepMine();
    /// After conflict(): drop the refused edit and reload.
    void discardMine();
    /// After conflict(): what the refused edit would have done, for the
    /// dialog that asks the user ("Set status of PR-2025-0003 to done").
    /// Empty when there is nothing to keep.
    QString refusedEdit() const;

    /// Import/re-analysis finished elsewhere (ImportJob): reload views.
    void notifyLettersChanged();

Q_SIGNALS:
    void opened();
    void closed();
    void lettersChanged();
    /// One commitment changed (fields, status, links, suggestions).
    void commitmentChanged(const QString &commitmentId);
    /// Commitments were added or removed (a letter's set changed).
    void commitmentsChanged(qint64 letterId);
    void notesChanged(qint64 letterId);
    void errorOccurred(const QString &message);
    /// Somebody else changed the commitment first. `theirs` is the current
    /// row, `message` names who changed what.
    void conflict(const TrackedCommitment &theirs, const QString &message);
    /// A confirmed "fulfils" suggestion proposes this status for the
    /// commitment it fulfils; the window may offer it (setStatus does it).
    void statusChangeProposed(const QString &commitmentId, Promissa::Status status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Promissa
