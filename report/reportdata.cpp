// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "reportdata.h"

#include "tracker/tracker.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Promissa
{

QList<TrackedCommitment> ReportData::commitments() const
{
    QList<TrackedCommitment> list;
    list.reserve(entries.size());
    for (const ReportEntry &e : entries)
        list.append(e.commitment);
    return list;
}

ToezeggingSource ReportData::toezeggingSource() const
{
    ToezeggingSource source;
    source.commitments = commitments();
    source.letters = letters;
    source.numbers = numbers;
    for (const ReportEntry &e : entries)
        source.links.insert(e.commitment.id, e.links);
    return source;
}

QString ReportData::numberOf(const QString &commitmentId) const
{
    const QString number = numbers.value(commitmentId);
    return number.isEmpty() ? commitmentId : number;
}

QString displayLocation(const QString &location)
{
    const QUrl url(location);
    if (url.isValid() && url.scheme().size() > 1 && !url.password().isEmpty())
        return url.toDisplayString(QUrl::RemovePassword);
    return location;
}

Expected<ReportData> buildReportData(const Tracker &tracker, const ReportRequest &request)
{
    ReportData data;
    data.title = request.title;
    data.filter = request.filter;
    data.database = displayLocation(tracker.location());
    data.author = request.author.isEmpty() ? tracker.author() : request.author;
    data.generated = request.generated.isValid() ? request.generated : QDateTime::currentDateTime();
    data.today = tracker.today();

    const auto commitments = tracker.commitments(request.filter);
    if (!commitments)
        return std::unexpected(commitments.error());

    QSet<qint64> letterIds;
    QSet<QString> linkEnds;
    data.entries.reserve(commitments->size());
    for (const TrackedCommitment &c : *commitments) {
        ReportEntry entry;
        entry.commitment = c;
        data.numbers.insert(c.id, c.number);
        letterIds.insert(c.letterId);
        if (c.fulfilledByLetter != 0)
            letterIds.insert(c.fulfilledByLetter);

        const auto history = tracker.history(c.id);
        if (!history)
            return std::unexpected(history.error());
        // The history is append-only and oldest first: the last status row is the current one.
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            if (it->field == u"status") {
                entry.lastStatusChange = *it;
                break;
            }
        }

        const auto links = tracker.links(c.id);
        if (!links)
            return std::unexpected(links.error());
        entry.links = *links;
        for (const CommitmentLink &l : entry.links) {
            if (l.fromLetter != 0)
                letterIds.insert(l.fromLetter);
            for (const QString &end : {l.fromCommitment, l.toCommitment}) {
                if (!end.isEmpty())
                    linkEnds.insert(end);
            }
        }
        data.entries.append(std::move(entry));
    }

    for (const QString &id : std::as_const(linkEnds)) {
        if (data.numbers.contains(id))
            continue;
        const auto other = tracker.commitment(id);
        // A link end that was removed since is shown by its id; that is not a reason to fail the report.
        if (other)
            data.numbers.insert(id, other->number);
        else if (other.error().kind != Error::Kind::NotFound)
            return std::unexpected(other.error());
    }

    for (qint64 id : std::as_const(letterIds)) {
        const auto letter = tracker.letter(id);
        if (!letter)
            return std::unexpected(letter.error());
        data.letters.insert(id, *letter);
    }
    return data;
}

} // namespace Promissa
