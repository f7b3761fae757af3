// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/rows.h"
#include "tracker/schema.h"
#include "tracker/trackerprivate.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

// Tracker::merge: brings another tracker into this one, in one transaction.
// Letters match by content hash, commitments, notes, links and history rows by
// UUID. Every row id of the other side is mapped to ours; nothing of ours is
// deleted. A commitment both sides changed since they last met is a conflict:
// the newer version becomes current, both histories are kept and the merge
// says so. Merging the same tracker again finds nothing new and changes nothing.

namespace Promissa
{

namespace
{

// The columns a table has in *our* schema, minus the local key and columns
// the database computes itself (PostgreSQL's generated search column).
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

struct Row {
    QHash<QString, QVariant> values;
    QVariant operator[](const QString &column) const { return values.value(column); }
};

Expected<QList<Row>> readRows(Database &db, const QString &table, const QStringList &columns, const QString &order)
{
    auto q = db.exec(u"SELECT id, %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, order));
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
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s));
    if (db.isSqlite()) {
        auto q = db.exec(sql, values);
        if (!q)
            return std::unexpected(q.error());
        return q->lastInsertId();
    }
    auto q = db.exec(sql + u" RETURNING id"_s, values);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0) : QVariant();
}

Expected<QSet<QString>> uuids(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
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
    return ids.value(value.toLongLong(), 0) ? QVariant(ids.value(value.toLongLong())) : QVariant();
}

// The fields a person edits; a merge compares and copies these.
const QStringList &editableColumns()
{
    static const QStringList columns{
        u"span_start"_s,         u"span_end"_s,       u"phrase"_s,        u"kind"_s,           u"actor"_s,          u"deadline_text"_s,
        u"deadline_date"_s,      u"deadline_precision"_s, u"deadline_event"_s, u"status"_s,     u"fulfilled_by_letter"_s, u"owner"_s,
        u"tags"_s,               u"rejected"_s,       u"touched"_s,
    };
    return columns;
}

} // namespace

