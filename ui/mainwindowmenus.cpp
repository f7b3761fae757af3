// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// MainWindow's menus, toolbar and actions: the longest and least eventful
// part of the window, kept apart so that mainwindow.cpp reads as the wiring.
#include "mainwindow.h"

#include "dialogs/startup.h"
#include "dialogs/thememenu.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "letterview.h"
#include "models/labels.h"
#include "session/trackersession.h"
#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Promissa
{

// ---- actions -----------------------------------------------------------------------

namespace
{
QAction *menuAction(QMenu *menu, const QString &objectName, const QString &icon, const QString &text, const QKeySequence &shortcut = {})
{
    QAction *action = menu->addAction(QIcon::fromTheme(icon), text);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::setupActions()
{
    //: Menu bar
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    //: File menu; creates a new, empty tracker file
    auto *newTracker = menuAction(fileMenu, u"actionNewTracker"_s, u"document-new"_s, tr("&New Tracker…"), QKeySequence::New);
    connect(newTracker, &QAction::triggered, this, [this] {
        if (const QString file = Startup::chooseNewTracker(this, m_settings); !file.isEmpty())
            openTracker(file, true);
    });
    //: File menu; opens another tracker file
    auto *openTrackerAction = menuAction(fileMenu, u"actionOpenTracker"_s, u"document-open"_s, tr("&Open Tracker…"), QKeySequence::Open);
    connect(openTrackerAction, &QAction::triggered, this, [this] {
        if (const QString file = Startup::chooseTracker(this, m_settings); !file.isEmpty())
            openTracker(file, true);
    });
    fileMenu->addSeparator();
    //: File menu; imports letter files into the tracker
    m_importAction = menuAction(fileMenu, u"actionImport"_s, u"document-import"_s, tr("&Import Letters…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        importPaths(ImportProgress::chooseFiles(this, m_settings.lastOpenDirectory()));
    });
    //: File menu; imports every letter in a folder
    m_importFolderAction = menuAction(fileMenu, u"actionImportFolder"_s, u"folder-open"_s, tr("Import &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importFolderAction, &QAction::triggered, this, [this] {
        importPaths(ImportProgress::chooseFolder(this, m_settings.lastOpenDirectory()));
    });
    //: File menu; runs the analysis again over every tracked letter
    m_reanalyseAction = menuAction(fileMenu, u"actionReanalyse"_s, u"view-refresh"_s, tr("&Analyse All Letters Again"));
    connect(m_reanalyseAction, &QAction::triggered, this, &MainWindow::reanalyseAll);
    fileMenu->addSeparator();
    //: File menu; prints the current letter after a print dialog
    m_printAction = menuAction(fileMenu, u"actionPrint"_s, u"document-print"_s, tr("&Print…"), QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printCurrent);
    //: File menu; writes a PDF, CSV, JSON or iCalendar file of the commitments
    m_exportAction = menuAction(fileMenu, u"actionExportReport"_s, u"document-export"_s, tr("&Export Report…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    //: File menu; opens the settings dialog
    auto *settings = menuAction(fileMenu, u"actionSettings"_s, u"configure"_s, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettingsDialog);
    fileMenu->addSeparator();
    //: File menu; closes the window and ends the application
    auto *quit = menuAction(fileMenu, u"actionQuit"_s, u"application-exit"_s, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    setupEditMenu();

    //: Menu bar
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    // The docks' own toggle actions, with a mnemonic and a shortcut each.
    const QStringList paneTexts{/*: View menu */ tr("&Letters"),
                                /*: View menu */ tr("&Commitments"),
                                /*: View menu */ tr("&Details"),
                                /*: View menu */ tr("D&eadlines")};
    for (qsizetype i = 0; i < m_docks.size(); ++i) {
        QAction *toggle = m_docks.at(i)->toggleViewAction();
        toggle->setText(paneTexts.at(i));
        toggle->setObjectName(u"actionShow_"_s + m_docks.at(i)->objectName());
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        viewMenu->addAction(toggle);
    }
    viewMenu->addSeparator();
    m_themeMenu = new ThemeMenu(m_repository, m_settings.themeName(), this);
    connect(m_themeMenu, &ThemeMenu::themeChosen, this, &MainWindow::setThemeName);
    viewMenu->addMenu(m_themeMenu);

    //: Menu bar
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_view->nextCommitmentAction());
    goMenu->addAction(m_view->previousCommitmentAction());
    goMenu->addSeparator();
    //: Go menu; puts the keyboard focus in the commitments' search field
    auto *filter = menuAction(goMenu, u"actionFocusFilter"_s, u"edit-find"_s, tr("&Filter Commitments"), QKeySequence::Find);
    connect(filter, &QAction::triggered, this, &MainWindow::focusFilter);
    //: Go menu; puts the keyboard focus in the letter
    auto *letter = menuAction(goMenu, u"actionFocusLetter"_s, u"document-preview"_s, tr("&Letter"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(letter, &QAction::triggered, this, [this] {
        m_view->setFocus(Qt::ShortcutFocusReason);
    });

    //: Toolbar title, shown in the toolbar context menu
    auto *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_view->markCommitmentAction());
    toolBar->addAction(m_view->addNoteAction());
    toolBar->addSeparator();
    toolBar->addAction(m_view->previousCommitmentAction());
    toolBar->addAction(m_view->nextCommitmentAction());
}

void MainWindow::setupEditMenu()
{
    //: Menu bar
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_session.undoStack();
    //: Edit menu; the prefix of "Undo <what>"
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    undo->setShortcut(QKeySequence::Undo);
    //: Edit menu; the prefix of "Redo <what>"
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(m_view->markCommitmentAction());
    editMenu->addAction(m_view->addNoteAction());
    editMenu->addAction(m_view->adjustSpanAction());
    editMenu->addSeparator();
    m_rejectAction = menuAction(editMenu, u"actionReject"_s, u"edit-delete"_s, QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_rejectAction, &QAction::triggered, this, &MainWindow::toggleRejected);

    //: Edit menu; submenu with the four statuses
    m_statusMenu = editMenu->addMenu(tr("Set &Status"));
    m_statusMenu->setObjectName(u"statusMenu"_s);
    m_statusGroup = new QActionGroup(this);
    const QStringList texts{/*: Set Status submenu */ tr("&Open"),
                            /*: Set Status submenu */ tr("&Partly Done"),
                            /*: Set Status submenu */ tr("&Done"),
                            /*: Set Status submenu */ tr("&Lapsed")};
    const QList<Status> statuses = Labels::statuses();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const Status status = statuses.at(i);
        QAction *action = m_statusMenu->addAction(texts.value(i, Labels::status(status)));
        action->setObjectName(u"actionStatus_"_s + statusName(status));
        action->setData(int(status));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_statusGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] {
            setCurrentStatus(status);
        });
    }
}

} // namespace Promissa
