// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: listing, adding and editing commitments, and their history.

#include "tracker/tracker.h"

#include "tracker/rows.h"
#include "tracker/searchquery.h"
#include "tracker/trackerprivate.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

QString describeSpan(TextRange span, const QString &phrase)
{
    return u"%1-%2: %3"_s.arg(span.start).arg(span.end).arg(phrase);
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

/// One field an edit changes: its SET clause, values and history row.
struct Change {
    QString field;
    QString oldValue;
    QString newValue;
    QString assignment; ///< "status = ?"
    QVariantList values;
};

} // namespace

QString describeDeadline(const Deadline &deadline)
{
    if (!deadline.isSet())
        return QString();
    QString text = deadline.text.isEmpty() ? deadline.date.toString(Qt::ISODate) : deadline.text;
    if (!deadline.text.isEmpty() && deadline.date.isValid())
        text += u" ("_s + deadline.date.toString(Qt::ISODate) + u')';
    return text;
}

Expected<QList<TrackedCommitment>> Tracker::commitments(const CommitmentFilter &filter) const
{
    const Database &db = *d->db;
    QString sql = u"SELECT %1 FROM commitments c WHERE 1 = 1"_s.arg(Rows::CommitmentColumns);
    QVariantList values;
    if (!filter.includeRejected)
        sql += u" AND c.rejected = 0"_s;
    if (!filter.statuses.isEmpty()) {
        sql += u" AND c.status IN (%1)"_s.arg(placeholders(filter.statuses.size()));
        for (Status s : filter.statuses)
            values << statusName(s);
    }
    if (!filter.kinds.isEmpty()) {
        sql += u" AND c.kind IN (%1)"_s.arg(placeholders(filter.kinds.size()));
        for (CommitmentKind k : filter.kinds)
            values << commitmentKindName(k);
    }
    if (!filter.ministry.isEmpty()) {
        sql += u" AND c.ministry = ?"_s;
        values << filter.ministry;
    }
    if (filter.dueFrom.isValid()) {
        sql += u" AND c.deadline_date >= ?"_s;
        values << Rows::dateValue(filter.dueFrom);
    }
    if (filter.dueBefore.isValid()) {
        sql += u" AND c.deadline_date < ?"_s;
        values << Rows::dateValue(filter.dueBefore);
    }
    if (filter.overdueOnly) {
        // TrackedCommitment::isOverdue, in SQL.
        sql += u" AND c.rejected = 0 AND c.status IN (?, ?) AND c.deadline_date < ?"_s;
        values << statusName(Status::Open) << statusName(Status::PartlyDone) << Rows::dateValue(d->today());
    }
    if (filter.letterId != 0) {
        sql += u" AND c.letter_id = ?"_s;
        values << filter.letterId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        if (SearchQuery::terms(filter.text).isEmpty())
            return QList<TrackedCommitment>(); // only punctuation: nothing can match
        if (db.isSqlite()) {
            sql += u" AND c.id IN (SELECT rowid FROM commitments_fts WHERE commitments_fts MATCH ?)"_s;
            values << SearchQuery::sqliteMatch(filter.text);
        } else {
            sql += u" AND c.search @@ plainto_tsquery('dutch', %1)"_s.arg(SearchQuery::postgresFold(u"?"_s));
            values << SearchQuery::postgresText(filter.text);
        }
    }
    sql += u" ORDER BY (c.deadline_date IS NULL), c.deadline_date, c.number_year, c.number_seq"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);

    auto q = db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<TrackedCommitment> out;
    while (q->next())
        out << Rows::commitmentFromRow(*q);
    return out;
}

Expected<TrackedCommitment> Tracker::commitment(const QString &idOrNumber) const
{
    return d->loadCommitment(idOrNumber);
}

Expected<TrackedCommitment> Tracker::addCommitment(const NewCommitment &commitment)
{
    if (auto r = d->writable(u"the new commitment"_s); !r)
        return std::unexpected(r.error());
    auto letter = d->letterModel(commitment.letterId);
    if (!letter)
        return std::unexpected(letter.error());
    const TextRange span = commitment.span;
    if (span.start < 0 || span.end <= span.start || span.end > letter->text.size()) {
        return d->db->failure(u"the span %1-%2 is not a stretch of letter %3 (its text has %4 characters)"_s.arg(span.start)
                                  .arg(span.end)
                                  .arg(commitment.letterId)
                                  .arg(letter->text.size()));
    }
    Commitment detected;
    detected.sentence = letter->sentenceAt(span.start);
    detected.phrase = span;
    detected.kind = commitment.kind;
    detected.actor = commitment.actor;
    detected.confidence = 1.0;
    TrackedCommitment c = commitmentFromDetection(*letter, detected);
    c.letterId = commitment.letterId;
    c.deadline = commitment.deadline;
    c.owner = commitment.owner;
    c.tags = commitment.tags;
    c.origin = Origin::Manual;
    c.touched = true;

    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    const int year = letter->metadata.date.isValid() ? letter->metadata.date.year() : d->today().year();
    auto seq = d->reserveNumbers(year, 1);
    if (!seq)
        return std::unexpected(seq.error());
    auto stored = d->insertCommitment(c, year, *seq, u"marked by hand"_s);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return stored;
}

