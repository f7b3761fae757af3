// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Promissa
{

// One function per promissa-cli command. `arguments` starts with the
// program-and-command name; the return value is the exit code.
int runLetterCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runAnalyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runEvaluateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The tracker commands (trackercommands.cpp, linkcommands.cpp).
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runImportRegisterCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runShowCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runHistoryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSearchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runLinkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runMergeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Promissa
