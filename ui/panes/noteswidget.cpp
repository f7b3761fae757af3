// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/noteswidget.h"

#include "messagebox.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

NotesWidget::NotesWidget(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add &Note…"), this))
    , m_remove(new QPushButton(tr("Remove Note"), this))
{
    m_list->setObjectName(u"noteList"_s);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setWordWrap(true);
    m_add->setObjectName(u"addNoteButton"_s);
    m_remove->setObjectName(u"removeNoteButton"_s);
    connect(m_add, &QPushButton::clicked, this, &NotesWidget::addNote);
    connect(m_remove, &QPushButton::clicked, this, &NotesWidget::removeCurrentNote);
    connect(m_list, &QListWidget::currentRowChanged, this, &NotesWidget::updateButtons);
    connect(&session, &TrackerSession::notesChanged, this, [this](qint64 letterId) {
        if (letterId == m_letterId)
            reload();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

NotesWidget::~NotesWidget()
{
    // Clearing the list on its way out moves its current row.
    m_list->disconnect(this);
}

void NotesWidget::setCommitment(const TrackedCommitment &commitment)
{
    m_commitmentId = commitment.id;
    m_letterId = commitment.letterId;
    m_span = commitment.span;
    reload();
}

void NotesWidget::reload()
{
    m_list->clear();
    m_notes.clear();
    const Tracker *tracker = m_session.tracker();
    if (tracker && m_letterId != 0) {
        const auto notes = tracker->notes(m_letterId);
        if (!notes) {
            MessageBox::warning(this, tr("Notes"), notes.error().message);
        } else {
            for (const Note &note : *notes) {
                // A note about this commitment, or one on its words that is
                // about no commitment in particular.
                const bool mine = note.commitmentId == m_commitmentId;
                const bool onSpan = note.commitmentId.isEmpty() && note.range.overlaps(m_span);
                if (!mine && !onSpan)
                    continue;
                m_notes.append(note);
                const QString when = QLocale().toString(note.at.toLocalTime(), QLocale::ShortFormat);
                auto *item = new QListWidgetItem(u"%1 — %2, %3"_s.arg(note.text, note.author, when), m_list);
                item->setToolTip(note.text);
            }
        }
    }
    updateButtons();
    Q_EMIT notesLoaded();
}

void NotesWidget::updateButtons()
{
    const bool writable = m_session.tracker() && !m_session.tracker()->isReadOnly() && !m_commitmentId.isEmpty();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && m_list->currentRow() >= 0);
}

void NotesWidget::addNote()
{
    if (m_commitmentId.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"noteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Note"));
    dialog->setLabelText(tr("Note on this commitment:"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    // The commitment may change while the dialog is open: the note belongs
    // to the one it was asked for.
    const QString commitmentId = m_commitmentId;
    const qint64 letterId = m_letterId;
    const TextRange span = m_span;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, commitmentId, letterId, span](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_session.addNote(letterId, span, text.trimmed(), commitmentId);
    });
    dialog->open();
}

void NotesWidget::removeCurrentNote()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_notes.size())
        m_session.removeNote(m_notes.at(row));
}

} // namespace Promissa
