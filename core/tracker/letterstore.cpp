// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: letters, their import, references and models.

#include "tracker/tracker.h"

#include "analysis/analyzer.h"
#include "analysis/referencefinder.h"
#include "import/importer.h"
#include "tracker/importbatch.h"
#include "tracker/linking/referenceresolver.h"
#include "tracker/rows.h"
#include "tracker/trackerprivate.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The bewindspersoon behind a commitment: the signatory the actor names, or
// for "ik" / "wij" the (first) signatory of the letter.
const Signatory *signatoryOf(const QString &actor, const QList<Signatory> &signatories)
{
    if (signatories.isEmpty())
        return nullptr;
    const QString a = actor.simplified().toLower();
    static const QStringList firstPerson{u"ik"_s, u"wij"_s, u"we"_s};
    if (firstPerson.contains(a))
        return &signatories.first();
    for (const Signatory &s : signatories) {
        const QString function = s.function.simplified().toLower();
        if (!function.isEmpty() && (a.contains(function) || (a.size() > 6 && function.contains(a))))
            return &s;
    }
    return nullptr;
}

// Kamerbrieven go to the Tweede Kamer unless the letterhead says otherwise.
QString addresseeOf(const Letter &letter)
{
    for (const Paragraph &p : letter.paragraphs) {
        if (p.kind != ParagraphKind::Header && p.kind != ParagraphKind::Salutation)
            continue;
        if (letter.slice(p.range).contains(u"Eerste Kamer", Qt::CaseInsensitive))
            return u"Eerste Kamer der Staten-Generaal"_s;
    }
    return u"Tweede Kamer der Staten-Generaal"_s;
}

QString kamerstukKey(const QString &kamerstuk)
{
    QString key;
    for (QChar c : kamerstuk) {
        if (!c.isSpace())
            key += c == u'–' ? u'-' : c.toUpper();
    }
    return key;
}

Reference referenceFromRow(const QSqlQuery &q, int i)
{
    Reference r;
    r.kind = Rows::referenceKindFromName(q.value(i++).toString()).value_or(ReferenceKind::NamedDocument);
    r.key = q.value(i++).toString();
    r.text = q.value(i++).toString();
    r.range.start = q.value(i++).toLongLong();
    r.range.end = q.value(i++).toLongLong();
    r.footnote = q.value(i++).toInt();
    return r;
}

} // namespace

