// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "report/analysisjson.h"

#include "text/codepointindex.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QJsonValue isoOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject deadlineToJson(const TimeExpression &t)
{
    QJsonObject o{
        {u"text"_s, t.text},
        {u"type"_s, timeTypeName(t.type)},
        {u"value"_s, timeValue(t)},
        {u"date"_s, isoOrNull(t.date)},
        {u"bound"_s, boundName(t.bound)},
        {u"precision"_s, precisionName(t.precision)},
    };
    if (!t.event.isEmpty())
        o[u"event"_s] = t.event;
    return o;
}

QString sentenceText(const Letter &letter, int index)
{
    return index >= 0 && index < letter.sentences.size() ? letter.slice(letter.sentences.at(index).range).toString() : QString();
}

QString whenText(const TimeExpression &t)
{
    QString s = u"\""_s + t.text + u"\" -> "_s;
    s += t.precision == Precision::Vague ? t.vague : boundName(t.bound) + u' ' + timeValue(t);
    if (!t.event.isEmpty())
        s += u" ("_s + t.event + u')';
    return s;
}

} // namespace

QString timeValue(const TimeExpression &t)
{
    switch (t.precision) {
    case Precision::Vague:
        return t.vague;
    case Precision::Month:
    case Precision::Quarter:
    case Precision::Season:
        if (t.type == TimeType::Month)
            return t.date.toString(u"yyyy-MM"_s);
        break;
    default:
        break;
    }
    return t.date.isValid() ? t.date.toString(Qt::ISODate) : QString();
}

QJsonObject analysisToJson(const Letter &letter, const Analysis &analysis)
{
    const CodePointIndex cp(letter.text);
    auto at = [&](qsizetype utf16) {
        return qint64(cp.toCodePoint(utf16));
    };

    QJsonArray commitments;
    for (const Commitment &c : analysis.commitments) {
        const TextRange s = letter.sentences.at(c.sentence).range;
        QJsonObject o{
            {u"sentence"_s, letter.slice(s).toString()},
            {u"start"_s, at(s.start)},
            {u"end"_s, at(s.end)},
            {u"phrase"_s, letter.slice(c.phrase).toString()},
            {u"phrase_start"_s, at(c.phrase.start)},
            {u"phrase_end"_s, at(c.phrase.end)},
            {u"kind"_s, commitmentKindName(c.kind)},
            {u"actor"_s, c.actor},
            {u"condition"_s, c.condition.isEmpty() ? QJsonValue() : QJsonValue(c.condition)},
            {u"negated"_s, c.negated},
            {u"hedges"_s, QJsonArray::fromStringList(c.hedges)},
            {u"repeats"_s, c.repeats >= 0 ? QJsonValue(c.repeats) : QJsonValue()},
            {u"confidence"_s, qRound(c.confidence * 100) / 100.0},
            {u"deadline"_s, c.deadline ? QJsonValue(deadlineToJson(*c.deadline)) : QJsonValue()},
        };
        commitments.append(o);
    }

    QJsonArray dates;
    for (const TimeExpression &t : analysis.times) {
        QJsonObject o{
            {u"text"_s, t.text},
            {u"start"_s, at(t.range.start)},
            {u"end"_s, at(t.range.end)},
            {u"date"_s, isoOrNull(t.date)},
            {u"precision"_s, precisionName(t.precision)},
            {u"relation"_s, relationName(t.relation)},
            {u"type"_s, timeTypeName(t.type)},
            {u"bound"_s, boundName(t.bound)},
            {u"range_start"_s, isoOrNull(t.start)},
            {u"range_end"_s, isoOrNull(t.end)},
        };
        if (!t.vague.isEmpty())
            o[u"value"_s] = t.vague;
        if (!t.event.isEmpty())
            o[u"event"_s] = t.event;
        dates.append(o);
    }

    QJsonArray references;
    for (const Reference &r : analysis.references) {
        QJsonObject o{
            {u"text"_s, r.text},
            {u"kind"_s, referenceKindName(r.kind)},
            {u"key"_s, r.key},
            {u"start"_s, at(r.range.start)},
            {u"end"_s, at(r.range.end)},
            {u"footnote"_s, r.footnote > 0 ? QJsonValue(r.footnote) : QJsonValue()},
        };
        references.append(o);
    }

    QJsonArray followups;
    for (const FollowUp &f : analysis.followUps) {
        QJsonObject o{
            {u"sentence"_s, sentenceText(letter, f.sentence)},
            {u"type"_s, followUpTypeName(f.type)},
            {u"external"_s, f.external},
            {u"actor"_s, f.actor},
            {u"phrase"_s, letter.slice(f.range).toString()},
            {u"when"_s, f.when ? QJsonValue(deadlineToJson(*f.when)) : QJsonValue()},
        };
        followups.append(o);
    }

    return QJsonObject{
        {u"file"_s, letter.fileName},
        {u"text"_s, letter.text},
        {u"date"_s, isoOrNull(analysis.letterDate.date)},
        {u"date_evidence"_s, analysis.letterDate.evidence},
        {u"subject"_s, letter.metadata.subject},
        {u"commitments"_s, commitments},
        {u"dates"_s, dates},
        {u"references"_s, references},
        {u"followups"_s, followups},
    };
}

