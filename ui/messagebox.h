// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Promissa
{

/// The one way the widgets tell the user something went wrong. Tests (and the
/// headless screenshot mode) install a hook that receives the message instead
/// of a modal dialog, so nothing blocks and the text can be checked.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(Promissa::MessageBox)

public:
    enum class Icon {
        Information,
        Warning,
        Critical,
        Question,
    };

    struct Message {
        Icon icon = Icon::Information;
        QString title;
        QString text;
    };

    using Hook = std::function<void(const Message &message)>;
    /// Answers a question instead of the user: true for the "yes" button.
    using AnswerHook = std::function<bool(const Message &message)>;

    /// Shows a modal message box, or hands the message to the hook when one is set.
    static void show(QWidget *parent, const Message &message);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// Asks a yes/no question with the given button texts; true for yes.
    /// Without an answer hook but with a message hook (nobody at the screen)
    /// the answer is no, the choice that changes nothing.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yes, const QString &no);

    /// Replaces the dialog by hook until it is cleared with an empty Hook.
    static void setHook(Hook hook);
    static void setAnswerHook(AnswerHook hook);
};

} // namespace Promissa
