// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QMainWindow>
#include <QStringList>

class QActionGroup;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

class LetterView;
class Settings;

/// The first window: actions, the tabs of open letters, and saving and
/// restoring its own state. Each letter is shown by a LetterView.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Both dependencies are owned by the application and outlive the window.
    MainWindow(KSyntaxHighlighting::Repository &repository, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens each file in a tab (or shows its tab when it is open already).
    /// Files that cannot be read are reported together in one message; the
    /// other tabs stay. Returns how many files are now shown.
    int openFiles(const QStringList &paths);

    LetterView *currentView() const;
    QList<LetterView *> views() const;
    QTabWidget *tabWidget() const
    {
        return m_tabs;
    }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    QMenu *createThemeMenu();
    void showOpenDialog();
    void printCurrent();
    void closeTab(int index);
    void setThemeName(const QString &name);
    void updateWindow();
    int tabForFile(const QString &canonicalPath) const;

    KSyntaxHighlighting::Repository &m_repository;
    Settings &m_settings;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_printAction = nullptr;
};

} // namespace Promissa