Expected<MergeReport> Tracker::merge(const QString &otherLocation)
{
    if (auto r = d->writable(u"the merge of %1"_s.arg(otherLocation)); !r)
        return std::unexpected(r.error());
    TrackerOptions otherOptions;
    otherOptions.readOnly = true;
    otherOptions.create = false;
    auto other = Tracker::open(otherLocation, otherOptions);
    if (!other)
        return std::unexpected(other.error());
    if ((*other)->schemaVersion() != d->schemaVersion)
        return d->db->failure(u"%1 has schema version %2 and this tracker %3; open it once with this Promissa to upgrade it, then merge"_s.arg(
            (*other)->location())
                                  .arg((*other)->schemaVersion())
                                  .arg(d->schemaVersion));
    if ((*other)->location() == location())
        return d->db->failure(u"a tracker cannot be merged into itself"_s);

    Database &ours = *d->db;
    Database &theirs = *(*other)->d->db;
    MergeReport report;
    Transaction tx(ours);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());

    // ---- letters, by content hash ----------------------------------------------
    const QStringList letterColumns = copiedColumns(ours, u"letters"_s);
    auto theirLetters = readRows(theirs, u"letters"_s, letterColumns, u"id"_s);
    if (!theirLetters)
        return std::unexpected(theirLetters.error());
    QHash<qint64, qint64> letterIds; // theirs -> ours
    QList<qint64> newLetters;
    for (const Row &row : std::as_const(*theirLetters)) {
        auto existing = ours.scalar(u"SELECT id FROM letters WHERE hash = ?"_s, {row[u"hash"_s]});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->isValid()) {
            letterIds.insert(row[u"id"_s].toLongLong(), existing->toLongLong());
            continue;
        }
        auto id = insertRow(ours, u"letters"_s, letterColumns, row);
        if (!id)
            return std::unexpected(id.error());
        letterIds.insert(row[u"id"_s].toLongLong(), id->toLongLong());
        newLetters << row[u"id"_s].toLongLong();
        ++report.lettersAdded;
    }
    // References come with their letters; their targets are mapped when the
    // target came along too (or was there already), else left unresolved.
    const QStringList referenceColumns = copiedColumns(ours, u"letter_references"_s);
    for (qint64 theirLetter : std::as_const(newLetters)) {
        auto q = theirs.exec(u"SELECT %1 FROM letter_references WHERE letter_id = ? ORDER BY ordinal"_s.arg(referenceColumns.join(u", "_s)),
                             {theirLetter});
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            Row row;
            for (qsizetype i = 0; i < referenceColumns.size(); ++i)
                row.values.insert(referenceColumns.at(i), q->value(int(i)));
            row.values[u"letter_id"_s] = letterIds.value(theirLetter);
            row.values[u"target_letter"_s] = mapped(letterIds, row[u"target_letter"_s]);
            if (auto r = insertRow(ours, u"letter_references"_s, referenceColumns, row); !r)
                return std::unexpected(r.error());
        }
    }
    d->letterCache.clear();

    // ---- history first: which changes each side has ----------------------------
    auto ourHistory = uuids(ours, u"SELECT uuid FROM history"_s);
    if (!ourHistory)
        return std::unexpected(ourHistory.error());
    const QStringList historyColumns = copiedColumns(ours, u"history"_s);
    auto theirHistory = readRows(theirs, u"history"_s, historyColumns, u"changed_at, id"_s);
    if (!theirHistory)
        return std::unexpected(theirHistory.error());
    QSet<QString> theirHistoryUuids;
    QSet<QString> theyChanged; // commitments with history rows we lack
    for (const Row &row : std::as_const(*theirHistory)) {
        theirHistoryUuids.insert(row[u"uuid"_s].toString());
        if (!ourHistory->contains(row[u"uuid"_s].toString()))
            theyChanged.insert(row[u"commitment_uuid"_s].toString());
    }
    auto ourHistoryRows = ours.exec(u"SELECT uuid, commitment_uuid FROM history"_s);
    if (!ourHistoryRows)
        return std::unexpected(ourHistoryRows.error());
    QSet<QString> weChanged; // commitments with history rows they lack
    while (ourHistoryRows->next()) {
        if (!theirHistoryUuids.contains(ourHistoryRows->value(0).toString()))
            weChanged.insert(ourHistoryRows->value(1).toString());
    }

    // ---- commitments, by UUID ---------------------------------------------------
    const QStringList commitmentColumns = copiedColumns(ours, u"commitments"_s);
    auto theirCommitments = readRows(theirs, u"commitments"_s, commitmentColumns, u"id"_s);
    if (!theirCommitments)
        return std::unexpected(theirCommitments.error());
    for (Row row : std::as_const(*theirCommitments)) {
        const QString uuid = row[u"uuid"_s].toString();
        row.values[u"letter_id"_s] = letterIds.value(row[u"letter_id"_s].toLongLong());
        row.values[u"fulfilled_by_letter"_s] = mapped(letterIds, row[u"fulfilled_by_letter"_s]);
        auto mine = ours.exec(u"SELECT %1 FROM commitments WHERE uuid = ?"_s.arg(commitmentColumns.join(u", "_s)), {uuid});
        if (!mine)
            return std::unexpected(mine.error());
        if (!mine->next()) {
            // New to us. Its number may be taken here by one of our own: then
            // it gets the next free number of its year.
            auto taken = ours.scalar(u"SELECT 1 FROM commitments WHERE number = ?"_s, {row[u"number"_s]});
            if (!taken)
                return std::unexpected(taken.error());
            const int year = row[u"number_year"_s].toInt();
            if (taken->isValid()) {
                auto seq = d->reserveNumbers(year, 1);
                if (!seq)
                    return std::unexpected(seq.error());
                row.values[u"number_seq"_s] = *seq;
                row.values[u"number"_s] = u"PR-%1-%2"_s.arg(year).arg(*seq, 4, 10, QChar(u'0'));
            } else {
                // Keep the counter ahead of every number in use.
                auto last = ours.scalar(u"SELECT last FROM number_counters WHERE year = ?"_s, {year});
                if (!last)
                    return std::unexpected(last.error());
                const int seq = row[u"number_seq"_s].toInt();
                if (!last->isValid()) {
                    if (auto r = ours.exec(u"INSERT INTO number_counters (year, last) VALUES (?, ?)"_s, {year, seq}); !r)
                        return std::unexpected(r.error());
                } else if (last->toInt() < seq) {
                    if (auto r = ours.exec(u"UPDATE number_counters SET last = ? WHERE year = ?"_s, {seq, year}); !r)
                        return std::unexpected(r.error());
                }
            }
            if (auto r = insertRow(ours, u"commitments"_s, commitmentColumns, row); !r)
                return std::unexpected(r.error());
            ++report.commitmentsAdded;
            continue;
        }
        if (!theyChanged.contains(uuid))
            continue; // nothing new from them: ours stays
        Row current;
        for (qsizetype i = 0; i < commitmentColumns.size(); ++i)
            current.values.insert(commitmentColumns.at(i), mine->value(int(i)));
        QStringList differing;
        for (const QString &c : editableColumns()) {
            if (current[c].toString() != row[c].toString())
                differing << c;
        }
        if (differing.isEmpty())
            continue;
        const bool conflict = weChanged.contains(uuid);
        const bool theirsNewer = row[u"changed_at"_s].toString() > current[u"changed_at"_s].toString();
        if (conflict) {
            const QString winner = theirsNewer ? row[u"changed_by"_s].toString() : current[u"changed_by"_s].toString();
            QStringList fields;
            for (const QString &c : std::as_const(differing))
                fields << u"%1: %2 (%3, %4) vs %5 (%6, %7)"_s.arg(c, current[c].toString(), current[u"changed_by"_s].toString(),
                                                                   current[u"changed_at"_s].toString(), row[c].toString(),
                                                                   row[u"changed_by"_s].toString(), row[u"changed_at"_s].toString());
            report.conflicts << u"%1 %2; kept the newer version, by %3"_s.arg(current[u"number"_s].toString(), fields.join(u"; "_s), winner);
        }
        if (conflict && !theirsNewer)
            continue; // ours is newer: it stays current, their changes are in the history
        QStringList sets;
        QVariantList values;
        for (const QString &c : std::as_const(differing)) {
            sets << c + u" = ?"_s;
            values << row[c];
        }
        const int revision = std::max(current[u"revision"_s].toInt(), row[u"revision"_s].toInt()) + 1;
        sets << u"revision = ?"_s << u"changed_by = ?"_s << u"changed_at = ?"_s;
        values << revision << row[u"changed_by"_s] << row[u"changed_at"_s] << uuid;
        if (auto r = ours.exec(u"UPDATE commitments SET %1 WHERE uuid = ?"_s.arg(sets.join(u", "_s)), values); !r)
            return std::unexpected(r.error());
        QStringList what;
        for (const QString &c : std::as_const(differing))
            what << u"%1: %2 -> %3"_s.arg(c, current[c].toString(), row[c].toString());
        if (auto r = d->addHistory(uuid, revision, u"merged"_s, QString(), what.join(u"; "_s),
                                   conflict ? u"merge of %1: both sides changed it; the newer version is current"_s.arg((*other)->location())
                                            : u"merge of %1"_s.arg((*other)->location()));
            !r)
            return std::unexpected(r.error());
        ++report.commitmentsUpdated;
    }

    // ---- history rows we lack ------------------------------------------------------
    for (const Row &row : std::as_const(*theirHistory)) {
        if (ourHistory->contains(row[u"uuid"_s].toString()))
            continue;
        if (auto r = insertRow(ours, u"history"_s, historyColumns, row); !r)
            return std::unexpected(r.error());
        ++report.historyAdded;
    }

    // ---- notes and links, by UUID ----------------------------------------------------
    auto ourCommitments = uuids(ours, u"SELECT uuid FROM commitments"_s);
    if (!ourCommitments)
        return std::unexpected(ourCommitments.error());
    const QStringList noteColumns = copiedColumns(ours, u"notes"_s);
    auto theirNotes = readRows(theirs, u"notes"_s, noteColumns, u"id"_s);
    if (!theirNotes)
        return std::unexpected(theirNotes.error());
    auto ourNotes = uuids(ours, u"SELECT uuid FROM notes"_s);
    if (!ourNotes)
        return std::unexpected(ourNotes.error());
    for (Row row : std::as_const(*theirNotes)) {
        if (ourNotes->contains(row[u"uuid"_s].toString()))
            continue;
        row.values[u"letter_id"_s] = letterIds.value(row[u"letter_id"_s].toLongLong());
        if (!ourCommitments->contains(row[u"commitment_uuid"_s].toString()))
            row.values[u"commitment_uuid"_s] = QVariant();
        if (auto r = insertRow(ours, u"notes"_s, noteColumns, row); !r)
            return std::unexpected(r.error());
        ++report.notesAdded;
    }
    const QStringList linkColumns = copiedColumns(ours, u"links"_s);
    auto theirLinks = readRows(theirs, u"links"_s, linkColumns, u"id"_s);
    if (!theirLinks)
        return std::unexpected(theirLinks.error());
    auto ourLinks = uuids(ours, u"SELECT uuid FROM links"_s);
    if (!ourLinks)
        return std::unexpected(ourLinks.error());
    for (Row row : std::as_const(*theirLinks)) {
        if (ourLinks->contains(row[u"uuid"_s].toString()))
            continue;
        row.values[u"from_letter"_s] = mapped(letterIds, row[u"from_letter"_s]);
        if (!ourCommitments->contains(row[u"to_commitment"_s].toString()))
            continue;
        if (auto r = insertRow(ours, u"links"_s, linkColumns, row); !r)
            return std::unexpected(r.error());
        ++report.linksAdded;
    }

    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return report;
}

} // namespace Promissa
