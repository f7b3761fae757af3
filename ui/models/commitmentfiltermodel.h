// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Promissa
{

class CommitmentTableModel;
class TrackerSession;

/// Filters and sorts a CommitmentTableModel. Status, kind, ministry,
/// deadline range and overdue are checked here on the cached rows (no query
/// per keystroke); the full-text part asks the tracker's index once per new
/// text (Tracker::commitments with CommitmentFilter::text) and keeps the ids
/// it matched. Sorting compares the rows' raw values: dates, numbers and the
/// enums' order, never the displayed text.
class CommitmentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentFilterModel)

public:
    CommitmentFilterModel(TrackerSession &session, CommitmentTableModel *source, QObject *parent = nullptr);
    ~CommitmentFilterModel() override;

    /// Uses statuses, kinds, ministry, dueFrom (inclusive), dueBefore
    /// (exclusive), overdueOnly and text; letterId, includeRejected and
    /// limit are ignored (the table shows what its source holds).
    void setFilter(const CommitmentFilter &filter);
    const CommitmentFilter &filter() const
    {
        return m_filter;
    }

    CommitmentTableModel *tableModel() const
    {
        return m_table;
    }

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Asks the full-text index again; returns whether the matches changed.
    bool refreshTextMatches();

    TrackerSession &m_session;
    CommitmentTableModel *m_table;
    CommitmentFilter m_filter;
    QSet<QString> m_textMatches;
};

} // namespace Promissa
