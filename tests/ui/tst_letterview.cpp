// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "dialogs/markcommitmentdialog.h"
#include "dialogs/notedialog.h"
#include "letterview.h"
#include "messagebox.h"
#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString s_followUp = QStringLiteral(PROMISSA_TEST_DATA "/followups/kamerbrief-2025-04-15-bz-oekraine-herhaling.txt");

// The overlay the view lays over exactly this range, with the given property.
const QTextEdit::ExtraSelection *overlayAt(const LetterView &view, TextRange range, QTextFormat::Property property)
{
    const auto &selections = view.extraSelections();
    for (const auto &selection : selections) {
        if (selection.cursor.selectionStart() == range.start && selection.cursor.selectionEnd() == range.end && selection.format.hasProperty(property))
            return &selection;
    }
    return nullptr;
}

// A point inside the text at the position, in viewport coordinates.
QPoint pointAt(const LetterView &view, qsizetype position)
{
    QTextCursor cursor(view.document());
    cursor.setPosition(int(position));
    const QRect r = view.cursorRect(cursor);
    return QPoint(r.right() + 2, r.center().y());
}
} // namespace

class TestLetterView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsATrackedLetter();
    void spanCarriesTheStatusColour_data();
    void spanCarriesTheStatusColour();
    void overdueTakesTheWarningColour();
    void rejectedIsStruckOut();
    void deadlinePhraseIsUnderlined();
    void nextAndPreviousFollowTheText();
    void selectingScrollsToTheCommitment();
    void clickingACommitmentSelectsIt();
    void referenceLinkOpensTheTrackedLetter();
    void markSelectionAsCommitment();
    void addNoteToSelection();
    void toolTipTellsKindStatusAndDeadline();

private:
    Tracker &tracker()
    {
        return *m_session->tracker();
    }
    const TrackedCommitment &commitmentWithDeadline() const;

    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TrackerSession> m_session;
    std::unique_ptr<LetterView> m_view;
    qint64 m_example = 0;
};

void TestLetterView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setHook([](const MessageBox::Message &message) {
        qWarning("unexpected message: %s", qPrintable(message.text));
    });
}

void TestLetterView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<TrackerSession>();
    TrackerOptions options;
    options.author = u"anna"_s;
    options.today = QDate(2025, 3, 10);
    QVERIFY(m_session->open(m_dir->filePath(u"view.promissa"_s), options));

    // The example text prints no letterhead; its Kamerstuk number (cited by
    // the follow-up letters) is given as the tracker would have it from the
    // Tweede Kamer's metadata.
    auto letter = importLetter(s_example);
    QVERIFY(letter);
    letter->metadata.kamerstuk = u"21501-20-2215"_s;
    letter->metadata.ministry = u"Ministerie van Buitenlandse Zaken"_s;
    const auto imported = tracker().importLetter(*letter, m_session->analyzer().analyze(*letter));
    QVERIFY(imported);
    m_example = imported->letterId;
    m_session->notifyLettersChanged();

    m_view = std::make_unique<LetterView>(m_repository);
    m_view->setSession(m_session.get());
    m_view->resize(800, 500);
    m_view->show();
    m_view->activateWindow();
    // Shortcuts reach the active window only.
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QVERIFY(m_view->showLetter(m_example));
}

void TestLetterView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_dir.reset();
}

const TrackedCommitment &TestLetterView::commitmentWithDeadline() const
{
    const auto &all = m_view->commitments();
    const auto it = std::ranges::find_if(all, [this](const TrackedCommitment &c) {
        return !c.deadline.text.isEmpty() && m_view->letter().slice(c.sentenceRange).contains(c.deadline.text);
    });
    return it != all.cend() ? *it : all.constFirst();
}

void TestLetterView::showsATrackedLetter()
{
    const auto stored = tracker().letterModel(m_example);
    QVERIFY(stored);
    QCOMPARE(m_view->letterId(), m_example);
    QCOMPARE(m_view->document()->toPlainText(), stored->text);
    CommitmentFilter filter;
    filter.letterId = m_example;
    filter.includeRejected = true;
    QCOMPARE(m_view->commitments().size(), tracker().commitments(filter)->size());
    QVERIFY(m_view->commitments().size() > 3);
    // In text order, for next/previous.
    QVERIFY(std::ranges::is_sorted(m_view->commitments(), {}, [](const TrackedCommitment &c) {
        return c.span.start;
    }));
    QVERIFY(m_view->nextCommitmentAction()->isEnabled());
    QVERIFY(!m_view->markCommitmentAction()->isEnabled()); // nothing selected
}

