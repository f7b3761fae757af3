// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/commitmentlinkswidget.h"

#include "models/labels.h"
#include "models/linkmodel.h"
#include "panes/addlinkdialog.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QTreeView *createView(QWidget *parent, const QString &objectName, const QString &accessibleName, QAbstractItemModel *model)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

CommitmentLinksWidget::CommitmentLinksWidget(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(new LinkModel(session, LinkModel::Contents::Links, this))
    , m_suggestions(new LinkModel(session, LinkModel::Contents::Suggestions, this))
{
    m_linkView = createView(this, u"linkList"_s, tr("Links"), m_links);
    m_linkView->setColumnHidden(LinkModel::ScoreColumn, true);
    m_linkView->setColumnHidden(LinkModel::EvidenceColumn, true);
    m_suggestionView = createView(this, u"suggestionList"_s, tr("Link suggestions"), m_suggestions);
    m_suggestionView->header()->resizeSection(LinkModel::ScoreColumn, 60);

    m_addLink = new QPushButton(tr("Add &Link…"), this);
    m_addLink->setObjectName(u"addLinkButton"_s);
    m_removeLink = new QPushButton(tr("Remove Link"), this);
    m_removeLink->setObjectName(u"removeLinkButton"_s);
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setObjectName(u"confirmSuggestionButton"_s);
    m_confirm->setToolTip(tr("Make the suggested link"));
    m_reject = new QPushButton(tr("Re&ject"), this);
    m_reject->setObjectName(u"rejectSuggestionButton"_s);
    m_reject->setToolTip(tr("These commitments are not linked"));

    connect(m_addLink, &QPushButton::clicked, this, &CommitmentLinksWidget::addLink);
    connect(m_removeLink, &QPushButton::clicked, this, &CommitmentLinksWidget::removeCurrentLink);
    connect(m_confirm, &QPushButton::clicked, this, &CommitmentLinksWidget::confirmCurrent);
    connect(m_reject, &QPushButton::clicked, this, &CommitmentLinksWidget::rejectCurrent);
    connect(m_linkView, &QTreeView::activated, this, &CommitmentLinksWidget::activate);
    connect(m_suggestionView, &QTreeView::activated, this, &CommitmentLinksWidget::activate);
    for (QTreeView *view : {m_linkView, m_suggestionView}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CommitmentLinksWidget::updateButtons);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &CommitmentLinksWidget::updateButtons);
    }

    // After a letter is confirmed to fulfil the commitment: offer the status
    // change the link implies, rather than making it behind the user's back.
    m_doneOffer = new QWidget(this);
    m_doneOffer->setObjectName(u"doneOffer"_s);
    m_doneText = new QLabel(m_doneOffer);
    m_doneText->setWordWrap(true);
    m_applyStatus = new QPushButton(m_doneOffer);
    m_applyStatus->setObjectName(u"applyProposedStatusButton"_s);
    connect(m_applyStatus, &QPushButton::clicked, this, [this] {
        m_session.setStatus(m_commitmentId, m_proposedStatus, m_proposedReason);
        m_doneOffer->hide();
    });
    auto *offerLayout = new QHBoxLayout(m_doneOffer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_doneText, 1);
    offerLayout->addWidget(m_applyStatus);
    m_doneOffer->hide();
    connect(&session, &TrackerSession::statusChangeProposed, this, &CommitmentLinksWidget::offerStatus);

    auto *linkButtons = new QHBoxLayout;
    linkButtons->addStretch(1);
    linkButtons->addWidget(m_addLink);
    linkButtons->addWidget(m_removeLink);
    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addStretch(1);
    suggestionButtons->addWidget(m_confirm);
    suggestionButtons->addWidget(m_reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Linked commitments and letters:"), this));
    layout->addWidget(m_linkView, 1);
    layout->addLayout(linkButtons);
    layout->addWidget(new QLabel(tr("Suggested links:"), this));
    layout->addWidget(m_suggestionView, 1);
    layout->addLayout(suggestionButtons);
    layout->addWidget(m_doneOffer);

    setTabOrder(m_linkView, m_addLink);
    setTabOrder(m_addLink, m_removeLink);
    setTabOrder(m_removeLink, m_suggestionView);
    setTabOrder(m_suggestionView, m_confirm);
    setTabOrder(m_confirm, m_reject);
    updateButtons();
}

