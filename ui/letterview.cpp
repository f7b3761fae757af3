// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "letterview.h"

#include "analysis/analyzer.h"
#include "dialogs/markcommitmentdialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/thememenu.h"
#include "letterdocument.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPrinter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// Reading is easier in a column of limited width; beyond this many average
// characters per line the view adds side margins instead of longer lines.
constexpr qreal s_maxColumnChars = 96.0;
// The document's own margin: the notes' marks stand in its left part.
constexpr int s_documentMargin = 24;
} // namespace

LetterView::LetterView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    setObjectName(u"letterView"_s);
    //: Accessible name of the central letter view
    setAccessibleName(tr("Letter"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    // Files dropped on a letter go to the window, which imports them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    viewport()->setMouseTracking(true); // the hand over links
    // The side margins of the column show this widget's own background.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    document()->setDocumentMargin(s_documentMargin);

    m_highlighter->setDefinition(m_repository.definitionForName(u"Kamerbrief"_s));
    applyTheme();
    createActions();
    connect(this, &QTextEdit::copyAvailable, this, &LetterView::updateActions);
}

LetterView::~LetterView() = default;

void LetterView::createActions()
{
    //: Go menu; moves to the next commitment in the letter
    m_nextAction = new QAction(QIcon::fromTheme(u"go-down"_s), tr("&Next Commitment"), this);
    m_nextAction->setObjectName(u"actionNextCommitment"_s);
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down)});
    connect(m_nextAction, &QAction::triggered, this, &LetterView::nextCommitment);

    //: Go menu; moves to the previous commitment in the letter
    m_previousAction = new QAction(QIcon::fromTheme(u"go-up"_s), tr("&Previous Commitment"), this);
    m_previousAction->setObjectName(u"actionPreviousCommitment"_s);
    m_previousAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up)});
    connect(m_previousAction, &QAction::triggered, this, &LetterView::previousCommitment);

    //: Edit menu; marks the selected text as a commitment
    m_markAction = new QAction(QIcon::fromTheme(u"bookmark-new"_s), tr("&Mark as Commitment…"), this);
    m_markAction->setObjectName(u"actionMarkCommitment"_s);
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_markAction, &QAction::triggered, this, &LetterView::markSelection);

    //: Edit menu; adds a note to the selected text
    m_noteAction = new QAction(QIcon::fromTheme(u"note"_s, QIcon::fromTheme(u"document-edit"_s)), tr("Add &Note…"), this);
    m_noteAction->setObjectName(u"actionAddNote"_s);
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteAction, &QAction::triggered, this, &LetterView::addNoteToSelection);

    //: Edit menu; the selected text becomes the current commitment's text
    m_spanAction = new QAction(QIcon::fromTheme(u"select-rectangular"_s), tr("Set Commitment &Span to Selection"), this);
    m_spanAction->setObjectName(u"actionAdjustSpan"_s);
    m_spanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_spanAction, &QAction::triggered, this, &LetterView::setSpanToSelection);

    // Also on the view itself, so that the shortcuts work wherever it sits.
    addActions({m_nextAction, m_previousAction, m_markAction, m_noteAction, m_spanAction});
    updateActions();
}

void LetterView::updateActions()
{
    const bool hasCommitments = !m_annotations.commitments().isEmpty();
    m_nextAction->setEnabled(hasCommitments);
    m_previousAction->setEnabled(hasCommitments);
    const bool canEdit = m_session && m_letterId != 0 && textCursor().hasSelection();
    m_markAction->setEnabled(canEdit);
    m_noteAction->setEnabled(canEdit);
    m_spanAction->setEnabled(canEdit && m_annotations.find(m_current));
}

