// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: letters, their import, references and models.

#include "tracker/tracker.h"

#include "analysis/analyzer.h"
#include "analysis/referencefinder.h"
#include "import/importer.h"
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
    Database &db = *d->db;
    const QString hash = letterHash(letter);

    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto known = db.scalar(u"SELECT id FROM letters WHERE hash = ?"_s, {hash});
    if (!known)
        return std::unexpected(known.error());
    if (known->isValid())
        return ImportResult{known->toLongLong(), true, 0, 0};

    // The other letters, for resolving references, read before this one is in.
    auto others = d->allLetters();
    if (!others)
        return std::unexpected(others.error());

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
    self.importedBy = d->author;

    auto inserted = d->insertLetter(letter, self.date);
    if (!inserted)
        return std::unexpected(inserted.error());
    if (!inserted->second)
        return ImportResult{inserted->first, true, 0, 0};
    ImportResult result;
    result.letterId = inserted->first;
    self.id = result.letterId;
    self.fileName = QFileInfo(letter.fileName).fileName();

    // References, resolved against the letters already here.
    QList<qint64> referenced;
    for (qsizetype i = 0; i < analysis.references.size(); ++i) {
        const Reference &ref = analysis.references.at(i);
        const qint64 target = ReferenceResolver::resolve(ref, self, *others);
        if (target != 0 && !referenced.contains(target))
            referenced << target;
        auto r = db.exec(
            u"INSERT INTO letter_references (letter_id, ordinal, ref_kind, ref_key, ref_text, range_start, range_end, footnote, target_letter) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {self.id,
             int(i),
             referenceKindName(ref.kind),
             ref.key,
             ref.text,
             qint64(ref.range.start),
             qint64(ref.range.end),
             ref.footnote,
             target != 0 ? QVariant(target) : QVariant()});
        if (!r)
            return std::unexpected(r.error());
    }

    // Letters already here that referred to this one before it arrived.
    QList<TrackedLetter> withSelf = *others;
    withSelf << self;
    {
        // NULL never equals anything: a letter without a number or date
        // cannot be what an earlier reference meant.
        const auto keyOrNull = [](bool isKnown, const QString &key) {
            return isKnown ? QVariant(key) : QVariant();
        };
        auto q = db.exec(
            u"SELECT r.id, r.letter_id, r.ref_kind, r.ref_key, r.ref_text, r.range_start, r.range_end, r.footnote FROM letter_references r "
            "WHERE r.target_letter IS NULL AND r.letter_id <> ? AND ((r.ref_kind = ? AND r.ref_key = ?) OR (r.ref_kind = ? AND r.ref_key = ?) "
            "OR (r.ref_kind = ? AND r.ref_key LIKE ?))"_s,
            {self.id,
             referenceKindName(ReferenceKind::Kamerstuk),
             keyOrNull(!m.kamerstuk.isEmpty(), kamerstukKey(m.kamerstuk)),
             referenceKindName(ReferenceKind::DocumentNumber),
             keyOrNull(!m.documentNumber.isEmpty(), ReferenceFinder::documentNumberKey(m.documentNumber)),
             referenceKindName(ReferenceKind::Letter),
             keyOrNull(self.date.isValid(), u"%"_s + self.date.toString(Qt::ISODate))});
        if (!q)
            return std::unexpected(q.error());
        QList<std::pair<qint64, qint64>> updates; // reference row, target
        while (q->next()) {
            const qint64 rowId = q->value(0).toLongLong();
            const qint64 from = q->value(1).toLongLong();
            const auto it = std::find_if(withSelf.cbegin(), withSelf.cend(), [from](const TrackedLetter &l) {
                return l.id == from;
            });
            if (it == withSelf.cend())
                continue;
            const qint64 target = ReferenceResolver::resolve(referenceFromRow(*q, 2), *it, withSelf);
            if (target == self.id)
                updates.append({rowId, target});
        }
        q->finish();
        for (const auto &[rowId, target] : updates) {
            if (auto r = db.exec(u"UPDATE letter_references SET target_letter = ? WHERE id = ?"_s, {target, rowId}); !r)
                return std::unexpected(r.error());
        }
    }

    // Commitments, numbered by the year of the letter.
    const int year = self.date.isValid() ? self.date.year() : d->today().year();
    QStringList ids;
    if (!analysis.commitments.isEmpty()) {
        auto first = d->reserveNumbers(year, int(analysis.commitments.size()));
        if (!first)
            return std::unexpected(first.error());
        const QString reason = u"detected in "_s + self.fileName;
        for (qsizetype i = 0; i < analysis.commitments.size(); ++i) {
            TrackedCommitment c = commitmentFromDetection(letter, analysis.commitments.at(i));
            c.letterId = self.id;
            auto stored = d->insertCommitment(c, year, *first + int(i), reason);
            if (!stored)
                return std::unexpected(stored.error());
            ids << stored->id;
        }
    }
    result.commitmentsAdded = int(ids.size());

    // The register may already say which commitments this letter fulfils.
    if (auto linked = d->linkRegisterFulfilments(m.documentNumber); !linked)
        return std::unexpected(linked.error());

    auto suggestions = d->storeSuggestions(self.id, letter, analysis, ids, referenced, withSelf);
    if (!suggestions)
        return std::unexpected(suggestions.error());
    result.suggestionsAdded = *suggestions;

    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return result;
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