CommitmentLinksWidget::~CommitmentLinksWidget()
{
    // The views and models go after this part of the object; what they say
    // on the way out must not reach it.
    for (QTreeView *view : {m_linkView, m_suggestionView}) {
        view->selectionModel()->disconnect(this);
        view->model()->disconnect(this);
    }
}

void CommitmentLinksWidget::setCommitmentId(const QString &commitmentId)
{
    if (commitmentId != m_commitmentId)
        m_doneOffer->hide();
    m_commitmentId = commitmentId;
    m_links->setCommitmentId(commitmentId);
    m_suggestions->setCommitmentId(commitmentId);
    updateButtons();
}

void CommitmentLinksWidget::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString other = index.data(LinkModel::OtherCommitmentRole).toString();
    if (!other.isEmpty())
        Q_EMIT commitmentActivated(other);
    else if (const qint64 letter = index.data(LinkModel::OtherLetterRole).toLongLong())
        Q_EMIT letterActivated(letter);
}

void CommitmentLinksWidget::updateButtons()
{
    const bool open = m_session.tracker() && !m_commitmentId.isEmpty();
    const bool writable = open && !m_session.tracker()->isReadOnly();
    m_addLink->setEnabled(writable);
    const QModelIndex link = m_linkView->currentIndex();
    // A letter's "fulfils" link is confirmed from a suggestion; it can be
    // removed like any other.
    m_removeLink->setEnabled(writable && link.isValid());
    const bool suggestion = m_suggestionView->currentIndex().isValid();
    m_confirm->setEnabled(writable && suggestion);
    m_reject->setEnabled(writable && suggestion);
}

void CommitmentLinksWidget::confirmCurrent()
{
    const QModelIndex current = m_suggestionView->currentIndex();
    if (!current.isValid())
        return;
    // The session announces the status the link proposes while confirming
    // (offerStatus), and needs the letter's name for it.
    m_confirmingLetter = m_suggestions->entryAt(current.row()).otherLetter;
    m_session.confirmSuggestion(current.data(LinkModel::LinkIdRole).toLongLong());
    m_confirmingLetter = 0;
}

void CommitmentLinksWidget::offerStatus(const QString &commitmentId, Status status)
{
    if (commitmentId != m_commitmentId || m_confirmingLetter == 0)
        return;
    const auto letter = m_session.tracker()->letter(m_confirmingLetter);
    const QString title = letter ? (letter->subject.isEmpty() ? letter->fileName : letter->subject) : QString::number(m_confirmingLetter);
    m_doneText->setText(tr("The letter “%1” fulfils this commitment.").arg(title));
    m_applyStatus->setText(tr("Set Status to “%1”").arg(Labels::status(status)));
    m_proposedStatus = status;
    m_proposedReason = tr("Fulfilled by the letter “%1”").arg(title);
    m_doneOffer->show();
}

bool CommitmentLinksWidget::isOfferingStatus(const QString &commitmentId) const
{
    return !commitmentId.isEmpty() && commitmentId == m_commitmentId && m_doneOffer->isVisibleTo(this);
}

void CommitmentLinksWidget::rejectCurrent()
{
    const QModelIndex current = m_suggestionView->currentIndex();
    if (current.isValid())
        m_session.rejectSuggestion(current.data(LinkModel::LinkIdRole).toLongLong());
}

void CommitmentLinksWidget::addLink()
{
    if (m_commitmentId.isEmpty())
        return;
    auto *dialog = new AddLinkDialog(m_session, m_commitmentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CommitmentLink link = dialog->link();
        if (!link.fromCommitment.isEmpty() && !link.toCommitment.isEmpty())
            m_session.addLink(link);
    });
    dialog->open();
}

void CommitmentLinksWidget::removeCurrentLink()
{
    const QModelIndex current = m_linkView->currentIndex();
    if (current.isValid())
        m_session.removeLink(m_links->entryAt(current.row()).link);
}

} // namespace Promissa
