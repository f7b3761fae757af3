// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/mergerows.h"
#include "tracker/schema.h"
#include "tracker/trackerprivate.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

// Tracker::merge: brings another tracker into this one, in one transaction.
// Letters match by content hash, commitments, notes, links and history rows by
// UUID. Every row id of the other side is mapped to ours; nothing of ours is
// deleted unless the other side removed it and we did not touch it since.
//
// Two people who imported the same letter each have its detections under
// their own UUIDs: those are matched by letter and span, so that the merge
// does not double them. Which fields each side changed since they last met
// is read from the history rows the other side lacks; a field only one side
// changed takes that side's value, a field both changed is a conflict: the
// newer change becomes current, both stay in the history and the merge says
// so. Merging the same tracker again finds nothing new and changes nothing.

namespace Promissa
{

namespace
{

using namespace MergeRows;

/// What one side changed that the other lacks: per field group, the time of
/// the latest change and who made it.
struct SideChanges {
    struct Change {
        QString at;
        QString author;
        QString value;
    };
    QHash<QString, QHash<int, Change>> byCommitment; ///< commitment uuid -> group -> latest change
    QSet<QString> touched; ///< commitments with any history row the other side lacks
    QHash<QString, Change> removed; ///< commitments this side removed

    void add(const Row &history)
    {
        const QString commitment = history[u"commitment_uuid"_s].toString();
        const QString field = history[u"field"_s].toString();
        const QString at = history[u"changed_at"_s].toString();
        const QString author = history[u"author"_s].toString();
        touched.insert(commitment);
        if (field == u"removed") {
            removed.insert(commitment, {at, author, QString()});
            return;
        }
        for (int group : groupsOfField(field)) {
            Change &c = byCommitment[commitment][group];
            if (at >= c.at)
                c = {at, author, history[u"new_value"_s].toString()};
        }
    }
};

} // namespace

/// One merge: the state that maps the other tracker's rows onto ours.
class TrackerMerge
{
public:
    TrackerMerge(Tracker::Private &d, Database &theirs, const QString &theirLocation)
        : m_d(d)
        , m_ours(*d.db)
        , m_theirs(theirs)
        , m_theirLocation(theirLocation)
    {
    }

    Expected<MergeReport> run()
    {
        for (auto step : {&TrackerMerge::mergeLetters, &TrackerMerge::matchDetections, &TrackerMerge::readHistory, &TrackerMerge::mergeCommitments,
                          &TrackerMerge::mergeHistory, &TrackerMerge::mergeNotes, &TrackerMerge::mergeLinks, &TrackerMerge::mergeRegisterRecords}) {
            if (auto r = (this->*step)(); !r)
                return std::unexpected(r.error());
        }
        return m_report;
    }

private:
    QString mapUuid(const QString &uuid) const { return m_uuids.value(uuid, uuid); }

    Expected<void> mergeLetters();
    Expected<void> matchDetections();
    Expected<void> readHistory();
    Expected<void> mergeCommitments();
    Expected<void> insertCommitment(Row row);
    Expected<void> updateCommitment(const QString &uuid, const Row &theirs);
    Expected<void> removeCommitment(const QString &uuid);
    Expected<void> mergeHistory();
    Expected<void> mergeNotes();
    Expected<void> mergeLinks();
    Expected<void> mergeRegisterRecords();

    Tracker::Private &m_d;
    Database &m_ours;
    Database &m_theirs;
    QString m_theirLocation;
    MergeReport m_report;

