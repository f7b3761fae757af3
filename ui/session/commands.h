// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "tracker/trackertypes.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Promissa
{

class Tracker;

/// What the undo commands need from the session: the tracker, the revision
/// the user last saw of each commitment, the renames that redo causes and the
/// change signals. TrackerSession implements it; the commands never see the
/// session itself, so they can be read (and tested) on their own.
class CommandContext
{
public:
    virtual ~CommandContext() = default;

    virtual Tracker &tracker() = 0;

    /// The revision the session last saw of a commitment: edits are based on
    /// it, so a change made by somebody else in between is refused.
    virtual int knownRevision(const QString &commitmentId) = 0;
    /// Records the revision of a commitment that just changed and tells the
    /// panes; the second form reloads it first (for changes made as a side
    /// effect, such as a confirmed Fulfils setting kamerbriefNakoming).
    virtual void commitmentUpdated(const TrackedCommitment &commitment) = 0;
    virtual void commitmentTouched(const QString &commitmentId) = 0;
    virtual void commitmentAdded(const TrackedCommitment &commitment) = 0;
    virtual void commitmentRemoved(const QString &commitmentId, qint64 letterId) = 0;
    virtual void notesTouched(qint64 letterId) = 0;

    /// Adding again what undo removed gives a new UUID (or link id); later
    /// commands still name the old one and find the new one through these.
    virtual QString currentId(const QString &id) const = 0;
    virtual void renamed(const QString &oldId, const QString &newId) = 0;
    virtual qint64 currentLinkId(qint64 id) const = 0;
    virtual void linkRenamed(qint64 oldId, qint64 newId) = 0;
};

/// One user edit on the undo stack. The session runs the first redo itself
/// (execute()) and pushes the command only when the tracker accepted it, so
/// a refused edit never sits on the stack. A later undo or redo that the
/// tracker refuses makes the command obsolete (QUndoStack then drops it) and
/// hands the error to failed(), since the database no longer matches it.
class SessionCommand : public QUndoCommand
{
public:
    explicit SessionCommand(CommandContext &context);

    /// The first redo, before the command is pushed.
    Expected<void> execute();

    void redo() final;
    void undo() final;

    /// The commitment a conflict concerns, if the command edits one.
    virtual QString conflictTarget() const
    {
        return {};
    }
    /// A command that applies this command's given direction again on top of
    /// `theirs` (the row as somebody else left it): what "Keep mine" pushes.
    /// nullptr when the edit cannot be repeated.
    virtual std::unique_ptr<SessionCommand> retry(bool forward, const TrackedCommitment &theirs) const;

    /// Called after a later undo or redo was refused (the first redo reports
    /// through execute() instead).
    using FailureHandler = std::function<void(const SessionCommand &command, bool forward, const Error &error)>;
    void setFailureHandler(FailureHandler handler)
    {
        m_failed = std::move(handler);
    }

protected:
    virtual Expected<void> apply(bool forward) = 0;

    CommandContext &m_context;

private:
    void run(bool forward);
    FailureHandler m_failed;
    bool m_skipRedo = false;
};

/// Any change of a commitment's own fields (status, deadline, owner, tags,
/// span, kind, actor, rejected): it holds the new values and the old ones,
/// and undo is an update back to the old values on the current revision.
class EditCommitmentCommand final : public SessionCommand
{
public:
    /// `before` is the commitment as the user saw it; `change` names the id
    /// and the fields to set. The old values are taken from `before`.
    EditCommitmentCommand(CommandContext &context, const TrackedCommitment &before, const CommitmentEdit &change, const QString &undoReason);

    QString conflictTarget() const override
    {
        return m_forward.id;
    }
    std::unique_ptr<SessionCommand> retry(bool forward, const TrackedCommitment &theirs) const override;

    /// The edit with the fields that change set to the values of `c`.
    static CommitmentEdit valuesOf(const TrackedCommitment &c, const CommitmentEdit &fields);

protected:
    Expected<void> apply(bool forward) override;

private:
    CommitmentEdit m_forward;
    CommitmentEdit m_backward;
    QString m_undoReason;
};

/// Marks a span as a commitment (and, inverted, removes a manual one: that
/// is what "Keep mine" pushes when undoing an add met somebody's change).
class AddCommitmentCommand final : public SessionCommand
{
public:
    AddCommitmentCommand(CommandContext &context, const NewCommitment &commitment, bool inverted = false, const QString &id = {});

    QString commitmentId() const
    {
        return m_id;
    }
    QString conflictTarget() const override
    {
        return m_id;
    }
    std::unique_ptr<SessionCommand> retry(bool forward, const TrackedCommitment &theirs) const override;

protected:
    Expected<void> apply(bool forward) override;

private:
    NewCommitment m_commitment;
    QString m_id;
    bool m_inverted = false;
};

/// Adds a note (and, inverted, removes one; undo adds it again).
class NoteCommand final : public SessionCommand
{
public:
    NoteCommand(CommandContext &context, const Note &note, bool removing);

    QString noteId() const
    {
        return m_note.id;
    }

protected:
    Expected<void> apply(bool forward) override;

private:
    Note m_note;
    bool m_removing = false;
};

/// Confirms or rejects a link suggestion; undo reopens it.
class SuggestionCommand final : public SessionCommand
{
public:
    SuggestionCommand(CommandContext &context, const LinkSuggestion &suggestion, SuggestionState decision);

    /// The status change a confirmed Fulfils proposes (after the first redo).
    std::optional<Status> proposedStatus() const
    {
        return m_proposed;
    }

protected:
    Expected<void> apply(bool forward) override;

private:
    void touchEnds();

    LinkSuggestion m_suggestion;
    SuggestionState m_decision = SuggestionState::Confirmed;
    std::optional<Status> m_proposed;
};

/// Adds a typed link (and, inverted, removes one; undo adds it again).
class LinkCommand final : public SessionCommand
{
public:
    LinkCommand(CommandContext &context, const CommitmentLink &link, bool removing, const QString &reason);

protected:
    Expected<void> apply(bool forward) override;

private:
    Expected<void> add();
    Expected<void> remove();
    void touchEnds();

    CommitmentLink m_link;
    bool m_removing = false;
    QString m_reason;
};

} // namespace Promissa
