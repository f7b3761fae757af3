// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: notes on spans of a letter's text.

#include "tracker/tracker.h"

#include "tracker/rows.h"
#include "tracker/trackerprivate.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Promissa
{

Expected<Note> Tracker::addNote(qint64 letterId, TextRange range, const QString &text, const QString &commitmentId)
{
    if (auto r = d->writable(u"the note on letter %1"_s.arg(letterId)); !r)
        return std::unexpected(r.error());
    Database &db = *d->db;
    if (text.trimmed().isEmpty())
        return db.failure(u"the note on letter %1 is empty; nothing was saved"_s.arg(letterId));

    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto length = db.scalar(u"SELECT body_length FROM letters WHERE id = ?"_s, {letterId});
    if (!length)
        return std::unexpected(length.error());
    if (!length->isValid())
        return d->notFound(u"no letter with id %1 to put a note on"_s.arg(letterId));
    if (range.start < 0 || range.end < range.start || range.end > length->toLongLong()) {
        return db.failure(u"the range %1-%2 is not a stretch of letter %3 (its text has %4 characters)"_s.arg(range.start)
                              .arg(range.end)
                              .arg(letterId)
                              .arg(length->toLongLong()));
    }
    Note note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.letterId = letterId;
    note.range = range;
    note.text = text;
    note.author = d->author;
    const QString stamp = Tracker::Private::now();
    note.at = Rows::toDateTime(stamp);
    if (!commitmentId.trimmed().isEmpty()) {
        auto c = d->loadCommitment(commitmentId);
        if (!c)
            return std::unexpected(c.error());
        if (c->letterId != letterId)
            return db.failure(u"%1 is not a commitment of letter %2; the note was not saved"_s.arg(c->number).arg(letterId));
        note.commitmentId = c->id;
    }
    auto r = db.exec(u"INSERT INTO notes (uuid, letter_id, range_start, range_end, commitment_uuid, note_text, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {note.id,
                      letterId,
                      qint64(range.start),
                      qint64(range.end),
                      note.commitmentId.isEmpty() ? QVariant() : QVariant(note.commitmentId),
                      note.text,
                      note.author,
                      stamp});
    if (!r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return note;
}

Expected<void> Tracker::removeNote(const QString &noteId)
{
    if (auto r = d->writable(u"the removal of note %1"_s.arg(noteId)); !r)
        return r;
    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return r;
    auto removed = d->db->exec(u"DELETE FROM notes WHERE uuid = ?"_s, {noteId.trimmed()});
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return d->notFound(u"no note \"%1\""_s.arg(noteId));
    return tx.commit();
}

Expected<QList<Note>> Tracker::notes(qint64 letterId) const
{
    auto q = d->db->exec(u"SELECT uuid, letter_id, range_start, range_end, commitment_uuid, note_text, author, created_at FROM notes "
                         "WHERE letter_id = ? ORDER BY range_start, created_at, id"_s,
                         {letterId});
    if (!q)
        return std::unexpected(q.error());
    QList<Note> out;
    while (q->next()) {
        Note n;
        n.id = q->value(0).toString();
        n.letterId = q->value(1).toLongLong();
        n.range = {q->value(2).toLongLong(), q->value(3).toLongLong()};
        n.commitmentId = q->value(4).toString();
        n.text = q->value(5).toString();
        n.author = q->value(6).toString();
        n.at = Rows::toDateTime(q->value(7));
        out << n;
    }
    return out;
}

} // namespace Promissa
