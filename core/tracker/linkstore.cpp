// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: links between commitments, and the suggestions that propose them.

#include "tracker/tracker.h"

#include "tracker/linking/linksuggester.h"
#include "tracker/rows.h"
#include "tracker/trackerprivate.h"

#include <QHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

const QString LinkColumns = u"id, link_type, from_commitment, from_letter, to_commitment, author, created_at"_s;
const QString SuggestionColumns = u"id, link_type, from_commitment, from_letter, to_commitment, score, evidence, state, decided_by, decided_at"_s;

CommitmentLink linkFromRow(const QSqlQuery &q)
{
    CommitmentLink l;
    l.id = q.value(0).toLongLong();
    l.type = linkTypeFromName(q.value(1).toString()).value_or(LinkType::Repeats);
    l.fromCommitment = q.value(2).toString();
    l.fromLetter = q.value(3).toLongLong();
    l.toCommitment = q.value(4).toString();
    l.author = q.value(5).toString();
    l.at = Rows::toDateTime(q.value(6));
    return l;
}

QString stateName(SuggestionState s)
{
    switch (s) {
    case SuggestionState::Pending:
        return u"pending"_s;
    case SuggestionState::Confirmed:
        return u"confirmed"_s;
    case SuggestionState::Rejected:
        return u"rejected"_s;
    }
    return u"pending"_s;
}

SuggestionState stateFromName(QStringView name)
{
    for (SuggestionState s : {SuggestionState::Pending, SuggestionState::Confirmed, SuggestionState::Rejected}) {
        if (name == stateName(s))
            return s;
    }
    return SuggestionState::Pending;
}

