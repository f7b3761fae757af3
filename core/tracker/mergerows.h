// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/database.h"

#include <QHash>
#include <QSet>

// Internal to core/tracker: rows of one tracker copied into another by
// Tracker::merge, read and written by column name so that the copy follows
// the schema rather than a list kept by hand.

namespace Promissa::MergeRows
{

/// The columns a table has in *our* schema, minus the local key and columns
/// the database computes itself (PostgreSQL's generated search column).
QStringList copiedColumns(Database &db, const QString &table);

struct Row {
    QHash<QString, QVariant> values;
    QVariant operator[](const QString &column) const { return values.value(column); }
};

/// The rows of `table` (id and `columns`), optionally filtered by `where`.
Expected<QList<Row>> readRows(Database &db,
                              const QString &table,
                              const QStringList &columns,
                              const QString &order,
                              const QString &where = {},
                              const QVariantList &values = {});
/// Inserts `columns` of `row`; returns the new row's id.
Expected<QVariant> insertRow(Database &db, const QString &table, const QStringList &columns, const Row &row);
/// The first column of every row of `sql`.
Expected<QSet<QString>> uuidSet(Database &db, const QString &sql);
/// A row id of theirs as ours, or NULL when it has no counterpart.
QVariant mapped(const QHash<qint64, qint64> &ids, const QVariant &value);
/// Raises the running-number counter of `year` to at least `seq`.
Expected<void> keepCounterAhead(Database &db, int year, int seq);

/// The columns one kind of edit changes, named as the history names it.
struct FieldGroup {
    QString field; ///< "status", "deadline", "span", ...
    QStringList columns;
};
const QList<FieldGroup> &fieldGroups();
/// The groups (indexes into fieldGroups()) a history row's field changed;
/// none for rows that change no field ("created", "merged", "touched").
QList<int> groupsOfField(const QString &field);
/// The group's value in a row, for history and reports.
QString describeGroup(const Row &row, const FieldGroup &group);

} // namespace Promissa::MergeRows
