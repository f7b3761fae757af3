// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "letterview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"

#include "import/importer.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");

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
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheExampleLetter();
    void missingFileIsReportedAndTabsStay();
    void sameFileTwiceKeepsOneTab();
    void themeMenuSwitchesTheHighlighterTheme();
    void geometryIsSavedOnClose();

private:
    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QList<MessageBox::Message> m_messages;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
    });
}

void TestMainWindow::init()
{
    static int s_run = 0;
    m_messages.clear();
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++s_run)));
    m_window = std::make_unique<MainWindow>(m_repository, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestMainWindow::opensTheExampleLetter()
{
    const auto expected = importLetter(s_example);
    QVERIFY2(expected.has_value(), qPrintable(expected ? QString() : expected.error().message));

    QCOMPARE(m_window->openFiles({s_example}), 1);
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(m_window->tabWidget()->count(), 1);

    LetterView *view = m_window->currentView();
    QVERIFY(view);
    QTRY_COMPARE(view->document()->toPlainText(), expected->text);
    // One block per paragraph: block positions are the letter's offsets.
    for (const Paragraph &paragraph : expected->paragraphs)
        QCOMPARE(view->document()->findBlock(int(paragraph.range.start)).position(), int(paragraph.range.start));

    QTRY_VERIFY(hasColouredText(view));
    QVERIFY(m_window->windowTitle().contains(expected->title()));
    QVERIFY(m_window->windowTitle().contains(u"Promissa"_s));
}

void TestMainWindow::missingFileIsReportedAndTabsStay()
{
    QCOMPARE(m_window->openFiles({s_example}), 1);
    const QString title = m_window->windowTitle();

    const QString missing = m_dir.filePath(u"bestaat-niet.txt"_s);
    QCOMPARE(m_window->openFiles({missing}), 0);

    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst().icon, MessageBox::Icon::Critical);
    QVERIFY2(m_messages.constFirst().text.contains(u"bestaat-niet.txt"_s), qPrintable(m_messages.constFirst().text));
    QCOMPARE(m_window->tabWidget()->count(), 1);
    QVERIFY(m_window->currentView());
    QCOMPARE(m_window->windowTitle(), title);
}

void TestMainWindow::sameFileTwiceKeepsOneTab()
{
    QCOMPARE(m_window->openFiles({s_example, s_example}), 2);
    QCOMPARE(m_window->tabWidget()->count(), 1);
    QVERIFY(m_messages.isEmpty());
}

void TestMainWindow::themeMenuSwitchesTheHighlighterTheme()
{
    QCOMPARE(m_window->openFiles({s_example}), 1);
    LetterView *view = m_window->currentView();
    QVERIFY(view);
    const auto automatic = m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);

    QAction *dark = menuAction(m_window->menuBar(), u"theme:Breeze Dark"_s);
    QVERIFY(dark);
    QVERIFY(!dark->isChecked());
    dark->trigger();
    QVERIFY(dark->isChecked());
    QCOMPARE(view->highlighter()->theme().name(), u"Breeze Dark"_s);
    QCOMPARE(m_settings->themeName(), u"Breeze Dark"_s);
    // The view's background follows the theme, or dark text would sit on white.
    QCOMPARE(view->palette().color(QPalette::Base).rgba(),
             view->highlighter()->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));

    // A letter opened later uses the chosen theme too.
    const QString copy = m_dir.filePath(u"tweede-brief.txt"_s);
    QVERIFY(QFile::copy(s_example, copy));
    QCOMPARE(m_window->openFiles({copy}), 1);
    QCOMPARE(m_window->currentView()->highlighter()->theme().name(), u"Breeze Dark"_s);

    QAction *follow = menuAction(m_window->menuBar(), u"theme:"_s);
    QVERIFY(follow);
    follow->trigger();
    QVERIFY(follow->isChecked());
    QVERIFY(!dark->isChecked());
    QCOMPARE(m_settings->themeName(), QString());
    // The offscreen palette is light, so following it means the default light theme.
    QCOMPARE(view->highlighter()->theme().name(), automatic.name());
}

void TestMainWindow::geometryIsSavedOnClose()
{
    // Smaller than the offscreen screen (800x600), which clamps restored geometry.
    m_window->resize(720, 520);
    QVERIFY(m_settings->windowGeometry().isEmpty());
    m_window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());

    MainWindow second(m_repository, *m_settings);
    QCOMPARE(second.size(), QSize(720, 520));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