void TestLetterView::spanCarriesTheStatusColour_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("partly-done") << Status::PartlyDone;
    QTest::newRow("done") << Status::Done;
    QTest::newRow("lapsed") << Status::Lapsed;
}

void TestLetterView::spanCarriesTheStatusColour()
{
    QFETCH(Status, status);
    // One without a deadline in the past, so that "overdue" does not win.
    const auto &all = m_view->commitments();
    const auto it = std::ranges::find_if(all, [](const TrackedCommitment &c) {
        return !c.deadline.date.isValid();
    });
    QVERIFY(it != all.cend());
    const TrackedCommitment c = *it;

    const auto *open = overlayAt(*m_view, c.span, QTextFormat::BackgroundBrush);
    QVERIFY(open);
    QCOMPARE(open->format.background().color().rgb(), LetterAnnotations::statusColor(Status::Open, false).rgb());

    QVERIFY(m_session->setStatus(c.id, status));
    const auto *changed = overlayAt(*m_view, c.span, QTextFormat::BackgroundBrush);
    QVERIFY(changed);
    QCOMPARE(changed->format.background().color().rgb(), LetterAnnotations::statusColor(status, false).rgb());
    QVERIFY(changed->format.background().color().rgb() != LetterAnnotations::statusColor(Status::Open, false).rgb());

    // Undo brings the colour back with the status.
    m_session->undoStack()->undo();
    QCOMPARE(overlayAt(*m_view, c.span, QTextFormat::BackgroundBrush)->format.background().color().rgb(),
             LetterAnnotations::statusColor(Status::Open, false).rgb());
}

void TestLetterView::overdueTakesTheWarningColour()
{
    const TrackedCommitment c = m_view->commitments().constFirst();
    Deadline past;
    past.text = u"voor 1 maart 2025"_s;
    past.date = QDate(2025, 2, 28); // before the pinned today, 10 March 2025
    past.precision = Precision::Day;
    QVERIFY(m_session->setDeadline(c.id, past));
    const auto *overlay = overlayAt(*m_view, c.span, QTextFormat::BackgroundBrush);
    QVERIFY(overlay);
    QCOMPARE(overlay->format.background().color().rgb(), LetterAnnotations::statusColor(Status::Open, true).rgb());
    // Done is done, however late: no warning.
    QVERIFY(m_session->setStatus(c.id, Status::Done));
    QCOMPARE(overlayAt(*m_view, c.span, QTextFormat::BackgroundBrush)->format.background().color().rgb(),
             LetterAnnotations::statusColor(Status::Done, false).rgb());
}

void TestLetterView::rejectedIsStruckOut()
{
    const TrackedCommitment c = m_view->commitments().at(1);
    QVERIFY(!overlayAt(*m_view, c.span, QTextFormat::FontStrikeOut));
    QVERIFY(m_session->setRejected(c.id, true));
    const auto *overlay = overlayAt(*m_view, c.span, QTextFormat::FontStrikeOut);
    QVERIFY(overlay);
    QVERIFY(overlay->format.fontStrikeOut());
    QVERIFY(!overlay->format.hasProperty(QTextFormat::BackgroundBrush));
    // Still in the list: it can be found again and restored.
    QVERIFY(m_view->annotations().find(c.id));
}

void TestLetterView::deadlinePhraseIsUnderlined()
{
    const TrackedCommitment c = commitmentWithDeadline();
    QVERIFY2(!c.deadline.text.isEmpty(), "the example letter has commitments with deadlines");
    const qsizetype at = c.sentenceRange.start + m_view->letter().slice(c.sentenceRange).indexOf(c.deadline.text);
    const auto *overlay = overlayAt(*m_view, {at, at + c.deadline.text.size()}, QTextFormat::TextUnderlineStyle);
    QVERIFY(overlay);
    QCOMPARE(overlay->format.underlineStyle(), QTextCharFormat::SingleUnderline);
    QCOMPARE(m_view->document()->toPlainText().mid(at, c.deadline.text.size()), c.deadline.text);
}

