// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "dialogs/conflictdialog.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "letterview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/commitmenttablemodel.h"
#include "panes/commitmentspane.h"
#include "panes/detailspane.h"
#include "session/trackersession.h"
#include "settings.h"
#include "tracker/tracker.h"

#include "import/importer.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString s_lettersFolder = QStringLiteral(PROMISSA_TEST_DATA "/letters");
const QString s_fulfilling = QStringLiteral(PROMISSA_TEST_DATA "/followups/kamerbrief-2025-06-10-bz-oekraine-herstelsteun.txt");

// True when some block carries a highlighter format whose colour differs from
// the document's plain text colour.
bool hasColouredText(const LetterView *view)
{
    const QColor plain = view->palette().color(QPalette::Text);
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const auto ranges = block.layout()->formats();
        for (const auto &range : ranges) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush) && range.format.foreground().color() != plain)
                return true;
        }
    }
    return false;
}

QAction *findInMenu(const QList<QAction *> &actions, const QString &objectName)
{
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
        if (action->menu()) {
            if (QAction *found = findInMenu(action->menu()->actions(), objectName))
                return found;
        }
    }
    return nullptr;
}

// Reaches an action the way a user does: through the menu bar and its submenus.
QAction *menuAction(QMenuBar *bar, const QString &objectName)
{
    return findInMenu(bar->actions(), objectName);
}

bool hasMnemonic(QString text)
{
    text.remove(u"&&"_s);
    return text.contains(u'&');
}

// Every action under the menus, with the path that leads to it.
void collect(const QList<QAction *> &actions, const QString &path, QList<std::pair<QString, QAction *>> &out)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        out.append({path + u" > "_s + action->text(), action});
        if (action->menu())
            collect(action->menu()->actions(), path + u" > "_s + action->text(), out);
    }
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAFileIntoTheTracker();
    void missingFileIsReported();
    void panesAreNamedDocks();
    void pickingInTheTableScrollsTheLetter();
    void everyMenuActionHasAShortcutOrMnemonic();
    void undoAfterAStatusChangeRestoresIt();
    void statusSurvivesReopeningTheTracker();
    void conflictAsksAndKeepsMine();
    void confirmingAFulfilmentOffersItsStatus();
    void droppedFolderIsImportedWithProgress();
    void themeMenuSwitchesTheHighlighterTheme();
    void windowStateRoundTrips();

private:
    void createWindow();
    QString firstCommitment() const;

    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TrackerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_location;
    qint64 m_example = 0;
    QList<MessageBox::Message> m_messages;
    bool m_answer = false;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
    });
    MessageBox::setAnswerHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
        return m_answer;
    });
}

void TestMainWindow::init()
{
    static int s_run = 0;
    ++s_run;
    m_messages.clear();
    m_answer = false;
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(s_run)));
    m_session = std::make_unique<TrackerSession>();
    m_location = m_dir.filePath(u"window-%1.promissa"_s.arg(s_run));
    TrackerOptions options;
    options.author = u"anna"_s;
    QVERIFY(m_session->open(m_location, options));
    const auto imported = m_session->tracker()->importFile(s_example, m_session->analyzer());
    QVERIFY(imported);
    m_example = imported->letterId;
    m_session->notifyLettersChanged();
    createWindow();
}

void TestMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_repository, *m_settings, *m_session);
    m_window->show();
    m_window->activateWindow();
    // Shortcuts reach the active window only.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

QString TestMainWindow::firstCommitment() const
{
    CommitmentFilter filter;
    filter.letterId = m_example;
    return m_session->tracker()->commitments(filter)->constFirst().id;
}

void TestMainWindow::opensAFileIntoTheTracker()
{
    const auto expected = importLetter(s_example);
    QVERIFY(expected);
    QCOMPARE(m_window->openFiles({s_example}), 1);
    QVERIFY(m_messages.isEmpty());
    // The same letter twice is one letter.
    QCOMPARE(m_session->tracker()->letters()->size(), 1);

    LetterView *view = m_window->letterView();
    QCOMPARE(view->letterId(), m_example);
    QVERIFY(view->isVisible());
    QTRY_COMPARE(view->document()->toPlainText(), expected->text);
    for (const Paragraph &paragraph : expected->paragraphs)
        QCOMPARE(view->document()->findBlock(int(paragraph.range.start)).position(), int(paragraph.range.start));
    QTRY_VERIFY(hasColouredText(view));
    QVERIFY(m_window->windowTitle().contains(expected->title()));
    QVERIFY(m_window->windowTitle().contains(u"Promissa"_s));
}

void TestMainWindow::missingFileIsReported()
{
    const QString missing = m_dir.filePath(u"bestaat-niet.txt"_s);
    QCOMPARE(m_window->openFiles({missing}), 0);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst().icon, MessageBox::Icon::Critical);
    QVERIFY2(m_messages.constFirst().text.contains(u"bestaat-niet.txt"_s), qPrintable(m_messages.constFirst().text));
    QCOMPARE(m_session->tracker()->letters()->size(), 1);
}

