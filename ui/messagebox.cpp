// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "messagebox.h"

#include <QMessageBox>
#include <QPushButton>

namespace Promissa
{

namespace
{
MessageBox::Hook &hook()
{
    static MessageBox::Hook s_hook;
    return s_hook;
}

MessageBox::AnswerHook &answerHook()
{
    static MessageBox::AnswerHook s_hook;
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
    case MessageBox::Icon::Question:
        return QMessageBox::Question;
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

bool MessageBox::ask(QWidget *parent, const QString &title, const QString &text, const QString &yes, const QString &no)
{
    const Message message{Icon::Question, title, text};
    if (answerHook())
        return answerHook()(message);
    if (hook()) {
        hook()(message);
        return false;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *yesButton = box.addButton(yes, QMessageBox::YesRole);
    box.addButton(no, QMessageBox::NoRole);
    box.setDefaultButton(yesButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

void MessageBox::setAnswerHook(AnswerHook newHook)
{
    answerHook() = std::move(newHook);
}

void MessageBox::setHook(Hook newHook)
{
    hook() = std::move(newHook);
}

} // namespace Promissa
