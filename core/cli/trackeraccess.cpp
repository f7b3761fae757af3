// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/trackeraccess.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Promissa
{

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Failed:
        return 1;
    case Error::Kind::NotFound:
        return 3;
    case Error::Kind::Conflict:
        return 4;
    case Error::Kind::Refused:
        return 5;
    }
    return 1;
}

int report(QTextStream &err, const Error &error)
{
    err << error.message << '\n';
    return exitCodeFor(error);
}

void addTrackerOptions(CommandLine &cl)
{
    cl.parser.addOption(QCommandLineOption(u"db"_s,
                                           u"The tracker: a SQLite file or a postgresql:// URL (default: $PROMISSA_DB, else %1)."_s.arg(Tracker::defaultLocation()),
                                           u"db"_s));
    cl.parser.addOption(QCommandLineOption(u"author"_s, u"Who makes the change (default: $PROMISSA_AUTHOR, else the account name)."_s, u"name"_s));
}

namespace
{

std::optional<int> parseDateOption(const CommandLine &cl, QTextStream &err, const QString &name, QDate &date)
{
    const QString value = cl.parser.value(name);
    if (value.isEmpty())
        return std::nullopt;
    date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        return cl.usageError(err, u"--%1: '%2' is not a date of the form YYYY-MM-DD"_s.arg(name, value));
    return std::nullopt;
}

} // namespace

void addFilterOptions(CommandLine &cl)
{
    cl.parser.addOptions({
        {u"status"_s, u"Only these statuses, comma-separated (open, partly-done, done, lapsed, or the register's words: Openstaand, Voldaan, ...)."_s, u"status"_s},
        {u"kind"_s, u"Only these kinds, comma-separated (firm, ongoing, effort, intent, conditional)."_s, u"kind"_s},
        {u"due-from"_s, u"Deadline on or after this date (YYYY-MM-DD)."_s, u"date"_s},
        {u"due-before"_s, u"Deadline before this date (YYYY-MM-DD)."_s, u"date"_s},
        {u"overdue"_s, u"Only open commitments whose deadline has passed."_s},
        {u"letter"_s, u"Only commitments of this letter (its number in the tracker)."_s, u"id"_s},
        {u"ministry"_s, u"Only commitments of this ministry."_s, u"name"_s},
        {u"search"_s, u"Only commitments whose text matches this full-text query."_s, u"query"_s},
    });
}

std::optional<int> commitmentFilterFromOptions(const CommandLine &cl, QTextStream &err, CommitmentFilter &filter)
{
    if (const auto code = parseDateOption(cl, err, u"due-from"_s, filter.dueFrom))
        return code;
    if (const auto code = parseDateOption(cl, err, u"due-before"_s, filter.dueBefore))
        return code;
    for (const QString &kind : cl.parser.value(u"kind"_s).split(u',', Qt::SkipEmptyParts)) {
        bool known = false;
        for (CommitmentKind k : {CommitmentKind::Firm, CommitmentKind::Ongoing, CommitmentKind::Effort, CommitmentKind::Intent, CommitmentKind::Conditional}) {
            if (commitmentKindName(k) == kind.trimmed()) {
                filter.kinds.append(k);
                known = true;
            }
        }
        if (!known)
            return cl.usageError(err, u"--kind: unknown kind '%1' (use firm, ongoing, effort, intent or conditional)"_s.arg(kind));
    }
    if (cl.parser.isSet(u"letter"_s)) {
        bool ok = false;
        filter.letterId = cl.parser.value(u"letter"_s).toLongLong(&ok);
        if (!ok || filter.letterId <= 0)
            return cl.usageError(err, u"--letter: '%1' is not a letter number"_s.arg(cl.parser.value(u"letter"_s)));
    }
    filter.overdueOnly = cl.parser.isSet(u"overdue"_s);
    filter.ministry = cl.parser.value(u"ministry"_s);
    filter.text = cl.parser.value(u"search"_s);
    return std::nullopt;
}

std::optional<int> statusFilterFromOptions(const CommandLine &cl, const Tracker &tracker, QTextStream &err, CommitmentFilter &filter)
{
    for (const QString &raw : cl.parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto status = tracker.statusFromText(raw.trimmed());
        if (!status)
            return cl.usageError(err, u"--status: "_s + status.error().message);
        filter.statuses.append(*status);
    }
    return std::nullopt;
}

Expected<std::unique_ptr<Tracker>> openTracker(const CommandLine &cl, bool readOnly)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString location = cl.parser.value(u"db"_s);
    if (location.isEmpty())
        location = env.value(u"PROMISSA_DB"_s);
    if (location.isEmpty())
        location = Tracker::defaultLocation();
    TrackerOptions options;
    options.author = cl.parser.value(u"author"_s);
    if (options.author.isEmpty())
        options.author = env.value(u"PROMISSA_AUTHOR"_s);
    options.readOnly = readOnly;
    options.create = !readOnly;
    const QString today = env.value(u"PROMISSA_TODAY"_s);
    if (!today.isEmpty()) {
        options.today = QDate::fromString(today, Qt::ISODate);
        if (!options.today.isValid())
            return fail(u"PROMISSA_TODAY: '%1' is not a date of the form YYYY-MM-DD"_s.arg(today));
    }
    return Tracker::open(location, options);
}

} // namespace Promissa
