// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "commands.h"

#include "tracker/tracker.h"

namespace Promissa
{

// ---- SessionCommand ------------------------------------------------------------

SessionCommand::SessionCommand(CommandContext &context)
    : m_context(context)
{
}

Expected<void> SessionCommand::execute()
{
    auto result = apply(true);
    // QUndoStack::push() calls redo() at once; the work is done already.
    m_skipRedo = result.has_value();
    return result;
}

void SessionCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(true);
}

void SessionCommand::undo()
{
    run(false);
}

void SessionCommand::run(bool forward)
{
    auto result = apply(forward);
    if (result)
        return;
    // The database no longer matches this command: QUndoStack drops an
    // obsolete command instead of moving past it.
    setObsolete(true);
    if (m_failed)
        m_failed(*this, forward, result.error());
}

std::unique_ptr<SessionCommand> SessionCommand::retry(bool, const TrackedCommitment &) const
{
    return nullptr;
}

// ---- EditCommitmentCommand -------------------------------------------------------

EditCommitmentCommand::EditCommitmentCommand(CommandContext &context,
                                             const TrackedCommitment &before,
                                             const CommitmentEdit &change,
                                             const QString &undoReason)
    : SessionCommand(context)
    , m_forward(change)
    , m_backward(valuesOf(before, change))
    , m_undoReason(undoReason)
{
    m_backward.id = change.id;
    m_backward.reason = undoReason;
}

CommitmentEdit EditCommitmentCommand::valuesOf(const TrackedCommitment &c, const CommitmentEdit &fields)
{
    CommitmentEdit e;
    e.id = c.id;
    if (fields.status)
        e.status = c.status;
    if (fields.deadline)
        e.deadline = c.deadline;
    if (fields.owner)
        e.owner = c.owner;
    if (fields.tags)
        e.tags = c.tags;
    if (fields.span)
        e.span = c.span;
    if (fields.kind)
        e.kind = c.kind;
    if (fields.actor)
        e.actor = c.actor;
    if (fields.rejected)
        e.rejected = c.rejected;
    return e;
}

Expected<void> EditCommitmentCommand::apply(bool forward)
{
    CommitmentEdit edit = forward ? m_forward : m_backward;
    edit.id = m_context.currentId(m_forward.id);
    edit.baseRevision = m_context.knownRevision(edit.id);
    auto updated = m_context.tracker().updateCommitment(edit);
    if (!updated)
        return std::unexpected(updated.error());
    m_context.commitmentUpdated(*updated);
    return {};
}

std::unique_ptr<SessionCommand> EditCommitmentCommand::retry(bool forward, const TrackedCommitment &theirs) const
{
    CommitmentEdit wanted = forward ? m_forward : m_backward;
    wanted.id = theirs.id;
    return std::make_unique<EditCommitmentCommand>(m_context, theirs, wanted, m_undoReason);
}

// ---- AddCommitmentCommand --------------------------------------------------------

AddCommitmentCommand::AddCommitmentCommand(CommandContext &context, const NewCommitment &commitment, bool inverted, const QString &id)
    : SessionCommand(context)
    , m_commitment(commitment)
    , m_id(id)
    , m_inverted(inverted)
{
}

Expected<void> AddCommitmentCommand::apply(bool forward)
{
    Tracker &tracker = m_context.tracker();
    if (forward != m_inverted) {
        auto added = tracker.addCommitment(m_commitment);
        if (!added)
            return std::unexpected(added.error());
        if (m_id.isEmpty())
            m_id = added->id;
        else
            m_context.renamed(m_context.currentId(m_id), added->id);
        m_context.commitmentAdded(*added);
        return {};
    }
    const QString id = m_context.currentId(m_id);
    const int revision = m_context.knownRevision(id);
    if (auto removed = tracker.removeCommitment(id, revision); !removed)
        return removed;
    m_context.commitmentRemoved(id, m_commitment.letterId);
    return {};
}

