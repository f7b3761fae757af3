// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/commands.h"
#include "cli/trackeraccess.h"

#include "analysis/analyzer.h"
#include "report/csvexport.h"
#include "report/trackerjson.h"
#include "text/codepointindex.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Files named on the command line; folders give the letters inside them.
QStringList expandFiles(const QStringList &arguments)
{
    static const QStringList letterFiles{u"*.txt"_s, u"*.pdf"_s, u"*.docx"_s, u"*.xml"_s, u"*.html"_s, u"*.htm"_s};
    QStringList files;
    for (const QString &argument : arguments) {
        if (!QFileInfo(argument).isDir()) {
            files.append(argument);
            continue;
        }
        QStringList inside;
        QDirIterator it(argument, letterFiles, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inside.append(it.next());
        inside.sort();
        files += inside;
    }
    return files;
}

QString deadlineText(const Deadline &d)
{
    if (!d.isSet())
        return u"-"_s;
    return d.date.isValid() ? u"%1 (%2)"_s.arg(d.date.toString(Qt::ISODate), d.text) : d.text;
}

// What show and history share: --format text|json and one commitment.
// Returns the exit code when the command line is wrong or asked for help.
std::optional<int> parseOneCommitment(CommandLine &cl, const QStringList &arguments, QTextStream &out, QTextStream &err, QString *format)
{
    addTrackerOptions(cl);
    cl.parser.addOption(QCommandLineOption(u"format"_s, u"Output format: text or json (default text)."_s, u"format"_s, u"text"_s));
    cl.parser.addPositionalArgument(u"ID"_s, u"The commitment's number (PR-2025-0001) or id."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return code;
    *format = cl.parser.value(u"format"_s);
    if (*format != u"text" && *format != u"json")
        return cl.usageError(err, u"unknown format '%1' (use text or json)"_s.arg(*format));
    if (cl.parser.positionalArguments().size() != 1)
        return cl.usageError(err, u"expected one commitment number or id"_s);
    return std::nullopt;
}

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Reads, analyses and stores letters in the tracker. Folders are searched for letter files. A letter already in the tracker (same text) is skipped."_s);
    addTrackerOptions(cl);
    cl.parser.addPositionalArgument(u"FILE"_s, u"Letter files or folders."_s, u"FILE..."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QStringList files = expandFiles(cl.parser.positionalArguments());
    if (files.isEmpty())
        return cl.usageError(err, u"no letter file given"_s);
    auto tracker = openTracker(cl);
    if (!tracker)
        return report(err, tracker.error());

    const Analyzer analyzer;
    int status = 0;
    int added = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        if (files.size() > 1)
            err << '[' << (i + 1) << '/' << files.size() << "] " << file << '\n' << Qt::flush;
        const auto result = (*tracker)->importFile(file, analyzer);
        if (!result) {
            status = std::max(status, exitCodeFor(result.error()));
            err << result.error().message << '\n';
            if (result.error().kind == Error::Kind::Refused)
                break;
            continue;
        }
        if (result->alreadyPresent) {
            out << file << ": already in the tracker as letter " << result->letterId << '\n';
            continue;
        }
        ++added;
        out << file << ": letter " << result->letterId << ", " << result->commitmentsAdded << " commitments, "
            << result->suggestionsAdded << " link suggestions\n";
    }
    if (files.size() > 1)
        err << added << " of " << files.size() << " letters added\n";
    return status;
}

int runImportRegisterCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Imports the Tweede Kamer's commitment register (open-data Toezegging: OData JSON or SyncFeed XML) as official commitments. "
                   u"Statuses map through the status table; a record whose kamerbriefNakoming names a tracked letter is linked to it. "
                   u"Importing a register again adds nothing and changes only what the register changed since."_s);
    addTrackerOptions(cl);
    cl.parser.addPositionalArgument(u"FILE"_s, u"Register exports (.json or .xml)."_s, u"FILE..."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QStringList files = cl.parser.positionalArguments();
    if (files.isEmpty())
        return cl.usageError(err, u"no register file given"_s);
    auto tracker = openTracker(cl);
    if (!tracker)
        return report(err, tracker.error());
    int status = 0;
    for (const QString &file : files) {
        const auto result = (*tracker)->importRegisterFile(file);
        if (!result) {
            status = std::max(status, report(err, result.error()));
            continue;
        }
        out << file << ": " << result->added << " added, " << result->updated << " updated, " << result->unchanged << " unchanged, "
            << result->linked << " linked to letters\n";
    }
    return status;
}

