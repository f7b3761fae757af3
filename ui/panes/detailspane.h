// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Promissa
{

class CommitmentLinksWidget;
class HistoryModel;
class LinkModel;
class NotesWidget;
class TrackerSession;

/// Everything about the selected commitment: its sentence and fields, which
/// can be edited here (status with a reason, kind, actor, deadline phrase and
/// day, owner, tags), its history, its notes, its links and the pending link
/// suggestions to confirm or reject. Every edit is a session call, so it is
/// one step on the undo stack; the pane shows what the tracker then holds.
class DetailsPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(TrackerSession &session, QWidget *parent = nullptr);
    ~DetailsPane() override;

    /// The commitment shown, empty when none.
    QString commitmentId() const
    {
        return m_current.id;
    }
    const TrackedCommitment &commitment() const
    {
        return m_current;
    }
    HistoryModel *historyModel() const
    {
        return m_history;
    }
    CommitmentLinksWidget *linksWidget() const
    {
        return m_links;
    }
    NotesWidget *notesWidget() const
    {
        return m_notes;
    }

public Q_SLOTS:
    void showCommitment(const QString &id);

Q_SIGNALS:
    /// A link to another commitment was followed.
    void commitmentActivated(const QString &id);
    /// The commitment's letter, or a letter that fulfils it, was followed.
    void letterActivated(qint64 letterId);

private:
    QWidget *createFieldsPage();
    void load();
    void updateTabTitles();
    void setEditable(bool editable);

    void statusPicked(int index);
    void kindPicked(int index);
    void applyActor();
    void applyOwner();
    void applyTags();
    void applyDeadline();

    TrackerSession &m_session;
    TrackedCommitment m_current;
    QString m_loadedId; ///< whose history and links are loaded
    HistoryModel *m_history;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_letter = nullptr;
    QLabel *m_sentence = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_deadlineText = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_deadlineDate = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_condition = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_fulfilledBy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_historyView = nullptr;
    NotesWidget *m_notes = nullptr;
    CommitmentLinksWidget *m_links = nullptr;
};

} // namespace Promissa
