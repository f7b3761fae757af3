// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace Promissa
{

/// The option parsing every promissa-cli command shares: --help, errors as
/// exit code 2 with a message, never QCommandLineParser::process() (which
/// would exit the process from inside the core).
struct CommandLine {
    explicit CommandLine(const QString &description);

    /// Parses; returns an exit code when the command must stop here
    /// (help was printed, or the command line is wrong).
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int usageError(QTextStream &err, const QString &message) const;

    QCommandLineParser parser;
    QString program;
};

} // namespace Promissa
