// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/commands.h"
#include "cli/trackeraccess.h"

#include "report/trackerjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// People read commitment numbers (PR-2025-0003); the links hold UUIDs.
class Numbers
{
public:
    explicit Numbers(const Tracker &tracker)
        : m_tracker(tracker)
    {
    }
    QString of(const QString &uuid)
    {
        auto it = m_numbers.constFind(uuid);
        if (it == m_numbers.cend()) {
            const auto c = m_tracker.commitment(uuid);
            it = m_numbers.insert(uuid, c ? c->number : uuid);
        }
        return *it;
    }

private:
    const Tracker &m_tracker;
    QHash<QString, QString> m_numbers;
};

// "12  PR-2025-0007 repeats PR-2025-0003", or "letter 4 fulfils ..."
void printLinkLine(QTextStream &out, Numbers &numbers, qint64 id, const QString &fromCommitment, qint64 fromLetter, LinkType type,
                   const QString &toCommitment)
{
    const QString from = fromCommitment.isEmpty() ? u"letter %1"_s.arg(fromLetter) : numbers.of(fromCommitment);
    out << id << "  " << from << ' ' << linkTypeName(type) << ' ' << numbers.of(toCommitment);
}

} // namespace

int runLinkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Links between commitments across letters.\n"
                   "  link suggest [ID]            pending suggestions (for one commitment, or all), best first\n"
                   "  link confirm SUGGESTION      make the suggested link (a 'fulfils' link also records the fulfilling letter)\n"
                   "  link reject SUGGESTION       drop a suggestion for good\n"
                   "  link add FROM TYPE TO        TYPE: repeats, supplements, changes, fulfils; FROM is a commitment, or letter:N for fulfils\n"
                   "  link remove LINK             remove a link (its number from 'link list' or 'show')\n"
                   "  link list ID                 the links of a commitment"_s);
    addTrackerOptions(cl);
    cl.parser.addOption(QCommandLineOption(u"reason"_s, u"Why, for the history."_s, u"text"_s));
    cl.parser.addOption(QCommandLineOption(u"format"_s, u"Output format for suggest and list: text or json (default text)."_s, u"format"_s, u"text"_s));
    cl.parser.addPositionalArgument(u"ACTION"_s, u"suggest, confirm, reject, add, remove or list."_s);
    cl.parser.addPositionalArgument(u"ARGS"_s, u"See above."_s, u"[ARGS...]"_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QStringList args = cl.parser.positionalArguments();
    if (args.isEmpty())
        return cl.usageError(err, u"no action given (suggest, confirm, reject, add, remove or list)"_s);
    const QString action = args.first();
    const QString fmt = cl.parser.value(u"format"_s);
    if (fmt != u"text" && fmt != u"json")
        return cl.usageError(err, u"unknown format '%1' (use text or json)"_s.arg(fmt));
    const QString reason = cl.parser.value(u"reason"_s);

    static const QHash<QString, int> arity{{u"suggest"_s, -1}, {u"confirm"_s, 1}, {u"reject"_s, 1}, {u"add"_s, 3}, {u"remove"_s, 1}, {u"list"_s, 1}};
    if (!arity.contains(action))
        return cl.usageError(err, u"unknown action '%1'"_s.arg(action));
    const int wanted = arity.value(action);
    if ((wanted >= 0 && args.size() - 1 != wanted) || (wanted < 0 && args.size() > 2))
        return cl.usageError(err, u"wrong number of arguments for 'link %1'"_s.arg(action));

    const bool writes = action != u"suggest" && action != u"list";
    auto tracker = openTracker(cl, !writes);
    if (!tracker)
        return report(err, tracker.error());
    Tracker &t = **tracker;

    if (action == u"suggest") {
        const auto suggestions = t.suggestions(args.value(1));
        if (!suggestions)
            return report(err, suggestions.error());
        if (fmt == u"json") {
            QJsonArray a;
            for (const LinkSuggestion &s : *suggestions)
                a.append(suggestionToJson(s));
            out << QJsonDocument(QJsonObject{{u"suggestions"_s, a}}).toJson(QJsonDocument::Indented);
        } else {
            Numbers numbers(t);
            for (const LinkSuggestion &s : *suggestions) {
                printLinkLine(out, numbers, s.id, s.fromCommitment, s.fromLetter, s.type, s.toCommitment);
                out << "  score " << QString::number(s.score, 'f', 2) << "\n    " << s.evidence.join(u"; "_s) << '\n';
            }
            out << suggestions->size() << " pending suggestions\n";
        }
        return 0;
    }
    if (action == u"list") {
        const auto links = t.links(args.at(1));
        if (!links)
            return report(err, links.error());
        if (fmt == u"json") {
            QJsonArray a;
            for (const CommitmentLink &l : *links)
                a.append(linkToJson(l));
            out << QJsonDocument(QJsonObject{{u"links"_s, a}}).toJson(QJsonDocument::Indented);
        } else {
            Numbers numbers(t);
            for (const CommitmentLink &l : *links) {
                printLinkLine(out, numbers, l.id, l.fromCommitment, l.fromLetter, l.type, l.toCommitment);
                out << '\n';
            }
        }
        return 0;
    }
    if (action == u"confirm" || action == u"reject" || action == u"remove") {
        const auto id = parseId(args.at(1));
        if (!id)
            return cl.usageError(err, u"'%1' is not a suggestion or link number"_s.arg(args.at(1)));
        if (action == u"reject") {
            const auto done = t.rejectSuggestion(*id);
            if (!done)
                return report(err, done.error());
            out << "suggestion " << *id << " rejected\n";
            return 0;
        }
        if (action == u"remove") {
            const auto done = t.removeLink(*id, reason);
            if (!done)
                return report(err, done.error());
            out << "link " << *id << " removed\n";
            return 0;
        }
        const auto proposed = t.confirmSuggestion(*id);
        if (!proposed)
            return report(err, proposed.error());
        out << "suggestion " << *id << " confirmed\n";
        if (*proposed)
            out << "proposed status: " << statusName(**proposed) << " (set it with the 'status' command)\n";
        return 0;
    }
    // add FROM TYPE TO
    const auto type = linkTypeFromName(args.at(2));
    if (!type)
        return cl.usageError(err, u"unknown link type '%1' (use repeats, supplements, changes or fulfils)"_s.arg(args.at(2)));
    CommitmentLink link;
    link.type = *type;
    if (args.at(1).startsWith(u"letter:"_s)) {
        const auto letter = parseId(args.at(1).mid(7));
        if (!letter)
            return cl.usageError(err, u"'%1' is not of the form letter:N"_s.arg(args.at(1)));
        link.fromLetter = *letter;
    } else {
        const auto from = t.commitment(args.at(1));
        if (!from)
            return report(err, from.error());
        link.fromCommitment = from->id;
    }
    const auto to = t.commitment(args.at(3));
    if (!to)
        return report(err, to.error());
    link.toCommitment = to->id;
    const auto added = t.addLink(link, reason);
    if (!added)
        return report(err, added.error());
    out << "link " << added->id << ": " << args.at(1) << ' ' << linkTypeName(added->type) << ' ' << to->number << '\n';
    return 0;
}

int runMergeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Brings a colleague's tracker into yours: letters by content, commitments and notes by id, history merged. Conflicting edits are kept in the history, the newest is current, and each is reported. Merging the same tracker twice changes nothing."_s);
    addTrackerOptions(cl);
    cl.parser.addPositionalArgument(u"OTHER"_s, u"The other tracker: a SQLite file or a postgresql:// URL."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    if (cl.parser.positionalArguments().size() != 1)
        return cl.usageError(err, u"expected one tracker to merge"_s);
    auto tracker = openTracker(cl);
    if (!tracker)
        return report(err, tracker.error());
    const auto merged = (*tracker)->merge(cl.parser.positionalArguments().first());
    if (!merged)
        return report(err, merged.error());
    out << "letters added: " << merged->lettersAdded << "\ncommitments added: " << merged->commitmentsAdded
        << "\ncommitments updated: " << merged->commitmentsUpdated << "\nnotes added: " << merged->notesAdded
        << "\nhistory entries added: " << merged->historyAdded << "\nlinks added: " << merged->linksAdded
        << "\nconflicts: " << merged->conflicts.size() << '\n';
    for (const QString &c : merged->conflicts)
        out << "  " << c << '\n';
    return 0;
}

} // namespace Promissa
