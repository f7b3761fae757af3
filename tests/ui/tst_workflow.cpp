// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// One working session in the real window, as a user goes through it: the
// test functions are its steps and run in the order they are declared, each
// on what the steps before it left (Qt Test runs slots in declaration order).
// The window's models are watched by QAbstractItemModelTester throughout.

#include "dialogs/markcommitmentdialog.h"
#include "export/exportdialog.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "letterview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/commitmentfiltermodel.h"
#include "models/commitmenttablemodel.h"
#include "models/historymodel.h"
#include "models/letterlistmodel.h"
#include "models/linkmodel.h"
#include "panes/commitmentlinkswidget.h"
#include "panes/commitmentspane.h"
#include "panes/detailspane.h"
#include "panes/letterspane.h"
#include "session/trackersession.h"
#include "settings.h"
#include "tracker/tracker.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
// A later letter that says it fulfils a commitment of the example.
const QString s_fulfilling = QStringLiteral(PROMISSA_TEST_DATA "/followups/kamerbrief-2025-06-10-bz-oekraine-herstelsteun.txt");

QAction *findAction(const QList<QAction *> &actions, const QString &objectName)
{
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu()->actions(), objectName))
                return found;
        }
    }
    return nullptr;
}

// The table row (in the view's sorted, filtered model) of a commitment.
QModelIndex rowOf(QTableView *table, const QString &id)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (index.data(CommitmentTableModel::IdRole).toString() == id)
            return index;
    }
    return {};
}

// The records of a CSV file: line ends inside quoted fields do not count.
int csvRecords(const QByteArray &csv)
{
    int records = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        if (csv.at(i) == '"')
            quoted = !quoted;
        else if (csv.at(i) == '\n' && !quoted)
            ++records;
    }
    return records;
}
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void droppedLetterIsImportedAndListed();
    void clickingARowScrollsTheLetterToIt();
    void markedSelectionBecomesACommitmentUntilUndone();
    void adjustedSpanIsOneUndoStep();
    void statusChangeIsInTheHistoryAfterReopening();
    void confirmedSuggestionLinksTwoLetters();
    void exportWritesAPdfAndTheFilteredCsvRows();

private:
    void openWindow();
    void closeWindow();
    QList<TrackedCommitment> trackedCommitments() const;
    QAction *action(const QString &objectName) const;

    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TrackerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_location;
    qint64 m_example = 0;
    QString m_statusChanged; ///< the commitment whose status step 5 changed
    QList<MessageBox::Message> m_messages;
};

void TestWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
    });
    // Questions are answered "no"; the steps check that none is asked.
    MessageBox::setAnswerHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
        return false;
    });
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_session = std::make_unique<TrackerSession>();
    m_location = m_dir.filePath(u"workflow.promissa"_s);
    TrackerOptions options;
    options.author = u"anna"_s;
    QVERIFY(m_session->open(m_location, options));
    openWindow();
}

void TestWorkflow::cleanupTestCase()
{
    closeWindow();
    m_session.reset();
}

void TestWorkflow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_repository, *m_settings, *m_session);
    m_window->show();
    m_window->activateWindow();
    // Shortcuts reach the active window only.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Every model the window shows, checked after each change it goes through.
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    CommitmentLinksWidget *links = m_window->detailsPane()->linksWidget();
    const QList<QAbstractItemModel *> models{m_window->commitmentsPane()->tableModel(),
                                             m_window->commitmentsPane()->filterModel(),
                                             m_window->lettersPane()->model(),
                                             m_window->detailsPane()->historyModel(),
                                             links->linkModel(),
                                             links->suggestionModel()};
    for (QAbstractItemModel *model : models)
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));
}

void TestWorkflow::closeWindow()
{
    m_testers.clear();
    if (m_window)
        m_window->close();
    m_window.reset();
}

QList<TrackedCommitment> TestWorkflow::trackedCommitments() const
{
    return m_session->tracker()->commitments(CommitmentFilter()).value_or(QList<TrackedCommitment>());
}

