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

} // namespace Promissa
