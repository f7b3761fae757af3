// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/commitmentspane.h"

#include "messagebox.h"
#include "models/commitmentfiltermodel.h"
#include "models/commitmenttablemodel.h"
#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The status combo stores the statuses an entry stands for as bits.
int statusBits(std::initializer_list<Status> statuses)
{
    int bits = 0;
    for (Status s : statuses)
        bits |= 1 << int(s);
    return bits;
}

QList<Status> statusesFromBits(int bits)
{
    QList<Status> out;
    for (Status s : Labels::statuses()) {
        if (bits & (1 << int(s)))
            out.append(s);
    }
    return out;
}

// Rows look alike and never wrap: a fixed height lets the view place row
// 9,000 without measuring the 8,999 before it.
void makeRowsUniform(QTableView *view)
{
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    rows->hide();
    view->setWordWrap(false);
}

} // namespace

CommitmentsPane::CommitmentsPane(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new CommitmentTableModel(session, this))
    , m_filter(new CommitmentFilterModel(session, m_table, this))
{
    setObjectName(u"commitmentsPane"_s);
    setAccessibleName(tr("Commitments"));

    QWidget *bar = createFilterBar();

    // When a filter or an edit removes the current row, the selection model
    // moves the current row to a neighbour: that is not the user choosing a
    // commitment, so it must not be announced. These connections come before
    // the view's own so the flag is up when the view reacts.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] {
        m_selecting = true;
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_selecting = false;
    });

    m_view = new QTableView(this);
    m_view->setObjectName(u"commitmentTable"_s);
    m_view->setAccessibleName(tr("Commitments of all letters"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    makeRowsUniform(m_view);
    // Sizing columns to their contents would measure every row: fixed widths,
    // the phrase takes what is left.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CommitmentTableModel::PhraseColumn, QHeaderView::Stretch);
    header->resizeSection(CommitmentTableModel::NumberColumn, 105);
    header->resizeSection(CommitmentTableModel::ActorColumn, 105);
    header->resizeSection(CommitmentTableModel::KindColumn, 80);
    header->resizeSection(CommitmentTableModel::DeadlineColumn, 85);
    header->resizeSection(CommitmentTableModel::StatusColumn, 100);
    header->resizeSection(CommitmentTableModel::OwnerColumn, 85);
    header->resizeSection(CommitmentTableModel::LetterColumn, 140);
    header->setSectionsMovable(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CommitmentTableModel::NumberColumn, Qt::AscendingOrder);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommitmentsPane::currentRowChanged);

    // Keep the current commitment current across a reload.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = currentCommitment();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        refreshMinistries();
        if (!m_keptSelection.isEmpty()) {
            const int row = m_table->rowOf(m_keptSelection);
            const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_table->index(row, 0)) : QModelIndex();
            if (index.isValid()) {
                const QScopedValueRollback guard(m_selecting, true);
                m_view->setCurrentIndex(index);
            }
        }
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CommitmentsPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CommitmentsPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CommitmentsPane::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CommitmentsPane::updateCount);

    const auto warn = [this](const QString &message) {
        MessageBox::warning(this, tr("Commitments"), message);
    };
    connect(m_table, &CommitmentTableModel::errorOccurred, this, warn);
    // A half-typed search the index cannot parse just matches nothing: no
    // dialog for every keystroke.
    connect(m_filter, &CommitmentFilterModel::errorOccurred, this, [this](const QString &message) {
        m_count->setText(tr("Search: %1").arg(message));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_kind);
    setTabOrder(m_kind, m_ministry);
    setTabOrder(m_ministry, m_dueRange);
    setTabOrder(m_dueRange, m_dueFrom);
    setTabOrder(m_dueFrom, m_dueTo);
    setTabOrder(m_dueTo, m_overdue);
    setTabOrder(m_overdue, m_clear);
    setTabOrder(m_clear, m_view);
    setFocusProxy(m_view);

    refreshMinistries();
    updateCount();
}

CommitmentsPane::~CommitmentsPane()
{
    // The models are torn down after this part of the object: what they
    // announce on the way must not reach it.
    m_filter->disconnect(this);
    m_table->disconnect(this);
}