void LetterView::setSession(TrackerSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    clearLetter();
    if (!session)
        return;
    connect(session, &TrackerSession::commitmentChanged, this, [this](const QString &id) {
        if (m_annotations.find(id))
            reloadCommitments();
    });
    connect(session, &TrackerSession::commitmentsChanged, this, [this](qint64 letterId) {
        if (letterId == m_letterId && letterId != 0)
            reloadCommitments();
    });
    connect(session, &TrackerSession::notesChanged, this, [this](qint64 letterId) {
        if (letterId == m_letterId && letterId != 0)
            reloadNotes();
    });
    connect(session, &TrackerSession::lettersChanged, this, &LetterView::reloadReferences);
    connect(session, &TrackerSession::opened, this, &LetterView::clearLetter);
    connect(session, &TrackerSession::closed, this, &LetterView::clearLetter);
}

void LetterView::setLetter(Letter letter)
{
    m_letterId = 0;
    m_annotations.clear();
    m_current.clear();
    m_analysis.reset();
    m_letter = std::move(letter);
    buildDocument();
    updateOverlays();
    updateActions();
}

void LetterView::clearLetter()
{
    setLetter(Letter());
}

bool LetterView::showLetter(qint64 letterId)
{
    if (letterId == m_letterId && letterId != 0)
        return true;
    Tracker *tracker = m_session ? m_session->tracker() : nullptr;
    if (!tracker)
        return false;
    auto letter = tracker->letterModel(letterId);
    if (!letter)
        return false;

    m_letterId = letterId;
    m_letter = std::move(*letter);
    m_annotations.clear();
    m_annotations.loadReferences(*tracker, letterId);
    m_current.clear();
    m_analysis.reset();
    buildDocument();
    reloadCommitments();
    reloadNotes();
    Q_EMIT letterShown(letterId);
    return true;
}

// ---- what the tracker knows about the letter --------------------------------------

void LetterView::reloadCommitments()
{
    if (Tracker *tracker = m_session && m_letterId ? m_session->tracker() : nullptr)
        m_annotations.loadCommitments(*tracker, m_letterId);
    if (!m_annotations.find(m_current))
        m_current.clear();
    updateOverlays();
    updateActions();
}

void LetterView::reloadNotes()
{
    if (Tracker *tracker = m_session && m_letterId ? m_session->tracker() : nullptr)
        m_annotations.loadNotes(*tracker, m_letterId);
    viewport()->update();
}

void LetterView::reloadReferences()
{
    Tracker *tracker = m_session && m_letterId ? m_session->tracker() : nullptr;
    if (!tracker)
        return;
    // A newly imported letter may be one this letter refers to: its
    // reference becomes a link. The links live in the document's formats.
    const QList<qint64> before = m_annotations.referenceTargets();
    if (!m_annotations.loadReferences(*tracker, m_letterId) || m_annotations.referenceTargets() == before)
        return;
    const int scroll = verticalScrollBar()->value();
    const int position = textCursor().position();
    buildDocument();
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, document()->characterCount() - 1));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
    updateOverlays();
}

void LetterView::updateOverlays()
{
    // Extra selections are painted over the highlighter's formats without
    // changing them, so the syntax colours and the tracker's tints combine.
    const QDate today = m_session && m_session->tracker() ? m_session->tracker()->today() : QDate::currentDate();
    setExtraSelections(m_annotations.selections(document(), m_letter, today, m_current, palette()));
}

// ---- selecting and moving between commitments -------------------------------------

void LetterView::setCurrent(const QString &id, bool emitSelected)
{
    m_current = id;
    updateOverlays();
    updateActions();
    if (const TrackedCommitment *c = m_annotations.find(id)) {
        QTextCursor cursor(document());
        cursor.setPosition(std::min(int(c->span.start), document()->characterCount() - 1));
        setTextCursor(cursor);
        scrollToRange(c->span);
    }
    if (emitSelected && !id.isEmpty())
        Q_EMIT commitmentSelected(id);
}

