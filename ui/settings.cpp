// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "settings.h"

#include <QSettings>
#include <QStandardPaths>

#include <array>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
struct Entry {
    Settings::Key key;
    QString name;
    // A function rather than a value: some defaults depend on the machine.
    QVariant (*defaultValue)();
};

// The one table of keys and defaults.
const std::array<Entry, 4> &entries()
{
    static const std::array<Entry, 4> table{{
        {Settings::Key::WindowGeometry, u"MainWindow/geometry"_s, [] { return QVariant(QByteArray()); }},
        {Settings::Key::WindowState, u"MainWindow/state"_s, [] { return QVariant(QByteArray()); }},
        {Settings::Key::ThemeName, u"View/theme"_s, [] { return QVariant(QString()); }},
        {Settings::Key::LastOpenDirectory,
         u"Files/lastOpenDirectory"_s,
         [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
    }};
    return table;
}

const Entry &entry(Settings::Key key)
{
    // The table is ordered like the enum; the assert keeps it that way.
    const Entry &e = entries().at(static_cast<std::size_t>(key));
    Q_ASSERT(e.key == key);
    return e;
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return entry(key).name;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(e.name, e.defaultValue());
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(entry(key).name, value);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QString Settings::themeName() const
{
    return value(Key::ThemeName).toString();
}

void Settings::setThemeName(const QString &name)
{
    setValue(Key::ThemeName, name);
}

QString Settings::lastOpenDirectory() const
{
    return value(Key::LastOpenDirectory).toString();
}

void Settings::setLastOpenDirectory(const QString &directory)
{
    setValue(Key::LastOpenDirectory, directory);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Promissa
