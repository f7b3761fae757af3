// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "cli/commands.h"
#include "cli/options.h"

#include "analysis/analyzer.h"
#include "analysis/evaluation.h"
#include "import/importer.h"
#include "report/analysisjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QCommandLineOption dateOption()
{
    return QCommandLineOption(u"date"_s, u"The letter's date (YYYY-MM-DD), instead of the one found in the text."_s, u"date"_s);
}

// Parses --date; an unparsable value is a usage error (exit code 2).
std::optional<int> readDate(CommandLine &cl, QTextStream &err, AnalyzerOptions &options)
{
    const QString value = cl.parser.value(u"date"_s);
    if (value.isEmpty())
        return std::nullopt;
    options.letterDate = QDate::fromString(value, Qt::ISODate);
    if (!options.letterDate.isValid())
        return cl.usageError(err, u"--date: '%1' is not a date of the form YYYY-MM-DD"_s.arg(value));
    return std::nullopt;
}

} // namespace

int runAnalyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Finds the commitments, deadlines, dates, references and follow-ups in each letter."_s);
    const QCommandLineOption format(u"format"_s, u"Output format: json, text or markdown (default text)."_s, u"format"_s, u"text"_s);
    cl.parser.addOption(format);
    cl.parser.addOption(dateOption());
    cl.parser.addPositionalArgument(u"FILE"_s, u"Letter files to analyse."_s, u"FILE..."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    const QString fmt = cl.parser.value(format);
    if (fmt != u"json" && fmt != u"text" && fmt != u"markdown")
        return cl.usageError(err, u"unknown format '%1' (use json, text or markdown)"_s.arg(fmt));
    AnalyzerOptions options;
    if (const auto code = readDate(cl, err, options))
        return *code;
    const QStringList files = cl.parser.positionalArguments();
    if (files.isEmpty())
        return cl.usageError(err, u"no letter file given"_s);

    const Analyzer analyzer;
    int status = 0;
    QJsonArray letters;
    for (const QString &file : files) {
        const auto letter = importLetter(file);
        if (!letter) {
            err << letter.error().message << '\n';
            status = 1;
            continue;
        }
        const Analysis analysis = analyzer.analyze(*letter, options);
        if (fmt == u"json")
            letters.append(analysisToJson(*letter, analysis));
        else if (fmt == u"markdown")
            out << analysisToMarkdown(*letter, analysis) << '\n';
        else
            out << analysisToText(*letter, analysis) << '\n';
    }
    if (fmt == u"json")
        out << QJsonDocument(QJsonObject{{u"letters"_s, letters}}).toJson(QJsonDocument::Indented);
    return status;
}

int runEvaluateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(u"Scores the analysis of a letter against a gold annotation file (see ANNOTATION.md) and prints a table."_s);
    cl.parser.addOption(dateOption());
    cl.parser.addPositionalArgument(u"GOLD"_s, u"The gold annotation file (JSON)."_s);
    cl.parser.addPositionalArgument(u"LETTER"_s, u"The letter it annotates."_s);
    if (const auto code = cl.parse(arguments, out, err))
        return *code;
    AnalyzerOptions options;
    if (const auto code = readDate(cl, err, options))
        return *code;
    const QStringList args = cl.parser.positionalArguments();
    if (args.size() != 2)
        return cl.usageError(err, u"expected a gold file and a letter file"_s);

    const auto gold = readGoldFile(args.at(0));
    if (!gold) {
        err << gold.error().message << '\n';
        return 1;
    }
    const auto letter = importLetter(args.at(1));
    if (!letter) {
        err << letter.error().message << '\n';
        return 1;
    }
    const Analysis analysis = Analyzer().analyze(*letter, options);
    out << evaluationTable(evaluate(*gold, *letter, analysis));
    return 0;
}

} // namespace Promissa
