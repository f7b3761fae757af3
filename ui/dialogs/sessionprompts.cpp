// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "sessionprompts.h"

#include "conflictdialog.h"
#include "messagebox.h"
#include "models/labels.h"
#include "session/trackersession.h"

#include <QWidget>

namespace Promissa
{

SessionPrompts::SessionPrompts(TrackerSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(&session, &TrackerSession::conflict, this, &SessionPrompts::showConflict);
    connect(&session, &TrackerSession::statusChangeProposed, this, &SessionPrompts::proposeStatus);
    connect(&session, &TrackerSession::errorOccurred, this, [this](const QString &message) {
        //: Title of an error message; the text says what the tracker refused
        MessageBox::warning(m_window, tr("The change was not saved"), message);
    });
}

SessionPrompts::~SessionPrompts() = default;

void SessionPrompts::setInlineOffer(std::function<bool(const QString &)> offered)
{
    m_offeredInline = std::move(offered);
}

void SessionPrompts::showConflict(const TrackedCommitment &theirs, const QString &message)
{
    // Window-modal and not exec(): conflicts can arrive from inside an undo.
    auto *dialog = new ConflictDialog(theirs, m_session.refusedEdit(), message, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->choice() == ConflictDialog::Choice::KeepMine)
            m_session.keepMine();
        else
            m_session.discardMine();
    });
    dialog->open();
}

void SessionPrompts::proposeStatus(const QString &commitmentId, Status status)
{
    const Tracker *tracker = m_session.tracker();
    const auto commitment = tracker ? tracker->commitment(commitmentId) : Expected<TrackedCommitment>();
    if (!commitment || commitment->status == status || (m_offeredInline && m_offeredInline(commitmentId)))
        return;
    //: Question after confirming that a letter fulfils a commitment; %1 is its number, %2 a status
    const QString text = tr("The letter fulfils %1. Set its status to “%2”?").arg(commitment->number, Labels::status(status));
    //: Title of the question
    if (MessageBox::ask(m_window, tr("Fulfilled Commitment"), text, /*: button */ tr("Set Status"), /*: button */ tr("Keep Status")))
        m_session.setStatus(commitmentId, status);
}

} // namespace Promissa
