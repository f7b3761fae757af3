// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: the Tweede Kamer's commitment register (Toezegging) as official
// commitments.
//
// A register record is not a sentence of a letter, but every commitment in
// the tracker stands in a text: each record gets a short text of its own (its
// number and tekst) stored as a letter, so that the panes, notes, search and
// reports treat it like any other. Its UUID is derived from the register's id,
// so that two trackers that imported the same record agree on it (and a merge
// matches them); the register_records table keeps the id, the number and what
// the register said last time, so that importing the register again changes
// only what the register changed since, never what a person did here.

#include "tracker/tracker.h"

#include "import/xml/toezeggingreader.h"
#include "tracker/rows.h"
#include "tracker/trackerprivate.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The namespace of the name-based (version 5) UUIDs of register records.
const QUuid RegisterNamespace(u"7f3e2a61-5c1d-4b8e-9a0f-6d2c4e8b1a37"_s);

QString recordUuid(const OfficialCommitment &record)
{
    return QUuid::createUuidV5(RegisterNamespace, record.id).toString(QUuid::WithoutBraces);
}

QString recordTitle(const OfficialCommitment &record)
{
    return u"Toezegging "_s + (record.nummer.isEmpty() ? record.id : record.nummer);
}

// The text a record stands in: its title, then its tekst as one sentence.
Letter recordLetter(const OfficialCommitment &record, const QString &source)
{
    Letter letter;
    letter.fileName = source;
    const QString title = recordTitle(record);
    letter.text = title + u'\n' + record.tekst;
    const TextRange heading{0, title.size()};
    const TextRange body{title.size() + 1, letter.text.size()};
    letter.paragraphs = {{ParagraphKind::Heading, heading}, {ParagraphKind::Body, body}};
    letter.sentences = {{body, 1}};
    LetterMetadata &m = letter.metadata;
    m.date = record.aanmaakdatum;
    m.subject = title;
    m.ministry = record.ministerie;
    if (!record.naam.isEmpty() || !record.functie.isEmpty())
        m.signatories = {{record.functie, record.naam}};
    if (!record.nummer.isEmpty())
        m.references = {record.nummer};
    return letter;
}

Deadline registerDeadline(QDate date)
{
    Deadline d;
    d.date = date;
    d.precision = Precision::Day;
    return d;
}

// "2025D08990; 2025D10001" -> the document numbers, upper case.
QStringList documentNumbers(const QString &kamerbriefNakoming)
{
    QStringList out;
    for (const QString &part : kamerbriefNakoming.split(u';', Qt::SkipEmptyParts)) {
        const QString number = part.simplified().remove(u' ').toUpper();
        if (!number.isEmpty())
            out << number;
    }
    return out;
}

} // namespace

Expected<int> Tracker::Private::linkFulfilment(const QString &commitmentUuid, const QString &kamerbriefNakoming, const QString &reason)
{
    int linked = 0;
    for (const QString &number : documentNumbers(kamerbriefNakoming)) {
        auto letter = db->scalar(u"SELECT id FROM letters WHERE UPPER(document_number) = ? ORDER BY id"_s, {number});
        if (!letter)
            return std::unexpected(letter.error());
        if (!letter->isValid())
            continue;
        auto known = db->scalar(u"SELECT 1 FROM links WHERE link_type = ? AND to_commitment = ? AND from_letter = ? AND from_commitment IS NULL"_s,
                                {linkTypeName(LinkType::Fulfils), commitmentUuid, letter->toLongLong()});
        if (!known)
            return std::unexpected(known.error());
        if (known->isValid())
            continue;
        CommitmentLink link;
        link.type = LinkType::Fulfils;
        link.fromLetter = letter->toLongLong();
        link.toCommitment = commitmentUuid;
        if (auto r = insertLink(link, reason); !r)
            return std::unexpected(r.error());
        ++linked;
    }
    return linked;
}

Expected<int> Tracker::Private::linkRegisterFulfilments(const QString &documentNumber)
{
    const QString number = documentNumber.simplified().remove(u' ').toUpper();
    if (number.isEmpty() || schemaVersion < 3) // the register came with schema 3
        return 0;
    // The register table is small (the register's size, not the tracker's).
    auto q = db->exec(u"SELECT commitment_uuid, kamerbrief_nakoming, nummer FROM register_records WHERE UPPER(kamerbrief_nakoming) LIKE ?"_s,
                      {QString(u'%' + number + u'%')});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, QString>> records;
    while (q->next()) {
        if (documentNumbers(q->value(1).toString()).contains(number))
            records.append(std::pair(q->value(0).toString(), q->value(2).toString()));
    }
    q->finish();
    int linked = 0;
    for (const auto &[uuid, nummer] : std::as_const(records)) {
        auto n = linkFulfilment(uuid, number, u"kamerbriefNakoming of %1 in the register"_s.arg(nummer));
        if (!n)
            return std::unexpected(n.error());
        linked += *n;
    }
    return linked;
}

