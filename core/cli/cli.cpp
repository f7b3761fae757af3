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
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {u"letter"_s, u"print a letter's structure: paragraphs, sentences, footnotes, metadata"_s, &runLetterCommand},
        {u"analyze"_s, u"find commitments, deadlines, dates, references and follow-ups"_s, &runAnalyzeCommand},
        {u"evaluate"_s, u"score the analysis of a letter against a gold annotation file"_s, &runEvaluateCommand},
    };
    return list;
}

void usage(QTextStream &s, const QString &program)
{
    s << "Usage: " << program << " COMMAND [OPTIONS] FILE...\n\nCommands:\n";
    for (const Command &c : commands())
        s << "  " << c.name.leftJustified(10) << c.summary << '\n';
    s << "\nRun '" << program << " COMMAND --help' for a command's options.\n";
}

} // namespace

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
