// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: re-analysing a letter without clobbering anybody's work.

#include "tracker/tracker.h"

#include "tracker/rows.h"
#include "tracker/trackerprivate.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The same detection as before: in the same sentence with an overlapping
// phrase (a better detector moved its edges), or else the very same phrase
// (the sentence boundaries moved). Place is tried first for all of them, so
// that a letter that says the same thing twice keeps each where it stands.
bool samePlace(const TrackedCommitment &old, const TrackedCommitment &fresh)
{
    return old.sentenceRange == fresh.sentenceRange && old.span.overlaps(fresh.span);
}

bool samePhrase(const TrackedCommitment &old, const TrackedCommitment &fresh)
{
    return !old.phrase.isEmpty() && old.phrase.simplified() == fresh.phrase.simplified();
}

/// For each new detection the index of the stored commitment it is, or -1.
QList<qsizetype> matchDetections(const QList<TrackedCommitment> &existing, const QList<TrackedCommitment> &fresh)
{
    QList<qsizetype> match(fresh.size(), -1);
    QList<bool> taken(existing.size(), false);
    for (const auto &same : {samePlace, samePhrase}) {
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            for (qsizetype j = 0; j < existing.size() && match.at(i) < 0; ++j) {
                if (!taken.at(j) && same(existing.at(j), fresh.at(i))) {
                    match[i] = j;
                    taken[j] = true;
                }
            }
        }
    }
    return match;
}

struct FieldChange {
    QString field;
    QString oldValue;
    QString newValue;
};

QList<FieldChange> detectionChanges(const TrackedCommitment &old, const TrackedCommitment &fresh)
{
    QList<FieldChange> changes;
    if (old.span != fresh.span || old.phrase != fresh.phrase) {
        changes.append({u"span"_s,
                        u"%1-%2: %3"_s.arg(old.span.start).arg(old.span.end).arg(old.phrase),
                        u"%1-%2: %3"_s.arg(fresh.span.start).arg(fresh.span.end).arg(fresh.phrase)});
    }
    if (old.kind != fresh.kind)
        changes.append({u"kind"_s, commitmentKindName(old.kind), commitmentKindName(fresh.kind)});
    if (old.actor != fresh.actor)
        changes.append({u"actor"_s, old.actor, fresh.actor});
    if (old.condition != fresh.condition)
        changes.append({u"condition"_s, old.condition, fresh.condition});
    const Deadline &a = old.deadline;
    const Deadline &b = fresh.deadline;
    if (a.text != b.text || a.date != b.date || a.precision != b.precision || a.event != b.event)
        changes.append({u"deadline"_s, describeDeadline(a), describeDeadline(b)});
    if (!qFuzzyCompare(1.0 + old.confidence, 1.0 + fresh.confidence))
        changes.append({u"confidence"_s, QString::number(old.confidence, 'f', 2), QString::number(fresh.confidence, 'f', 2)});
    return changes;
}

} // namespace

