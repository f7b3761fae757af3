// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Promissa::Rows
{

namespace
{

template<typename Enum, typename NameOf>
std::optional<Enum> fromName(QStringView name, std::initializer_list<Enum> values, NameOf nameOf)
{
    for (Enum e : values) {
        if (name == nameOf(e))
            return e;
    }
    return std::nullopt;
}

std::optional<ParagraphKind> paragraphKindFromName(QStringView name)
{
    return fromName(name,
                    {ParagraphKind::Header,
                     ParagraphKind::Salutation,
                     ParagraphKind::Heading,
                     ParagraphKind::Body,
                     ParagraphKind::Bullet,
                     ParagraphKind::Closing,
                     ParagraphKind::Signature,
                     ParagraphKind::Footnote},
                    paragraphKindName);
}

QJsonArray rangeJson(TextRange r)
{
    return QJsonArray{qint64(r.start), qint64(r.end)};
}

TextRange rangeFrom(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return TextRange{qsizetype(a.at(0).toInteger()), qsizetype(a.at(1).toInteger())};
}

QJsonDocument parse(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8());
}

} // namespace

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString stringListJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QVariant &json)
{
    QStringList out;
    const QJsonArray array = parse(json).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QString signatoriesJson(const QList<Signatory> &signatories)
{
    QJsonArray array;
    for (const Signatory &s : signatories)
        array.append(QJsonObject{{u"function"_s, s.function}, {u"name"_s, s.name}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Signatory> signatories(const QVariant &json)
{
    QList<Signatory> out;
    const QJsonArray array = parse(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"function"_s).toString(), o.value(u"name"_s).toString()});
    }
    return out;
}

QString structureJson(const Letter &letter)
{
    QJsonArray paragraphs;
    for (const Paragraph &p : letter.paragraphs)
        paragraphs.append(QJsonArray{paragraphKindName(p.kind), qint64(p.range.start), qint64(p.range.end)});
    QJsonArray sentences;
    for (const Sentence &s : letter.sentences)
        sentences.append(QJsonArray{qint64(s.range.start), qint64(s.range.end), s.paragraph});
    QJsonArray footnotes;
    for (const Footnote &f : letter.footnotes) {
        QJsonArray markers;
        for (qsizetype m : f.markers)
            markers.append(qint64(m));
        footnotes.append(QJsonObject{{u"number"_s, f.number}, {u"range"_s, rangeJson(f.range)}, {u"markers"_s, markers}});
    }
    const QJsonObject o{{u"paragraphs"_s, paragraphs}, {u"sentences"_s, sentences}, {u"footnotes"_s, footnotes}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readStructure(const QVariant &json, Letter &letter)
{
    const QJsonObject o = parse(json).object();
    for (const QJsonValue &v : o.value(u"paragraphs"_s).toArray()) {
        const QJsonArray a = v.toArray();
        Paragraph p;
        p.kind = paragraphKindFromName(a.at(0).toString()).value_or(ParagraphKind::Body);
        p.range = {qsizetype(a.at(1).toInteger()), qsizetype(a.at(2).toInteger())};
        letter.paragraphs.append(p);
    }
    for (const QJsonValue &v : o.value(u"sentences"_s).toArray()) {
        const QJsonArray a = v.toArray();
        letter.sentences.append(Sentence{{qsizetype(a.at(0).toInteger()), qsizetype(a.at(1).toInteger())}, a.at(2).toInt()});
    }
    for (const QJsonValue &v : o.value(u"footnotes"_s).toArray()) {
        const QJsonObject f = v.toObject();
        Footnote note;
        note.number = f.value(u"number"_s).toInt();
        note.range = rangeFrom(f.value(u"range"_s));
        for (const QJsonValue &m : f.value(u"markers"_s).toArray())
            note.markers.append(qsizetype(m.toInteger()));
        letter.footnotes.append(note);
    }
}

std::optional<CommitmentKind> kindFromName(QStringView name)
{
    return fromName(name,
                    {CommitmentKind::Firm, CommitmentKind::Ongoing, CommitmentKind::Effort, CommitmentKind::Intent, CommitmentKind::Conditional},
                    commitmentKindName);
}

std::optional<Precision> precisionFromName(QStringView name)
{
    return fromName(name,
                    {Precision::Day, Precision::Month, Precision::Quarter, Precision::Season, Precision::Year, Precision::Period, Precision::Vague},
                    precisionName);
}

std::optional<ReferenceKind> referenceKindFromName(QStringView name)
{
    return fromName(name,
                    {ReferenceKind::Kamerstuk, ReferenceKind::DocumentNumber, ReferenceKind::Motion, ReferenceKind::Letter, ReferenceKind::NamedDocument},
                    referenceKindName);
}

const QString CommitmentColumns = u"c.uuid, c.number, c.letter_id, c.sentence, c.sentence_start, c.sentence_end, c.span_start, c.span_end, "
                                  "c.sentence_text, c.phrase, c.kind, c.actor, c.actor_name, c.actor_function, c.ministry, c.condition_text, "
                                  "c.toegezegd_aan, c.activiteit, c.deadline_text, c.deadline_date, c.deadline_precision, c.deadline_event, "
                                  "c.status, c.fulfilled_by_letter, c.owner, c.tags, c.origin, c.confidence, c.rejected, c.touched, "
                                  "c.revision, c.changed_by, c.changed_at"_s;

TrackedCommitment commitmentFromRow(const QSqlQuery &q, int i)
{
    TrackedCommitment c;
    c.id = q.value(i++).toString();
    c.number = q.value(i++).toString();
    c.letterId = q.value(i++).toLongLong();
    c.sentence = q.value(i++).toInt();
    c.sentenceRange.start = q.value(i++).toLongLong();
    c.sentenceRange.end = q.value(i++).toLongLong();
    c.span.start = q.value(i++).toLongLong();
    c.span.end = q.value(i++).toLongLong();
    c.text = q.value(i++).toString();
    c.phrase = q.value(i++).toString();
    c.kind = kindFromName(q.value(i++).toString()).value_or(CommitmentKind::Firm);
    c.actor = q.value(i++).toString();
    c.actorName = q.value(i++).toString();
    c.actorFunction = q.value(i++).toString();
    c.ministry = q.value(i++).toString();
    c.condition = q.value(i++).toString();
    c.toegezegdAan = q.value(i++).toString();
    c.activiteit = q.value(i++).toString();
    c.deadline.text = q.value(i++).toString();
    c.deadline.date = toDate(q.value(i++));
    c.deadline.precision = precisionFromName(q.value(i++).toString()).value_or(Precision::Vague);
    c.deadline.event = q.value(i++).toString();
    c.status = statusFromName(q.value(i++).toString()).value_or(Status::Open);
    c.fulfilledByLetter = q.value(i++).toLongLong();
    c.owner = q.value(i++).toString();
    c.tags = stringList(q.value(i++));
    c.origin = originFromName(q.value(i++).toString()).value_or(Origin::Detected);
    c.confidence = q.value(i++).toDouble();
    c.rejected = q.value(i++).toInt() != 0;
    c.touched = q.value(i++).toInt() != 0;
    c.revision = q.value(i++).toInt();
    c.changedBy = q.value(i++).toString();
    c.changedAt = toDateTime(q.value(i++));
    return c;
}

const QString InsertCommitment = u"INSERT INTO commitments (uuid, number, number_year, number_seq, letter_id, sentence, sentence_start, "
                                 "sentence_end, span_start, span_end, sentence_text, phrase, kind, actor, actor_name, actor_function, "
                                 "ministry, condition_text, toegezegd_aan, activiteit, deadline_text, deadline_date, deadline_precision, "
                                 "deadline_event, status, fulfilled_by_letter, owner, tags, origin, confidence, rejected, touched, "
                                 "revision, created_at, changed_by, changed_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariantList commitmentValues(const TrackedCommitment &c, int numberYear, int numberSeq, const QString &createdAt)
{
    return {
        c.id,
        c.number,
        numberYear,
        numberSeq,
        c.letterId,
        c.sentence,
        qint64(c.sentenceRange.start),
        qint64(c.sentenceRange.end),
        qint64(c.span.start),
        qint64(c.span.end),
        c.text,
        c.phrase,
        commitmentKindName(c.kind),
        c.actor,
        c.actorName,
        c.actorFunction,
        c.ministry,
        c.condition,
        c.toegezegdAan,
        c.activiteit,
        c.deadline.text,
        dateValue(c.deadline.date),
        precisionName(c.deadline.precision),
        c.deadline.event,
        statusName(c.status),
        c.fulfilledByLetter > 0 ? QVariant(c.fulfilledByLetter) : QVariant(),
        c.owner,
        stringListJson(c.tags),
        originName(c.origin),
        c.confidence,
        c.rejected ? 1 : 0,
        c.touched ? 1 : 0,
        c.revision,
        createdAt,
        c.changedBy,
        timestamp(c.changedAt),
    };
}

const QString LetterColumns = u"l.id, l.hash, l.file_name, l.letter_date, l.subject, l.ministry, l.signatories, l.reference_numbers, "
                              "l.kamerstuk, l.document_number, l.imported_by, l.imported_at"_s;

TrackedLetter letterFromRow(const QSqlQuery &q, int i)
{
    TrackedLetter l;
    l.id = q.value(i++).toLongLong();
    l.hash = q.value(i++).toString();
    l.fileName = q.value(i++).toString();
    l.date = toDate(q.value(i++));
    l.subject = q.value(i++).toString();
    l.ministry = q.value(i++).toString();
    l.signatories = signatories(q.value(i++));
    l.referenceNumbers = stringList(q.value(i++));
    l.kamerstuk = q.value(i++).toString();
    l.documentNumber = q.value(i++).toString();
    l.importedBy = q.value(i++).toString();
    l.importedAt = toDateTime(q.value(i++));
    return l;
}

} // namespace Promissa::Rows