QWidget *CommitmentsPane::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"commitmentFilterBar"_s);
    bar->setAccessibleName(tr("Filter commitments"));

    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"commitmentSearch"_s);
    m_search->setAccessibleName(tr("Search commitments"));
    m_search->setPlaceholderText(tr("Search the text of commitments…"));
    m_search->setClearButtonEnabled(true);
    // The full-text part asks the database: once the typing pauses, not per key.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CommitmentsPane::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_view->setFocus();
    });

    m_status = new QComboBox(bar);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), 0);
    m_status->addItem(tr("Open or partly done"), statusBits({Status::Open, Status::PartlyDone}));
    for (Status s : Labels::statuses())
        m_status->addItem(Labels::status(s), statusBits({s}));

    m_kind = new QComboBox(bar);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Any kind"), -1);
    for (CommitmentKind k : Labels::kinds())
        m_kind->addItem(Labels::kind(k), int(k));

    m_ministry = new QComboBox(bar);
    m_ministry->setObjectName(u"ministryFilter"_s);
    m_ministry->setAccessibleName(tr("Ministry"));
    m_ministry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ministry->setMinimumContentsLength(12);

    m_dueRange = new QCheckBox(tr("&Due between"), bar);
    m_dueRange->setObjectName(u"dueRangeFilter"_s);
    const QDate today = m_session.tracker() ? m_session.tracker()->today() : QDate::currentDate();
    m_dueFrom = new QDateEdit(today, bar);
    m_dueFrom->setObjectName(u"dueFrom"_s);
    m_dueFrom->setAccessibleName(tr("Due from"));
    m_dueTo = new QDateEdit(today.addMonths(3), bar);
    m_dueTo->setObjectName(u"dueTo"_s);
    m_dueTo->setAccessibleName(tr("Due until"));
    // A range not in use starts at the tracker's today when one is opened.
    connect(&m_session, &TrackerSession::opened, this, [this] {
        if (m_dueRange->isChecked() || !m_session.tracker())
            return;
        const QScopedValueRollback guard(m_clearing, true);
        m_dueFrom->setDate(m_session.tracker()->today());
        m_dueTo->setDate(m_session.tracker()->today().addMonths(3));
    });
    for (QDateEdit *edit : {m_dueFrom, m_dueTo}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_dueRange, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(edit, &QDateEdit::dateChanged, this, &CommitmentsPane::applyFilter);
    }
    auto *andLabel = new QLabel(tr("and"), bar);

    m_overdue = new QCheckBox(tr("O&verdue only"), bar);
    m_overdue->setObjectName(u"overdueFilter"_s);

    m_clear = new QToolButton(bar);
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show all commitments"));
    m_clear->setIcon(QIcon::fromTheme(u"edit-clear-all"_s));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_clear, &QToolButton::clicked, this, &CommitmentsPane::clearFilters);

    m_count = new QLabel(bar);
    m_count->setObjectName(u"commitmentCount"_s);

    for (QComboBox *combo : {m_status, m_kind, m_ministry})
        connect(combo, &QComboBox::currentIndexChanged, this, &CommitmentsPane::applyFilter);
    for (QCheckBox *box : {m_dueRange, m_overdue})
        connect(box, &QCheckBox::toggled, this, &CommitmentsPane::applyFilter);

    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addWidget(m_status);
    first->addWidget(m_kind);
    first->addWidget(m_ministry);
    auto *second = new QHBoxLayout;
    second->addWidget(m_dueRange);
    second->addWidget(m_dueFrom);
    second->addWidget(andLabel);
    second->addWidget(m_dueTo);
    second->addSpacing(12);
    second->addWidget(m_overdue);
    second->addWidget(m_clear);
    second->addStretch(1);
    second->addWidget(m_count);
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
    return bar;
}

QString CommitmentsPane::currentCommitment() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CommitmentTableModel::IdRole).toString() : QString();
}

void CommitmentsPane::applyFilter()
{
    if (m_clearing)
        return;
    CommitmentFilter filter;
    filter.text = m_search->text();
    filter.statuses = statusesFromBits(m_status->currentData().toInt());
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kinds = {CommitmentKind(kind)};
    filter.ministry = m_ministry->currentData().toString();
    if (m_dueRange->isChecked()) {
        filter.dueFrom = m_dueFrom->date();
        filter.dueBefore = m_dueTo->date().addDays(1); // "until" includes the day itself
    }
    filter.overdueOnly = m_overdue->isChecked();
    const QString kept = currentCommitment();
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_filter->setFilter(filter);
    }
    // The current row may survive the filter: keep it in view.
    if (!kept.isEmpty()) {
        const int row = m_table->rowOf(kept);
        const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_table->index(row, 0)) : QModelIndex();
        if (index.isValid())
            m_view->scrollTo(index);
    }
    updateCount();
}

void CommitmentsPane::clearFilters()
{
    {
        const QScopedValueRollback guard(m_clearing, true);
        m_searchTimer->stop();
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_ministry->setCurrentIndex(0);
        m_dueRange->setChecked(false);
        m_overdue->setChecked(false);
    }
    applyFilter();
}

void CommitmentsPane::refreshMinistries()
{
    const QString kept = m_ministry->currentData().toString();
    const QSignalBlocker blocker(m_ministry);
    m_ministry->clear();
    m_ministry->addItem(tr("Any ministry"), QString());
    for (const QString &ministry : m_table->ministries())
        m_ministry->addItem(ministry, ministry);
    const int index = m_ministry->findData(kept);
    m_ministry->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !kept.isEmpty())
        applyFilter(); // the ministry it filtered on has gone
}

void CommitmentsPane::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_table->rowCount();
    m_count->setText(shown == total ? tr("%n commitment(s)", nullptr, total) : tr("%1 of %n commitment(s)", nullptr, total).arg(shown));
}

void CommitmentsPane::selectCommitment(const QString &id)
{
    if (id.isEmpty() || id == currentCommitment())
        return;
    const int row = m_table->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_table->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: a commitment picked elsewhere must show here.
        clearFilters();
        index = m_filter->mapFromSource(m_table->index(row, 0));
    }
    const QScopedValueRollback guard(m_selecting, true);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void CommitmentsPane::currentRowChanged(const QModelIndex &current)
{
    if (m_selecting || !current.isValid())
        return;
    Q_EMIT commitmentSelected(current.data(CommitmentTableModel::IdRole).toString());
}

} // namespace Promissa