Expected<RegisterImportResult> Tracker::importRegister(const QList<OfficialCommitment> &records, const QString &source)
{
    if (auto r = d->writable(u"the import of the register %1"_s.arg(source)); !r)
        return std::unexpected(r.error());
    Database &db = *d->db;
    // Statuses first: a word the vocabulary does not know stops the import
    // before anything is written.
    QList<Status> statuses;
    for (const OfficialCommitment &record : records) {
        if (record.id.isEmpty())
            return fail(u"%1: a register record without an id (Nummer %2); nothing was imported"_s.arg(source, record.nummer));
        if (record.status.trimmed().isEmpty()) {
            statuses << Status::Open;
            continue;
        }
        auto status = statusFromText(record.status);
        if (!status)
            return fail(u"%1: %2 has the status \"%3\", which the status table does not know; nothing was imported"_s.arg(source, recordTitle(record), record.status),
                        Error::Kind::Failed);
        statuses << *status;
    }

    const QString fileName = QFileInfo(source).fileName();
    RegisterImportResult result;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const OfficialCommitment &record = records.at(i);
        const QString reason = u"Tweede Kamer register (%1): %2"_s.arg(fileName, recordTitle(record));
        auto known = db.exec(u"SELECT commitment_uuid, register_status, deadline_date FROM register_records WHERE register_id = ?"_s, {record.id});
        if (!known)
            return std::unexpected(known.error());
        QString uuid;
        if (known->next()) {
            uuid = known->value(0).toString();
            const bool statusMoved = known->value(1).toString().simplified().compare(record.status.simplified(), Qt::CaseInsensitive) != 0;
            const bool deadlineMoved = Rows::toDate(known->value(2)) != record.datumNakoming;
            known->finish();
            if (statusMoved || deadlineMoved) {
                // The register changed since: that change reaches the
                // commitment (with its history); what a person changed here
                // in between stays unless the register now says otherwise.
                auto current = d->loadCommitment(uuid);
                if (!current)
                    return std::unexpected(current.error());
                CommitmentEdit edit;
                edit.id = uuid;
                edit.baseRevision = current->revision;
                if (statusMoved)
                    edit.status = statuses.at(i);
                if (deadlineMoved)
                    edit.deadline = registerDeadline(record.datumNakoming);
                edit.reason = reason;
                if (auto r = d->applyEdit(*current, edit); !r)
                    return std::unexpected(r.error());
                ++result.updated;
            } else {
                ++result.unchanged;
            }
            if (auto r = db.exec(u"UPDATE register_records SET nummer = ?, register_status = ?, deadline_date = ?, kamerbrief_nakoming = ?, source = ? "
                                 "WHERE register_id = ?"_s,
                                 {record.nummer, record.status, Rows::dateValue(record.datumNakoming), record.kamerbriefNakoming, fileName, record.id});
                !r)
                return std::unexpected(r.error());
        } else {
            known->finish();
            const Letter letter = recordLetter(record, source);
            auto inserted = d->insertLetter(letter, record.aanmaakdatum);
            if (!inserted)
                return std::unexpected(inserted.error());
            TrackedCommitment c;
            c.id = recordUuid(record);
            c.letterId = inserted->first;
            c.sentence = 0;
            c.sentenceRange = letter.sentences.first().range;
            c.span = c.sentenceRange;
            c.text = record.tekst;
            c.phrase = record.tekst;
            c.kind = CommitmentKind::Firm;
            c.actor = record.functie.isEmpty() ? record.naam : record.functie;
            c.actorName = record.naam;
            c.actorFunction = record.functie;
            c.ministry = record.ministerie;
            c.toegezegdAan = record.toegezegdAan;
            c.activiteit = record.activiteit;
            if (record.datumNakoming.isValid())
                c.deadline = registerDeadline(record.datumNakoming);
            c.status = statuses.at(i);
            c.origin = Origin::Official;
            c.confidence = 1.0;
            const int year = record.aanmaakdatum.isValid() ? record.aanmaakdatum.year() : d->today().year();
            auto seq = d->reserveNumbers(year, 1);
            if (!seq)
                return std::unexpected(seq.error());
            auto stored = d->insertCommitment(c, year, *seq, reason);
            if (!stored)
                return std::unexpected(stored.error());
            uuid = stored->id;
            if (auto r = db.exec(u"INSERT INTO register_records (register_id, nummer, commitment_uuid, register_status, deadline_date, kamerbrief_nakoming, "
                                 "source, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                 {record.id,
                                  record.nummer,
                                  uuid,
                                  record.status,
                                  Rows::dateValue(record.datumNakoming),
                                  record.kamerbriefNakoming,
                                  fileName,
                                  d->author,
                                  Tracker::Private::now()});
                !r)
                return std::unexpected(r.error());
            ++result.added;
        }
        auto linked = d->linkFulfilment(uuid, record.kamerbriefNakoming, reason);
        if (!linked)
            return std::unexpected(linked.error());
        result.linked += *linked;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    d->letterCache.clear();
    return result;
}

Expected<RegisterImportResult> Tracker::importRegisterFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: cannot read the register file: %2"_s.arg(path, file.errorString()), file.exists() ? Error::Kind::Failed : Error::Kind::NotFound);
    auto records = readToezeggingen(file.readAll(), path);
    if (!records)
        return std::unexpected(records.error());
    return importRegister(*records, path);
}

} // namespace Promissa