void TestLetterView::nextAndPreviousFollowTheText()
{
    QSignalSpy selected(m_view.get(), &LetterView::commitmentSelected);
    const auto ids = [this] {
        QStringList out;
        for (const TrackedCommitment &c : m_view->commitments())
            out.append(c.id);
        return out;
    }();
    m_view->setFocus();
    QStringList visited;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // The keyboard way: F8, the shortcut shown in the Go menu.
        QTest::keyClick(m_view.get(), Qt::Key_F8);
        visited.append(m_view->currentCommitment());
        const TrackedCommitment *c = m_view->annotations().find(m_view->currentCommitment());
        QVERIFY(c);
        QCOMPARE(m_view->textCursor().position(), int(c->span.start));
    }
    QCOMPARE(visited, ids);
    QCOMPARE(selected.size(), ids.size());
    // At the end there is no next one: it stays.
    m_view->nextCommitment();
    QCOMPARE(m_view->currentCommitment(), ids.constLast());

    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_view->currentCommitment(), ids.at(ids.size() - 2));
    m_view->previousCommitment();
    QCOMPARE(m_view->currentCommitment(), ids.at(ids.size() - 3));
}

void TestLetterView::selectingScrollsToTheCommitment()
{
    const TrackedCommitment last = m_view->commitments().constLast();
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QSignalSpy selected(m_view.get(), &LetterView::commitmentSelected);
    m_view->selectCommitment(last.id);
    QCOMPARE(m_view->currentCommitment(), last.id);
    QVERIFY(selected.isEmpty()); // the caller knows; no echo
    QVERIFY(m_view->verticalScrollBar()->value() > 0);
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(last.span.start));
    QVERIFY(m_view->viewport()->rect().contains(m_view->cursorRect(cursor)));
    // The selected one is tinted more strongly than the others.
    const auto *overlay = overlayAt(*m_view, last.span, QTextFormat::BackgroundBrush);
    const auto *other = overlayAt(*m_view, m_view->commitments().constFirst().span, QTextFormat::BackgroundBrush);
    QVERIFY(overlay && other);
    QVERIFY(overlay->format.background().color().alpha() > other->format.background().color().alpha());
}

void TestLetterView::clickingACommitmentSelectsIt()
{
    const TrackedCommitment c = m_view->commitments().constFirst();
    m_view->selectCommitment(c.id);
    QSignalSpy selected(m_view.get(), &LetterView::commitmentSelected);
    const qsizetype middle = (c.span.start + c.span.end) / 2;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, pointAt(*m_view, middle));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().constFirst().toString(), c.id);
}

void TestLetterView::referenceLinkOpensTheTrackedLetter()
{
    const auto followUp = tracker().importFile(s_followUp, m_session->analyzer());
    QVERIFY(followUp);
    m_session->notifyLettersChanged();
    QVERIFY(m_view->showLetter(followUp->letterId));
    const auto &references = m_view->annotations().references();
    const auto it = std::ranges::find_if(references, [this](const ResolvedReference &r) {
        return r.targetLetter == m_example;
    });
    QVERIFY2(it != references.cend(), "the follow-up cites the example letter by its Kamerstuk number");

    const qsizetype middle = (it->reference.range.start + it->reference.range.end) / 2;
    const QPoint point = pointAt(*m_view, middle);
    QCOMPARE(m_view->anchorAt(point), u"promissa:letter/%1"_s.arg(m_example));
    QSignalSpy shown(m_view.get(), &LetterView::letterShown);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(m_view->letterId(), m_example);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().constFirst().toLongLong(), m_example);
}

