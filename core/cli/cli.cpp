// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/cli.h"

#include "cli/commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

struct Command {
    QString name;
    QString summary;
    CommandFunction run;
};

QList<Command> &commands()
{
    static QList<Command> list{
        {u"letter"_s, u"print a letter's structure: paragraphs, sentences, footnotes, metadata"_s, &runLetterCommand},
        {u"analyze"_s, u"find commitments, deadlines, dates, references and follow-ups"_s, &runAnalyzeCommand},
        {u"evaluate"_s, u"score the analysis of a letter against a gold annotation file"_s, &runEvaluateCommand},
        {u"import"_s, u"read, analyse and store letters in the tracker"_s, &runImportCommand},
        {u"import-register"_s, u"import the Tweede Kamer's commitment register (Toezegging JSON or XML) as official commitments"_s, &runImportRegisterCommand},
        {u"list"_s, u"list tracked commitments (filters; text, JSON or CSV)"_s, &runListCommand},
        {u"show"_s, u"show one commitment with its links, suggestions and notes"_s, &runShowCommand},
        {u"status"_s, u"change a commitment's status"_s, &runStatusCommand},
        {u"history"_s, u"every change to a commitment"_s, &runHistoryCommand},
        {u"link"_s, u"suggested and confirmed links between commitments"_s, &runLinkCommand},
        {u"search"_s, u"full-text search over letters and commitments"_s, &runSearchCommand},
        {u"merge"_s, u"bring a colleague's tracker into yours"_s, &runMergeCommand},
    };
    return list;
}

void usage(QTextStream &s, const QString &program)
{
    s << "Usage: " << program << " COMMAND [OPTIONS] FILE...\n\nCommands:\n";
    for (const Command &c : commands())
        s << "  " << c.name.leftJustified(16) << c.summary << '\n';
    s << "\nRun '" << program << " COMMAND --help' for a command's options.\n";
}

} // namespace

void addCommand(const QString &name, const QString &summary, CommandFunction run)
{
    commands().append({name, summary, run});
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = arguments.isEmpty() ? u"promissa-cli"_s : arguments.first();
    if (arguments.size() < 2) {
        usage(err, program);
        err.flush();
        return 2;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        usage(out, program);
        out.flush();
        return 0;
    }
    if (name == u"--version" || name == u"-v") {
        out << "promissa-cli " << QCoreApplication::applicationVersion() << '\n';
        out.flush();
        return 0;
    }
    for (const Command &c : commands()) {
        if (c.name == name) {
            // The command sees "program command" as its program name.
            QStringList rest = arguments.mid(1);
            rest.first() = program + u' ' + name;
            const int code = c.run(rest, out, err);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << program << ": unknown command '" << name << "'\n\n";
    usage(err, program);
    err.flush();
    return 2;
}

} // namespace Promissa