Expected<TrackedCommitment> Tracker::updateCommitment(const CommitmentEdit &edit)
{
    if (auto r = d->writable(u"the change of %1"_s.arg(edit.id)); !r)
        return std::unexpected(r.error());
    Database &db = *d->db;
    if (edit.baseRevision <= 0)
        return db.failure(u"the change of %1 names no revision it was based on"_s.arg(edit.id));

    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto current = d->loadCommitment(edit.id);
    if (!current)
        return std::unexpected(current.error());
    auto result = d->applyEdit(*current, edit);
    if (!result)
        return result;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return result;
}

Expected<TrackedCommitment> Tracker::Private::applyEdit(const TrackedCommitment &cur, const CommitmentEdit &edit)
{
    Database &store = *db;

    QList<Change> changes;
    if (edit.status && *edit.status != cur.status)
        changes.append({u"status"_s, statusName(cur.status), statusName(*edit.status), u"status = ?"_s, {statusName(*edit.status)}});
    if (edit.deadline) {
        const Deadline &n = *edit.deadline;
        const Deadline &o = cur.deadline;
        if (n.text != o.text || n.date != o.date || n.precision != o.precision || n.event != o.event) {
            changes.append({u"deadline"_s,
                            describeDeadline(o),
                            describeDeadline(n),
                            u"deadline_text = ?, deadline_date = ?, deadline_precision = ?, deadline_event = ?"_s,
                            {n.text, Rows::dateValue(n.date), precisionName(n.precision), n.event}});
        }
    }
    if (edit.owner && *edit.owner != cur.owner)
        changes.append({u"owner"_s, cur.owner, *edit.owner, u"owner = ?"_s, {*edit.owner}});
    if (edit.tags && *edit.tags != cur.tags)
        changes.append({u"tags"_s, cur.tags.join(u", "_s), edit.tags->join(u", "_s), u"tags = ?"_s, {Rows::stringListJson(*edit.tags)}});
    if (edit.kind && *edit.kind != cur.kind)
        changes.append({u"kind"_s, commitmentKindName(cur.kind), commitmentKindName(*edit.kind), u"kind = ?"_s, {commitmentKindName(*edit.kind)}});
    if (edit.actor && *edit.actor != cur.actor)
        changes.append({u"actor"_s, cur.actor, *edit.actor, u"actor = ?"_s, {*edit.actor}});
    if (edit.rejected && *edit.rejected != cur.rejected)
        changes.append({u"rejected"_s, yesNo(cur.rejected), yesNo(*edit.rejected), u"rejected = ?"_s, {*edit.rejected ? 1 : 0}});
    if (edit.span && *edit.span != cur.span) {
        auto letter = letterModel(cur.letterId);
        if (!letter)
            return std::unexpected(letter.error());
        const TextRange span = *edit.span;
        if (span.start < 0 || span.end <= span.start || span.end > letter->text.size()) {
            return store.failure(u"%1: the span %2-%3 is not a stretch of its letter (the text has %4 characters)"_s.arg(cur.number)
                                  .arg(span.start)
                                  .arg(span.end)
                                  .arg(letter->text.size()));
        }
        const int sentence = letter->sentenceAt(span.start);
        const TextRange sentenceRange = sentence >= 0 ? letter->sentences.at(sentence).range : span;
        const QString phrase = letter->slice(span).toString();
        changes.append({u"span"_s,
                        describeSpan(cur.span, cur.phrase),
                        describeSpan(span, phrase),
                        u"span_start = ?, span_end = ?, phrase = ?, sentence = ?, sentence_start = ?, sentence_end = ?, sentence_text = ?"_s,
                        {qint64(span.start),
                         qint64(span.end),
                         phrase,
                         sentence,
                         qint64(sentenceRange.start),
                         qint64(sentenceRange.end),
                         letter->slice(sentenceRange).toString()}});
    }

    if (changes.isEmpty() && cur.touched && cur.revision == edit.baseRevision)
        return cur; // nothing to change, nothing to record

    // The stale-revision check is the UPDATE itself: it only touches the row
    // when nobody changed it since it was read.
    QString assignments;
    QVariantList values;
    for (const Change &c : std::as_const(changes)) {
        assignments += c.assignment + u", "_s;
        values << c.values;
    }
    const QString stamp = Tracker::Private::now();
    values << author << stamp << cur.id << edit.baseRevision;
    auto updated = store.exec(u"UPDATE commitments SET %1touched = 1, revision = revision + 1, changed_by = ?, changed_at = ? "
                           "WHERE uuid = ? AND revision = ?"_s.arg(assignments),
                           values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0) {
        // Read again: under PostgreSQL the row may have moved on after `cur` was read.
        auto latest = loadCommitment(cur.id);
        return std::unexpected(conflict(latest ? *latest : cur, edit.baseRevision));
    }
    const int revision = edit.baseRevision + 1;
    if (changes.isEmpty()) {
        if (auto r = addHistory(cur.id, revision, u"touched"_s, QString(), QString(), edit.reason); !r)
            return std::unexpected(r.error());
    }
    for (const Change &c : std::as_const(changes)) {
        if (auto r = addHistory(cur.id, revision, c.field, c.oldValue, c.newValue, edit.reason); !r)
            return std::unexpected(r.error());
    }
    return loadCommitment(cur.id);
}

