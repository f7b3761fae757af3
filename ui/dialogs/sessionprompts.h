// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Promissa
{

class TrackerSession;

/// The questions and messages the session's signals call for, in one place:
/// a refused edit is reported, a conflict opens the ConflictDialog (reload or
/// keep mine), and a confirmed "fulfils" link offers its status change.
class SessionPrompts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPrompts)

public:
    /// The dialogs are parented to `window`, which owns this object.
    SessionPrompts(TrackerSession &session, QWidget *window);
    ~SessionPrompts() override;

    /// Tells whether a pane offers a proposed status change in place (the
    /// details pane does, beside the link just confirmed there); the window
    /// then does not ask the same question a second time.
    void setInlineOffer(std::function<bool(const QString &commitmentId)> offered);

private:
    void showConflict(const TrackedCommitment &theirs, const QString &message);
    void proposeStatus(const QString &commitmentId, Status status);

    TrackerSession &m_session;
    QWidget *m_window;
    std::function<bool(const QString &)> m_offeredInline;
};

} // namespace Promissa