std::unique_ptr<SessionCommand> AddCommitmentCommand::retry(bool forward, const TrackedCommitment &theirs) const
{
    // Only a removal can meet a conflict: the command that repeats it removes
    // first, and its undo marks the span again.
    if (forward != m_inverted)
        return nullptr;
    NewCommitment again;
    again.letterId = theirs.letterId;
    again.span = theirs.span;
    again.kind = theirs.kind;
    again.actor = theirs.actor;
    again.deadline = theirs.deadline;
    again.owner = theirs.owner;
    again.tags = theirs.tags;
    return std::make_unique<AddCommitmentCommand>(m_context, again, true, theirs.id);
}

// ---- NoteCommand -----------------------------------------------------------------

NoteCommand::NoteCommand(CommandContext &context, const Note &note, bool removing)
    : SessionCommand(context)
    , m_note(note)
    , m_removing(removing)
{
}

Expected<void> NoteCommand::apply(bool forward)
{
    Tracker &tracker = m_context.tracker();
    if (forward != m_removing) {
        const QString commitment = m_note.commitmentId.isEmpty() ? QString() : m_context.currentId(m_note.commitmentId);
        auto added = tracker.addNote(m_note.letterId, m_note.range, m_note.text, commitment);
        if (!added)
            return std::unexpected(added.error());
        if (m_note.id.isEmpty())
            m_note.id = added->id;
        else
            m_context.renamed(m_context.currentId(m_note.id), added->id);
    } else {
        if (auto removed = tracker.removeNote(m_context.currentId(m_note.id)); !removed)
            return removed;
    }
    m_context.notesTouched(m_note.letterId);
    return {};
}

// ---- SuggestionCommand -----------------------------------------------------------

SuggestionCommand::SuggestionCommand(CommandContext &context, const LinkSuggestion &suggestion, SuggestionState decision)
    : SessionCommand(context)
    , m_suggestion(suggestion)
    , m_decision(decision)
{
}

Expected<void> SuggestionCommand::apply(bool forward)
{
    Tracker &tracker = m_context.tracker();
    if (!forward) {
        if (auto reopened = tracker.reopenSuggestion(m_suggestion.id); !reopened)
            return reopened;
    } else if (m_decision == SuggestionState::Confirmed) {
        auto confirmed = tracker.confirmSuggestion(m_suggestion.id);
        if (!confirmed)
            return std::unexpected(confirmed.error());
        m_proposed = *confirmed;
    } else {
        if (auto rejected = tracker.rejectSuggestion(m_suggestion.id); !rejected)
            return rejected;
    }
    touchEnds();
    return {};
}

void SuggestionCommand::touchEnds()
{
    if (!m_suggestion.fromCommitment.isEmpty())
        m_context.commitmentTouched(m_context.currentId(m_suggestion.fromCommitment));
    m_context.commitmentTouched(m_context.currentId(m_suggestion.toCommitment));
}

// ---- LinkCommand -----------------------------------------------------------------

LinkCommand::LinkCommand(CommandContext &context, const CommitmentLink &link, bool removing, const QString &reason)
    : SessionCommand(context)
    , m_link(link)
    , m_removing(removing)
    , m_reason(reason)
{
}

Expected<void> LinkCommand::apply(bool forward)
{
    auto result = forward != m_removing ? add() : remove();
    if (result)
        touchEnds();
    return result;
}

Expected<void> LinkCommand::add()
{
    CommitmentLink link = m_link;
    link.id = 0;
    if (!link.fromCommitment.isEmpty())
        link.fromCommitment = m_context.currentId(link.fromCommitment);
    link.toCommitment = m_context.currentId(link.toCommitment);
    auto added = m_context.tracker().addLink(link, m_reason);
    if (!added)
        return std::unexpected(added.error());
    if (m_link.id == 0)
        m_link.id = added->id;
    else
        m_context.linkRenamed(m_context.currentLinkId(m_link.id), added->id);
    return {};
}

Expected<void> LinkCommand::remove()
{
    return m_context.tracker().removeLink(m_context.currentLinkId(m_link.id), m_reason);
}

void LinkCommand::touchEnds()
{
    if (!m_link.fromCommitment.isEmpty())
        m_context.commitmentTouched(m_context.currentId(m_link.fromCommitment));
    m_context.commitmentTouched(m_context.currentId(m_link.toCommitment));
}

} // namespace Promissa
