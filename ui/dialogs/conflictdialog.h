// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QDialog>

class QPushButton;

namespace Promissa
{

/// Somebody else changed a commitment while the user was editing it. Shows
/// their version beside the user's refused edit and lets the user reload
/// (drop their own edit) or keep theirs (apply it on top). Either way both
/// versions stay in the commitment's history, so nothing is lost.
class ConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { Reload, KeepMine };

    /// `mine` describes the refused edit, `message` is the tracker's account
    /// of who changed what.
    ConflictDialog(const TrackedCommitment &theirs, const QString &mine, const QString &message, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const
    {
        return m_choice;
    }
    QPushButton *reloadButton() const
    {
        return m_reload;
    }
    QPushButton *keepMineButton() const
    {
        return m_keepMine;
    }

private:
    Choice m_choice = Choice::Reload;
    QPushButton *m_reload = nullptr;
    QPushButton *m_keepMine = nullptr;
};

} // namespace Promissa
