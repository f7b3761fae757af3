// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// What every importer promises of the Letter it returns, and what a merge
// of two trackers promises (fuzz_merge), checked after each fuzz input: a
// broken promise aborts like a crash, so that libFuzzer keeps the input.

#include "text/letter.h"
#include "tracker/tracker.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Promissa::FuzzChecks
{

/// A broken promise that needs words (which invariant, on what): printed,
/// then an abort, which libFuzzer reports as a crash and keeps the input of.
[[noreturn]] inline void violated(const char *promise, const QString &detail)
{
    std::fprintf(stderr, "fuzz: broken promise: %s\n%s\n", promise, qUtf8Printable(detail));
    std::abort();
}

inline bool inside(TextRange range, qsizetype size)
{
    return range.start >= 0 && range.start <= range.end && range.end <= size;
}

inline void checkLetter(const Letter &letter)
{
    const qsizetype size = letter.text.size();
    for (const Paragraph &p : letter.paragraphs) {
        if (!inside(p.range, size))
            __builtin_trap();
    }
    for (const Sentence &s : letter.sentences) {
        if (!inside(s.range, size) || s.paragraph < 0 || s.paragraph >= letter.paragraphs.size())
            __builtin_trap();
    }
    for (const Footnote &note : letter.footnotes) {
        if (!inside(note.range, size))
            __builtin_trap();
        for (const qsizetype marker : note.markers) {
            if (marker < 0 || marker > size)
                __builtin_trap();
        }
    }
}

// ---- what a merge of two trackers promises (fuzz_merge) ----------------------

using namespace Qt::StringLiterals;

/// A value a sound tracker always gives (a listing): failing is a finding.
template<typename T>
const T &checked(const Expected<T> &r, const char *what)
{
    if (!r)
        violated(what, r.error().message);
    return *r;
}

inline QList<TrackedCommitment> commitmentsOf(Tracker &t)
{
    CommitmentFilter all;
    all.includeRejected = true;
    return checked(t.commitments(all), "the commitments of a tracker cannot be listed");
}

inline QList<TrackedLetter> lettersOf(Tracker &t)
{
    return checked(t.letters(), "the letters of a tracker cannot be listed");
}

inline QString rangeText(TextRange r)
{
    return u"%1-%2"_s.arg(r.start).arg(r.end);
}

inline QString describe(const TrackedCommitment &c)
{
    const Deadline &d = c.deadline;
    return QStringList{c.id, c.number, QString::number(c.letterId), QString::number(c.sentence), rangeText(c.sentenceRange), rangeText(c.span), c.text,
                       c.phrase, commitmentKindName(c.kind), c.actor, c.actorName, c.actorFunction, c.ministry, c.condition, c.toegezegdAan,
                       c.activiteit, d.text, d.date.toString(Qt::ISODate), precisionName(d.precision), d.event, statusName(c.status),
                       QString::number(c.fulfilledByLetter), c.owner, c.tags.join(u','), originName(c.origin), QString::number(c.confidence),
                       QString::number(c.rejected), QString::number(c.touched), QString::number(c.revision), c.changedBy,
                       c.changedAt.toString(Qt::ISODateWithMs)}
        .join(u'|');
}

/// A tracker as the checks see it: its commitments, notes and links (with
/// the letters' hashes, to match rows of two trackers), and, when asked for,
/// everything a merge could change as comparable lines.
struct Contents {
    QHash<QString, TrackedCommitment> commitments;
    QMultiHash<QString, QString> byPlace; ///< detected and official ones: letter hash, span, origin -> uuid
    QHash<qint64, QString> letterHash;
    QSet<QString> notes;
    QList<CommitmentLink> links;
    QStringList lines;
};

inline QString placeOf(const Contents &in, const TrackedCommitment &c)
{
    return u"%1 %2 %3"_s.arg(in.letterHash.value(c.letterId), rangeText(c.span), originName(c.origin));
}

/// `lines`, with the history of every listed commitment and of `gone` (no
/// longer listed), only when `full`.
inline Contents contentsOf(Tracker &t, bool full = false, const QSet<QString> &gone = {})
{
    Contents out;
    for (const TrackedLetter &l : lettersOf(t)) {
        out.letterHash.insert(l.id, l.hash);
        out.lines << u"letter %1 %2 %3 %4"_s.arg(l.id).arg(l.hash, l.fileName, l.subject);
        for (const Note &n : checked(t.notes(l.id), "the notes of a letter cannot be listed")) {
            out.notes.insert(n.id);
            out.lines << u"note %1 %2 %3 %4 %5 %6"_s.arg(n.id, rangeText(n.range), n.commitmentId, n.text, n.author, n.at.toString(Qt::ISODateWithMs));
        }
    }
    QSet<qint64> seen;
    QSet<QString> uuids = gone;
    for (const TrackedCommitment &c : commitmentsOf(t)) {
        out.commitments.insert(c.id, c);
        uuids.insert(c.id);
        if (c.origin != Origin::Manual)
            out.byPlace.insert(placeOf(out, c), c.id);
        out.lines << describe(c);
        for (const CommitmentLink &l : checked(t.links(c.id), "the links of a commitment cannot be listed")) {
            if (!seen.contains(l.id))
                out.links << l;
            seen.insert(l.id);
            out.lines << u"  link %1 %2 %3 %4 %5 %6"_s.arg(l.id).arg(linkTypeName(l.type), l.fromCommitment).arg(l.fromLetter).arg(l.toCommitment, l.author);
        }
    }
    if (!full)
        return out;
    QStringList sorted(uuids.cbegin(), uuids.cend());
    sorted.sort();
    for (const QString &uuid : std::as_const(sorted)) {
        auto history = t.history(uuid);
        for (const HistoryEntry &h : history ? *history : QList<HistoryEntry>())
            out.lines << u"history %1 %2 %3 %4 %5 %6 %7 %8"_s.arg(uuid)
                             .arg(h.id)
                             .arg(h.field, h.oldValue, h.newValue, h.author, h.at.toString(Qt::ISODateWithMs), h.reason);
    }
    for (const LinkSuggestion &s : checked(t.suggestions(), "the suggestions cannot be listed"))
        out.lines << u"suggestion %1 %2 %3 %4 %5"_s.arg(s.id).arg(linkTypeName(s.type), s.fromCommitment).arg(s.fromLetter).arg(s.toCommitment);
    return out;
}

/// The commitments of `ours` that stand for `uuid` of `theirs`: the same UUID,
/// or the same detection of the same letter under another UUID.
inline QSet<QString> counterparts(const Contents &ours, const Contents &theirs, const QString &uuid)
{
    if (ours.commitments.contains(uuid))
        return {uuid};
    const auto c = theirs.commitments.constFind(uuid);
    if (c == theirs.commitments.cend() || c->origin == Origin::Manual)
        return {};
    const auto same = ours.byPlace.values(placeOf(theirs, *c));
    return QSet<QString>(same.cbegin(), same.cend());
}

inline bool removedIn(Tracker &t, const QString &uuid)
{
    auto history = t.history(uuid);
    return history && std::any_of(history->cbegin(), history->cend(), [](const HistoryEntry &h) {
               return h.field == u"removed";
           });
}

/// After B was merged into A: everything of B is in A and nothing of A is
/// lost, except what the other side removed.
inline void checkPresence(const Contents &before, const Contents &theirs, const Contents &after, Tracker &a, Tracker &b)
{
    for (const TrackedCommitment &c : theirs.commitments) {
        if (counterparts(after, theirs, c.id).isEmpty() && !removedIn(a, c.id))
            violated("a commitment of B is not in A after the merge (A never removed it)", describe(c));
    }
    for (const TrackedCommitment &c : before.commitments) {
        if (!after.commitments.contains(c.id) && !removedIn(b, c.id))
            violated("a commitment of A was lost in the merge (B never removed it)", describe(c));
    }
    for (const QString &note : theirs.notes + before.notes) {
        if (!after.notes.contains(note))
            violated("a note of A or B is not in A after the merge", note);
    }
    for (const CommitmentLink &l : theirs.links) {
        const QSet<QString> to = counterparts(after, theirs, l.toCommitment);
        const QSet<QString> from = counterparts(after, theirs, l.fromCommitment);
        if (to.isEmpty() || (l.type != LinkType::Fulfils && from.isEmpty()))
            continue; // an end of it is gone here: the link goes with it
        const bool found = std::any_of(after.links.cbegin(), after.links.cend(), [&](const CommitmentLink &m) {
            const bool sameFrom = l.type == LinkType::Fulfils ? after.letterHash.value(m.fromLetter) == theirs.letterHash.value(l.fromLetter)
                                                              : from.contains(m.fromCommitment);
            return m.type == l.type && to.contains(m.toCommitment) && sameFrom;
        });
        if (!found)
            violated("a link of B is not in A after the merge", u"%1 %2 -> %3"_s.arg(linkTypeName(l.type), l.fromCommitment, l.toCommitment));
    }
    for (const CommitmentLink &l : before.links) {
        const bool endsThere = after.commitments.contains(l.toCommitment) && (l.fromCommitment.isEmpty() || after.commitments.contains(l.fromCommitment));
        const bool kept = std::any_of(after.links.cbegin(), after.links.cend(), [&](const CommitmentLink &m) {
            return m.id == l.id;
        });
        if (endsThere && !kept)
            violated("a link of A was lost in the merge", u"%1 %2 -> %3"_s.arg(linkTypeName(l.type), l.fromCommitment, l.toCommitment));
    }
}

/// The first line where two snapshots differ, when they do.
inline void compare(const QStringList &before, const QStringList &after, const char *promise, const QString &context)
{
    if (before == after)
        return;
    qsizetype i = 0;
    while (i < before.size() && i < after.size() && before.at(i) == after.at(i))
        ++i;
    violated(promise, u"%1\nfirst difference, line %2:\n  before: %3\n  after:  %4"_s.arg(context).arg(i).arg(before.value(i), after.value(i)));
}

/// Merging the same tracker again finds nothing new and changes nothing.
inline void checkAgain(Tracker &a, const QString &theirs, const Contents &once, const QSet<QString> &gone)
{
    auto again = a.merge(theirs);
    if (!again)
        violated("merging the same tracker a second time failed", again.error().message);
    const MergeReport &r = *again;
    const QList<int> counts{r.lettersAdded, r.commitmentsAdded, r.commitmentsUpdated, r.commitmentsRemoved, r.notesAdded, r.historyAdded, r.linksAdded};
    if (counts != QList<int>(counts.size(), 0) || !r.conflicts.isEmpty()) {
        QStringList numbers;
        for (const int n : counts)
            numbers << QString::number(n);
        violated("merging the same tracker a second time reports changes",
                 u"letters, commitments added, updated, removed, notes, history, links: %1; conflicts: %2"_s.arg(numbers.join(u' '), r.conflicts.join(u"; "_s)));
    }
    compare(once.lines, contentsOf(a, true, gone).lines, "merging the same tracker a second time changed it", theirs);
}

} // namespace Promissa::FuzzChecks
