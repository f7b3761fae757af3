// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// A long selection is quoted by its start and end only.
constexpr qsizetype s_maxQuote = 240;
} // namespace

NoteDialog::NoteDialog(const QString &quote, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"noteDialog"_s);
    //: Window title
    setWindowTitle(tr("Add Note"));

    QString shown = quote.simplified();
    if (shown.size() > s_maxQuote)
        shown = shown.left(s_maxQuote / 2) + u" … "_s + shown.right(s_maxQuote / 2);
    auto *quoteLabel = new QLabel(u"“%1”"_s.arg(shown));
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextFormat(Qt::PlainText);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(u"noteText"_s);
    //: Accessible name of the note text field
    m_text->setAccessibleName(tr("Note"));
    //: Placeholder of the note text field
    m_text->setPlaceholderText(tr("What should colleagues know about this passage?"));
    m_text->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    //: Add note: the OK button
    ok->setText(tr("&Add Note"));
    ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, ok, [this, ok] {
        ok->setEnabled(!text().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quoteLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(460, 260);
}

NoteDialog::~NoteDialog() = default;

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void NoteDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

} // namespace Promissa
