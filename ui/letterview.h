// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "session/letterannotations.h"
#include "text/letter.h"
#include "tracker/trackertypes.h"

#include <KSyntaxHighlighting/Theme>

#include <QPointer>
#include <QTextEdit>

#include <optional>

class QPrinter;

namespace KSyntaxHighlighting
{
class Repository;
class SyntaxHighlighter;
}

namespace Promissa
{

class TrackerSession;

/// Shows one letter read-only: one block per paragraph, so document positions
/// are Letter::text offsets. Headings are bold, bullets form a list, footnotes
/// are set smaller at the end. The Kamerbrief syntax definition colours the
/// text through one SyntaxHighlighter for this view's document.
///
/// A tracked letter (showLetter()) gets the tracker's knowledge on top, as a
/// second layer that never touches the highlighter's colours: commitment
/// spans tinted by status (overdue in a warning colour, rejected ones struck
/// out), deadlines underlined, references to tracked letters as links that
/// open them, notes marked in the left margin, and a tooltip with the
/// commitment's kind, deadline, status and links. Edits go through the
/// session (mark a selection as a commitment, add a note).
///
/// A QTextEdit rather than a QPlainTextEdit: the plain-text layout ignores
/// block margins, indents and lists, which the letter's structure needs.
class LetterView : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterView)

public:
    explicit LetterView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~LetterView() override;

    /// The session to read the tracker through and to send edits to.
    void setSession(TrackerSession *session);
    TrackerSession *session() const
    {
        return m_session;
    }

    /// Shows a letter that is not in a tracker: no overlays.
    void setLetter(Letter letter);
    const Letter &letter() const
    {
        return m_letter;
    }
    /// Shows a tracked letter with its overlays. False (and nothing changes)
    /// when the tracker cannot give it.
    bool showLetter(qint64 letterId);
    /// The tracked letter shown, or 0.
    qint64 letterId() const
    {
        return m_letterId;
    }
    void clearLetter();

    /// The shown letter's commitments, in text order (rejected ones too).
    const QList<TrackedCommitment> &commitments() const
    {
        return m_annotations.commitments();
    }
    /// Everything the view knows about the shown letter.
    const LetterAnnotations &annotations() const
    {
        return m_annotations;
    }
    QString currentCommitment() const
    {
        return m_current;
    }
    /// The commitment whose span holds the position, or empty.
    QString commitmentAt(qsizetype position) const
    {
        return m_annotations.commitmentAt(position);
    }

    /// The theme to use; an empty name follows the palette's lightness.
    void setThemeName(const QString &themeName);
    QString themeName() const
    {
        return m_themeName;
    }

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const
    {
        return m_highlighter;
    }

    /// Prints the letter with a light theme whatever the screen uses, since
    /// dark backgrounds do not belong on paper.
    void printLetter(QPrinter *printer) const;

    // The view's actions, for the window's menus; they carry the shortcuts.
    QAction *nextCommitmentAction() const
    {
        return m_nextAction;
    }
    QAction *previousCommitmentAction() const
    {
        return m_previousAction;
    }
    QAction *markCommitmentAction() const
    {
        return m_markAction;
    }
    QAction *addNoteAction() const
    {
        return m_noteAction;
    }
    QAction *adjustSpanAction() const
    {
        return m_spanAction;
    }

public Q_SLOTS:
    /// Shows the commitment (opening its letter when needed) and scrolls to
    /// it. Does not emit commitmentSelected(): the caller knows already.
    void selectCommitment(const QString &id);
    void nextCommitment();
    void previousCommitment();
    /// Opens the "Mark as commitment" dialog for the selection.
    void markSelection();
    /// Opens the "Add note" dialog for the selection.
    void addNoteToSelection();
    /// Makes the selection the current commitment's span (one undo step).
    void setSpanToSelection();

Q_SIGNALS:
    /// The user picked a commitment here (click, next/previous, marked one).
    void commitmentSelected(const QString &id);
    /// A tracked letter is shown now (also after a reference link was followed).
    void letterShown(qint64 letterId);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyTheme();
    void buildDocument();
    void updateColumn();
    void createActions();
    void updateActions();

    void reloadCommitments();
    void reloadNotes();
    void reloadReferences();
    void updateOverlays();
    void setCurrent(const QString &id, bool emitSelected);
    void scrollToRange(TextRange range);
    QRect noteRect(const Note &note) const;
    std::optional<TextRange> selectedRange() const;
    const Analysis &analysis();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Letter m_letter;
    QString m_themeName;
    bool m_applyingTheme = false;

    QPointer<TrackerSession> m_session;
    qint64 m_letterId = 0;
    LetterAnnotations m_annotations;
    QString m_current;
    std::optional<Analysis> m_analysis; ///< computed when a proposal needs it

    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_spanAction = nullptr;
};

} // namespace Promissa
