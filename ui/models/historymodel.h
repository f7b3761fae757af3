// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Promissa
{

class TrackerSession;

/// The append-only history of one commitment, oldest first, as the tracker
/// keeps it. Reloads when that commitment changes.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        AuthorColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: QDateTime for the time, else the stored text
        FieldRole, ///< QString: the stored field name ("status", "owner", ...)
    };

    explicit HistoryModel(TrackerSession &session, QObject *parent = nullptr);
    ~HistoryModel() override;

    /// Shows the history of this commitment; empty shows nothing.
    void setCommitmentId(const QString &commitmentId);
    QString commitmentId() const
    {
        return m_commitmentId;
    }
    const HistoryEntry &entryAt(int row) const
    {
        return m_entries.at(row);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    TrackerSession &m_session;
    QString m_commitmentId;
    QList<HistoryEntry> m_entries;
};

} // namespace Promissa
