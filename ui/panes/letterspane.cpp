// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/letterspane.h"

#include "messagebox.h"
#include "models/letterlistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

LettersPane::LettersPane(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new LetterListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"lettersPane"_s);
    setAccessibleName(tr("Letters"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LetterListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // date, ministry and subject alike
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(u"letterFilter"_s);
    m_filter->setPlaceholderText(tr("Filter letters…"));
    m_filter->setAccessibleName(tr("Filter letters"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"letterList"_s);
    m_view->setAccessibleName(tr("Tracked letters"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LetterListModel::DateColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LetterListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(LetterListModel::DateColumn, 80);
    header->resizeSection(LetterListModel::MinistryColumn, 140);
    header->resizeSection(LetterListModel::OpenColumn, 50);
    header->resizeSection(LetterListModel::OverdueColumn, 65);
    // Five columns do not fit a side pane: the ministry is in each row's
    // tooltip and in the filter, and its column is one right-click away.
    header->hideSection(LetterListModel::MinistryColumn);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu;
        for (int column = 0; column < header->count(); ++column) {
            if (column == LetterListModel::SubjectColumn)
                continue; // the one column that must stay
            QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            connect(toggle, &QAction::toggled, header, [header, column](bool shown) {
                header->setSectionHidden(column, !shown);
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_view, &QTreeView::activated, this, &LettersPane::activate);
    // A click opens the letter as well, unless the style already makes a
    // single click an activation (which would open it twice).
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
        connect(m_view, &QTreeView::clicked, this, &LettersPane::activate);

    // From the filter, Down goes to the list, as in a search field.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });

    connect(m_model, &LetterListModel::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Letters"), message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    setTabOrder(m_filter, m_view);
}

LettersPane::~LettersPane()
{
    m_model->disconnect(this);
}

void LettersPane::selectLetter(qint64 letterId)
{
    const int row = m_model->rowOf(letterId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show it rather than leave the list wrong.
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool LettersPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LettersPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT letterActivated(index.data(LetterListModel::IdRole).toLongLong());
}

} // namespace Promissa