int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Lists tracked commitments, by deadline."_s);
    addTrackerOptions(cl);
    addFilterOptions(cl);
    const QList<QCommandLineOption> options{
        {u"all"_s, u"Include commitments a user rejected."_s},
        {u"limit"_s, u"At most this many rows."_s, u"n"_s},
        {u"format"_s, u"Output format: text, json or csv (default text)."_s, u"format"_s, u"text"_s},
        {u"separator"_s, u"CSV field separator (default ';', which Excel with Dutch settings expects)."_s, u"char"_s, u";"_s},
        {u"no-bom"_s, u"CSV without the UTF-8 byte-order mark."_s},
    };
    cl.parser.addOptions(options);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QString fmt = cl.parser.value(u"format"_s);
    if (fmt != u"text" && fmt != u"json" && fmt != u"csv")
        return cl.usageError(err, u"unknown format '%1' (use text, json or csv)"_s.arg(fmt));
    const QString separator = cl.parser.value(u"separator"_s);
    if (separator.size() != 1 || separator.front().unicode() > 127)
        return cl.usageError(err, u"--separator must be one ASCII character"_s);

    CommitmentFilter filter;
    if (const auto code = commitmentFilterFromOptions(cl, err, filter))
        return *code;
    if (cl.parser.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = cl.parser.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return cl.usageError(err, u"--limit: '%1' is not a positive number"_s.arg(cl.parser.value(u"limit"_s)));
    }
    filter.includeRejected = cl.parser.isSet(u"all"_s);

    auto tracker = openTracker(cl, true);
    if (!tracker)
        return report(err, tracker.error());
    if (const auto code = statusFilterFromOptions(cl, **tracker, err, filter))
        return *code;
    const auto commitments = (*tracker)->commitments(filter);
    if (!commitments)
        return report(err, commitments.error());
    const auto letterList = (*tracker)->letters();
    if (!letterList)
        return report(err, letterList.error());
    QHash<qint64, TrackedLetter> letters;
    for (const TrackedLetter &l : *letterList)
        letters.insert(l.id, l);
    const QDate today = (*tracker)->today();

    if (fmt == u"csv") {
        CsvOptions csv;
        csv.separator = char(separator.front().unicode());
        csv.byteOrderMark = !cl.parser.isSet(u"no-bom"_s);
        // QString::fromUtf8 drops a leading byte-order mark: write it as a
        // character, which QTextStream encodes as the same three bytes.
        QByteArray bytes = commitmentsToCsv(*commitments, letters, today, csv);
        static constexpr char bom[] = "\xEF\xBB\xBF";
        if (bytes.startsWith(bom)) {
            out << QChar(0xFEFF);
            bytes.remove(0, 3);
        }
        out << QString::fromUtf8(bytes);
        return 0;
    }
    if (fmt == u"json") {
        QJsonArray array;
        for (const TrackedCommitment &c : *commitments) {
            QJsonObject o = commitmentToJson(c);
            o.insert(u"overdue"_s, c.isOverdue(today));
            array.append(o);
        }
        out << QJsonDocument(QJsonObject{{u"commitments"_s, array}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const TrackedCommitment &c : *commitments) {
        const QString flag = c.isOverdue(today) ? u" OVERDUE"_s : QString();
        out << c.number << "  " << statusName(c.status) << flag << "  " << commitmentKindName(c.kind) << "  "
            << deadlineText(c.deadline) << "\n    " << c.phrase << "\n";
    }
    out << commitments->size() << " commitments\n";
    return 0;
}

int runShowCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Shows one commitment: its fields, links, pending suggestions and notes."_s);
    QString fmt;
    if (const auto code = parseOneCommitment(cl, arguments, out, err, &fmt))
        return *code;
    auto tracker = openTracker(cl, true);
    if (!tracker)
        return report(err, tracker.error());
    const auto c = (*tracker)->commitment(cl.parser.positionalArguments().first());
    if (!c)
        return report(err, c.error());
    const auto letter = (*tracker)->letter(c->letterId);
    const auto links = (*tracker)->links(c->id);
    const auto suggestions = (*tracker)->suggestions(c->id);
    const auto notes = (*tracker)->notes(c->letterId);
    for (const Error *e : {letter ? nullptr : &letter.error(), links ? nullptr : &links.error(), suggestions ? nullptr : &suggestions.error(),
                           notes ? nullptr : &notes.error()}) {
        if (e)
            return report(err, *e);
    }
    QList<Note> own;
    for (const Note &n : *notes) {
        if (n.commitmentId == c->id || n.range.overlaps(c->span))
            own.append(n);
    }
    const CodePointIndex index(letter->text);
    if (fmt == u"json") {
        QJsonObject o = commitmentToJson(*c, &index);
        o.insert(u"overdue"_s, c->isOverdue((*tracker)->today()));
        o.insert(u"letterInfo"_s, trackedLetterToJson(*letter));
        QJsonArray a;
        for (const CommitmentLink &l : *links)
            a.append(linkToJson(l));
        o.insert(u"links"_s, a);
        a = {};
        for (const LinkSuggestion &s : *suggestions)
            a.append(suggestionToJson(s));
        o.insert(u"suggestions"_s, a);
        a = {};
        for (const Note &n : own)
            a.append(noteToJson(n, &index));
        o.insert(u"notes"_s, a);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << c->number << " (" << c->id << ")\n"
        << "  letter:    " << letter->date.toString(Qt::ISODate) << ' ' << letter->subject << " (letter " << letter->id << ")\n"
        << "  sentence:  " << c->text << "\n"
        << "  phrase:    " << c->phrase << "\n"
        << "  kind:      " << commitmentKindName(c->kind) << (c->condition.isEmpty() ? QString() : u" (if "_s + c->condition + u')') << "\n"
        << "  actor:     " << c->actor << (c->ministry.isEmpty() ? QString() : u" - "_s + c->ministry) << "\n"
        << "  deadline:  " << deadlineText(c->deadline) << (c->deadline.event.isEmpty() ? QString() : u" [" + c->deadline.event + u']') << "\n"
        << "  status:    " << statusName(c->status) << (c->isOverdue((*tracker)->today()) ? u" (overdue)"_s : QString()) << "\n"
        << "  owner:     " << (c->owner.isEmpty() ? u"-"_s : c->owner) << "\n"
        << "  tags:      " << (c->tags.isEmpty() ? u"-"_s : c->tags.join(u", "_s)) << "\n"
        << "  origin:    " << originName(c->origin) << (c->rejected ? u", rejected"_s : QString()) << ", revision " << c->revision << "\n";
    for (const CommitmentLink &l : *links) {
        const QString from = l.fromCommitment.isEmpty() ? u"letter %1"_s.arg(l.fromLetter) : l.fromCommitment;
        out << "  link " << l.id << ":    " << from << ' ' << linkTypeName(l.type) << ' ' << l.toCommitment << "\n";
    }
    for (const LinkSuggestion &s : *suggestions)
        out << "  suggestion " << s.id << ": " << linkTypeName(s.type) << " (score " << QString::number(s.score, 'f', 2) << "): "
            << s.evidence.join(u"; "_s) << "\n";
    for (const Note &n : own)
        out << "  note (" << n.author << ", " << n.at.toString(Qt::ISODate) << "): " << n.text << "\n";
    return 0;
}

int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Changes a commitment's status. With --revision the change is refused (exit code 4) when somebody changed the commitment after that revision."_s);
    addTrackerOptions(cl);
    cl.parser.addOption(QCommandLineOption(u"reason"_s, u"Why, for the history."_s, u"text"_s));
    cl.parser.addOption(QCommandLineOption(u"revision"_s, u"The revision the change is based on (from 'show')."_s, u"n"_s));
    cl.parser.addPositionalArgument(u"ID"_s, u"The commitment's number or id."_s);
    cl.parser.addPositionalArgument(u"STATUS"_s, u"open, partly-done, done, lapsed, or the register's words (Openstaand, Deels voldaan, Afgedaan, Vervallen ...)."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QStringList args = cl.parser.positionalArguments();
    if (args.size() != 2)
        return cl.usageError(err, u"expected a commitment and a status"_s);
    auto tracker = openTracker(cl);
    if (!tracker)
        return report(err, tracker.error());
    const auto status = (*tracker)->statusFromText(args.at(1));
    if (!status)
        return cl.usageError(err, status.error().message);
    const auto current = (*tracker)->commitment(args.at(0));
    if (!current)
        return report(err, current.error());
    CommitmentEdit edit;
    edit.id = current->id;
    edit.baseRevision = current->revision;
    if (cl.parser.isSet(u"revision"_s)) {
        bool ok = false;
        edit.baseRevision = cl.parser.value(u"revision"_s).toInt(&ok);
        if (!ok || edit.baseRevision <= 0)
            return cl.usageError(err, u"--revision: '%1' is not a revision number"_s.arg(cl.parser.value(u"revision"_s)));
    }
    edit.status = *status;
    edit.reason = cl.parser.value(u"reason"_s);
    const auto updated = (*tracker)->updateCommitment(edit);
    if (!updated)
        return report(err, updated.error());
    out << updated->number << ": " << statusName(current->status) << " -> " << statusName(updated->status) << " (revision "
        << updated->revision << ")\n";
    return 0;
}

int runHistoryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Prints every change to a commitment, oldest first."_s);
    QString fmt;
    if (const auto code = parseOneCommitment(cl, arguments, out, err, &fmt))
        return *code;
    auto tracker = openTracker(cl, true);
    if (!tracker)
        return report(err, tracker.error());
    const auto history = (*tracker)->history(cl.parser.positionalArguments().first());
    if (!history)
        return report(err, history.error());
    if (fmt == u"json") {
        QJsonArray a;
        for (const HistoryEntry &h : *history)
            a.append(historyEntryToJson(h));
        out << QJsonDocument(QJsonObject{{u"history"_s, a}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const HistoryEntry &h : *history) {
        out << h.at.toUTC().toString(Qt::ISODate) << "  " << h.author << "  " << h.field << ": " << (h.oldValue.isEmpty() ? u"-"_s : h.oldValue)
            << " -> " << (h.newValue.isEmpty() ? u"-"_s : h.newValue);
        if (!h.reason.isEmpty())
            out << "  (" << h.reason << ')';
        out << '\n';
    }
    return 0;
}

int runSearchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Full-text search over letters and commitments (accents do not matter on SQLite)."_s);
    addTrackerOptions(cl);
    cl.parser.addOption(QCommandLineOption(u"limit"_s, u"At most this many hits (default 50)."_s, u"n"_s, u"50"_s));
    cl.parser.addPositionalArgument(u"QUERY"_s, u"Words to look for."_s, u"QUERY..."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QString query = cl.parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return cl.usageError(err, u"no search words given"_s);
    bool ok = false;
    const int limit = cl.parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return cl.usageError(err, u"--limit: '%1' is not a positive number"_s.arg(cl.parser.value(u"limit"_s)));
    auto tracker = openTracker(cl, true);
    if (!tracker)
        return report(err, tracker.error());
    const auto hits = (*tracker)->search(query, limit);
    if (!hits)
        return report(err, hits.error());
    for (const SearchHit &h : *hits) {
        const bool letter = h.kind == SearchHit::Kind::Letter;
        out << (letter ? u"letter %1"_s.arg(h.letterId) : h.title) << "  " << (letter ? h.title : QString()) << "\n    " << h.snippet << '\n';
    }
    out << hits->size() << " hits\n";
    return 0;
}

} // namespace Promissa