void LetterView::scrollToRange(TextRange range)
{
    QTextCursor cursor(document());
    const int last = document()->characterCount() - 1;
    cursor.setPosition(std::min(int(range.start), last));
    const QRect first = cursorRect(cursor);
    cursor.setPosition(std::min(int(range.end), last));
    const QRect end = cursorRect(cursor);
    const QRect span(first.topLeft(), QPoint(first.right(), end.bottom()));
    // Centred when it is out of sight, untouched when it is already visible.
    if (viewport()->rect().contains(span))
        return;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + span.center().y() - viewport()->height() / 2);
}

void LetterView::selectCommitment(const QString &id)
{
    if (id.isEmpty() || id == m_current) {
        if (id.isEmpty() && !m_current.isEmpty())
            setCurrent(QString(), false);
        return;
    }
    if (!m_annotations.find(id) && m_session && m_session->tracker()) {
        auto commitment = m_session->tracker()->commitment(id);
        if (commitment && commitment->letterId != m_letterId)
            showLetter(commitment->letterId);
    }
    if (m_annotations.find(id))
        setCurrent(id, false);
}

void LetterView::nextCommitment()
{
    const auto &all = m_annotations.commitments();
    const TrackedCommitment *current = m_annotations.find(m_current);
    const qsizetype after = current ? current->span.start : textCursor().position() - 1;
    const auto next = std::ranges::find_if(all, [after](const TrackedCommitment &c) {
        return c.span.start > after;
    });
    if (next != all.cend())
        setCurrent(next->id, true);
}

void LetterView::previousCommitment()
{
    const auto &all = m_annotations.commitments();
    const TrackedCommitment *current = m_annotations.find(m_current);
    const qsizetype before = current ? current->span.start : textCursor().position();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->span.start < before) {
            setCurrent(it->id, true);
            return;
        }
    }
}

// ---- editing through the session ---------------------------------------------------

std::optional<TextRange> LetterView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    TextRange range{cursor.selectionStart(), std::min<qsizetype>(cursor.selectionEnd(), m_letter.text.size())};
    while (range.start < range.end && m_letter.text.at(range.start).isSpace())
        ++range.start;
    while (range.end > range.start && m_letter.text.at(range.end - 1).isSpace())
        --range.end;
    if (range.length() <= 0)
        return std::nullopt;
    return range;
}

const Analysis &LetterView::analysis()
{
    if (!m_analysis)
        m_analysis = m_session->analyzer().analyze(m_letter);
    return *m_analysis;
}

void LetterView::markSelection()
{
    const auto range = selectedRange();
    if (!range || !m_session || m_letterId == 0)
        return;
    NewCommitment proposal = MarkCommitmentDialog::propose(m_letter, analysis(), *range, m_session->analyzer());
    proposal.letterId = m_letterId;
    // Window-modal and not exec(): the event loop (and the tests) go on.
    auto *dialog = new MarkCommitmentDialog(proposal, m_letter.slice(*range).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session)
            return;
        const QString id = m_session->addCommitment(dialog->commitment());
        if (!id.isEmpty())
            setCurrent(id, true);
    });
    dialog->open();
}

void LetterView::addNoteToSelection()
{
    const auto range = selectedRange();
    if (!range || !m_session || m_letterId == 0)
        return;
    auto *dialog = new NoteDialog(m_letter.slice(*range).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, span = *range, letterId = m_letterId] {
        if (m_session && letterId == m_letterId)
            m_session->addNote(letterId, span, dialog->text(), commitmentAt(span.start));
    });
    dialog->open();
}

void LetterView::setSpanToSelection()
{
    const auto range = selectedRange();
    if (!range || !m_session || !m_annotations.find(m_current))
        return;
    m_session->setSpan(m_current, *range);
}

// ---- hover, click and the margin ---------------------------------------------------

QRect LetterView::noteRect(const Note &note) const
{
    QTextCursor cursor(document());
    const int last = document()->characterCount() - 1;
    cursor.setPosition(std::clamp(int(note.range.start), 0, last));
    const QRect top = cursorRect(cursor);
    cursor.setPosition(std::clamp(int(note.range.end), 0, last));
    const QRect bottom = cursorRect(cursor);
    // In the document's left margin, beside the lines the note is about.
    return QRect(6, top.top(), 5, std::max(bottom.bottom() - top.top(), top.height()));
}