QString analysisToText(const Letter &letter, const Analysis &analysis)
{
    QString out;
    out += letter.fileName + u'\n';
    out += u"Date: %1 (%2)\n\n"_s.arg(analysis.letterDate.date.toString(Qt::ISODate), analysis.letterDate.evidence);
    out += u"Commitments (%1)\n"_s.arg(analysis.commitments.size());
    int n = 0;
    for (const Commitment &c : analysis.commitments) {
        out += u"%1. [%2] %3: %4\n"_s.arg(++n, 2).arg(commitmentKindName(c.kind), c.actor, sentenceText(letter, c.sentence));
        if (!c.condition.isEmpty())
            out += u"      condition: "_s + c.condition + u'\n';
        if (c.deadline)
            out += u"      deadline:  "_s + whenText(*c.deadline) + u'\n';
        if (c.negated)
            out += u"      negated\n"_s;
        if (c.repeats >= 0)
            out += u"      repeats commitment %1\n"_s.arg(c.repeats + 1);
    }
    out += u"\nFollow-ups (%1)\n"_s.arg(analysis.followUps.size());
    for (const FollowUp &f : analysis.followUps)
        out += u"  - [%1%2] %3\n"_s.arg(followUpTypeName(f.type), f.external ? u", external"_s : QString(), sentenceText(letter, f.sentence));
    out += u"\nReferences (%1)\n"_s.arg(analysis.references.size());
    for (const Reference &r : analysis.references)
        out += u"  - %1 [%2] %3\n"_s.arg(r.key, referenceKindName(r.kind), r.text);
    out += u"\nDates (%1)\n"_s.arg(analysis.times.size());
    for (const TimeExpression &t : analysis.times)
        out += u"  - %1 (%2)\n"_s.arg(whenText(t), relationName(t.relation));
    return out;
}

QString analysisToMarkdown(const Letter &letter, const Analysis &analysis)
{
    auto cell = [](QString s) {
        return s.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    };
    QString out;
    out += u"# "_s + cell(letter.title()) + u"\n\n"_s;
    out += u"*Letter date:* %1 — %2\n\n"_s.arg(analysis.letterDate.date.toString(Qt::ISODate), cell(analysis.letterDate.evidence));
    out += u"## Commitments\n\n| # | kind | actor | commitment | deadline |\n|---|---|---|---|---|\n"_s;
    int n = 0;
    for (const Commitment &c : analysis.commitments) {
        out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(++n)
                   .arg(commitmentKindName(c.kind), cell(c.actor), cell(sentenceText(letter, c.sentence)), c.deadline ? cell(whenText(*c.deadline)) : QString());
    }
    out += u"\n## Follow-ups\n\n"_s;
    for (const FollowUp &f : analysis.followUps)
        out += u"- **%1**%2: %3\n"_s.arg(followUpTypeName(f.type), f.external ? u" (external)"_s : QString(), cell(sentenceText(letter, f.sentence)));
    out += u"\n## References\n\n"_s;
    for (const Reference &r : analysis.references)
        out += u"- `%1` (%2): %3\n"_s.arg(r.key, referenceKindName(r.kind), cell(r.text));
    return out;
}

} // namespace Promissa
