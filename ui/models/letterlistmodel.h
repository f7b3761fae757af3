// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Promissa
{

class TrackerSession;

/// The tracked letters, one row each, with their counts of open and overdue
/// commitments. The letters are read once per reset (without their text).
/// A changed commitment moves the counts of its letter only: the list is
/// read again and the rows whose counts differ are reported changed, so the
/// selection stays put.
class LetterListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterListModel)

public:
    enum Column {
        DateColumn,
        MinistryColumn,
        SubjectColumn,
        OpenColumn,
        OverdueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: QDate, int counts, text
        IdRole, ///< qint64: the letter's id
    };

    explicit LetterListModel(TrackerSession &session, QObject *parent = nullptr);
    ~LetterListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TrackedLetter &letterAt(int row) const
    {
        return m_letters.at(row);
    }
    /// The row of a letter, -1 when it is not tracked.
    int rowOf(qint64 letterId) const;

    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void refreshCounts();

    TrackerSession &m_session;
    QList<TrackedLetter> m_letters;
};

} // namespace Promissa