Error Tracker::Private::conflict(const TrackedCommitment &current, int baseRevision) const
{
    // Who moved it on, and what they changed: the history rows since.
    QStringList what;
    QString who = current.changedBy;
    QString when = current.changedAt.toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
    auto h = db->exec(u"SELECT field, old_value, new_value, author, changed_at FROM history WHERE commitment_uuid = ? AND revision > ? ORDER BY id"_s,
                      {current.id, baseRevision});
    if (h) {
        while (h->next()) {
            what << u"%1: %2 → %3"_s.arg(h->value(0).toString(), h->value(1).toString(), h->value(2).toString());
            who = h->value(3).toString();
            when = Rows::toDateTime(h->value(4)).toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
        }
    }
    return db->error(u"%1 was changed by %2 at %3 after you read it (revision %4, now %5)%6; your change was not saved"_s.arg(current.number, who, when)
                         .arg(baseRevision)
                         .arg(current.revision)
                         .arg(what.isEmpty() ? QString() : u": "_s + what.join(u"; "_s)),
                     Error::Kind::Conflict);
}

Expected<void> Tracker::removeCommitment(const QString &id, int baseRevision, const QString &reason)
{
    if (auto r = d->writable(u"the removal of %1"_s.arg(id)); !r)
        return r;
    auto current = d->loadCommitment(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->origin != Origin::Manual) {
        // What the detector or the register found stays on record: a person
        // can only say it is not a commitment.
        CommitmentEdit edit;
        edit.id = current->id;
        edit.baseRevision = baseRevision;
        edit.rejected = true;
        edit.reason = reason;
        auto rejected = updateCommitment(edit);
        if (!rejected)
            return std::unexpected(rejected.error());
        return {};
    }
    Database &db = *d->db;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    // Links and suggestions go with it (ON DELETE CASCADE); notes stay on the text.
    auto removed = db.exec(u"DELETE FROM commitments WHERE uuid = ? AND revision = ?"_s, {current->id, baseRevision});
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0) {
        auto latest = d->loadCommitment(current->id);
        if (!latest)
            return std::unexpected(latest.error());
        return std::unexpected(d->conflict(*latest, baseRevision));
    }
    if (auto h = d->addHistory(current->id, baseRevision + 1, u"removed"_s, current->number, QString(), reason); !h)
        return h;
    return tx.commit();
}

Expected<QList<HistoryEntry>> Tracker::history(const QString &idOrNumber) const
{
    QString uuid;
    if (auto found = d->commitmentUuid(idOrNumber)) {
        uuid = *found;
    } else {
        // A removed detection keeps its history: it can still be asked for by UUID.
        auto kept = d->db->scalar(u"SELECT commitment_uuid FROM history WHERE commitment_uuid = ?"_s, {idOrNumber.trimmed()});
        if (!kept)
            return std::unexpected(kept.error());
        if (!kept->isValid())
            return std::unexpected(found.error());
        uuid = kept->toString();
    }
    auto q = d->db->exec(u"SELECT id, field, old_value, new_value, author, changed_at, reason FROM history WHERE commitment_uuid = ? "
                         "ORDER BY changed_at, id"_s,
                         {uuid});
    if (!q)
        return std::unexpected(q.error());
    QList<HistoryEntry> out;
    while (q->next()) {
        HistoryEntry e;
        e.id = q->value(0).toLongLong();
        e.commitmentId = uuid;
        e.field = q->value(1).toString();
        e.oldValue = q->value(2).toString();
        e.newValue = q->value(3).toString();
        e.author = q->value(4).toString();
        e.at = Rows::toDateTime(q->value(5));
        e.reason = q->value(6).toString();
        out << e;
    }
    return out;
}

} // namespace Promissa
