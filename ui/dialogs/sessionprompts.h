// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QObject>

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

private:
    void showConflict(const TrackedCommitment &theirs, const QString &message);
    void proposeStatus(const QString &commitmentId, Status status);

    TrackerSession &m_session;
    QWidget *m_window;
};

} // namespace Promissa
