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
const std::array<Entry, 7> &entries()
{
    static const std::array<Entry, 7> table{{
        {Settings::Key::WindowGeometry, u"MainWindow/geometry"_s, [] { return QVariant(QByteArray()); }},
        {Settings::Key::WindowState, u"MainWindow/state"_s, [] { return QVariant(QByteArray()); }},
        {Settings::Key::ThemeName, u"View/theme"_s, [] { return QVariant(QString()); }},
        {Settings::Key::LastOpenDirectory,
         u"Files/lastOpenDirectory"_s,
         [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
        {Settings::Key::DatabaseLocation, u"Tracker/location"_s, [] { return QVariant(QString()); }},
        {Settings::Key::AuthorName, u"Tracker/author"_s, [] { return QVariant(Settings::accountName()); }},
        {Settings::Key::Language, u"View/language"_s, [] { return QVariant(QString()); }},
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

QString Settings::databaseLocation() const
{
    return value(Key::DatabaseLocation).toString();
}

void Settings::setDatabaseLocation(const QString &location)
{
    setValue(Key::DatabaseLocation, location);
}

QString Settings::authorName() const
{
    const QString name = value(Key::AuthorName).toString().trimmed();
    return name.isEmpty() ? accountName() : name;
}

void Settings::setAuthorName(const QString &name)
{
    setValue(Key::AuthorName, name.trimmed());
}

QString Settings::accountName()
{
    // USER on Unix, USERNAME on Windows; LOGNAME when started without a login shell.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Promissa