LinkSuggestion suggestionFromRow(const QSqlQuery &q)
{
    LinkSuggestion s;
    s.id = q.value(0).toLongLong();
    s.type = linkTypeFromName(q.value(1).toString()).value_or(LinkType::Repeats);
    s.fromCommitment = q.value(2).toString();
    s.fromLetter = q.value(3).toLongLong();
    s.toCommitment = q.value(4).toString();
    s.score = q.value(5).toDouble();
    s.evidence = Rows::stringList(q.value(6));
    s.state = stateFromName(q.value(7).toString());
    return s;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Expected<int> Tracker::Private::storeSuggestions(qint64 letterId,
                                                 const Letter &letter,
                                                 const Analysis &analysis,
                                                 const QStringList &commitmentIds,
                                                 const QList<qint64> &referencedLetters,
                                                 const QList<TrackedLetter> &letters)
{
    QHash<qint64, const TrackedLetter *> byId;
    for (const TrackedLetter &l : letters)
        byId.insert(l.id, &l);

    // The candidates are selected in SQL (linkcandidates.cpp): never a scan
    // of every open commitment.
    auto ids = linkCandidateIds(letterId, letter, analysis, referencedLetters);
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->isEmpty())
        return 0;
    QStringList idList;
    for (qint64 id : std::as_const(*ids))
        idList << QString::number(id);
    auto q = db->exec(u"SELECT %1 FROM commitments c WHERE c.id IN (%2) ORDER BY c.id"_s.arg(Rows::CommitmentColumns, idList.join(u", "_s)));
    if (!q)
        return std::unexpected(q.error());
    QList<LinkCandidate> candidates;
    while (q->next()) {
        LinkCandidate c;
        c.commitment = Rows::commitmentFromRow(*q);
        if (const TrackedLetter *l = byId.value(c.commitment.letterId))
            c.letter = *l;
        candidates << c;
    }
    q->finish();
    if (candidates.isEmpty())
        return 0;

    NewLetterContext context;
    context.letterId = letterId;
    context.letter = &letter;
    context.analysis = &analysis;
    context.commitmentIds = commitmentIds;
    context.referencedLetters = referencedLetters;
    const QList<LinkSuggestion> suggestions = LinkSuggester::suggest(context, candidates);

    auto insert = db->prepare(
        u"INSERT INTO suggestions (link_type, from_commitment, from_letter, to_commitment, score, evidence, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    // A suggestion made before (pending, confirmed or rejected) is not made
    // again: a re-analysis must not bring back what a person rejected.
    auto seenWithCommitment = db->prepare(
        u"SELECT COUNT(*) FROM suggestions WHERE link_type = ? AND to_commitment = ? AND from_letter = ? AND from_commitment = ?"_s);
    auto seenWithLetter = db->prepare(
        u"SELECT COUNT(*) FROM suggestions WHERE link_type = ? AND to_commitment = ? AND from_letter = ? AND from_commitment IS NULL"_s);
    if (!seenWithCommitment || !seenWithLetter)
        return std::unexpected(!seenWithCommitment ? seenWithCommitment.error() : seenWithLetter.error());
    const QString stamp = now();
    int stored = 0;
    for (const LinkSuggestion &s : suggestions) {
        QSqlQuery &seen = s.fromCommitment.isEmpty() ? *seenWithLetter : *seenWithCommitment;
        QVariantList key{linkTypeName(s.type), s.toCommitment, letterId};
        if (!s.fromCommitment.isEmpty())
            key << s.fromCommitment;
        if (auto r = db->run(seen, key); !r)
            return std::unexpected(r.error());
        const bool known = seen.next() && seen.value(0).toInt() > 0;
        seen.finish();
        if (known)
            continue;
        ++stored;
        if (auto r = db->run(*insert,
                             {linkTypeName(s.type),
                              nullIfEmpty(s.fromCommitment),
                              letterId,
                              s.toCommitment,
                              s.score,
                              Rows::stringListJson(s.evidence),
                              stateName(SuggestionState::Pending),
                              stamp});
            !r)
            return std::unexpected(r.error());
    }
    return stored;
}

Expected<CommitmentLink> Tracker::Private::insertLink(CommitmentLink link, const QString &reason)
{
    auto to = loadCommitment(link.toCommitment);
    if (!to)
        return std::unexpected(to.error());
    link.toCommitment = to->id;
    QString fromNumber;
    QString letterTitle;
    if (link.type == LinkType::Fulfils) {
        link.fromCommitment.clear();
        auto subject = db->scalar(u"SELECT subject FROM letters WHERE id = ?"_s, {link.fromLetter});
        if (!subject)
            return std::unexpected(subject.error());
        if (!subject->isValid())
            return notFound(u"no letter with id %1 to fulfil %2"_s.arg(link.fromLetter).arg(to->number));
        letterTitle = u"letter %1"_s.arg(link.fromLetter) + (subject->toString().isEmpty() ? QString() : u" ("_s + subject->toString() + u')');
    } else {
        auto from = loadCommitment(link.fromCommitment);
        if (!from)
            return std::unexpected(from.error());
        if (from->id == to->id)
            return db->failure(u"%1 cannot be linked to itself"_s.arg(to->number));
        link.fromCommitment = from->id;
        link.fromLetter = from->letterId;
        fromNumber = from->number;
    }

    // The same link twice is one link.
    auto existing = db->exec(u"SELECT %1 FROM links WHERE link_type = ? AND to_commitment = ? AND "
                             "(from_commitment = ? OR (from_commitment IS NULL AND from_letter = ?))"_s.arg(LinkColumns),
                             {linkTypeName(link.type), link.toCommitment, nullIfEmpty(link.fromCommitment), link.fromLetter});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->next())
        return linkFromRow(*existing);
    existing->finish();

    link.author = author;
    const QString stamp = now();
    link.at = Rows::toDateTime(stamp);
    auto inserted = db->exec(u"INSERT INTO links (uuid, link_type, from_commitment, from_letter, to_commitment, author, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                             {QUuid::createUuid().toString(QUuid::WithoutBraces),
                              linkTypeName(link.type),
                              nullIfEmpty(link.fromCommitment),
                              link.fromLetter > 0 ? QVariant(link.fromLetter) : QVariant(),
                              link.toCommitment,
                              author,
                              stamp});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (!inserted->next())
        return db->failure(u"the link to %1 was not stored"_s.arg(to->number));
    link.id = inserted->value(0).toLongLong();
    inserted->finish();

    int revision = to->revision;
    if (link.type == LinkType::Fulfils) {
        // kamerbriefNakoming is a field of the commitment: a change like any other.
        auto r = db->exec(u"UPDATE commitments SET fulfilled_by_letter = ?, touched = 1, revision = revision + 1, changed_by = ?, changed_at = ? WHERE uuid = ?"_s,
                          {link.fromLetter, author, stamp, to->id});
        if (!r)
            return std::unexpected(r.error());
        ++revision;
        auto h = addHistory(to->id, revision, u"link"_s, QString(), u"fulfilled by "_s + letterTitle, reason);
        if (!h)
            return std::unexpected(h.error());
        return link;
    }
    const QString type = linkTypeName(link.type);
    if (auto h = addHistory(to->id, revision, u"link"_s, QString(), u"%1 %2 this"_s.arg(fromNumber, type), reason); !h)
        return std::unexpected(h.error());
    auto from = loadCommitment(link.fromCommitment);
    if (!from)
        return std::unexpected(from.error());
    if (auto h = addHistory(from->id, from->revision, u"link"_s, QString(), u"%1 %2"_s.arg(type, to->number), reason); !h)
        return std::unexpected(h.error());
    return link;
}

