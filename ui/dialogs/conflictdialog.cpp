// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "conflictdialog.h"

#include "models/labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

ConflictDialog::ConflictDialog(const TrackedCommitment &theirs, const QString &mine, const QString &message, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    //: Window title; %1 is a commitment number
    setWindowTitle(tr("%1 Was Changed by Somebody Else").arg(theirs.number));

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    //: Conflict dialog; %1 is a commitment number, %2 a person
    auto *intro = new QLabel(tr("<p><b>%2 changed %1 while you were working on it.</b></p>"
                                "<p>Your change was not saved. Reload to see theirs, or keep yours on top of it. "
                                "Both versions stay in the history of the commitment.</p>")
                                 .arg(theirs.number.toHtmlEscaped(), theirs.changedBy.toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *detail = new QLabel(message);
    detail->setObjectName(u"conflictMessage"_s);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setTextFormat(Qt::PlainText);

    //: Conflict dialog: the other person's version
    auto *theirsBox = new QGroupBox(tr("Theirs"));
    auto *theirsForm = new QFormLayout(theirsBox);
    //: Conflict dialog field
    theirsForm->addRow(tr("Status:"), new QLabel(Labels::status(theirs.status)));
    //: Conflict dialog field
    theirsForm->addRow(tr("Deadline:"), new QLabel(Labels::deadline(theirs.deadline)));
    //: Conflict dialog field
    theirsForm->addRow(tr("Owner:"), new QLabel(theirs.owner.isEmpty() ? /*: no owner */ tr("nobody") : theirs.owner));
    //: Conflict dialog field: who changed it and when
    theirsForm->addRow(tr("Changed:"),
                       //: Conflict dialog: %1 is a person, %2 a time
                       new QLabel(tr("by %1 at %2").arg(theirs.changedBy, QLocale().toString(theirs.changedAt.toLocalTime(), QLocale::ShortFormat))));

    //: Conflict dialog: the user's own refused change
    auto *mineBox = new QGroupBox(tr("Yours"));
    auto *mineLayout = new QVBoxLayout(mineBox);
    auto *mineLabel = new QLabel(mine.isEmpty() ? /*: the refused edit cannot be repeated */ tr("Your change cannot be applied again.") : mine);
    mineLabel->setObjectName(u"mine"_s);
    mineLabel->setWordWrap(true);
    mineLayout->addWidget(mineLabel);
    mineLayout->addStretch();

    auto *versions = new QHBoxLayout;
    versions->addWidget(theirsBox);
    versions->addWidget(mineBox);

    auto *buttons = new QDialogButtonBox;
    //: Conflict dialog button: drop my change, show theirs
    m_reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::RejectRole);
    m_reload->setObjectName(u"reload"_s);
    //: Conflict dialog button: apply my change on top of theirs
    m_keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(u"keepMine"_s);
    m_keepMine->setEnabled(!mine.isEmpty());
    m_reload->setDefault(true);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        reject();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    texts->addWidget(intro);
    texts->addWidget(detail);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(versions);
    layout->addWidget(buttons);
}

ConflictDialog::~ConflictDialog() = default;

} // namespace Promissa