    QHash<qint64, qint64> m_letterIds; ///< their letter id -> ours
    QSet<qint64> m_sharedLetters; ///< their ids of letters both sides had
    QHash<QString, QString> m_uuids; ///< their commitment uuid -> ours, where they differ
    QSet<QString> m_ourCommitments;
    QSet<QString> m_hadBefore; ///< our commitments before this merge
    QSet<QString> m_theirCommitments; ///< mapped
    QSet<QString> m_ourHistory;
    QList<Row> m_theirHistory;
    SideChanges m_weChanged;
    SideChanges m_theyChanged;
};

Expected<void> TrackerMerge::mergeLetters()
{
    const QStringList columns = copiedColumns(m_ours, u"letters"_s);
    auto rows = readRows(m_theirs, u"letters"_s, columns, u"id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> added;
    for (const Row &row : std::as_const(*rows)) {
        const qint64 theirId = row[u"id"_s].toLongLong();
        auto existing = m_ours.scalar(u"SELECT id FROM letters WHERE hash = ?"_s, {row[u"hash"_s]});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->isValid()) {
            m_letterIds.insert(theirId, existing->toLongLong());
            m_sharedLetters.insert(theirId);
            continue;
        }
        auto id = insertRow(m_ours, u"letters"_s, columns, row);
        if (!id)
            return std::unexpected(id.error());
        m_letterIds.insert(theirId, id->toLongLong());
        added << theirId;
        ++m_report.lettersAdded;
    }
    // References come with their letters; their targets are mapped when the
    // target came along too (or was there already), else left unresolved.
    const QStringList referenceColumns = copiedColumns(m_ours, u"letter_references"_s);
    for (qint64 theirLetter : std::as_const(added)) {
        auto refs = readRows(m_theirs, u"letter_references"_s, referenceColumns, u"ordinal"_s, u"letter_id = ?"_s, {theirLetter});
        if (!refs)
            return std::unexpected(refs.error());
        for (Row row : std::as_const(*refs)) {
            row.values[u"letter_id"_s] = m_letterIds.value(theirLetter);
            row.values[u"target_letter"_s] = mapped(m_letterIds, row[u"target_letter"_s]);
            if (auto r = insertRow(m_ours, u"letter_references"_s, referenceColumns, row); !r)
                return std::unexpected(r.error());
        }
    }
    m_d.letterCache.clear();
    return {};
}

Expected<void> TrackerMerge::matchDetections()
{
    auto ours = m_ours.exec(u"SELECT uuid, letter_id, span_start, span_end, origin FROM commitments"_s);
    if (!ours)
        return std::unexpected(ours.error());
    QHash<QString, QString> ourByPlace; // "letter:start:end:origin" -> uuid
    while (ours->next()) {
        const QString uuid = ours->value(0).toString();
        m_ourCommitments.insert(uuid);
        if (ours->value(4).toString() != originName(Origin::Manual))
            ourByPlace.insert(u"%1:%2:%3:%4"_s.arg(ours->value(1).toLongLong()).arg(ours->value(2).toLongLong()).arg(ours->value(3).toLongLong()).arg(ours->value(4).toString()),
                              uuid);
    }
    auto theirs = m_theirs.exec(u"SELECT uuid, letter_id, span_start, span_end, origin FROM commitments"_s);
    if (!theirs)
        return std::unexpected(theirs.error());
    QList<std::pair<QString, QString>> candidates;
    QSet<QString> theirUuids;
    while (theirs->next()) {
        const QString uuid = theirs->value(0).toString();
        theirUuids.insert(uuid);
        if (m_ourCommitments.contains(uuid) || !m_sharedLetters.contains(theirs->value(1).toLongLong()))
            continue;
        const QString key = u"%1:%2:%3:%4"_s.arg(m_letterIds.value(theirs->value(1).toLongLong()))
                                .arg(theirs->value(2).toLongLong())
                                .arg(theirs->value(3).toLongLong())
                                .arg(theirs->value(4).toString());
        if (const QString mine = ourByPlace.value(key); !mine.isEmpty())
            candidates.append({uuid, mine});
    }
    // One of ours that they also have under its own UUID is theirs already.
    for (const auto &[their, mine] : std::as_const(candidates)) {
        if (!theirUuids.contains(mine))
            m_uuids.insert(their, mine);
    }
    for (const QString &uuid : std::as_const(theirUuids))
        m_theirCommitments.insert(mapUuid(uuid));
    m_hadBefore = m_ourCommitments;
    return {};
}

Expected<void> TrackerMerge::readHistory()
{
    const QStringList columns = copiedColumns(m_ours, u"history"_s);
    auto theirs = readRows(m_theirs, u"history"_s, columns, u"changed_at, id"_s);
    if (!theirs)
        return std::unexpected(theirs.error());
    auto ours = readRows(m_ours, u"history"_s, columns, u"changed_at, id"_s);
    if (!ours)
        return std::unexpected(ours.error());
    for (const Row &row : std::as_const(*ours))
        m_ourHistory.insert(row[u"uuid"_s].toString());
    QSet<QString> theirHistory;
    for (Row row : std::as_const(*theirs)) {
        theirHistory.insert(row[u"uuid"_s].toString());
        row.values[u"commitment_uuid"_s] = mapUuid(row[u"commitment_uuid"_s].toString());
        if (!m_ourHistory.contains(row[u"uuid"_s].toString()))
            m_theyChanged.add(row);
        m_theirHistory.append(std::move(row));
    }
    for (const Row &row : std::as_const(*ours)) {
        if (!theirHistory.contains(row[u"uuid"_s].toString()))
            m_weChanged.add(row);
    }
    return {};
}

Expected<void> TrackerMerge::mergeCommitments()
{
    const QStringList columns = copiedColumns(m_ours, u"commitments"_s);
    auto rows = readRows(m_theirs, u"commitments"_s, columns, u"id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    for (Row row : std::as_const(*rows)) {
        const QString uuid = mapUuid(row[u"uuid"_s].toString());
        row.values[u"uuid"_s] = uuid;
        row.values[u"letter_id"_s] = m_letterIds.value(row[u"letter_id"_s].toLongLong());
        row.values[u"fulfilled_by_letter"_s] = mapped(m_letterIds, row[u"fulfilled_by_letter"_s]);
        if (!m_ourCommitments.contains(uuid)) {
            if (m_weChanged.removed.contains(uuid)) {
                // We removed it. It comes back only when they changed it since.
                const auto removedAt = m_weChanged.removed.value(uuid).at;
                const auto &changes = m_theyChanged.byCommitment.value(uuid);
                const bool changedSince = std::any_of(changes.cbegin(), changes.cend(), [&](const SideChanges::Change &c) {
                    return c.at > removedAt;
                });
                if (!changedSince)
                    continue;
                m_report.conflicts << u"%1 was removed here and changed by %2 in %3; it is back"_s.arg(row[u"number"_s].toString(), row[u"changed_by"_s].toString(), m_theirLocation);
            }
            if (auto r = insertCommitment(row); !r)
                return r;
            continue;
        }
        if (m_theyChanged.touched.contains(uuid)) {
            if (auto r = updateCommitment(uuid, row); !r)
                return r;
        }
    }
    // What they removed and we still have: gone here too, unless we changed it.
    for (auto it = m_theyChanged.removed.cbegin(); it != m_theyChanged.removed.cend(); ++it) {
        const QString &uuid = it.key();
        if (!m_ourCommitments.contains(uuid) || m_theirCommitments.contains(uuid))
            continue;
        if (m_weChanged.byCommitment.contains(uuid)) {
            auto number = m_ours.scalar(u"SELECT number FROM commitments WHERE uuid = ?"_s, {uuid});
            if (!number)
                return std::unexpected(number.error());
            m_report.conflicts << u"%1 was removed by %2 in %3 and changed here since; it stays"_s.arg(number->toString(), it->author, m_theirLocation);
            continue;
        }
        if (auto r = removeCommitment(uuid); !r)
            return r;
    }
    return {};
}

Expected<void> TrackerMerge::insertCommitment(Row row)
{
    // Its number may be taken here by one of our own: then it gets the next
    // free number of its year.
    auto taken = m_ours.scalar(u"SELECT 1 FROM commitments WHERE number = ?"_s, {row[u"number"_s]});
    if (!taken)
        return std::unexpected(taken.error());
    const int year = row[u"number_year"_s].toInt();
    if (taken->isValid()) {
        auto seq = m_d.reserveNumbers(year, 1);
        if (!seq)
            return std::unexpected(seq.error());
        row.values[u"number_seq"_s] = *seq;
        row.values[u"number"_s] = u"PR-%1-%2"_s.arg(year).arg(*seq, 4, 10, QChar(u'0'));
    } else if (auto r = keepCounterAhead(m_ours, year, row[u"number_seq"_s].toInt()); !r) {
        return r;
    }
    if (auto r = insertRow(m_ours, u"commitments"_s, copiedColumns(m_ours, u"commitments"_s), row); !r)
        return std::unexpected(r.error());
    m_ourCommitments.insert(row[u"uuid"_s].toString());
    ++m_report.commitmentsAdded;
    return {};
}

Expected<void> TrackerMerge::updateCommitment(const QString &uuid, const Row &theirs)
{
    const QStringList columns = copiedColumns(m_ours, u"commitments"_s);
    auto mine = readRows(m_ours, u"commitments"_s, columns, u"id"_s, u"uuid = ?"_s, {uuid});
    if (!mine)
        return std::unexpected(mine.error());
    if (mine->isEmpty())
        return {};
    const Row &current = mine->first();
    const auto theirGroups = m_theyChanged.byCommitment.value(uuid);
    const auto ourGroups = m_weChanged.byCommitment.value(uuid);

    QStringList taken; // columns that take their value
    QStringList described;
    QString newestAt = current[u"changed_at"_s].toString();
    QString newestBy = current[u"changed_by"_s].toString();
    bool conflict = false;
    for (int group = 0; group < fieldGroups().size(); ++group) {
        const FieldGroup &g = fieldGroups().at(group);
        const bool differs = std::any_of(g.columns.cbegin(), g.columns.cend(), [&](const QString &c) {
            return current[c].toString() != theirs[c].toString();
        });
        if (!differs || !theirGroups.contains(group))
            continue;
        const SideChanges::Change their = theirGroups.value(group);
        if (ourGroups.contains(group)) {
            const SideChanges::Change our = ourGroups.value(group);
            const bool theirsWins = their.at > our.at;
            m_report.conflicts << u"%1 %2: %3 (%4, %5) vs %6 (%7, %8); kept %9, the newer"_s.arg(current[u"number"_s].toString(), g.field, our.value, our.author,
                                                                                                 our.at, their.value, their.author, their.at,
                                                                                                 theirsWins ? their.value : our.value);
            conflict = true;
            if (!theirsWins)
                continue; // ours is newer: it stays current, theirs is in the history
        }
        taken << g.columns;
        described << u"%1: %2 -> %3"_s.arg(g.field, describeGroup(current, g), describeGroup(theirs, g));
        if (their.at > newestAt) {
            newestAt = their.at;
            newestBy = their.author;
        }
    }
    if (taken.isEmpty())
        return {};
    QStringList sets;
    QVariantList values;
    for (const QString &c : std::as_const(taken)) {
        sets << c + u" = ?"_s;
        values << theirs[c];
    }
    const int revision = std::max(current[u"revision"_s].toInt(), theirs[u"revision"_s].toInt()) + 1;
    sets << u"touched = ?"_s << u"revision = ?"_s << u"changed_by = ?"_s << u"changed_at = ?"_s;
    values << std::max(current[u"touched"_s].toInt(), theirs[u"touched"_s].toInt()) << revision << newestBy << newestAt << uuid;
    if (auto r = m_ours.exec(u"UPDATE commitments SET %1 WHERE uuid = ?"_s.arg(sets.join(u", "_s)), values); !r)
        return std::unexpected(r.error());
    const QString reason = conflict ? u"merge of %1: both sides changed it; the newer change is current"_s.arg(m_theirLocation)
                                    : u"merge of %1"_s.arg(m_theirLocation);
    if (auto r = m_d.addHistory(uuid, revision, u"merged"_s, QString(), described.join(u"; "_s), reason); !r)
        return r;
    ++m_report.commitmentsUpdated;
    return {};
}

Expected<void> TrackerMerge::removeCommitment(const QString &uuid)
{
    // Links and suggestions go with it (ON DELETE CASCADE); notes stay on the text.
    if (auto r = m_ours.exec(u"DELETE FROM commitments WHERE uuid = ?"_s, {uuid}); !r)
        return std::unexpected(r.error());
    m_ourCommitments.remove(uuid);
    ++m_report.commitmentsRemoved;
    return {};
}

Expected<void> TrackerMerge::mergeHistory()
{
    const QStringList columns = copiedColumns(m_ours, u"history"_s);
    for (const Row &row : std::as_const(m_theirHistory)) {
        if (m_ourHistory.contains(row[u"uuid"_s].toString()))
            continue;
        // A commitment both sides had (the same detection, the same register
        // record): our "created" row stands for theirs.
        if (row[u"field"_s].toString() == u"created" && m_hadBefore.contains(row[u"commitment_uuid"_s].toString()))
            continue;
        if (auto r = insertRow(m_ours, u"history"_s, columns, row); !r)
            return std::unexpected(r.error());
        ++m_report.historyAdded;
    }
    return {};
}

Expected<void> TrackerMerge::mergeNotes()
{
    const QStringList columns = copiedColumns(m_ours, u"notes"_s);
    auto rows = readRows(m_theirs, u"notes"_s, columns, u"id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    auto ourNotes = uuidSet(m_ours, u"SELECT uuid FROM notes"_s);
    if (!ourNotes)
        return std::unexpected(ourNotes.error());
    for (Row row : std::as_const(*rows)) {
        if (ourNotes->contains(row[u"uuid"_s].toString()))
            continue;
        row.values[u"letter_id"_s] = m_letterIds.value(row[u"letter_id"_s].toLongLong());
        const QString commitment = mapUuid(row[u"commitment_uuid"_s].toString());
        row.values[u"commitment_uuid"_s] = m_ourCommitments.contains(commitment) ? QVariant(commitment) : QVariant();
        if (auto r = insertRow(m_ours, u"notes"_s, columns, row); !r)
            return std::unexpected(r.error());
        ++m_report.notesAdded;
    }
    return {};
}

Expected<void> TrackerMerge::mergeLinks()
{
    const QStringList columns = copiedColumns(m_ours, u"links"_s);
    auto rows = readRows(m_theirs, u"links"_s, columns, u"id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    auto ourLinks = uuidSet(m_ours, u"SELECT uuid FROM links"_s);
    if (!ourLinks)
        return std::unexpected(ourLinks.error());
    for (Row row : std::as_const(*rows)) {
        if (ourLinks->contains(row[u"uuid"_s].toString()))
            continue;
        row.values[u"from_letter"_s] = mapped(m_letterIds, row[u"from_letter"_s]);
        const QString to = mapUuid(row[u"to_commitment"_s].toString());
        const QString from = row[u"from_commitment"_s].isNull() ? QString() : mapUuid(row[u"from_commitment"_s].toString());
        if (!m_ourCommitments.contains(to) || (!from.isEmpty() && !m_ourCommitments.contains(from)))
            continue;
        row.values[u"to_commitment"_s] = to;
        row.values[u"from_commitment"_s] = from.isEmpty() ? QVariant() : QVariant(from);
        // The same link made on both sides is one link.
        auto same = from.isEmpty() ? m_ours.scalar(u"SELECT 1 FROM links WHERE link_type = ? AND to_commitment = ? AND from_commitment IS NULL AND from_letter = ?"_s,
                                                   {row[u"link_type"_s], to, row[u"from_letter"_s]})
                                   : m_ours.scalar(u"SELECT 1 FROM links WHERE link_type = ? AND to_commitment = ? AND from_commitment = ?"_s,
                                                   {row[u"link_type"_s], to, from});
        if (!same)
            return std::unexpected(same.error());
        if (same->isValid())
            continue;
        if (auto r = insertRow(m_ours, u"links"_s, columns, row); !r)
            return std::unexpected(r.error());
        ++m_report.linksAdded;
    }
    return {};
}

Expected<void> TrackerMerge::mergeRegisterRecords()
{
    const QStringList columns = copiedColumns(m_ours, u"register_records"_s);
    auto rows = readRows(m_theirs, u"register_records"_s, columns, u"id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    for (Row row : std::as_const(*rows)) {
        const QString commitment = mapUuid(row[u"commitment_uuid"_s].toString());
        auto known = m_ours.scalar(u"SELECT 1 FROM register_records WHERE register_id = ?"_s, {row[u"register_id"_s]});
        if (!known)
            return std::unexpected(known.error());
        if (known->isValid() || !m_ourCommitments.contains(commitment))
            continue;
        row.values[u"commitment_uuid"_s] = commitment;
        if (auto r = insertRow(m_ours, u"register_records"_s, columns, row); !r)
            return std::unexpected(r.error());
    }
    return {};
}

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

    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto report = TrackerMerge(*d, *(*other)->d->db, (*other)->location()).run();
    if (!report) {
        d->letterCache.clear(); // it may hold letters the rollback took away
        Error e = report.error();
        const QString prefix = location() + u": "_s;
        const QString detail = e.message.startsWith(prefix) ? e.message.mid(prefix.size()) : e.message;
        e.message = u"%1nothing was merged from %2: %3"_s.arg(prefix, (*other)->location(), detail);
        return std::unexpected(e);
    }
    if (auto r = tx.commit(); !r) {
        d->letterCache.clear();
        return std::unexpected(r.error());
    }
    return report;
}

} // namespace Promissa
