// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "mainwindow.h"

#include "import/importer.h"
#include "letterview.h"
#include "messagebox.h"
#include "settings.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

MainWindow::MainWindow(KSyntaxHighlighting::Repository &repository, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_settings(settings)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);

    // An empty window says what to do rather than showing a blank area.
    //: Shown when no letter is open. Keep the HTML tags; the menu path must
    //: match the translated File menu and Open action; %1 is the shortcut.
    auto *placeholder = new QLabel(tr("<p style='font-size:large'>No letter open</p>"
                                      "<p>Open a Kamerbrief with <b>File › Open</b> (%1)<br/>or drop files on this window.</p>")
                                       .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    placeholder->setObjectName(u"placeholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setTextFormat(Qt::RichText);
    placeholder->setEnabled(false); // the disabled text colour reads as a hint

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"letterTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideRight);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWindow);

    m_stack = new QStackedWidget;
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    setupActions();
    statusBar()->setSizeGripEnabled(true);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1100, 760);
    restoreState(m_settings.windowState());
    updateWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    //: Menu bar
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    auto *openAction = fileMenu->addAction(QIcon::fromTheme(u"document-open"_s, style()->standardIcon(QStyle::SP_DialogOpenButton)),
                                           //: File menu and toolbar; opens a file dialog
                                           tr("&Open…"),
                                           this,
                                           &MainWindow::showOpenDialog);
    openAction->setObjectName(u"actionOpen"_s);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setToolTip(tr("Open one or more letters"));

    //: File menu and toolbar; prints the current letter after a print dialog
    m_printAction = fileMenu->addAction(QIcon::fromTheme(u"document-print"_s), tr("&Print…"), this, &MainWindow::printCurrent);
    m_printAction->setObjectName(u"actionPrint"_s);
    m_printAction->setShortcut(QKeySequence::Print);

    //: File menu; closes the current letter's tab, not the window
    auto *closeAction = fileMenu->addAction(QIcon::fromTheme(u"document-close"_s), tr("&Close"), this, [this] {
        closeTab(m_tabs->currentIndex());
    });
    closeAction->setObjectName(u"actionClose"_s);
    closeAction->setShortcut(QKeySequence::Close);

    fileMenu->addSeparator();
    //: File menu; closes the window and ends the application
    auto *quitAction = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"actionQuit"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    //: Menu bar
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addMenu(createThemeMenu());

    //: Toolbar title, shown in the toolbar context menu
    auto *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(openAction);
    toolBar->addAction(m_printAction);
}

QMenu *MainWindow::createThemeMenu()
{
    //: View menu; submenu with the colour themes of the letter view
    auto *menu = new QMenu(tr("&Theme"), this);
    menu->setObjectName(u"themeMenu"_s);
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);

    const QString current = m_settings.themeName();
    auto addTheme = [&](const QString &text, const QString &name) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"theme:"_s + name);
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == current);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            setThemeName(name);
        });
    };

    //: Theme menu; picks a light or dark theme to match the window colours
    addTheme(tr("Automatic (follow palette)"), QString());
    menu->addSeparator();
    auto themes = m_repository.themes();
    std::ranges::sort(themes, [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.translatedName(), b.translatedName()) < 0;
    });
    for (const auto &theme : std::as_const(themes))
        addTheme(theme.translatedName(), theme.name());

    // A stored theme that no longer exists falls back to the automatic one.
    if (!m_themeGroup->checkedAction())
        m_themeGroup->actions().constFirst()->setChecked(true);
    return menu;
}

void MainWindow::setThemeName(const QString &name)
{
    m_settings.setThemeName(name);
    const auto allViews = views();
    for (LetterView *view : allViews)
        view->setThemeName(name);
}

int MainWindow::tabForFile(const QString &canonicalPath) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("canonicalPath").toString() == canonicalPath)
            return i;
    }
    return -1;
}

int MainWindow::openFiles(const QStringList &paths)
{
    QStringList problems;
    int shown = 0;
    int lastIndex = -1;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty()) {
            const int existing = tabForFile(canonical);
            if (existing >= 0) {
                lastIndex = existing;
                ++shown;
                continue;
            }
        }

        Expected<Letter> letter = importLetter(path);
        if (!letter) {
            problems.append(letter.error().message);
            continue;
        }

        auto *view = new LetterView(m_repository, m_tabs);
        view->setThemeName(m_settings.themeName());
        view->setProperty("canonicalPath", canonical);
        const QString title = letter->title();
        view->setLetter(std::move(*letter));
        lastIndex = m_tabs->addTab(view, title);
        m_tabs->setTabToolTip(lastIndex, QDir::toNativeSeparators(info.absoluteFilePath()));
        m_settings.setLastOpenDirectory(info.absolutePath());
        ++shown;
    }

    if (lastIndex >= 0)
        m_tabs->setCurrentIndex(lastIndex);
    updateWindow();

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

void MainWindow::showOpenDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this,
                                                            //: File dialog title
                                                            tr("Open Letters"),
                                                            m_settings.lastOpenDirectory(),
                                                            //: File dialog filters, separated by ";;"; keep the patterns in brackets
                                                            tr("Letters (*.txt *.kamerbrief);;All files (*)"));
    if (!files.isEmpty())
        openFiles(files);
}

void MainWindow::printCurrent()
{
    LetterView *view = currentView();
    if (!view)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(view->letter().title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        view->printLetter(&printer);
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    m_tabs->removeTab(index);
    page->deleteLater();
    updateWindow();
}

LetterView *MainWindow::currentView() const
{
    return qobject_cast<LetterView *>(m_tabs->currentWidget());
}

QList<LetterView *> MainWindow::views() const
{
    QList<LetterView *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<LetterView *>(m_tabs->widget(i)))
            result.append(view);
    }
    return result;
}

void MainWindow::updateWindow()
{
    const LetterView *view = currentView();
    m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    m_printAction->setEnabled(view != nullptr);

    if (!view) {
        setWindowTitle(u"Promissa"_s);
        statusBar()->clearMessage();
        return;
    }
    const Letter &letter = view->letter();
    //: Window title; %1 is the title of the current letter
    setWindowTitle(tr("%1 — Promissa").arg(letter.title()));

    QStringList facts;
    if (letter.metadata.date.isValid())
        facts.append(QLocale().toString(letter.metadata.date, QLocale::LongFormat));
    //: Status bar, after the letter's date
    facts.append(tr("%n paragraphs", nullptr, int(letter.paragraphs.size())));
    //: Status bar, after the number of paragraphs
    if (!letter.footnotes.isEmpty())
        facts.append(tr("%n footnotes", nullptr, int(letter.footnotes.size())));
    statusBar()->showMessage(facts.join(u"  ·  "_s));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::ranges::any_of(urls, &QUrl::isLocalFile))
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
    // Not inside the drop: an error dialog would block the drag source.
    QTimer::singleShot(0, this, [this, paths] {
        openFiles(paths);
    });
}

} // namespace Promissa