Expected<QList<CommitmentLink>> Tracker::links(const QString &idOrNumber) const
{
    auto uuid = d->commitmentUuid(idOrNumber);
    if (!uuid)
        return std::unexpected(uuid.error());
    auto q = d->db->exec(u"SELECT %1 FROM links WHERE from_commitment = ? OR to_commitment = ? ORDER BY id"_s.arg(LinkColumns), {*uuid, *uuid});
    if (!q)
        return std::unexpected(q.error());
    QList<CommitmentLink> out;
    while (q->next())
        out << linkFromRow(*q);
    return out;
}

Expected<CommitmentLink> Tracker::addLink(const CommitmentLink &link, const QString &reason)
{
    if (auto r = d->writable(u"the new link"_s); !r)
        return std::unexpected(r.error());
    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto stored = d->insertLink(link, reason);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return stored;
}

Expected<void> Tracker::Private::deleteLink(const CommitmentLink &link, const QString &reason)
{
    if (auto r = db->exec(u"DELETE FROM links WHERE id = ?"_s, {link.id}); !r)
        return std::unexpected(r.error());
    auto to = loadCommitment(link.toCommitment);
    if (!to)
        return std::unexpected(to.error());
    int revision = to->revision;
    if (link.type == LinkType::Fulfils && to->fulfilledByLetter == link.fromLetter) {
        auto r = db->exec(u"UPDATE commitments SET fulfilled_by_letter = NULL, touched = 1, revision = revision + 1, changed_by = ?, changed_at = ? WHERE uuid = ?"_s,
                          {author, now(), to->id});
        if (!r)
            return std::unexpected(r.error());
        ++revision;
    }
    const QString what = link.type == LinkType::Fulfils ? u"fulfilled by letter %1"_s.arg(link.fromLetter) : linkTypeName(link.type);
    if (auto h = addHistory(to->id, revision, u"link"_s, what, QString(), reason); !h)
        return h;
    if (!link.fromCommitment.isEmpty()) {
        if (auto from = loadCommitment(link.fromCommitment)) {
            if (auto h = addHistory(from->id, from->revision, u"link"_s, u"%1 %2"_s.arg(linkTypeName(link.type), to->number), QString(), reason); !h)
                return h;
        }
    }
    return {};
}