QString letterHash(const Letter &letter)
{
    return QString::fromLatin1(QCryptographicHash::hash(letter.text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

TrackedCommitment commitmentFromDetection(const Letter &letter, const Commitment &c)
{
    TrackedCommitment t;
    t.sentence = c.sentence;
    const bool hasSentence = c.sentence >= 0 && c.sentence < letter.sentences.size();
    t.sentenceRange = hasSentence ? letter.sentences.at(c.sentence).range : c.phrase;
    t.span = c.phrase;
    t.text = letter.slice(t.sentenceRange).toString();
    t.phrase = letter.slice(t.span).toString();
    t.kind = c.kind;
    t.actor = c.actor;
    if (const Signatory *s = signatoryOf(c.actor, letter.metadata.signatories)) {
        t.actorName = s->name;
        t.actorFunction = s->function;
    }
    t.ministry = letter.metadata.ministry;
    t.condition = c.condition;
    t.toegezegdAan = addresseeOf(letter);
    if (c.deadline)
        t.deadline = Deadline::fromTime(*c.deadline);
    t.status = Status::Open;
    t.origin = Origin::Detected;
    t.confidence = c.confidence;
    return t;
}

Expected<QList<TrackedLetter>> Tracker::Private::allLetters()
{
    auto count = db->scalar(u"SELECT COUNT(*) FROM letters"_s);
    if (!count)
        return std::unexpected(count.error());
    if (count->toLongLong() == letterCache.size())
        return letterCache;
    // Letters only ever arrive, so reading those after the last one known
    // suffices; a PostgreSQL key taken by a transaction that committed late
    // shows as a count that does not add up, and then all are read again.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt == 1)
            letterCache.clear();
        const qint64 last = letterCache.isEmpty() ? 0 : letterCache.constLast().id;
        auto q = db->exec(u"SELECT %1 FROM letters l WHERE l.id > ? ORDER BY l.id"_s.arg(Rows::LetterColumns), {last});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            letterCache.append(Rows::letterFromRow(*q));
        if (letterCache.size() == count->toLongLong())
            break;
    }
    return letterCache;
}

Expected<std::pair<qint64, bool>> Tracker::Private::insertLetter(const Letter &letter, QDate date)
{
    const LetterMetadata &m = letter.metadata;
    const QString hash = letterHash(letter);
    // ON CONFLICT: another program may have imported the same letter since
    // the caller looked (PostgreSQL does not serialise the two transactions).
    auto inserted = db->exec(
        u"INSERT INTO letters (hash, file_name, letter_date, date_text, subject, ministry, signatories, reference_numbers, kamerstuk, "
        "document_number, body, body_length, structure, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (hash) DO NOTHING RETURNING id"_s,
        {hash,
         QFileInfo(letter.fileName).fileName(),
         Rows::dateValue(date),
         m.dateText,
         m.subject,
         m.ministry,
         Rows::signatoriesJson(m.signatories),
         Rows::stringListJson(m.references),
         m.kamerstuk,
         m.documentNumber,
         letter.text,
         qint64(letter.text.size()),
         Rows::structureJson(letter),
         author,
         now()});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (inserted->next()) {
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        return std::pair{id, true};
    }
    inserted->finish();
    auto id = db->scalar(u"SELECT id FROM letters WHERE hash = ?"_s, {hash});
    if (!id)
        return std::unexpected(id.error());
    return std::pair{id->toLongLong(), false};
}

Expected<ImportResult> Tracker::importLetter(const Letter &letter, const Analysis &analysis)
{
    if (auto r = d->writable(u"the import of %1"_s.arg(letter.fileName)); !r)
        return std::unexpected(r.error());
    Transaction tx(*d->db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    ImportBatch batch(*d, LinkSuggestions::Compute);
    auto result = batch.store(letter, analysis);
    if (!result)
        return std::unexpected(result.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return result;
}

Expected<QList<ImportResult>> Tracker::importLetters(const QList<AnalysedLetter> &letters, LinkSuggestions suggestions)
{
    if (auto r = d->writable(u"the import of %1 letters"_s.arg(letters.size())); !r)
        return std::unexpected(r.error());
    Database &db = *d->db;
    // Many letters touch many pages of every index (the uuid ones in random
    // order): with SQLite's default page cache of 2 MB most of them would be
    // read back from the file for every row. 64 MB for the batch only.
    struct CacheSize {
        Database &db;
        QVariant before;
        ~CacheSize()
        {
            if (before.isValid())
                db.exec(u"PRAGMA cache_size = %1"_s.arg(before.toLongLong()));
        }
    } cache{db, db.isSqlite() ? db.scalar(u"PRAGMA cache_size"_s).value_or(QVariant()) : QVariant()};
    if (cache.before.isValid() && cache.before.toLongLong() > -65536)
        db.exec(u"PRAGMA cache_size = -65536"_s);
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    ImportBatch batch(*d, suggestions);
    QList<ImportResult> results;
    results.reserve(letters.size());
    for (const AnalysedLetter &item : letters) {
        auto result = batch.store(item.letter, item.analysis);
        if (!result)
            return std::unexpected(result.error());
        results << *result;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return results;
}

Expected<void> Tracker::ImportBatch::prepare()
{
    if (insertHistory) // the last of them
        return {};
    Database &db = *d.db;
    const std::pair<std::optional<QSqlQuery> *, QString> statements[] = {
        {&knownHash, u"SELECT id FROM letters WHERE hash = ?"_s},
        {&insertReference,
         u"INSERT INTO letter_references (letter_id, ordinal, ref_kind, ref_key, ref_text, range_start, range_end, footnote, target_letter) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        // One kind and key at a time, so that the (ref_kind, ref_key) index
        // finds the rows: with the three ORed, SQLite read every unresolved
        // reference of the tracker for each letter imported.
        {&unresolvedReferences,
         u"SELECT r.id, r.letter_id, r.ref_kind, r.ref_key, r.ref_text, r.range_start, r.range_end, r.footnote FROM letter_references r "
         "WHERE r.ref_kind = ? AND r.ref_key = ? AND r.target_letter IS NULL AND r.letter_id <> ?"_s},
        {&resolveReference, u"UPDATE letter_references SET target_letter = ? WHERE id = ?"_s},
        {&insertCommitment, Rows::InsertCommitment},
        {&insertHistory, InsertHistory},
    };
    for (const auto &[query, sql] : statements) {
        auto q = db.prepare(sql);
        if (!q)
            return std::unexpected(q.error());
        query->emplace(std::move(*q));
    }
    return {};
}

Expected<ImportResult> Tracker::ImportBatch::store(const Letter &letter, const Analysis &analysis)
{
    Database &db = *d.db;
    if (auto r = prepare(); !r)
        return std::unexpected(r.error());
    const QString hash = letterHash(letter);
    if (auto r = db.run(*knownHash, {hash}); !r)
        return std::unexpected(r.error());
    const bool known = knownHash->next();
    const qint64 knownId = known ? knownHash->value(0).toLongLong() : 0;
    knownHash->finish();
    if (known)
        return ImportResult{knownId, true, 0, 0};

    // The other letters, for resolving references, read before this one is in.
    if (!letters) {
        auto all = d.allLetters();
        if (!all)
            return std::unexpected(all.error());
        letters = *all;
    }

    const LetterMetadata &m = letter.metadata;
    TrackedLetter self;
    self.hash = hash;
    self.fileName = letter.fileName;
    self.date = m.date.isValid() ? m.date : analysis.letterDate.date;
    self.subject = m.subject;
    self.ministry = m.ministry;
    self.signatories = m.signatories;
    self.referenceNumbers = m.references;
    self.kamerstuk = m.kamerstuk;
    self.documentNumber = m.documentNumber;
    self.importedBy = d.author;

    auto inserted = d.insertLetter(letter, self.date);
    if (!inserted)
        return std::unexpected(inserted.error());
    if (!inserted->second)
        return ImportResult{inserted->first, true, 0, 0};
    ImportResult result;
    result.letterId = inserted->first;
    self.id = result.letterId;
    self.fileName = QFileInfo(letter.fileName).fileName();

    // References, resolved against the letters already here.
    auto referenced = storeReferences(self, analysis);
    if (!referenced)
        return std::unexpected(referenced.error());
    // From here on the new letter is one of those known.
    letters->append(self);
    if (auto r = resolveEarlierReferences(self); !r)
        return std::unexpected(r.error());

    auto ids = storeCommitments(self, letter, analysis);
    if (!ids)
        return std::unexpected(ids.error());
    result.commitmentsAdded = int(ids->size());

    // The register may already say which commitments this letter fulfils.
    if (auto linked = d.linkRegisterFulfilments(m.documentNumber); !linked)
        return std::unexpected(linked.error());

    if (suggestions == LinkSuggestions::Compute) {
        auto stored = d.storeSuggestions(self.id, letter, analysis, *ids, *referenced, *letters);
        if (!stored)
            return std::unexpected(stored.error());
        result.suggestionsAdded = *stored;
    }
    return result;
}

Expected<QList<qint64>> Tracker::ImportBatch::storeReferences(const TrackedLetter &self, const Analysis &analysis)
{
    QList<qint64> referenced;
    for (qsizetype i = 0; i < analysis.references.size(); ++i) {
        const Reference &ref = analysis.references.at(i);
        const qint64 target = ReferenceResolver::resolve(ref, self, *letters);
        if (target != 0 && !referenced.contains(target))
            referenced << target;
        if (auto r = d.db->run(*insertReference,
                               {self.id,
                                int(i),
                                referenceKindName(ref.kind),
                                ref.key,
                                ref.text,
                                qint64(ref.range.start),
                                qint64(ref.range.end),
                                ref.footnote,
                                target != 0 ? QVariant(target) : QVariant()});
            !r)
            return std::unexpected(r.error());
    }
    return referenced;
}

// Letters already here that referred to this one before it arrived: by its
// Kamerstuk number, its document number, or a letter of its date, keyed as
// ReferenceFinder keys them ("Kamerbrief yyyy-mm-dd"). A letter without a
// number or date cannot be what an earlier reference meant.
Expected<void> Tracker::ImportBatch::resolveEarlierReferences(const TrackedLetter &self)
{
    Database &db = *d.db;
    QList<std::pair<ReferenceKind, QString>> keys;
    if (!self.kamerstuk.isEmpty())
        keys.append({ReferenceKind::Kamerstuk, kamerstukKey(self.kamerstuk)});
    if (!self.documentNumber.isEmpty())
        keys.append({ReferenceKind::DocumentNumber, ReferenceFinder::documentNumberKey(self.documentNumber)});
    if (self.date.isValid())
        keys.append({ReferenceKind::Letter, u"Kamerbrief "_s + self.date.toString(Qt::ISODate)});
    if (keys.isEmpty())
        return {};
    QHash<qint64, const TrackedLetter *> byId;
    QList<std::pair<qint64, qint64>> updates; // reference row, target
    for (const auto &[kind, key] : std::as_const(keys)) {
        if (auto r = db.run(*unresolvedReferences, {referenceKindName(kind), key, self.id}); !r)
            return std::unexpected(r.error());
        while (unresolvedReferences->next()) {
            if (byId.isEmpty()) {
                for (const TrackedLetter &l : std::as_const(*letters))
                    byId.insert(l.id, &l);
            }
            const qint64 rowId = unresolvedReferences->value(0).toLongLong();
            const TrackedLetter *from = byId.value(unresolvedReferences->value(1).toLongLong());
            if (!from)
                continue;
            const qint64 target = ReferenceResolver::resolve(referenceFromRow(*unresolvedReferences, 2), *from, *letters);
            if (target == self.id)
                updates.append({rowId, target});
        }
        unresolvedReferences->finish();
    }
    for (const auto &[rowId, target] : std::as_const(updates)) {
        if (auto r = db.run(*resolveReference, {target, rowId}); !r)
            return std::unexpected(r.error());
        resolveReference->finish();
    }
    return {};
}

// Commitments, numbered by the year of the letter, each with its "created"
// history row. Returns their uuids in order.
Expected<QStringList> Tracker::ImportBatch::storeCommitments(const TrackedLetter &self, const Letter &letter, const Analysis &analysis)
{
    QStringList ids;
    if (analysis.commitments.isEmpty())
        return ids;
    const int year = self.date.isValid() ? self.date.year() : d.today().year();
    auto first = d.reserveNumbers(year, int(analysis.commitments.size()));
    if (!first)
        return std::unexpected(first.error());
    const QString reason = u"detected in "_s + self.fileName;
    const QString stamp = Private::now();
    for (qsizetype i = 0; i < analysis.commitments.size(); ++i) {
        TrackedCommitment c = commitmentFromDetection(letter, analysis.commitments.at(i));
        c.letterId = self.id;
        const int seq = *first + int(i);
        stampNewCommitment(c, year, seq, d.author, stamp);
        if (auto r = d.db->run(*insertCommitment, Rows::commitmentValues(c, year, seq, stamp)); !r)
            return std::unexpected(r.error());
        if (auto r = d.db->run(*insertHistory, historyValues(c.id, 1, u"created"_s, QString(), c.number, d.author, stamp, reason)); !r)
            return std::unexpected(r.error());
        ids << c.id;
    }
    return ids;
}

Expected<ImportResult> Tracker::importFile(const QString &path, const Analyzer &analyzer)
{
    if (auto r = d->writable(u"the import of %1"_s.arg(path)); !r)
        return std::unexpected(r.error());
    auto letter = Promissa::importLetter(path);
    if (!letter)
        return std::unexpected(letter.error());
    // A letter already here needs no analysis.
    auto known = d->db->scalar(u"SELECT id FROM letters WHERE hash = ?"_s, {letterHash(*letter)});
    if (!known)
        return std::unexpected(known.error());
    if (known->isValid())
        return ImportResult{known->toLongLong(), true, 0, 0};
    return importLetter(*letter, analyzer.analyze(*letter));
}

Expected<QList<TrackedLetter>> Tracker::letters() const
{
    const Database &db = *d->db;
    const QString open = statusName(Status::Open);
    const QString partly = statusName(Status::PartlyDone);
    auto q = db.exec(u"SELECT %1, "
                     "(SELECT COUNT(*) FROM commitments c WHERE c.letter_id = l.id AND c.rejected = 0 AND c.status IN (?, ?)), "
                     "(SELECT COUNT(*) FROM commitments c WHERE c.letter_id = l.id AND c.rejected = 0 AND c.status IN (?, ?) AND c.deadline_date < ?) "
                     "FROM letters l ORDER BY (l.letter_date IS NULL), l.letter_date, l.id"_s.arg(Rows::LetterColumns),
                     {open, partly, open, partly, Rows::dateValue(d->today())});
    if (!q)
        return std::unexpected(q.error());
    QList<TrackedLetter> out;
    const int counts = int(Rows::LetterColumns.count(u',')) + 1;
    while (q->next()) {
        TrackedLetter l = Rows::letterFromRow(*q);
        l.openCommitments = q->value(counts).toInt();
        l.overdueCommitments = q->value(counts + 1).toInt();
        out << l;
    }
    return out;
}

Expected<TrackedLetter> Tracker::letter(qint64 id) const
{
    const Database &db = *d->db;
    const QString open = statusName(Status::Open);
    const QString partly = statusName(Status::PartlyDone);
    auto q = db.exec(u"SELECT %1, l.body, "
                     "(SELECT COUNT(*) FROM commitments c WHERE c.letter_id = l.id AND c.rejected = 0 AND c.status IN (?, ?)), "
                     "(SELECT COUNT(*) FROM commitments c WHERE c.letter_id = l.id AND c.rejected = 0 AND c.status IN (?, ?) AND c.deadline_date < ?) "
                     "FROM letters l WHERE l.id = ?"_s.arg(Rows::LetterColumns),
                     {open, partly, open, partly, Rows::dateValue(d->today()), id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return d->notFound(u"no letter with id %1"_s.arg(id));
    TrackedLetter l = Rows::letterFromRow(*q);
    const int body = int(Rows::LetterColumns.count(u',')) + 1;
    l.text = q->value(body).toString();
    l.openCommitments = q->value(body + 1).toInt();
    l.overdueCommitments = q->value(body + 2).toInt();
    return l;
}

Expected<Letter> Tracker::Private::letterModel(qint64 id) const
{
    auto q = db->exec(u"SELECT file_name, body, structure, letter_date, date_text, subject, ministry, signatories, reference_numbers, "
                      "kamerstuk, document_number FROM letters WHERE id = ?"_s,
                      {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return notFound(u"no letter with id %1"_s.arg(id));
    Letter letter;
    letter.fileName = q->value(0).toString();
    letter.text = q->value(1).toString();
    Rows::readStructure(q->value(2), letter);
    LetterMetadata &m = letter.metadata;
    m.date = Rows::toDate(q->value(3));
    m.dateText = q->value(4).toString();
    m.subject = q->value(5).toString();
    m.ministry = q->value(6).toString();
    m.signatories = Rows::signatories(q->value(7));
    m.references = Rows::stringList(q->value(8));
    m.kamerstuk = q->value(9).toString();
    m.documentNumber = q->value(10).toString();
    return letter;
}

Expected<Letter> Tracker::letterModel(qint64 id) const
{
    return d->letterModel(id);
}

Expected<QList<ResolvedReference>> Tracker::references(qint64 letterId) const
{
    auto exists = d->db->scalar(u"SELECT id FROM letters WHERE id = ?"_s, {letterId});
    if (!exists)
        return std::unexpected(exists.error());
    if (!exists->isValid())
        return d->notFound(u"no letter with id %1"_s.arg(letterId));
    auto q = d->db->exec(u"SELECT ref_kind, ref_key, ref_text, range_start, range_end, footnote, target_letter FROM letter_references "
                         "WHERE letter_id = ? ORDER BY ordinal"_s,
                         {letterId});
    if (!q)
        return std::unexpected(q.error());
    QList<ResolvedReference> out;
    while (q->next())
        out.append({referenceFromRow(*q, 0), q->value(6).toLongLong()});
    return out;
}

} // namespace Promissa
