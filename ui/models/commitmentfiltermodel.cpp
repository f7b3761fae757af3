// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "models/commitmentfiltermodel.h"

#include "models/commitmenttablemodel.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

CommitmentFilterModel::CommitmentFilterModel(TrackerSession &session, CommitmentTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_session(session)
    , m_table(source)
{
    setSourceModel(source);
    setSortRole(CommitmentTableModel::SortRole);
    // The source's own rows change one at a time (a status edit): keep the
    // sort and the filter current without a reset.
    setDynamicSortFilter(true);
    // A reset or a changed row may change what the text matches (a span
    // edit changes the phrase): ask the index again. These run after the
    // proxy's own handlers, so the proxy re-filters once more when needed.
    const auto refresh = [this] {
        if (!m_filter.text.isEmpty() && refreshTextMatches())
            invalidateRowsFilter();
    };
    connect(source, &QAbstractItemModel::modelReset, this, refresh);
    connect(source, &QAbstractItemModel::dataChanged, this, refresh);
    connect(source, &QAbstractItemModel::rowsInserted, this, refresh);
}

CommitmentFilterModel::~CommitmentFilterModel() = default;

void CommitmentFilterModel::setFilter(const CommitmentFilter &filter)
{
    const bool textChanged = filter.text.trimmed() != m_filter.text;
    m_filter = filter;
    m_filter.text = filter.text.trimmed();
    if (textChanged)
        refreshTextMatches();
    invalidateRowsFilter();
}

bool CommitmentFilterModel::refreshTextMatches()
{
    QSet<QString> matches;
    const Tracker *tracker = m_session.tracker();
    if (tracker && !m_filter.text.isEmpty()) {
        CommitmentFilter query;
        query.text = m_filter.text;
        query.includeRejected = true;
        if (const auto found = tracker->commitments(query)) {
            matches.reserve(found->size());
            for (const TrackedCommitment &c : *found)
                matches.insert(c.id);
        } else {
            // A half-typed query the index cannot parse matches nothing.
            Q_EMIT errorOccurred(found.error().message);
        }
    }
    if (matches == m_textMatches)
        return false;
    m_textMatches = std::move(matches);
    return true;
}

bool CommitmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const CommitmentTableModel::Row &row = m_table->rowAt(sourceRow);
    const TrackedCommitment &c = row.commitment;
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(c.status))
        return false;
    if (!m_filter.kinds.isEmpty() && !m_filter.kinds.contains(c.kind))
        return false;
    if (!m_filter.ministry.isEmpty() && row.ministry != m_filter.ministry)
        return false;
    if (m_filter.dueFrom.isValid() && (!c.deadline.date.isValid() || c.deadline.date < m_filter.dueFrom))
        return false;
    if (m_filter.dueBefore.isValid() && (!c.deadline.date.isValid() || c.deadline.date >= m_filter.dueBefore))
        return false;
    if (m_filter.overdueOnly && !row.overdue)
        return false;
    if (!m_filter.text.isEmpty() && !m_textMatches.contains(c.id))
        return false;
    return true;
}

bool CommitmentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int c = compareRows(m_table->rowAt(left.row()), m_table->rowAt(right.row()), left.column());
    if (c != 0)
        return c < 0;
    // Ties in the same order every time: by number.
    return compareRows(m_table->rowAt(left.row()), m_table->rowAt(right.row()), CommitmentTableModel::NumberColumn) < 0;
}

} // namespace Promissa
