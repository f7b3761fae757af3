// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "mainwindow.h"

#include "dialogs/sessionprompts.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/startup.h"
#include "dialogs/thememenu.h"
#include "export/exportdialog.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "letterview.h"
#include "messagebox.h"
#include "models/commitmentfiltermodel.h"
#include "panes/commitmentlinkswidget.h"
#include "panes/commitmentspane.h"
#include "panes/deadlinespane.h"
#include "panes/detailspane.h"
#include "panes/letterspane.h"
#include "session/trackersession.h"
#include "settings.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QScopedValueRollback>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// Bumped when the docks change, so that an old saved layout is not applied.
constexpr int s_stateVersion = 3;
} // namespace

MainWindow::MainWindow(KSyntaxHighlighting::Repository &repository, Settings &settings, TrackerSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_session(session)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    // An empty window says what to do rather than showing a blank area.
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(u"placeholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setTextFormat(Qt::RichText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // the disabled text colour reads as a hint

    m_view = new LetterView(m_repository);
    m_view->setThemeName(m_settings.themeName());
    m_view->setSession(&m_session);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);

    createDocks();
    setupActions();
    m_imports = new ImportProgress(m_session);
    statusBar()->addPermanentWidget(m_imports);
    connect(m_imports, &ImportProgress::finished, this, &MainWindow::importDone);
    connect(m_imports, &ImportProgress::started, this, &MainWindow::updateActions);
    statusBar()->setSizeGripEnabled(true);

    connect(m_view, &LetterView::commitmentSelected, this, &MainWindow::selectCommitment);
    connect(m_view, &LetterView::letterShown, this, [this](qint64 letterId) {
        m_lettersPane->selectLetter(letterId);
        updateWindow();
    });
    connect(m_view, &QTextEdit::copyAvailable, this, &MainWindow::updateActions);
    auto *prompts = new SessionPrompts(m_session, this);
    // Confirmed in the details pane, a link's status offer appears there.
    prompts->setInlineOffer([this](const QString &id) {
        return m_detailsPane->linksWidget()->isOfferingStatus(id);
    });
    connect(&m_session, &TrackerSession::commitmentChanged, this, &MainWindow::updateActions);
    connect(&m_session, &TrackerSession::commitmentsChanged, this, &MainWindow::updateWindow);
    for (auto signal : {&TrackerSession::opened, &TrackerSession::closed}) {
        connect(&m_session, signal, this, [this] {
            m_current.clear();
            updateWindow();
        });
    }

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 820);
    restoreState(m_settings.windowState(), s_stateVersion);
    updateWindow();
}

MainWindow::~MainWindow()
{
    // A field being edited is finished while its pane still stands, not from
    // inside the pane's destruction: hiding first sends the focus and hide
    // events to whole widgets.
    hide();
    // The view listens to the session, which outlives the window.
    m_view->setSession(nullptr);
}

// ---- layout ------------------------------------------------------------------------

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &objectName, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() keys the docks by name
    dock->setWidget(pane);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_lettersPane = new LettersPane(m_session);
    m_commitmentsPane = new CommitmentsPane(m_session);
    m_detailsPane = new DetailsPane(m_session);
    m_deadlinesPane = new DeadlinesPane(m_session);

    //: Dock title
    addPane(m_lettersPane, u"lettersDock"_s, tr("Letters"), Qt::LeftDockWidgetArea);
    //: Dock title
    addPane(m_commitmentsPane, u"commitmentsDock"_s, tr("Commitments"), Qt::BottomDockWidgetArea);
    //: Dock title
    QDockWidget *details = addPane(m_detailsPane, u"detailsDock"_s, tr("Details"), Qt::RightDockWidgetArea);
    //: Dock title
    QDockWidget *deadlines = addPane(m_deadlinesPane, u"deadlinesDock"_s, tr("Deadlines"), Qt::RightDockWidgetArea);
    tabifyDockWidget(details, deadlines);
    details->raise();
    // The details are the longest pane: on a wide screen the right column
    // runs the full height and the commitments table spans the letters and
    // the letter. A small screen keeps the table full width, since its
    // filter bar and the details side by side would not fit.
    if (const QScreen *shown = screen(); shown && shown->availableGeometry().width() >= 1280)
        setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_docks.at(0), details}, {340, 430}, Qt::Horizontal);
    resizeDocks({m_docks.at(1)}, {270}, Qt::Vertical);

    connect(m_lettersPane, &LettersPane::letterActivated, this, &MainWindow::showLetter);
    connect(m_commitmentsPane, &CommitmentsPane::commitmentSelected, this, &MainWindow::selectCommitment);
    connect(m_detailsPane, &DetailsPane::commitmentActivated, this, &MainWindow::selectCommitment);
    connect(m_detailsPane, &DetailsPane::letterActivated, this, &MainWindow::showLetter);
    connect(m_deadlinesPane, &DeadlinesPane::commitmentSelected, this, &MainWindow::selectCommitment);
}

