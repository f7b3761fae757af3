// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "thememenu.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QActionGroup>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

QList<ThemeMenu::Choice> ThemeMenu::choices(const KSyntaxHighlighting::Repository &repository)
{
    QList<Choice> list;
    const auto themes = repository.themes();
    for (const auto &theme : themes)
        list.append({theme.translatedName(), theme.name()});
    std::ranges::sort(list, [](const Choice &a, const Choice &b) {
        return QString::localeAwareCompare(a.text, b.text) < 0;
    });
    //: Theme choice; picks a light or dark theme to match the window colours
    list.prepend({tr("&Automatic (follow light/dark)"), QString()});
    return list;
}

KSyntaxHighlighting::Theme ThemeMenu::resolve(const KSyntaxHighlighting::Repository &repository, const QString &name, const QPalette &palette)
{
    if (!name.isEmpty()) {
        const auto theme = repository.theme(name);
        if (theme.isValid())
            return theme;
    }
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

ThemeMenu::ThemeMenu(const KSyntaxHighlighting::Repository &repository, const QString &current, QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    //: View menu; submenu with the colour themes of the letter view
    setTitle(tr("&Theme"));
    setObjectName(u"themeMenu"_s);
    m_group->setExclusive(true);
    const auto list = choices(repository);
    for (const Choice &choice : list) {
        QAction *action = addAction(choice.text);
        action->setObjectName(u"theme:"_s + choice.name);
        action->setData(choice.name);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = choice.name] {
            Q_EMIT themeChosen(name);
        });
        if (choice.name.isEmpty())
            addSeparator();
    }
    setCurrentTheme(current);
}

ThemeMenu::~ThemeMenu() = default;

void ThemeMenu::setCurrentTheme(const QString &name)
{
    const auto actions = m_group->actions();
    const auto it = std::ranges::find_if(actions, [&name](const QAction *action) {
        return action->data().toString() == name;
    });
    // A stored theme that no longer exists falls back to the automatic one.
    (it != actions.cend() ? *it : actions.constFirst())->setChecked(true);
}

} // namespace Promissa
