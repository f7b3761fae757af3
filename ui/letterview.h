// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextEdit>

class QPrinter;

namespace KSyntaxHighlighting
{
class Repository;
class SyntaxHighlighter;
}

namespace Promissa
{

/// Shows one letter read-only: one block per paragraph, so document positions
/// are Letter::text offsets. Headings are bold, bullets form a list, footnotes
/// are set smaller at the end. The Kamerbrief syntax definition colours the
/// text through one SyntaxHighlighter for this view's document.
///
/// A QTextEdit rather than a QPlainTextEdit: the plain-text layout ignores
/// block margins, indents and lists, which the letter's structure needs.
class LetterView : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterView)

public:
    explicit LetterView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~LetterView() override;

    void setLetter(Letter letter);
    const Letter &letter() const
    {
        return m_letter;
    }

    /// The theme to use; an empty name follows the palette's lightness.
    void setThemeName(const QString &themeName);
    QString themeName() const
    {
        return m_themeName;
    }

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const
    {
        return m_highlighter;
    }

    /// Prints the letter with a light theme whatever the screen uses, since
    /// dark backgrounds do not belong on paper.
    void printLetter(QPrinter *printer) const;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    KSyntaxHighlighting::Theme effectiveTheme() const;
    void applyTheme();
    void buildDocument();
    void updateColumn();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Letter m_letter;
    QString m_themeName;
    bool m_applyingTheme = false;
};

} // namespace Promissa