// ---- selection -----------------------------------------------------------------------

void MainWindow::showLetter(qint64 letterId)
{
    if (m_view->showLetter(letterId))
        m_stack->setCurrentWidget(m_view);
    updateWindow();
}

void MainWindow::selectCommitment(const QString &id)
{
    // Each pane answers selectCommitment() without echoing the signal, but a
    // pane that does must not start the round again.
    if (m_syncing)
        return;
    const QScopedValueRollback guard(m_syncing, true);
    m_current = id;
    m_view->selectCommitment(id);
    if (m_view->letterId() != 0)
        m_stack->setCurrentWidget(m_view);
    m_commitmentsPane->selectCommitment(id);
    m_detailsPane->showCommitment(id);
    updateActions();
    updateWindow();
}

// ---- edits on the current commitment -----------------------------------------------

void MainWindow::setCurrentStatus(Status status)
{
    if (!m_current.isEmpty())
        m_session.setStatus(m_current, status);
}

void MainWindow::toggleRejected()
{
    if (m_current.isEmpty() || !m_session.tracker())
        return;
    const auto commitment = m_session.tracker()->commitment(m_current);
    if (commitment)
        m_session.setRejected(m_current, !commitment->rejected);
}

// ---- files and trackers ------------------------------------------------------------

bool MainWindow::openTracker(const QString &location, bool remember)
{
    if (auto opened = Startup::openTracker(m_session, m_settings, location); !opened) {
        //: Title of an error message; the text gives the reason
        MessageBox::critical(this, tr("Could not open the tracker"), opened.error().message);
        return false;
    }
    if (remember) {
        m_settings.setDatabaseLocation(location);
        m_settings.sync();
    }
    return true;
}

int MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return 0;
    Tracker *tracker = m_session.tracker();
    QStringList problems;
    qint64 last = 0;
    int shown = 0;
    for (const QString &path : paths) {
        if (!tracker) {
            //: Error; %1 is a file
            problems.append(tr("%1: no tracker is open to import it into.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        auto imported = tracker->importFile(path, m_session.analyzer());
        if (!imported) {
            problems.append(imported.error().message);
            continue;
        }
        last = imported->letterId;
        ++shown;
        m_settings.setLastOpenDirectory(QFileInfo(path).absolutePath());
    }
    if (shown > 0) {
        m_session.notifyLettersChanged();
        showLetter(last);
    }
    if (!problems.isEmpty()) {
        MessageBox::critical(this,
                             problems.size() == 1
                                 //: Title of the error message; its text gives the reason
                                 ? tr("Could not open the letter")
                                 : /*: Title of the error message; its text lists the reasons */ tr("Could not open %n letters", nullptr, int(problems.size())),
                             problems.join(u"\n\n"_s));
    }
    return shown;
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_session.isOpen())
        return;
    if (m_imports->isRunning()) {
        //: Status bar message when a second import is asked for
        statusBar()->showMessage(tr("An import is running already; wait for it or cancel it."), 5000);
        return;
    }
    // One dropped or chosen file is shown once it is in, as "Open" did.
    m_showAfterImport = paths.size() == 1 && !QFileInfo(paths.constFirst()).isDir();
    m_settings.setLastOpenDirectory(QFileInfo(paths.constFirst()).absolutePath());
    m_imports->importPaths(paths);
}

void MainWindow::reanalyseAll()
{
    if (!m_session.tracker() || m_imports->isRunning())
        return;
    QList<qint64> ids;
    for (const TrackedLetter &letter : m_session.tracker()->letters().value_or(QList<TrackedLetter>()))
        ids.append(letter.id);
    m_showAfterImport = false;
    m_imports->reanalyse(ids);
}

void MainWindow::importDone(const ImportSummary &summary, const QStringList &errors)
{
    if (m_showAfterImport && summary.lastLetterId != 0 && !summary.cancelled)
        showLetter(summary.lastLetterId);
    QString message = summary.reanalysed > 0 ? /*: Status bar after a re-analysis */ tr("Analysed %n letters again", nullptr, summary.reanalysed)
                                             : /*: Status bar after an import */ tr("Imported %n letters", nullptr, summary.imported);
    if (summary.alreadyPresent > 0)
        //: Status bar after an import, after "Imported N letters"
        message += u", "_s + tr("%n already in the tracker", nullptr, summary.alreadyPresent);
    if (summary.cancelled)
        //: Status bar after an import that the user stopped
        message += u" ("_s + tr("cancelled") + u')';
    statusBar()->showMessage(message, 10000);
    updateActions();
    if (!errors.isEmpty())
        //: Title of the error message after an import; its text lists the reasons
        MessageBox::warning(this, tr("%n letters could not be imported", nullptr, int(errors.size())), errors.join(u"\n\n"_s));
    Q_EMIT importFinished(summary, errors);
}

void MainWindow::showSettingsDialog()
{
    const QString location = Startup::configuredLocation(m_settings);
    const QString author = m_settings.authorName();
    SettingsDialog dialog(m_settings, m_repository, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setThemeName(m_settings.themeName());
    const QString newLocation = Startup::configuredLocation(m_settings);
    // The author is part of the open connection; both need a reopen.
    if (newLocation != location || m_settings.authorName() != author || !m_session.isOpen())
        openTracker(newLocation, false);
}

void MainWindow::printCurrent()
{
    if (m_view->letterId() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_view->letter().title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_view->printLetter(&printer);
}

void MainWindow::exportReport()
{
    if (!m_session.isOpen())
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Window-modal and not exec(): the event loop (and the tests) go on.
    auto *dialog = new ExportDialog(m_session, m_repository, m_commitmentsPane->filterModel()->filter(), directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(dialog->summary(), 10000);
    });
    dialog->open();
}

void MainWindow::setThemeName(const QString &name)
{
    m_settings.setThemeName(name);
    m_view->setThemeName(name);
    m_themeMenu->setCurrentTheme(name);
}

void MainWindow::focusFilter()
{
    auto *dock = qobject_cast<QDockWidget *>(m_commitmentsPane->parentWidget());
    if (dock) {
        dock->show();
        dock->raise();
    }
    if (auto *search = m_commitmentsPane->findChild<QLineEdit *>(u"commitmentSearch"_s)) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

// ---- state -------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool open = m_session.isOpen();
    const bool idle = !m_imports->isRunning();
    m_importAction->setEnabled(open && idle);
    m_importFolderAction->setEnabled(open && idle);
    m_reanalyseAction->setEnabled(open && idle);
    m_printAction->setEnabled(m_view->letterId() != 0);
    m_exportAction->setEnabled(open);

    std::optional<TrackedCommitment> current;
    if (open && !m_current.isEmpty()) {
        if (auto c = m_session.tracker()->commitment(m_current))
            current = *c;
    }
    m_statusMenu->setEnabled(current.has_value());
    m_rejectAction->setEnabled(current.has_value());
    m_rejectAction->setText(current && current->rejected ? /*: Edit menu, for a rejected commitment */ tr("&Restore Commitment")
                                                         : /*: Edit menu; says "this is not a commitment" */ tr("&Reject Commitment"));
    for (QAction *action : m_statusGroup->actions())
        action->setChecked(current && action->data().toInt() == int(current->status));
}

void MainWindow::updateWindow()
{
    const bool open = m_session.isOpen();
    const bool letter = m_view->letterId() != 0;
    if (!open) {
        //: Shown when no tracker is open. Keep the HTML tags; the menu paths must match the translated menus
        m_placeholder->setText(tr("<p style='font-size:large'>No tracker open</p>"
                                  "<p>Create one with <b>File › New Tracker</b> or open one with <b>File › Open Tracker</b>.</p>"));
    } else {
        //: Shown when no letter is open. Keep the HTML tags; the menu path must
        //: match the translated File menu and Import action; %1 is the shortcut.
        m_placeholder->setText(tr("<p style='font-size:large'>No letter open</p>"
                                  "<p>Choose a letter on the left, import letters with <b>File › Import Letters</b> (%1)<br/>"
                                  "or drop files or folders on this window.</p>")
                                   .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    }
    m_stack->setCurrentWidget(letter ? static_cast<QWidget *>(m_view) : m_placeholder);
    updateActions();

    if (!letter) {
        setWindowTitle(u"Promissa"_s);
        statusBar()->clearMessage();
        return;
    }
    const Letter &shown = m_view->letter();
    //: Window title; %1 is the title of the current letter
    setWindowTitle(tr("%1 — Promissa").arg(shown.title()));

    QStringList facts;
    if (shown.metadata.date.isValid())
        facts.append(QLocale().toString(shown.metadata.date, QLocale::LongFormat));
    //: Status bar, after the letter's date
    facts.append(tr("%n paragraphs", nullptr, int(shown.paragraphs.size())));
    //: Status bar, after the number of paragraphs
    if (!shown.footnotes.isEmpty())
        facts.append(tr("%n footnotes", nullptr, int(shown.footnotes.size())));
    //: Status bar, after the number of footnotes
    facts.append(tr("%n commitments", nullptr, int(m_view->commitments().size())));
    statusBar()->showMessage(facts.join(u"  ·  "_s));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Whole letters only: the worker stops after the current one.
    m_imports->cancel();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState(s_stateVersion));
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_session.isOpen() && std::ranges::any_of(urls, &QUrl::isLocalFile))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Not inside the drop: a message would block the drag source.
    QTimer::singleShot(0, this, [this, paths] {
        importPaths(paths);
    });
}

} // namespace Promissa
