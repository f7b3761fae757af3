// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/tracker.h"

#include <QHash>
#include <QProcess>
#include <QStringList>

#include <functional>

// What the proof tests share: letters made on demand from the corpus in
// tests/data (each one different, so that none is "already present"), the
// number of commitments a fresh analysis finds in each, and the checks that
// a database survived whatever was done to it.

namespace Proof
{

QString cliPath();
QString workerPath();

/// Writes `count` letters into `folder`, cycling through the corpus letters
/// and making each one unique by a closing line that names `tag` and its
/// number. Returns their paths.
QStringList makeLetters(const QString &folder, const QString &tag, int count);

/// Commitments a fresh analysis finds in each file, by file name (what the
/// tracker stores as a letter's file name).
QHash<QString, int> expectedCommitments(const QStringList &paths);

/// SQLite: PRAGMA integrity_check; "ok" when the file is sound. PostgreSQL
/// has no equivalent and always answers "ok".
QString integrityCheck(const QString &location);

/// Every letter in the tracker whose file name `expected` knows holds exactly
/// the commitments a fresh analysis finds: never a letter without (some of)
/// its commitments. Returns an empty string or what is wrong. `letterIds`
/// receives the ids of all letters in the tracker.
QString checkWholeLetters(Promissa::Tracker &tracker, const QHash<QString, int> &expected, QSet<qint64> *letterIds = nullptr);

/// Starts a process; the modifier (may be empty) runs in the child before exec.
void start(QProcess &process, const QString &program, const QStringList &args,
           const std::function<void()> &childModifier = {});

} // namespace Proof
