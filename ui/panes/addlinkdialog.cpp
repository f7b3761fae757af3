// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/addlinkdialog.h"

#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
constexpr int ResultLimit = 100;
constexpr int IdRole = Qt::UserRole + 1;
}

AddLinkDialog::AddLinkDialog(TrackerSession &session, const QString &commitmentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_commitmentId(commitmentId)
    , m_search(new QLineEdit(this))
    , m_timer(new QTimer(this))
    , m_results(new QTreeWidget(this))
    , m_relation(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addLinkDialog"_s);
    setWindowTitle(tr("Add Link"));
    setAccessibleName(tr("Add link"));

    m_search->setObjectName(u"linkSearch"_s);
    m_search->setAccessibleName(tr("Search commitments"));
    m_search->setPlaceholderText(tr("Words from the other commitment…"));
    m_search->setClearButtonEnabled(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &AddLinkDialog::search);

    m_results->setObjectName(u"linkResults"_s);
    m_results->setAccessibleName(tr("Matching commitments"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setHeaderLabels({tr("Number"), tr("Commitment"), tr("Letter")});
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &AddLinkDialog::updateButtons);
    connect(m_results, &QTreeWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });

    m_relation->setObjectName(u"linkRelation"_s);
    m_relation->setAccessibleName(tr("Relation"));
    // Whole sentences, so that each reads right in translation.
    const auto addRelation = [this](const QString &text, LinkType type, bool outgoing) {
        m_relation->addItem(text, QVariantList{int(type), outgoing});
    };
    addRelation(tr("This commitment repeats the chosen one"), LinkType::Repeats, true);
    addRelation(tr("This commitment supplements the chosen one"), LinkType::Supplements, true);
    addRelation(tr("This commitment changes the chosen one"), LinkType::Changes, true);
    addRelation(tr("The chosen one repeats this commitment"), LinkType::Repeats, false);
    addRelation(tr("The chosen one supplements this commitment"), LinkType::Supplements, false);
    addRelation(tr("The chosen one changes this commitment"), LinkType::Changes, false);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    form->addRow(searchLabel, m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    auto *relationForm = new QFormLayout;
    auto *relationLabel = new QLabel(tr("&Relation:"), this);
    relationLabel->setBuddy(m_relation);
    relationForm->addRow(relationLabel, m_relation);
    layout->addLayout(relationForm);
    layout->addWidget(m_buttons);
    resize(640, 420);
    updateButtons();
}

AddLinkDialog::~AddLinkDialog()
{
    // Clearing the list on its way out moves its current item.
    m_results->disconnect(this);
}

void AddLinkDialog::search()
{
    m_timer->stop();
    m_results->clear();
    const Tracker *tracker = m_session.tracker();
    const QString text = m_search->text().trimmed();
    if (!tracker || text.isEmpty()) {
        updateButtons();
        return;
    }
    CommitmentFilter filter;
    filter.text = text;
    filter.limit = ResultLimit;
    const auto found = tracker->commitments(filter);
    if (!found) {
        auto *item = new QTreeWidgetItem(m_results, {QString(), found.error().message});
        item->setFlags(Qt::NoItemFlags);
        updateButtons();
        return;
    }
    QHash<qint64, QString> titles;
    if (const auto letters = tracker->letters()) {
        for (const TrackedLetter &letter : *letters)
            titles.insert(letter.id, letter.subject);
    }
    for (const TrackedCommitment &c : *found) {
        if (c.id == m_commitmentId)
            continue;
        auto *item = new QTreeWidgetItem(m_results, {c.number, c.phrase, titles.value(c.letterId)});
        item->setData(0, IdRole, c.id);
        item->setToolTip(1, c.text);
    }
    if (m_results->topLevelItemCount() > 0 && m_results->topLevelItem(0)->data(0, IdRole).isValid())
        m_results->setCurrentItem(m_results->topLevelItem(0));
    updateButtons();
}

CommitmentLink AddLinkDialog::link() const
{
    CommitmentLink link;
    const QVariantList relation = m_relation->currentData().toList();
    link.type = LinkType(relation.value(0).toInt());
    const bool outgoing = relation.value(1).toBool();
    const QTreeWidgetItem *item = m_results->currentItem();
    const QString other = item ? item->data(0, IdRole).toString() : QString();
    link.fromCommitment = outgoing ? m_commitmentId : other;
    link.toCommitment = outgoing ? other : m_commitmentId;
    return link;
}

void AddLinkDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item && !item->data(0, IdRole).toString().isEmpty());
}

} // namespace Promissa
