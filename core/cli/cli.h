// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Promissa
{

using CommandFunction = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// A command that lives outside the core (the PDF report needs Qt Gui):
/// the program that links it adds it before calling runCli().
void addCommand(const QString &name, const QString &summary, CommandFunction run);

/// promissa-cli: the headless face of the core. `arguments` is the whole
/// command line including the program name. Output goes to `out`, messages
/// and errors to `err`. Returns the process exit code: 0 success, 1 an input
/// could not be read or processed, 2 wrong usage; the tracker commands add
/// 3 not found, 4 conflict, 5 database refused (cli/trackeraccess.h).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Promissa