void TestLetterView::markSelectionAsCommitment()
{
    // A sentence with a time phrase and no detected commitment in it.
    const Letter &letter = m_view->letter();
    const Analysis analysis = m_session->analyzer().analyze(letter);
    const auto &all = m_view->commitments();
    TextRange selection;
    QString timePhrase;
    for (const TimeExpression &time : analysis.times) {
        const int s = letter.sentenceAt(time.range.start);
        if (s < 0 || std::ranges::any_of(all, [&](const TrackedCommitment &c) {
                return c.span.overlaps(letter.sentences.at(s).range);
            }))
            continue;
        selection = letter.sentences.at(s).range;
        timePhrase = time.text;
        break;
    }
    QVERIFY2(selection.length() > 0, "the example letter has a dated sentence without a commitment");
    const qsizetype before = all.size();

    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(selection.start));
    cursor.setPosition(int(selection.end), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    QVERIFY(m_view->markCommitmentAction()->isEnabled());
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_M, Qt::ControlModifier);

    auto *dialog = m_view->findChild<MarkCommitmentDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const NewCommitment proposed = dialog->commitment();
    QCOMPARE(proposed.letterId, m_example);
    QCOMPARE(proposed.span, selection);
    QVERIFY2(!proposed.actor.isEmpty(), "an actor is proposed");
    QCOMPARE(proposed.deadline.text, timePhrase);
    dialog->findChild<QLineEdit *>(u"actor"_s)->setText(u"het kabinet"_s);

    QSignalSpy selected(m_view.get(), &LetterView::commitmentSelected);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_view->commitments().size(), before + 1);
    QCOMPARE(selected.size(), 1);
    const TrackedCommitment *marked = m_view->annotations().find(selected.constFirst().constFirst().toString());
    QVERIFY(marked);
    QCOMPARE(marked->origin, Origin::Manual);
    QCOMPARE(marked->actor, u"het kabinet"_s);
    QCOMPARE(marked->span, selection);
    QVERIFY(overlayAt(*m_view, selection, QTextFormat::BackgroundBrush));

    // One undo takes it away again, overlay and all.
    m_session->undoStack()->undo();
    QCOMPARE(m_view->commitments().size(), before);
    QVERIFY(!overlayAt(*m_view, selection, QTextFormat::BackgroundBrush));
}

void TestLetterView::addNoteToSelection()
{
    const TrackedCommitment c = m_view->commitments().constFirst();
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(c.span.start));
    cursor.setPosition(int(c.span.end), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_view->findChild<NoteDialog *>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // an empty note is no note
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), u"Navragen bij Defensie"_s);
    QVERIFY(ok->isEnabled());
    ok->click();

    const auto notes = tracker().notes(m_example);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->constFirst().text, u"Navragen bij Defensie"_s);
    QCOMPARE(notes->constFirst().range, c.span);
    QCOMPARE(notes->constFirst().commitmentId, c.id);
    QCOMPARE(m_view->annotations().notes().size(), 1);
    QVERIFY(m_view->annotations().toolTip(&tracker(), c.span.start).contains(u"Navragen bij Defensie"_s));
}

void TestLetterView::toolTipTellsKindStatusAndDeadline()
{
    const TrackedCommitment c = commitmentWithDeadline();
    QVERIFY(!c.deadline.text.isEmpty());
    const QString tip = m_view->annotations().toolTip(&tracker(), c.span.start);
    QVERIFY2(tip.contains(c.number), qPrintable(tip));
    QVERIFY2(tip.contains(Labels::kind(c.kind)), qPrintable(tip));
    QVERIFY2(tip.contains(Labels::status(c.status)), qPrintable(tip));
    QVERIFY2(tip.contains(c.deadline.text.toHtmlEscaped()), qPrintable(tip));
    QVERIFY(m_view->annotations().toolTip(&tracker(), m_view->letter().text.size() + 5).isEmpty());

    // Links show up too, with the other commitment's number.
    const TrackedCommitment other = m_view->commitments().constLast();
    CommitmentLink link;
    link.type = LinkType::Repeats;
    link.fromCommitment = other.id;
    link.toCommitment = c.id;
    QVERIFY(m_session->addLink(link));
    const QString linked = m_view->annotations().toolTip(&tracker(), c.span.start);
    QVERIFY2(linked.contains(other.number), qPrintable(linked));
    QVERIFY2(linked.contains(Labels::linkType(LinkType::Repeats, false)), qPrintable(linked));
}

QTEST_MAIN(TestLetterView)
#include "tst_letterview.moc"
