// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Promissa
{

class TrackerSession;

/// Every commitment in the tracker (rejected ones left out), one row each,
/// across all letters. Rows are read once per reset and cached with what a
/// paint or a sort needs, so scrolling through thousands of rows never asks
/// the database anything.
///
/// Follows the session: one changed commitment updates its row only
/// (dataChanged; a row appears or disappears when it is rejected or
/// un-rejected), a changed set of commitments or letters reloads everything.
class CommitmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentTableModel)

public:
    enum Column {
        NumberColumn,
        PhraseColumn,
        ActorColumn,
        KindColumn,
        DeadlineColumn,
        StatusColumn,
        OwnerColumn,
        LetterColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The raw value of the cell, typed: QDate, int enum order, the
        /// number's running count... The filter model sorts on it.
        SortRole = Qt::UserRole + 1,
        IdRole, ///< QString: the commitment's UUID
        StatusRole, ///< int(Status)
        KindRole, ///< int(CommitmentKind)
        DeadlineDateRole, ///< QDate, invalid when the deadline has no day
        OverdueRole, ///< bool
        LetterIdRole, ///< qint64
        MinistryRole, ///< QString
    };

    /// One cached row.
    struct Row {
        TrackedCommitment commitment;
        qint64 numberKey = 0; ///< "PR-2025-0012" as 2025'000'012, so numbers sort numerically
        QString deadlineText; ///< as shown
        QString letterTitle;
        QDate letterDate;
        QString ministry;
        /// Case-folded once per load, so that sorting compares plain strings.
        QString phraseKey;
        QString actorKey;
        QString ownerKey;
        bool overdue = false;
    };

    explicit CommitmentTableModel(TrackerSession &session, QObject *parent = nullptr);
    ~CommitmentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The cached row behind `row`; row must be in range.
    const Row &rowAt(int row) const
    {
        return m_rows.at(row);
    }
    /// The row of a commitment, -1 when it is not shown.
    int rowOf(const QString &commitmentId) const;
    /// The ministries the rows name, sorted, for the filter bar.
    QStringList ministries() const;

    /// Reads everything again (a model reset).
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Row makeRow(const TrackedCommitment &commitment) const;
    void updateCommitment(const QString &commitmentId);
    void rebuildIndex(int from);

    struct LetterInfo {
        QString title;
        QDate date;
    };

    TrackerSession &m_session;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QHash<qint64, LetterInfo> m_letters;
    QDate m_today;
};

/// Compares two rows on a column's raw value: what sorting the table means.
/// Returns <0, 0 or >0.
int compareRows(const CommitmentTableModel::Row &a, const CommitmentTableModel::Row &b, int column);

} // namespace Promissa
