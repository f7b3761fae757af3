// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Promissa
{

class TrackerSession;

/// The notes on one commitment: those made about it and those on text it
/// overlaps. "Add Note…" asks for the text (a window-modal dialog that does
/// not block) and adds it through the session.
class NotesWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesWidget)

public:
    explicit NotesWidget(TrackerSession &session, QWidget *parent = nullptr);
    ~NotesWidget() override;

    /// Shows the notes of this commitment; a default one shows none.
    void setCommitment(const TrackedCommitment &commitment);
    QListWidget *list() const
    {
        return m_list;
    }
    const QList<Note> &notes() const
    {
        return m_notes;
    }

public Q_SLOTS:
    void addNote();
    void removeCurrentNote();

Q_SIGNALS:
    /// The list was read again (another commitment, or its notes changed).
    void notesLoaded();

private:
    void reload();
    void updateButtons();

    TrackerSession &m_session;
    QString m_commitmentId;
    qint64 m_letterId = 0;
    TextRange m_span;
    QList<Note> m_notes;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Promissa
