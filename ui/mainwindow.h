// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QMainWindow>
#include <QStringList>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

class CommitmentsPane;
class DeadlinesPane;
class DetailsPane;
class ImportProgress;
struct ImportSummary;
class LetterView;
class LettersPane;
class Settings;
class ThemeMenu;
class TrackerSession;

/// The window: actions, the layout of the panes around the letter, and
/// saving and restoring its state. What the panes show and how they edit is
/// theirs; the window only wires them: a commitment picked anywhere is
/// selected everywhere and the letter view scrolls to it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The dependencies are owned by the application and outlive the window.
    MainWindow(KSyntaxHighlighting::Repository &repository, Settings &settings, TrackerSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports each file into the tracker now (the named files of the
    /// command line) and shows the last one. Files that cannot be read are
    /// reported together in one message. Returns how many letters it shows
    /// or imported.
    int openFiles(const QStringList &paths);
    /// Imports files and folders on a worker thread, with the progress and a
    /// Cancel button in the status bar (File > Import, drag and drop).
    void importPaths(const QStringList &paths);
    /// Analyses the tracked letters again on a worker thread.
    void reanalyseAll();
    /// Opens (or creates) the tracker at location, reporting failures; with
    /// `remember` the settings keep it for the next start.
    bool openTracker(const QString &location, bool remember);

    LetterView *letterView() const
    {
        return m_view;
    }
    LettersPane *lettersPane() const
    {
        return m_lettersPane;
    }
    CommitmentsPane *commitmentsPane() const
    {
        return m_commitmentsPane;
    }
    DetailsPane *detailsPane() const
    {
        return m_detailsPane;
    }
    DeadlinesPane *deadlinesPane() const
    {
        return m_deadlinesPane;
    }
    /// The imports' progress in the status bar, and their job while one runs.
    ImportProgress *imports() const
    {
        return m_imports;
    }
    /// The commitment selected everywhere, or empty.
    QString currentCommitment() const
    {
        return m_current;
    }

public Q_SLOTS:
    void showLetter(qint64 letterId);
    /// Selects the commitment in every pane and scrolls the letter to it.
    void selectCommitment(const QString &id);

Q_SIGNALS:
    /// An import or re-analysis ended (after the panes were told).
    void importFinished(const Promissa::ImportSummary &summary, const QStringList &errors);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    QDockWidget *addPane(QWidget *pane, const QString &objectName, const QString &title, Qt::DockWidgetArea area);
    void setupActions();
    void setupEditMenu();
    void importDone(const ImportSummary &summary, const QStringList &errors);

    void showSettingsDialog();
    void printCurrent();
    /// File > Export Report…, starting from the commitments table's filters.
    void exportReport();
    void setThemeName(const QString &name);
    void setCurrentStatus(Status status);
    void toggleRejected();
    void focusFilter();

    void updateActions();
    void updateWindow();

    KSyntaxHighlighting::Repository &m_repository;
    Settings &m_settings;
    TrackerSession &m_session;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    LetterView *m_view = nullptr;
    LettersPane *m_lettersPane = nullptr;
    CommitmentsPane *m_commitmentsPane = nullptr;
    DetailsPane *m_detailsPane = nullptr;
    DeadlinesPane *m_deadlinesPane = nullptr;
    QList<QDockWidget *> m_docks;

    ThemeMenu *m_themeMenu = nullptr;
    QActionGroup *m_statusGroup = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_reanalyseAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QMenu *m_statusMenu = nullptr;

    ImportProgress *m_imports = nullptr;
    bool m_showAfterImport = false;

    QString m_current;
    bool m_syncing = false; ///< a selection is being spread to the panes
};

} // namespace Promissa