void TestMainWindow::panesAreNamedDocks()
{
    const auto docks = m_window->findChildren<QDockWidget *>();
    QStringList names;
    for (QDockWidget *dock : docks) {
        names.append(dock->objectName());
        QVERIFY2(!dock->widget()->accessibleName().isEmpty(), qPrintable(dock->objectName()));
        QVERIFY(dock->isVisible());
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"commitmentsDock"_s, u"deadlinesDock"_s, u"detailsDock"_s, u"lettersDock"_s}));
    QVERIFY(!m_window->letterView()->accessibleName().isEmpty());
}

void TestMainWindow::pickingInTheTableScrollsTheLetter()
{
    m_window->showLetter(m_example);
    LetterView *view = m_window->letterView();
    const TrackedCommitment last = view->commitments().constLast();
    QCOMPARE(view->verticalScrollBar()->value(), 0);

    // Click its row in the table, as a user would.
    QTableView *table = m_window->commitmentsPane()->view();
    QModelIndex row;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (index.data(CommitmentTableModel::IdRole).toString() == last.id)
            row = index;
    }
    QVERIFY(row.isValid());
    table->scrollTo(row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());

    QCOMPARE(m_window->currentCommitment(), last.id);
    QCOMPARE(view->currentCommitment(), last.id);
    QCOMPARE(m_window->detailsPane()->commitmentId(), last.id);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QTextCursor cursor(view->document());
    cursor.setPosition(int(last.span.start));
    QVERIFY(view->viewport()->rect().contains(view->cursorRect(cursor)));

    // And the other way: next commitment in the letter selects its row.
    view->previousCommitment();
    QCOMPARE(m_window->commitmentsPane()->currentCommitment(), view->currentCommitment());
    QCOMPARE(m_window->detailsPane()->commitmentId(), view->currentCommitment());
}

void TestMainWindow::everyMenuActionHasAShortcutOrMnemonic()
{
    QList<std::pair<QString, QAction *>> actions;
    collect(m_window->menuBar()->actions(), QString(), actions);
    QVERIFY(actions.size() > 20);
    for (const auto &[path, action] : actions) {
        // The theme list is reached with the arrow keys inside its submenu,
        // as any list of names; its first entry and the submenu have mnemonics.
        if (action->objectName().startsWith(u"theme:") && !action->data().toString().isEmpty())
            continue;
        QVERIFY2(!action->shortcut().isEmpty() || hasMnemonic(action->text()), qPrintable(path));
    }
    // Shortcuts are shown in the menus.
    QCOMPARE(menuAction(m_window->menuBar(), u"actionMarkCommitment"_s)->shortcut(), QKeySequence(u"Ctrl+M"_s));
    QCOMPARE(menuAction(m_window->menuBar(), u"actionImport"_s)->shortcut(), QKeySequence(u"Ctrl+I"_s));
    QCOMPARE(menuAction(m_window->menuBar(), u"actionRedo"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+Z"_s));
    QCOMPARE(menuAction(m_window->menuBar(), u"actionFocusFilter"_s)->shortcut(), QKeySequence(u"Ctrl+F"_s));
}

void TestMainWindow::undoAfterAStatusChangeRestoresIt()
{
    const QString id = firstCommitment();
    const Status before = m_session->tracker()->commitment(id)->status;
    m_window->selectCommitment(id);

    // Ctrl+3: Edit > Set Status > Done.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_session->tracker()->commitment(id)->status, Status::Done);
    QVERIFY(menuAction(m_window->menuBar(), u"actionStatus_done"_s)->isChecked());
    QAction *undo = menuAction(m_window->menuBar(), u"actionUndo"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"Done"_s));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->tracker()->commitment(id)->status, before);
    QVERIFY(!menuAction(m_window->menuBar(), u"actionStatus_done"_s)->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_session->tracker()->commitment(id)->status, Status::Done);
}

void TestMainWindow::statusSurvivesReopeningTheTracker()
{
    const QString id = firstCommitment();
    m_window->selectCommitment(id);
    menuAction(m_window->menuBar(), u"actionStatus_lapsed"_s)->trigger();
    m_window.reset();
    m_session->close();

    TrackerOptions options;
    options.author = u"anna"_s;
    QVERIFY(m_session->open(m_location, options));
    QCOMPARE(m_session->tracker()->commitment(id)->status, Status::Lapsed);
    const auto history = m_session->tracker()->history(id);
    QVERIFY(std::ranges::any_of(*history, [](const HistoryEntry &e) {
        return e.field == u"status" && e.newValue == statusName(Status::Lapsed) && e.author == u"anna";
    }));
}

