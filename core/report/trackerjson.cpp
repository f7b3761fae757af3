// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "report/trackerjson.h"

#include "text/codepointindex.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject rangeToJson(TextRange r, const CodePointIndex *index)
{
    const qint64 start = index ? index->toCodePoint(r.start) : r.start;
    const qint64 end = index ? index->toCodePoint(r.end) : r.end;
    return {{u"start"_s, start}, {u"end"_s, end}};
}

} // namespace

QJsonObject deadlineToJson(const Deadline &d)
{
    if (!d.isSet())
        return {};
    return {
        {u"text"_s, d.text},
        {u"date"_s, dateValue(d.date)},
        {u"precision"_s, precisionName(d.precision)},
        {u"event"_s, d.event.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.event)},
    };
}

QJsonObject commitmentToJson(const TrackedCommitment &c, const CodePointIndex *letterText)
{
    QJsonObject o{
        {u"id"_s, c.id},
        {u"number"_s, c.number},
        {u"letter"_s, c.letterId},
        {u"sentence"_s, c.sentence},
        {u"sentenceRange"_s, rangeToJson(c.sentenceRange, letterText)},
        {u"span"_s, rangeToJson(c.span, letterText)},
        {u"text"_s, c.text},
        {u"phrase"_s, c.phrase},
        {u"kind"_s, commitmentKindName(c.kind)},
        {u"actor"_s, c.actor},
        {u"actorName"_s, c.actorName},
        {u"actorFunction"_s, c.actorFunction},
        {u"ministry"_s, c.ministry},
        {u"condition"_s, c.condition},
        {u"toegezegdAan"_s, c.toegezegdAan},
        {u"activiteit"_s, c.activiteit},
        {u"status"_s, statusName(c.status)},
        {u"fulfilledByLetter"_s, c.fulfilledByLetter ? QJsonValue(c.fulfilledByLetter) : QJsonValue(QJsonValue::Null)},
        {u"owner"_s, c.owner},
        {u"tags"_s, QJsonArray::fromStringList(c.tags)},
        {u"origin"_s, originName(c.origin)},
        {u"confidence"_s, c.confidence},
        {u"rejected"_s, c.rejected},
        {u"touched"_s, c.touched},
        {u"revision"_s, c.revision},
        {u"changedBy"_s, c.changedBy},
        {u"changedAt"_s, timeValue(c.changedAt)},
    };
    const QJsonObject deadline = deadlineToJson(c.deadline);
    o.insert(u"deadline"_s, deadline.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(deadline));
    return o;
}

QJsonObject trackedLetterToJson(const TrackedLetter &l)
{
    QJsonArray signatories;
    for (const Signatory &s : l.signatories)
        signatories.append(QJsonObject{{u"function"_s, s.function}, {u"name"_s, s.name}});
    return {
        {u"id"_s, l.id},
        {u"hash"_s, l.hash},
        {u"fileName"_s, l.fileName},
        {u"date"_s, dateValue(l.date)},
        {u"subject"_s, l.subject},
        {u"ministry"_s, l.ministry},
        {u"signatories"_s, signatories},
        {u"referenceNumbers"_s, QJsonArray::fromStringList(l.referenceNumbers)},
        {u"kamerstuk"_s, l.kamerstuk},
        {u"documentNumber"_s, l.documentNumber},
        {u"importedBy"_s, l.importedBy},
        {u"importedAt"_s, timeValue(l.importedAt)},
        {u"openCommitments"_s, l.openCommitments},
        {u"overdueCommitments"_s, l.overdueCommitments},
    };
}

QJsonObject historyEntryToJson(const HistoryEntry &h)
{
    return {
        {u"commitment"_s, h.commitmentId},
        {u"field"_s, h.field},
        {u"old"_s, h.oldValue},
        {u"new"_s, h.newValue},
        {u"author"_s, h.author},
        {u"at"_s, timeValue(h.at)},
        {u"reason"_s, h.reason},
    };
}

QJsonObject noteToJson(const Note &n, const CodePointIndex *letterText)
{
    return {
        {u"id"_s, n.id},
        {u"letter"_s, n.letterId},
        {u"range"_s, rangeToJson(n.range, letterText)},
        {u"commitment"_s, n.commitmentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.commitmentId)},
        {u"text"_s, n.text},
        {u"author"_s, n.author},
        {u"at"_s, timeValue(n.at)},
    };
}

QJsonObject linkToJson(const CommitmentLink &l)
{
    return {
        {u"id"_s, l.id},
        {u"type"_s, linkTypeName(l.type)},
        {u"fromCommitment"_s, l.fromCommitment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.fromCommitment)},
        {u"fromLetter"_s, l.fromLetter ? QJsonValue(l.fromLetter) : QJsonValue(QJsonValue::Null)},
        {u"toCommitment"_s, l.toCommitment},
        {u"author"_s, l.author},
        {u"at"_s, timeValue(l.at)},
    };
}

QJsonObject suggestionToJson(const LinkSuggestion &s)
{
    static const char *const states[] = {"pending", "confirmed", "rejected"};
    return {
        {u"id"_s, s.id},
        {u"type"_s, linkTypeName(s.type)},
        {u"fromCommitment"_s, s.fromCommitment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.fromCommitment)},
        {u"fromLetter"_s, s.fromLetter},
        {u"toCommitment"_s, s.toCommitment},
        {u"score"_s, s.score},
        {u"evidence"_s, QJsonArray::fromStringList(s.evidence)},
        {u"state"_s, QString::fromLatin1(states[int(s.state)])},
    };
}

} // namespace Promissa
