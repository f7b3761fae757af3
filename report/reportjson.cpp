// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "reportjson.h"

#include "report/trackerjson.h"
#include "text/codepointindex.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject filterToJson(const CommitmentFilter &f)
{
    QJsonArray statuses;
    for (Status s : f.statuses)
        statuses.append(statusName(s));
    QJsonArray kinds;
    for (CommitmentKind k : f.kinds)
        kinds.append(commitmentKindName(k));
    return {
        {u"statuses"_s, statuses},
        {u"kinds"_s, kinds},
        {u"ministry"_s, f.ministry.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.ministry)},
        {u"dueFrom"_s, dateValue(f.dueFrom)},
        {u"dueBefore"_s, dateValue(f.dueBefore)},
        {u"overdueOnly"_s, f.overdueOnly},
        {u"includeRejected"_s, f.includeRejected},
        {u"letter"_s, f.letterId ? QJsonValue(f.letterId) : QJsonValue(QJsonValue::Null)},
        {u"search"_s, f.text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.text)},
        {u"limit"_s, f.limit ? QJsonValue(f.limit) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

QJsonObject reportToJson(const ReportData &data)
{
    // One code point index per letter, built once however many commitments it has.
    QHash<qint64, CodePointIndex> indexes;
    for (auto it = data.letters.cbegin(); it != data.letters.cend(); ++it)
        indexes.insert(it.key(), CodePointIndex(it->text));

    QJsonArray commitments;
    for (const ReportEntry &e : data.entries) {
        const auto index = indexes.constFind(e.commitment.letterId);
        QJsonObject o = commitmentToJson(e.commitment, index != indexes.constEnd() ? &*index : nullptr);
        o.insert(u"overdue"_s, e.commitment.isOverdue(data.today));
        o.insert(u"lastStatusChange"_s, e.lastStatusChange ? QJsonValue(historyEntryToJson(*e.lastStatusChange)) : QJsonValue(QJsonValue::Null));
        QJsonArray links;
        for (const CommitmentLink &l : e.links)
            links.append(linkToJson(l));
        o.insert(u"links"_s, links);
        commitments.append(o);
    }

    // Letters in a stable order (the hash's is not).
    QList<qint64> ids = data.letters.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray letters;
    for (qint64 id : std::as_const(ids))
        letters.append(trackedLetterToJson(data.letters.value(id)));

    return {
        {u"title"_s, data.title},
        {u"generated"_s, data.generated.isValid() ? QJsonValue(data.generated.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"today"_s, dateValue(data.today)},
        {u"database"_s, data.database},
        {u"author"_s, data.author},
        {u"filter"_s, filterToJson(data.filter)},
        {u"commitments"_s, commitments},
        {u"letters"_s, letters},
    };
}

} // namespace Promissa
