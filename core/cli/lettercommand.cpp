// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/commands.h"
#include "cli/options.h"

#include "import/importer.h"
#include "report/letterjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Promissa
{

int runLetterCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Prints the structure of each letter: metadata, paragraphs with their kind, sentences with offsets, footnotes."_s);
    const QCommandLineOption format(u"format"_s, u"Output format: json or text (default text)."_s, u"format"_s, u"text"_s);
    cl.parser.addOption(format);
    cl.parser.addPositionalArgument(u"FILE"_s, u"Letter files to read."_s, u"FILE..."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QString fmt = cl.parser.value(format);
    if (fmt != u"json" && fmt != u"text")
        return cl.usageError(err, u"unknown format '%1' (use json or text)"_s.arg(fmt));
    const QStringList files = cl.parser.positionalArguments();
    if (files.isEmpty())
        return cl.usageError(err, u"no letter file given"_s);

    int status = 0;
    QJsonArray letters;
    for (const QString &file : files) {
        auto letter = importLetter(file);
        if (!letter) {
            err << letter.error().message << '\n';
            status = 1;
            continue;
        }
        if (fmt == u"json")
            letters.append(letterToJson(*letter));
        else
            out << letterToText(*letter) << '\n';
    }
    if (fmt == u"json")
        out << QJsonDocument(QJsonObject{{u"letters"_s, letters}}).toJson(QJsonDocument::Indented);
    return status;
}

} // namespace Promissa
