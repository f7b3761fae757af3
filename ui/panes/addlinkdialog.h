// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace Promissa
{

class TrackerSession;

/// "Add link…": finds the other commitment by searching the text of all
/// commitments, and asks how the two relate. The link itself is made by the
/// caller, through the session.
class AddLinkDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddLinkDialog)

public:
    /// commitmentId: the commitment the link starts from or ends at.
    AddLinkDialog(TrackerSession &session, const QString &commitmentId, QWidget *parent = nullptr);
    ~AddLinkDialog() override;

    QLineEdit *searchEdit() const
    {
        return m_search;
    }
    QTreeWidget *resultList() const
    {
        return m_results;
    }
    QComboBox *relationCombo() const
    {
        return m_relation;
    }
    /// The link as chosen; toCommitment (or fromCommitment) is empty while
    /// no result is selected.
    CommitmentLink link() const;

public Q_SLOTS:
    /// Runs the search now (it also runs by itself when typing pauses).
    void search();

private:
    void updateButtons();

    TrackerSession &m_session;
    QString m_commitmentId;
    QLineEdit *m_search;
    QTimer *m_timer;
    QTreeWidget *m_results;
    QComboBox *m_relation;
    QDialogButtonBox *m_buttons;
};

} // namespace Promissa
