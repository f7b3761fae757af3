// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

class Settings;

/// Database, author name, theme and language. Nothing is stored until the
/// dialog is accepted; the window then reopens the tracker when the database
/// or the author changed. The language takes effect at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings &settings, const KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The tracker location as entered: a SQLite path or a postgresql:// URL.
    QString databaseLocation() const;
    QString authorName() const;
    /// Empty: follow the palette.
    QString themeName() const;
    /// Empty: follow the system.
    QString language() const;

    /// Opens the entered tracker read-only and says what it found; the text
    /// is shown under the button and returned.
    QString testConnection();

    /// Writes the values into the settings (called on accept).
    void apply();

private:
    void browse();
    void updateEnabled();

    Settings &m_settings;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_testResult = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Promissa