Expected<void> Tracker::removeLink(qint64 linkId, const QString &reason)
{
    if (auto r = d->writable(u"the removal of link %1"_s.arg(linkId)); !r)
        return r;
    Database &db = *d->db;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = db.exec(u"SELECT %1 FROM links WHERE id = ?"_s.arg(LinkColumns), {linkId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return d->notFound(u"no link with id %1"_s.arg(linkId));
    const CommitmentLink link = linkFromRow(*q);
    q->finish();
    if (auto r = d->deleteLink(link, reason); !r)
        return r;
    return tx.commit();
}

Expected<QList<LinkSuggestion>> Tracker::suggestions(const QString &idOrNumber) const
{
    QString sql = u"SELECT %1 FROM suggestions WHERE state = ?"_s.arg(SuggestionColumns);
    QVariantList values{stateName(SuggestionState::Pending)};
    if (!idOrNumber.trimmed().isEmpty()) {
        auto uuid = d->commitmentUuid(idOrNumber);
        if (!uuid)
            return std::unexpected(uuid.error());
        sql += u" AND (from_commitment = ? OR to_commitment = ?)"_s;
        values << *uuid << *uuid;
    }
    sql += u" ORDER BY score DESC, id"_s;
    auto q = d->db->exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    QList<LinkSuggestion> out;
    while (q->next())
        out << suggestionFromRow(*q);
    return out;
}

namespace
{

// Loads a suggestion that is still pending, or says who decided it already.
Expected<LinkSuggestion> pendingSuggestion(const Database &db, qint64 id)
{
    auto q = db.exec(u"SELECT %1 FROM suggestions WHERE id = ?"_s.arg(SuggestionColumns), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return db.failure(u"no suggestion with id %1"_s.arg(id), Error::Kind::NotFound);
    const LinkSuggestion s = suggestionFromRow(*q);
    if (s.state != SuggestionState::Pending) {
        return db.failure(u"suggestion %1 was already %2 by %3 at %4"_s.arg(id)
                              .arg(stateName(s.state), q->value(8).toString(), Rows::toDateTime(q->value(9)).toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s),
                          Error::Kind::Conflict);
    }
    return s;
}

} // namespace

Expected<std::optional<Status>> Tracker::confirmSuggestion(qint64 suggestionId)
{
    if (auto r = d->writable(u"the confirmation of suggestion %1"_s.arg(suggestionId)); !r)
        return std::unexpected(r.error());
    Database &db = *d->db;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto s = pendingSuggestion(db, suggestionId);
    if (!s)
        return std::unexpected(s.error());
    CommitmentLink link;
    link.type = s->type;
    link.fromCommitment = s->fromCommitment;
    link.fromLetter = s->fromLetter;
    link.toCommitment = s->toCommitment;
    if (auto r = d->insertLink(link, u"confirmed suggestion: "_s + s->evidence.join(u"; "_s)); !r)
        return std::unexpected(r.error());
    auto r = db.exec(u"UPDATE suggestions SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?"_s,
                     {stateName(SuggestionState::Confirmed), d->author, Tracker::Private::now(), suggestionId});
    if (!r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    // A letter that fulfils a commitment proposes "done"; a person decides.
    if (s->type == LinkType::Fulfils)
        return std::optional<Status>(Status::Done);
    return std::optional<Status>();
}

Expected<void> Tracker::reopenSuggestion(qint64 suggestionId)
{
    if (auto r = d->writable(u"the reopening of suggestion %1"_s.arg(suggestionId)); !r)
        return r;
    Database &db = *d->db;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = db.exec(u"SELECT %1 FROM suggestions WHERE id = ?"_s.arg(SuggestionColumns), {suggestionId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return d->notFound(u"no suggestion with id %1"_s.arg(suggestionId));
    const LinkSuggestion s = suggestionFromRow(*q);
    q->finish();
    if (s.state == SuggestionState::Pending)
        return {}; // nothing was decided
    if (s.state == SuggestionState::Confirmed) {
        // The link the confirmation made, unless somebody removed it since.
        auto link = db.exec(u"SELECT %1 FROM links WHERE link_type = ? AND to_commitment = ? AND "
                            "(from_commitment = ? OR (from_commitment IS NULL AND from_letter = ?))"_s.arg(LinkColumns),
                            {linkTypeName(s.type), s.toCommitment, nullIfEmpty(s.fromCommitment), s.fromLetter});
        if (!link)
            return std::unexpected(link.error());
        if (link->next()) {
            const CommitmentLink made = linkFromRow(*link);
            link->finish();
            if (auto r = d->deleteLink(made, u"suggestion %1 reopened"_s.arg(suggestionId)); !r)
                return r;
        }
    }
    auto r = db.exec(u"UPDATE suggestions SET state = ?, decided_by = '', decided_at = NULL WHERE id = ?"_s,
                     {stateName(SuggestionState::Pending), suggestionId});
    if (!r)
        return std::unexpected(r.error());
    return tx.commit();
}

Expected<void> Tracker::rejectSuggestion(qint64 suggestionId)
{
    if (auto r = d->writable(u"the rejection of suggestion %1"_s.arg(suggestionId)); !r)
        return r;
    Database &db = *d->db;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto s = pendingSuggestion(db, suggestionId); !s)
        return std::unexpected(s.error());
    auto r = db.exec(u"UPDATE suggestions SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?"_s,
                     {stateName(SuggestionState::Rejected), d->author, Tracker::Private::now(), suggestionId});
    if (!r)
        return std::unexpected(r.error());
    return tx.commit();
}

} // namespace Promissa
