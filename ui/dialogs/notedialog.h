// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Promissa
{

/// "Add note": a few lines about the selected text.
class NoteDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    /// `quote` is the selected text, shown above the note.
    explicit NoteDialog(const QString &quote, QWidget *parent = nullptr);
    ~NoteDialog() override;

    QString text() const;
    void setText(const QString &text);

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Promissa