bool LetterView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QTextEdit::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    qsizetype position = cursorForPosition(help->pos()).position();
    // In the margin, a note's mark stands for the note.
    if (help->pos().x() < s_documentMargin) {
        for (const Note &note : m_annotations.notes()) {
            const QRect mark = noteRect(note);
            if (help->pos().y() >= mark.top() && help->pos().y() <= mark.bottom())
                position = note.range.start;
        }
    }
    const QString tip = m_annotations.toolTip(m_session ? m_session->tracker() : nullptr, position);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, viewport());
    return true;
}

void LetterView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (m_annotations.notes().isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(LetterAnnotations::noteColor());
    for (const Note &note : m_annotations.notes()) {
        const QRect bar = noteRect(note);
        if (bar.intersects(event->rect()))
            painter.drawRoundedRect(bar, 2, 2);
    }
}

void LetterView::mouseMoveEvent(QMouseEvent *event)
{
    QTextEdit::mouseMoveEvent(event);
    const bool link = !anchorAt(event->position().toPoint()).isEmpty();
    viewport()->setCursor(link ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void LetterView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QPoint pos = event->position().toPoint();
    if (const qint64 target = LetterAnnotations::linkedLetter(anchorAt(pos))) {
        showLetter(target);
        return;
    }
    const QString id = commitmentAt(cursorForPosition(pos).position());
    if (!id.isEmpty())
        setCurrent(id, true);
}

void LetterView::setThemeName(const QString &themeName)
{
    if (themeName == m_themeName)
        return;
    m_themeName = themeName;
    applyTheme();
}

void LetterView::applyTheme()
{
    // setPalette() below sends a PaletteChange to ourselves.
    m_applyingTheme = true;
    // Ask the application, not this widget: our own palette follows the theme.
    const auto theme = ThemeMenu::resolve(m_repository, m_themeName, QApplication::palette());

    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(pal);

    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    m_applyingTheme = false;
}

bool LetterView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        if (!m_applyingTheme && m_themeName.isEmpty())
            applyTheme();
        break;
    case QEvent::FontChange:
        updateColumn();
        break;
    default:
        break;
    }
    return QTextEdit::event(event);
}

void LetterView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void LetterView::updateColumn()
{
    const qreal maxWidth = QFontMetricsF(font()).averageCharWidth() * s_maxColumnChars;
    const int side = std::max(0, int((width() - maxWidth) / 2));
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
    // QTextEdit relays the text out on a viewport resize event only, which a
    // hidden view (a page not shown yet) gets too late: the lines would keep
    // the width the view had without its side margins.
    if (lineWrapMode() == WidgetWidth && !qFuzzyCompare(document()->textWidth(), qreal(viewport()->width())))
        document()->setTextWidth(viewport()->width());
}

void LetterView::buildDocument()
{
    // Formatting blocks one by one would rehighlight each of them; detach the
    // highlighter while building and let it highlight the result once.
    m_highlighter->setDocument(nullptr);
    QTextDocument *doc = document();
    LetterDocument::build(doc, m_letter, font());
    m_annotations.formatLinks(doc, palette().brush(QPalette::Link));
    doc->setModified(false);
    moveCursor(QTextCursor::Start);

    m_highlighter->setDocument(doc);
}

void LetterView::printLetter(QPrinter *printer) const
{
    std::unique_ptr<QTextDocument> copy(document()->clone());
    KSyntaxHighlighting::SyntaxHighlighter paperHighlighter(copy.get());
    paperHighlighter.setDefinition(m_highlighter->definition());
    paperHighlighter.setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    paperHighlighter.rehighlight();
    copy->print(printer);
}

} // namespace Promissa
