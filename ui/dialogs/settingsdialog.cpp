// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "settingsdialog.h"

#include "thememenu.h"

#include "settings.h"
#include "tracker/tracker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
bool isUrl(const QString &location)
{
    return location.startsWith(u"postgresql:"_s, Qt::CaseInsensitive) || location.startsWith(u"postgres:"_s, Qt::CaseInsensitive);
}
} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    //: Window title of the settings dialog
    setWindowTitle(tr("Settings"));

    // ---- database ----
    //: Group box in the settings dialog
    auto *database = new QGroupBox(tr("Tracker database"));
    //: Settings: the tracker is one file on this computer or a shared folder
    m_sqlite = new QRadioButton(tr("&File (SQLite)"));
    m_sqlite->setObjectName(u"sqlite"_s);
    m_file = new QLineEdit;
    m_file->setObjectName(u"databaseFile"_s);
    //: Accessible name of the tracker file field
    m_file->setAccessibleName(tr("Tracker file"));
    //: Button next to the tracker file; opens a file dialog
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    //: Settings: the tracker is a PostgreSQL database shared by a team
    m_postgres = new QRadioButton(tr("&PostgreSQL server"));
    m_postgres->setObjectName(u"postgres"_s);
    m_url = new QLineEdit;
    m_url->setObjectName(u"databaseUrl"_s);
    m_url->setPlaceholderText(u"postgresql://user@host/database"_s);
    //: Accessible name of the PostgreSQL address field
    m_url->setAccessibleName(tr("PostgreSQL address"));
    //: Button; opens the tracker read-only and reports what it found
    auto *test = new QPushButton(tr("&Test Connection"));
    test->setObjectName(u"testConnection"_s);
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(database);
    grid->addWidget(m_sqlite, 0, 0);
    grid->addWidget(m_file, 0, 1);
    grid->addWidget(browse, 0, 2);
    grid->addWidget(m_postgres, 1, 0);
    grid->addWidget(m_url, 1, 1, 1, 2);
    grid->addWidget(test, 2, 0);
    grid->addWidget(m_testResult, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    const QString location = settings.databaseLocation();
    if (isUrl(location)) {
        m_postgres->setChecked(true);
        m_url->setText(location);
        m_file->setText(QDir::toNativeSeparators(Tracker::defaultLocation()));
    } else {
        m_sqlite->setChecked(true);
        m_file->setText(QDir::toNativeSeparators(location.isEmpty() ? Tracker::defaultLocation() : location));
    }
    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();

    // ---- author, theme, language ----
    m_author = new QLineEdit(settings.authorName());
    m_author->setObjectName(u"author"_s);
    m_author->setPlaceholderText(Settings::accountName());

    m_theme = new QComboBox;
    m_theme->setObjectName(u"theme"_s);
    const auto themes = ThemeMenu::choices(repository);
    for (const ThemeMenu::Choice &choice : themes)
        m_theme->addItem(QString(choice.text).remove(u'&'), choice.name);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.themeName())));

    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    //: Settings: user interface language follows the system
    m_language->addItem(tr("System"), QString());
    // Each language in its own name, so that it can be found by its speakers.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Nederlands"_s, u"nl"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    //: Settings, under the language choice
    auto *restartNote = new QLabel(tr("A new language is used when Promissa is started again."));
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);

    auto *form = new QFormLayout;
    //: Settings: the name written into the history of every change
    form->addRow(tr("&Author name:"), m_author);
    //: Settings: the colour theme of the letters
    form->addRow(tr("&Theme:"), m_theme);
    //: Settings: the user interface language
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(database);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::databaseLocation() const
{
    if (m_postgres->isChecked())
        return m_url->text().trimmed();
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString SettingsDialog::authorName() const
{
    return m_author->text().trimmed();
}

QString SettingsDialog::themeName() const
{
    return m_theme->currentData().toString();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::testConnection()
{
    const QString location = databaseLocation();
    QString result;
    if (location.isEmpty()) {
        //: Settings: result of Test Connection
        result = tr("Enter a file or a PostgreSQL address first.");
    } else {
        TrackerOptions options;
        options.readOnly = true;
        options.create = false;
        auto tracker = Tracker::open(location, options);
        if (tracker) {
            auto letters = (*tracker)->letters();
            const int count = letters ? int(letters->size()) : 0;
            //: Settings: result of Test Connection; %1 is the schema version
            result = tr("Connected: a Promissa tracker with %n letters (schema version %1).", nullptr, count).arg((*tracker)->schemaVersion());
        } else if (tracker.error().kind == Error::Kind::NotFound && !isUrl(location)) {
            //: Settings: result of Test Connection for a file that does not exist yet
            result = tr("There is no tracker in this file yet; Promissa will create it.");
        } else {
            //: Settings: result of Test Connection; %1 is the reason
            result = tr("Could not connect: %1").arg(tracker.error().message);
        }
    }
    m_testResult->setText(result);
    return result;
}

void SettingsDialog::apply()
{
    QString location = databaseLocation();
    // The default file is stored as such, so that it follows the data folder.
    if (location == Tracker::defaultLocation() && m_settings.databaseLocation().isEmpty())
        location.clear();
    m_settings.setDatabaseLocation(location);
    m_settings.setAuthorName(authorName());
    m_settings.setThemeName(themeName());
    m_settings.setLanguage(language());
    m_settings.sync();
}

void SettingsDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this,
                                                      //: File dialog title
                                                      tr("Tracker File"),
                                                      QFileInfo(m_file->text()).absolutePath(),
                                                      //: File dialog filter; keep the pattern in brackets
                                                      tr("Promissa trackers (*.promissa);;All files (*)"),
                                                      nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

void SettingsDialog::updateEnabled()
{
    const bool sqlite = m_sqlite->isChecked();
    m_file->setEnabled(sqlite);
    m_url->setEnabled(!sqlite);
}

} // namespace Promissa