QAction *TestWorkflow::action(const QString &objectName) const
{
    return findAction(m_window->menuBar()->actions(), objectName);
}

void TestWorkflow::droppedLetterIsImportedAndListed()
{
    QCOMPARE(m_session->tracker()->letters()->size(), 0);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(s_example)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));

    const auto letters = m_session->tracker()->letters();
    QCOMPARE(letters->size(), 1);
    m_example = letters->constFirst().id;
    // One dropped file is shown once it is in.
    QCOMPARE(m_window->letterView()->letterId(), m_example);
    QCOMPARE(m_window->lettersPane()->model()->rowCount(), 1);

    // Its commitments are all in the table, and only they.
    const QList<TrackedCommitment> tracked = trackedCommitments();
    QVERIFY(tracked.size() > 5);
    QTableView *table = m_window->commitmentsPane()->view();
    QCOMPARE(table->model()->rowCount(), int(tracked.size()));
    for (const TrackedCommitment &c : tracked)
        QVERIFY2(rowOf(table, c.id).isValid(), qPrintable(c.number));
}

void TestWorkflow::clickingARowScrollsTheLetterToIt()
{
    LetterView *view = m_window->letterView();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    // The last one in the text is out of sight at first.
    const TrackedCommitment last = view->commitments().constLast();
    QTableView *table = m_window->commitmentsPane()->view();
    const QModelIndex row = rowOf(table, last.id);
    QVERIFY(row.isValid());
    table->scrollTo(row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());

    QCOMPARE(m_window->currentCommitment(), last.id);
    QCOMPARE(view->currentCommitment(), last.id);
    QCOMPARE(m_window->detailsPane()->commitmentId(), last.id);
    // The cursor stands at its start, and that line is on screen.
    QCOMPARE(view->textCursor().position(), int(last.span.start));
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QVERIFY(view->viewport()->rect().contains(view->cursorRect()));
}

void TestWorkflow::markedSelectionBecomesACommitmentUntilUndone()
{
    LetterView *view = m_window->letterView();
    const Letter &letter = view->letter();
    // A sentence of the body that holds no detected commitment.
    TextRange selection;
    for (const Sentence &sentence : letter.sentences) {
        const bool taken = std::ranges::any_of(view->commitments(), [&](const TrackedCommitment &c) {
            return c.span.overlaps(sentence.range);
        });
        if (!taken && sentence.range.length() > 40) {
            selection = sentence.range;
            break;
        }
    }
    QVERIFY2(selection.length() > 0, "the example letter has a sentence without a commitment");
    const int rowsBefore = m_window->commitmentsPane()->view()->model()->rowCount();
    const int undoBefore = m_session->undoStack()->count();

    QTextCursor cursor(view->document());
    cursor.setPosition(int(selection.start));
    cursor.setPosition(int(selection.end), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    QVERIFY(action(u"actionMarkCommitment"_s)->isEnabled());
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    MarkCommitmentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<MarkCommitmentDialog *>()) && dialog->isVisible());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    // It is in the tracker, the table and the letter, and selected everywhere.
    const QString marked = m_window->currentCommitment();
    QVERIFY(!marked.isEmpty());
    const auto stored = m_session->tracker()->commitment(marked);
    QVERIFY(stored);
    QCOMPARE(stored->origin, Origin::Manual);
    QCOMPARE(stored->span, selection);
    QCOMPARE(m_window->commitmentsPane()->view()->model()->rowCount(), rowsBefore + 1);
    QCOMPARE(m_window->commitmentsPane()->currentCommitment(), marked);
    QVERIFY(view->annotations().find(marked));

    // Ctrl+Z in the window takes it away again, everywhere.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->undoStack()->count(), undoBefore + 1);
    QCOMPARE(m_session->undoStack()->index(), undoBefore);
    QVERIFY(!m_session->tracker()->commitment(marked));
    QCOMPARE(m_window->commitmentsPane()->view()->model()->rowCount(), rowsBefore);
    QVERIFY(!view->annotations().find(marked));
}

