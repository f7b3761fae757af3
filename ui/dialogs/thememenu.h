// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QMenu>

class QActionGroup;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

/// The choice of letter theme: "Automatic" (follow the palette's lightness)
/// and every KSyntaxHighlighting theme by its translated name. Used as the
/// View > Theme menu; the settings dialog offers the same list.
class ThemeMenu : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeMenu)

public:
    /// An entry of the list: the name shown and the theme's name (empty:
    /// automatic).
    struct Choice {
        QString text;
        QString name;
    };
    /// Automatic first, then the themes sorted by their shown names.
    static QList<Choice> choices(const KSyntaxHighlighting::Repository &repository);
    /// The theme a name stands for: that theme, or for an empty or unknown
    /// name the default light or dark one, after the palette's lightness.
    static KSyntaxHighlighting::Theme resolve(const KSyntaxHighlighting::Repository &repository, const QString &name, const QPalette &palette);

    ThemeMenu(const KSyntaxHighlighting::Repository &repository, const QString &current, QWidget *parent = nullptr);
    ~ThemeMenu() override;

    /// Checks the entry of the theme (the automatic one for an unknown name).
    void setCurrentTheme(const QString &name);

Q_SIGNALS:
    void themeChosen(const QString &name);

private:
    QActionGroup *m_group;
};

} // namespace Promissa
