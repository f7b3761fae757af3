// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Promissa
{

class LinkModel;
class TrackerSession;

/// The links part of the details: the commitment's confirmed links (each
/// opens the other end when activated), "Add Link…" and "Remove Link", and
/// its pending suggestions with score and evidence, to confirm or reject.
/// Every change goes through the session.
class CommitmentLinksWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentLinksWidget)

public:
    explicit CommitmentLinksWidget(TrackerSession &session, QWidget *parent = nullptr);
    ~CommitmentLinksWidget() override;

    void setCommitmentId(const QString &commitmentId);
    /// True while the status a just confirmed link proposes for the
    /// commitment is offered here ("Set Status to …").
    bool isOfferingStatus(const QString &commitmentId) const;

    LinkModel *linkModel() const
    {
        return m_links;
    }
    LinkModel *suggestionModel() const
    {
        return m_suggestions;
    }
    QTreeView *linkView() const
    {
        return m_linkView;
    }
    QTreeView *suggestionView() const
    {
        return m_suggestionView;
    }

public Q_SLOTS:
    /// Confirms or rejects the current suggestion.
    void confirmCurrent();
    void rejectCurrent();
    /// Opens the "Add Link…" dialog (window-modal, not blocking).
    void addLink();
    void removeCurrentLink();

Q_SIGNALS:
    void commitmentActivated(const QString &id);
    void letterActivated(qint64 letterId);

private:
    void activate(const QModelIndex &index);
    void updateButtons();
    /// Offers the status a confirmed "fulfils" link proposes.
    void offerStatus(const QString &commitmentId, Status status);

    TrackerSession &m_session;
    QString m_commitmentId;
    LinkModel *m_links;
    LinkModel *m_suggestions;
    QTreeView *m_linkView;
    QTreeView *m_suggestionView;
    QPushButton *m_addLink;
    QPushButton *m_removeLink;
    QPushButton *m_confirm;
    QPushButton *m_reject;
    QWidget *m_doneOffer;
    QLabel *m_doneText;
    QPushButton *m_applyStatus;
    Status m_proposedStatus = Status::Done;
    QString m_proposedReason;
    qint64 m_confirmingLetter = 0; ///< the fulfilling letter while a confirmation runs
};

} // namespace Promissa