void TestWorkflow::adjustedSpanIsOneUndoStep()
{
    LetterView *view = m_window->letterView();
    const TrackedCommitment first = view->commitments().constFirst();
    m_window->selectCommitment(first.id);
    // One word fewer at the end: the span ends before its last space.
    const QString text = view->letter().slice(first.span).toString();
    const qsizetype lastSpace = text.lastIndexOf(u' ');
    QVERIFY(lastSpace > 0);
    const TextRange shorter{first.span.start, first.span.start + lastSpace};

    QTextCursor cursor(view->document());
    cursor.setPosition(int(shorter.start));
    cursor.setPosition(int(shorter.end), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QAction *adjust = action(u"actionAdjustSpan"_s);
    QVERIFY(adjust && adjust->isEnabled());
    adjust->trigger();
    QCOMPARE(m_session->tracker()->commitment(first.id)->span, shorter);
    QCOMPARE(view->annotations().find(first.id)->span, shorter);

    action(u"actionUndo"_s)->trigger();
    QCOMPARE(m_session->tracker()->commitment(first.id)->span, first.span);
    QCOMPARE(view->annotations().find(first.id)->span, first.span);
}

void TestWorkflow::statusChangeIsInTheHistoryAfterReopening()
{
    const TrackedCommitment chosen = m_window->letterView()->commitments().at(1);
    QCOMPARE(chosen.status, Status::Open);
    m_window->selectCommitment(chosen.id);
    DetailsPane *details = m_window->detailsPane();
    QCOMPARE(details->commitmentId(), chosen.id);

    // The details pane's status field, with the reason it asks for.
    auto *status = details->findChild<QComboBox *>(u"statusCombo"_s);
    QVERIFY(status);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // from "Open" to "Partly done"
    QInputDialog *reason = nullptr;
    QTRY_VERIFY((reason = details->findChild<QInputDialog *>(u"statusReasonDialog"_s)));
    reason->setTextValue(u"Brief van 10 juni verstuurd"_s);
    reason->accept();
    QCOMPARE(m_session->tracker()->commitment(chosen.id)->status, Status::PartlyDone);
    m_statusChanged = chosen.id;

    // Quit and start again on the same file.
    closeWindow();
    m_session->close();
    TrackerOptions options;
    options.author = u"anna"_s;
    QVERIFY(m_session->open(m_location, options));
    openWindow();
    QCOMPARE(m_session->undoStack()->count(), 0);

    m_window->selectCommitment(chosen.id);
    details = m_window->detailsPane();
    QCOMPARE(details->commitment().status, Status::PartlyDone);
    HistoryModel *history = details->historyModel();
    bool found = false;
    for (int r = 0; r < history->rowCount(); ++r) {
        const QString why = history->index(r, HistoryModel::ReasonColumn).data().toString();
        found = found || why == u"Brief van 10 juni verstuurd"_s;
    }
    QVERIFY2(found, "the status change and its reason are in the history pane");
}

void TestWorkflow::confirmedSuggestionLinksTwoLetters()
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({s_fulfilling});
    QVERIFY(finished.wait(60'000));
    QCOMPARE(m_session->tracker()->letters()->size(), 2);
    const qint64 later = m_window->letterView()->letterId();
    QVERIFY(later != m_example);

    const auto pending = m_session->tracker()->suggestions();
    QVERIFY(pending);
    const auto fulfils = std::ranges::find_if(*pending, [&](const LinkSuggestion &s) {
        return s.type == LinkType::Fulfils && s.fromLetter == later;
    });
    QVERIFY2(fulfils != pending->cend(), "the later letter says it fulfils a commitment of the example");
    const LinkSuggestion suggestion = *fulfils;
    QCOMPARE(m_session->tracker()->commitment(suggestion.toCommitment)->letterId, m_example);

    // Picking the commitment opens the example again, with the suggestion.
    m_window->selectCommitment(suggestion.toCommitment);
    QCOMPARE(m_window->letterView()->letterId(), m_example);
    CommitmentLinksWidget *links = m_window->detailsPane()->linksWidget();
    QTreeView *suggestions = links->suggestionView();
    QModelIndex row;
    for (int r = 0; r < suggestions->model()->rowCount(); ++r) {
        if (suggestions->model()->index(r, 0).data(LinkModel::LinkIdRole).toLongLong() == suggestion.id)
            row = suggestions->model()->index(r, 0);
    }
    QVERIFY(row.isValid());
    suggestions->setCurrentIndex(row);
    const int linksBefore = links->linkModel()->rowCount();
    QTest::mouseClick(links->findChild<QPushButton *>(u"confirmSuggestionButton"_s), Qt::LeftButton);

    QCOMPARE(m_session->tracker()->commitment(suggestion.toCommitment)->fulfilledByLetter, later);
    // The status it proposes is offered beside the link, and only there.
    QVERIFY(links->isOfferingStatus(suggestion.toCommitment));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
    QCOMPARE(links->linkModel()->rowCount(), linksBefore + 1);
    QCOMPARE(links->linkModel()->index(linksBefore, 0).data(LinkModel::OtherLetterRole).toLongLong(), later);
    QVERIFY(std::ranges::none_of(*m_session->tracker()->suggestions(suggestion.toCommitment), [&](const LinkSuggestion &s) {
        return s.id == suggestion.id;
    }));

    // Undone, it is a suggestion again; redone, a link.
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(m_session->tracker()->commitment(suggestion.toCommitment)->fulfilledByLetter, 0);
    QVERIFY(std::ranges::any_of(*m_session->tracker()->suggestions(suggestion.toCommitment), [&](const LinkSuggestion &s) {
        return s.id == suggestion.id;
    }));
    QCOMPARE(links->linkModel()->rowCount(), linksBefore);
    action(u"actionRedo"_s)->trigger();
    QCOMPARE(m_session->tracker()->commitment(suggestion.toCommitment)->fulfilledByLetter, later);
}

void TestWorkflow::exportWritesAPdfAndTheFilteredCsvRows()
{
    const auto runExport = [this](int format, const QString &file, const std::function<void(ExportDialog *)> &setUp) {
        QAction *exportAction = action(u"actionExportReport"_s);
        QVERIFY(exportAction && exportAction->isEnabled());
        exportAction->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) && dialog->isVisible());
        auto *formats = dialog->findChild<QComboBox *>(u"format"_s);
        formats->setCurrentIndex(formats->findData(format));
        dialog->findChild<QLineEdit *>(u"fileName"_s)->setText(file);
        setUp(dialog);
        QPointer<ExportDialog> guard(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
        QTRY_VERIFY(guard.isNull()); // closed once the file is written
        QVERIFY(QFile::exists(file));
    };

    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    runExport(int(ReportExportRequest::Format::Pdf), pdf, [](ExportDialog *) { });
    if (QTest::currentTestFailed())
        return;
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // Qt writes each page as an uncompressed "/Type /Page" dictionary.
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    const auto pages = std::ranges::distance(page.globalMatch(QString::fromLatin1(bytes)));
    QVERIFY2(pages > 0, "the PDF has pages");
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QString::number(pages) + u" page"_s), qPrintable(m_window->statusBar()->currentMessage()));

    // Only the open ones: the one set to partly done before is left out.
    const QString csv = m_dir.filePath(u"open.csv"_s);
    runExport(int(ReportExportRequest::Format::Csv), csv, [](ExportDialog *dialog) {
        dialog->findChild<QCheckBox *>(u"status_open"_s)->setChecked(true);
    });
    if (QTest::currentTestFailed())
        return;
    CommitmentFilter open;
    open.statuses = {Status::Open};
    const qsizetype expected = m_session->tracker()->commitments(open)->size();
    QVERIFY(expected > 0);
    QVERIFY(expected < trackedCommitments().size());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray rows = csvFile.readAll();
    QCOMPARE(csvRecords(rows), int(expected) + 1); // and the header
    const auto done = m_session->tracker()->commitment(m_statusChanged);
    QVERIFY(!rows.contains(done->number.toUtf8()));
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
