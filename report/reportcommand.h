// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Promissa
{

/// `promissa-cli report`: the PDF report and the other exports of the
/// commitments a filter selects (the same filters as `list`):
///
///   report [--pdf OUT.pdf] [--csv OUT.csv] [--json OUT.json] [--ics OUT.ics]
///          [--toezeggingen OUT.json] [--status ..] [--kind ..] [--ministry ..]
///          [--due-from D] [--due-before D] [--overdue] [--letter ID]
///          [--search Q] [--group-by month|letter|status] [--language nl|en]
///          [--pdfa] [--title T] [--db D] [--author A]
///
/// At least one output is required. `arguments` starts with the
/// program-and-command name; returns the exit code (see trackeraccess.h).
/// The PDF needs a QGuiApplication (the "offscreen" platform will do);
/// the other outputs do not.
int runReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Promissa