void TestMainWindow::conflictAsksAndKeepsMine()
{
    const QString id = firstCommitment();
    m_window->selectCommitment(id);
    TrackerOptions bertOptions;
    bertOptions.author = u"bert"_s;
    auto bert = Tracker::open(m_location, bertOptions);
    QVERIFY(bert);
    CommitmentEdit theirs;
    theirs.id = id;
    theirs.baseRevision = (*bert)->commitment(id)->revision;
    theirs.owner = u"bert"_s;
    QVERIFY((*bert)->updateCommitment(theirs));

    menuAction(m_window->menuBar(), u"actionStatus_done"_s)->trigger();
    auto *dialog = m_window->findChild<ConflictDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(m_session->tracker()->commitment(id)->number));
    dialog->keepMineButton()->click();
    QCOMPARE(m_session->tracker()->commitment(id)->status, Status::Done);
    QCOMPARE(m_session->tracker()->commitment(id)->owner, u"bert"_s);
}

void TestMainWindow::confirmingAFulfilmentOffersItsStatus()
{
    // A later letter that says it fulfils a commitment of the example.
    const auto later = m_session->tracker()->importFile(s_fulfilling, m_session->analyzer());
    QVERIFY(later);
    m_session->notifyLettersChanged();
    const auto pending = m_session->tracker()->suggestions();
    QVERIFY(pending);
    const auto it = std::ranges::find(*pending, LinkType::Fulfils, &LinkSuggestion::type);
    QVERIFY2(it != pending->cend(), "the letter says it fulfils a commitment");
    const QString fulfilled = it->toCommitment;
    QCOMPARE(m_session->tracker()->commitment(fulfilled)->status, Status::Open);

    m_answer = true;
    QVERIFY(m_session->confirmSuggestion(it->id));
    // The window asked whether to set the status the link proposes.
    const auto question = std::ranges::find(m_messages, MessageBox::Icon::Question, &MessageBox::Message::icon);
    QVERIFY(question != m_messages.cend());
    const auto after = m_session->tracker()->commitment(fulfilled);
    QVERIFY2(question->text.contains(after->number), qPrintable(question->text));
    QCOMPARE(after->status, Status::Done);
    QCOMPARE(after->fulfilledByLetter, later->letterId);
    // Two steps, each its own undo: the status, then the link.
    QCOMPARE(m_session->undoStack()->count(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->tracker()->commitment(fulfilled)->status, Status::Open);
}

void TestMainWindow::droppedFolderIsImportedWithProgress()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(s_lettersFolder)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);

    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTRY_VERIFY(m_window->imports()->isRunning());
    QVERIFY(m_window->imports()->isVisible());
    QVERIFY(finished.wait(60'000));
    QVERIFY(!m_window->imports()->isVisible());
    const int files = int(ImportJob::letterFiles({s_lettersFolder}).size());
    QCOMPARE(m_session->tracker()->letters()->size(), 1 + files);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
}

void TestMainWindow::themeMenuSwitchesTheHighlighterTheme()
{
    m_window->showLetter(m_example);
    LetterView *view = m_window->letterView();
    const auto automatic = m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);

    QAction *dark = menuAction(m_window->menuBar(), u"theme:Breeze Dark"_s);
    QVERIFY(dark);
    QVERIFY(!dark->isChecked());
    dark->trigger();
    QVERIFY(dark->isChecked());
    QCOMPARE(view->highlighter()->theme().name(), u"Breeze Dark"_s);
    QCOMPARE(m_settings->themeName(), u"Breeze Dark"_s);
    // The view's background follows the theme, or dark text would sit on white.
    QCOMPARE(view->palette().color(QPalette::Base).rgba(), view->highlighter()->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));

    QAction *follow = menuAction(m_window->menuBar(), u"theme:"_s);
    QVERIFY(follow);
    follow->trigger();
    QVERIFY(follow->isChecked());
    QVERIFY(!dark->isChecked());
    QCOMPARE(m_settings->themeName(), QString());
    // The offscreen palette is light, so following it means the default light theme.
    QCOMPARE(view->highlighter()->theme().name(), automatic.name());
}

void TestMainWindow::windowStateRoundTrips()
{
    // Narrower than the offscreen screen (800x600), which clamps restored
    // geometry; as high as the docks' minimum sizes let it be.
    m_window->resize(760, 560);
    const QSize size = m_window->size();
    QVERIFY(size.width() == 760);
    auto *deadlines = m_window->findChild<QDockWidget *>(u"deadlinesDock"_s);
    QVERIFY(deadlines);
    // View > Deadlines (Alt+4) hides it.
    QAction *toggle = menuAction(m_window->menuBar(), u"actionShow_deadlinesDock"_s);
    QVERIFY(toggle && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!deadlines->isVisible());
    QVERIFY(m_settings->windowState().isEmpty());
    m_window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->windowState().isEmpty());

    createWindow();
    QCOMPARE(m_window->size(), size);
    QVERIFY(!m_window->findChild<QDockWidget *>(u"deadlinesDock"_s)->isVisible());
    QVERIFY(m_window->findChild<QDockWidget *>(u"lettersDock"_s)->isVisible());
    QVERIFY(!menuAction(m_window->menuBar(), u"actionShow_deadlinesDock"_s)->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
