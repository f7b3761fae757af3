// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/mergerows.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Promissa::MergeRows
{

QStringList copiedColumns(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name != u"id" && name != u"search")
            columns << name;
    }
    return columns;
}

Expected<QList<Row>> readRows(Database &db, const QString &table, const QStringList &columns, const QString &order, const QString &where, const QVariantList &values)
{
    const QString filter = where.isEmpty() ? QString() : u" WHERE "_s + where;
    auto q = db.exec(u"SELECT id, %1 FROM %2%3 ORDER BY %4"_s.arg(columns.join(u", "_s), table, filter, order), values);
    if (!q)
        return std::unexpected(q.error());
    QList<Row> rows;
    while (q->next()) {
        Row row;
        row.values.insert(u"id"_s, q->value(0));
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.values.insert(columns.at(i), q->value(int(i) + 1));
        rows.append(std::move(row));
    }
    return rows;
}

Expected<QVariant> insertRow(Database &db, const QString &table, const QStringList &columns, const Row &row)
{
    QStringList marks;
    QVariantList values;
    for (const QString &c : columns) {
        marks << u"?"_s;
        values << row[c];
    }
    auto q = db.exec(u"INSERT INTO %1 (%2) VALUES (%3) RETURNING id"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)), values);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0) : QVariant();
}

Expected<QSet<QString>> uuidSet(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

QVariant mapped(const QHash<qint64, qint64> &ids, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QVariant();
    const qint64 ours = ids.value(value.toLongLong(), 0);
    return ours != 0 ? QVariant(ours) : QVariant();
}

Expected<void> keepCounterAhead(Database &db, int year, int seq)
{
    auto r = db.exec(u"INSERT INTO number_counters (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET "
                     "last = CASE WHEN number_counters.last > ? THEN number_counters.last ELSE ? END"_s,
                     {year, seq, seq, seq});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

const QList<FieldGroup> &fieldGroups()
{
    // The history's field names (commitmentstore.cpp, reanalysis.cpp,
    // linkstore.cpp) and the columns each of them changes.
    static const QList<FieldGroup> groups{
        {u"status"_s, {u"status"_s}},
        {u"deadline"_s, {u"deadline_text"_s, u"deadline_date"_s, u"deadline_precision"_s, u"deadline_event"_s}},
        {u"owner"_s, {u"owner"_s}},
        {u"tags"_s, {u"tags"_s}},
        {u"span"_s, {u"span_start"_s, u"span_end"_s, u"phrase"_s, u"sentence"_s, u"sentence_start"_s, u"sentence_end"_s, u"sentence_text"_s}},
        {u"kind"_s, {u"kind"_s}},
        {u"actor"_s, {u"actor"_s, u"actor_name"_s, u"actor_function"_s}},
        {u"condition"_s, {u"condition_text"_s}},
        {u"confidence"_s, {u"confidence"_s}},
        {u"rejected"_s, {u"rejected"_s}},
        {u"link"_s, {u"fulfilled_by_letter"_s}},
    };
    return groups;
}

QList<int> groupsOfField(const QString &field)
{
    for (qsizetype i = 0; i < fieldGroups().size(); ++i) {
        if (fieldGroups().at(i).field == field)
            return {int(i)};
    }
    return {};
}

QString describeGroup(const Row &row, const FieldGroup &group)
{
    if (group.field == u"deadline") {
        const QString text = row[u"deadline_text"_s].toString();
        const QString date = row[u"deadline_date"_s].toString();
        return date.isEmpty() || text.isEmpty() ? text + date : u"%1 (%2)"_s.arg(text, date);
    }
    if (group.field == u"span")
        return row[u"phrase"_s].toString();
    if (group.field == u"actor")
        return row[u"actor"_s].toString();
    return row[group.columns.first()].toString();
}

} // namespace Promissa::MergeRows
