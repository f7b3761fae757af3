// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace Promissa
{

/// Typed access to the user's settings. This is the only class that touches
/// QSettings; every key and its default live in one table in settings.cpp.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        ThemeName,
        LastOpenDirectory,
        DatabaseLocation,
        AuthorName,
        Language,
    };

    /// The user's settings in the platform's usual place, named after the
    /// application's organization and name.
    Settings();
    /// Settings kept in an INI file (tests, portable setups).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// The KSyntaxHighlighting theme for letters; empty means "follow the palette".
    QString themeName() const;
    void setThemeName(const QString &name);

    /// Where File > Open starts; the user's documents folder until a file was opened.
    QString lastOpenDirectory() const;
    void setLastOpenDirectory(const QString &directory);

    /// The tracker: a SQLite path or a postgresql:// URL. Empty until the
    /// user (or the first run) chose one.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString &location);

    /// Who edits, as written into the tracker's history; the account name
    /// until the user sets another.
    QString authorName() const;
    void setAuthorName(const QString &name);
    /// The account name (USER, or USERNAME on Windows).
    static QString accountName();

    /// The user interface language: "nl", "en", or empty to follow the
    /// system. Applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    /// Writes pending changes now (QSettings otherwise does it lazily).
    void sync();

    /// The key's name in the settings file, for diagnostics and tests.
    static QString keyName(Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Promissa
