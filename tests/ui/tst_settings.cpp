// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Promissa::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsForAnEmptyFile();
    void valuesSurviveAReopen();
    void keysAreStable_data();
    void keysAreStable();

private:
    QString freshFile();
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestSettings::freshFile()
{
    return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files));
}

void TestSettings::defaultsForAnEmptyFile()
{
    const Settings settings(freshFile());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QCOMPARE(settings.themeName(), QString()); // follow the palette
    QCOMPARE(settings.lastOpenDirectory(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void TestSettings::valuesSurviveAReopen()
{
    const QString file = freshFile();
    const QByteArray geometry("\x01\x02\x00\xffgeometry", 12);
    {
        Settings settings(file);
        settings.setWindowGeometry(geometry);
        settings.setWindowState("state"_ba);
        settings.setThemeName(u"Breeze Dark"_s);
        settings.setLastOpenDirectory(u"/srv/brieven"_s);
        settings.sync();
    }
    const Settings reopened(file);
    QCOMPARE(reopened.windowGeometry(), geometry);
    QCOMPARE(reopened.windowState(), "state"_ba);
    QCOMPARE(reopened.themeName(), u"Breeze Dark"_s);
    QCOMPARE(reopened.lastOpenDirectory(), u"/srv/brieven"_s);
}

void TestSettings::keysAreStable_data()
{
    // Renaming a key silently drops every user's stored value.
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("geometry") << Settings::Key::WindowGeometry << u"MainWindow/geometry"_s;
    QTest::newRow("state") << Settings::Key::WindowState << u"MainWindow/state"_s;
    QTest::newRow("theme") << Settings::Key::ThemeName << u"View/theme"_s;
    QTest::newRow("last-directory") << Settings::Key::LastOpenDirectory << u"Files/lastOpenDirectory"_s;
}

void TestSettings::keysAreStable()
{
    QFETCH(Settings::Key, key);
    QFETCH(QString, name);
    QCOMPARE(Settings::keyName(key), name);

    // And the typed setter really writes under that name.
    const QString file = freshFile();
    {
        Settings settings(file);
        settings.setThemeName(u"x"_s);
        settings.setLastOpenDirectory(u"/x"_s);
        settings.setWindowGeometry("g"_ba);
        settings.setWindowState("s"_ba);
        settings.sync();
    }
    QVERIFY(QSettings(file, QSettings::IniFormat).contains(name));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