Expected<ReanalysisResult> Tracker::reanalyze(qint64 letterId, const Analysis &analysis)
{
    if (auto r = d->writable(u"the re-analysis of letter %1"_s.arg(letterId)); !r)
        return std::unexpected(r.error());
    auto letter = d->letterModel(letterId);
    if (!letter)
        return std::unexpected(letter.error());
    Database &db = *d->db;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());

    auto q = db.exec(u"SELECT %1 FROM commitments c WHERE c.letter_id = ? ORDER BY c.span_start, c.id"_s.arg(Rows::CommitmentColumns), {letterId});
    if (!q)
        return std::unexpected(q.error());
    QList<TrackedCommitment> existing;
    while (q->next())
        existing << Rows::commitmentFromRow(*q);
    q->finish();

    // Work somebody did on a detection keeps it, even when it was never edited.
    QSet<QString> worked;
    auto annotated = db.exec(u"SELECT commitment_uuid FROM notes WHERE letter_id = ? AND commitment_uuid IS NOT NULL "
                             "UNION SELECT l.from_commitment FROM links l JOIN commitments c ON c.uuid = l.from_commitment WHERE c.letter_id = ? "
                             "UNION SELECT l.to_commitment FROM links l JOIN commitments c ON c.uuid = l.to_commitment WHERE c.letter_id = ?"_s,
                             {letterId, letterId, letterId});
    if (!annotated)
        return std::unexpected(annotated.error());
    while (annotated->next())
        worked.insert(annotated->value(0).toString());
    annotated->finish();

    const auto isUntouchedDetection = [&](const TrackedCommitment &c) {
        return c.origin == Origin::Detected && !c.touched && !c.rejected && !worked.contains(c.id);
    };

    QList<TrackedCommitment> detections;
    for (const Commitment &c : analysis.commitments)
        detections << commitmentFromDetection(*letter, c);
    const QList<qsizetype> match = matchDetections(existing, detections);

    ReanalysisResult result;
    QList<bool> matched(existing.size(), false);
    QList<qsizetype> added;
    const QString reason = u"re-analysis of "_s + letter->fileName;
    const QString stamp = Tracker::Private::now();
    for (qsizetype i = 0; i < detections.size(); ++i) {
        const TrackedCommitment &fresh = detections.at(i);
        const qsizetype found = match.at(i);
        if (found < 0) {
            added << i;
            continue;
        }
        matched[found] = true;
        ++result.kept;
        const TrackedCommitment &old = existing.at(found);
        if (!isUntouchedDetection(old))
            continue; // a person's version stands
        const QList<FieldChange> changes = detectionChanges(old, fresh);
        if (changes.isEmpty())
            continue;
        const Deadline &dl = fresh.deadline;
        auto updated = db.exec(u"UPDATE commitments SET sentence = ?, sentence_start = ?, sentence_end = ?, span_start = ?, span_end = ?, "
                               "sentence_text = ?, phrase = ?, kind = ?, actor = ?, actor_name = ?, actor_function = ?, condition_text = ?, "
                               "deadline_text = ?, deadline_date = ?, deadline_precision = ?, deadline_event = ?, confidence = ?, "
                               "revision = revision + 1, changed_by = ?, changed_at = ? WHERE uuid = ? AND revision = ? AND touched = 0"_s,
                               {fresh.sentence,
                                qint64(fresh.sentenceRange.start),
                                qint64(fresh.sentenceRange.end),
                                qint64(fresh.span.start),
                                qint64(fresh.span.end),
                                fresh.text,
                                fresh.phrase,
                                commitmentKindName(fresh.kind),
                                fresh.actor,
                                fresh.actorName,
                                fresh.actorFunction,
                                fresh.condition,
                                dl.text,
                                Rows::dateValue(dl.date),
                                precisionName(dl.precision),
                                dl.event,
                                fresh.confidence,
                                d->author,
                                stamp,
                                old.id,
                                old.revision});
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->numRowsAffected() == 0)
            continue;
        for (const FieldChange &c : changes) {
            if (auto h = d->addHistory(old.id, old.revision + 1, c.field, c.oldValue, c.newValue, reason); !h)
                return std::unexpected(h.error());
        }
    }

    // Vanished: gone when nobody had touched them, kept otherwise.
    for (qsizetype j = 0; j < existing.size(); ++j) {
        if (matched.at(j))
            continue;
        const TrackedCommitment &old = existing.at(j);
        if (!isUntouchedDetection(old)) {
            ++result.kept;
            continue;
        }
        if (auto r = db.exec(u"DELETE FROM suggestions WHERE from_commitment = ? OR to_commitment = ?"_s, {old.id, old.id}); !r)
            return std::unexpected(r.error());
        auto removed = db.exec(u"DELETE FROM commitments WHERE uuid = ? AND revision = ? AND touched = 0"_s, {old.id, old.revision});
        if (!removed)
            return std::unexpected(removed.error());
        if (removed->numRowsAffected() == 0) {
            ++result.kept;
            continue;
        }
        if (auto h = d->addHistory(old.id, old.revision + 1, u"removed"_s, old.number, QString(), reason); !h)
            return std::unexpected(h.error());
        ++result.removed;
    }

    // New detections, numbered like an import.
    QStringList ids;
    Analysis fresh = analysis;
    fresh.commitments.clear();
    if (!added.isEmpty()) {
        const int year = letter->metadata.date.isValid() ? letter->metadata.date.year() : d->today().year();
        auto first = d->reserveNumbers(year, int(added.size()));
        if (!first)
            return std::unexpected(first.error());
        for (qsizetype k = 0; k < added.size(); ++k) {
            TrackedCommitment c = commitmentFromDetection(*letter, analysis.commitments.at(added.at(k)));
            c.letterId = letterId;
            auto stored = d->insertCommitment(c, year, *first + int(k), reason);
            if (!stored)
                return std::unexpected(stored.error());
            ids << stored->id;
            fresh.commitments << analysis.commitments.at(added.at(k));
        }
    }
    result.added = int(ids.size());

    // Suggestions for what is new (the store skips those already made or rejected).
    QList<qint64> referenced;
    auto refs = db.exec(u"SELECT DISTINCT target_letter FROM letter_references WHERE letter_id = ? AND target_letter IS NOT NULL"_s, {letterId});
    if (!refs)
        return std::unexpected(refs.error());
    while (refs->next())
        referenced << refs->value(0).toLongLong();
    refs->finish();
    auto letters = d->allLetters();
    if (!letters)
        return std::unexpected(letters.error());
    if (auto s = d->storeSuggestions(letterId, *letter, fresh, ids, referenced, *letters); !s)
        return std::unexpected(s.error());

    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return result;
}

} // namespace Promissa
