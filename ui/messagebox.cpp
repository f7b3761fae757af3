// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "messagebox.h"

#include <QMessageBox>

namespace Promissa
{

namespace
{
MessageBox::Hook &hook()
{
    static MessageBox::Hook s_hook;
    return s_hook;
}

QMessageBox::Icon toQt(MessageBox::Icon icon)
{
    switch (icon) {
    case MessageBox::Icon::Information:
        return QMessageBox::Information;
    case MessageBox::Icon::Warning:
        return QMessageBox::Warning;
    case MessageBox::Icon::Critical:
        return QMessageBox::Critical;
    }
    return QMessageBox::NoIcon;
}
} // namespace

void MessageBox::show(QWidget *parent, const Message &message)
{
    if (hook()) {
        hook()(message);
        return;
    }
    QMessageBox box(toQt(message.icon), message.title, message.text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Message{Icon::Critical, title, text});
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, Message{Icon::Warning, title, text});
}

void MessageBox::setHook(Hook newHook)
{
    hook() = std::move(newHook);
}

} // namespace Promissa
