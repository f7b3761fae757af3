// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "tracker/trackertypes.h"

#include <QStringList>

// Internal to core/tracker: the schema, its versions and the ladder between them.

namespace Promissa
{

class Database;

namespace Schema
{

/// The schema version this program writes and understands. Version history:
///   1  letters, commitments, status vocabulary, history, links, suggestions, references
///   2  notes on spans of text; the full-text search index
///   3  the Tweede Kamer register's records behind official commitments; an
///      index on the deadline's event
constexpr int CurrentVersion = 3;

/// PRAGMA application_id of every tracker file: "PRMS".
constexpr quint32 ApplicationId = 0x50524D53;

/// The statements that take a database from version - 1 to `version`.
QStringList step(Backend backend, int version);

/// The stored version: PRAGMA user_version, or PostgreSQL's promissa_schema
/// table (0 when the database is empty).
Expected<int> readVersion(const Database &db);

/// Refuses a database holding tables, views or triggers that the schema of
/// `version` does not have, or a trigger or view of ours whose SQL was
/// changed: opening somebody else's file must not run somebody else's code.
Expected<void> checkObjects(const Database &db, int version);

/// Takes the database from its stored version to `target` in ONE transaction
/// (the version is read again inside it: another process may have done it).
/// PostgreSQL: first copies every table into the schema
/// promissa_backup_v<old> (made unique), in the same transaction.
Expected<void> migrate(Database &db, int target);

/// SQLite: writes a copy next to the file ("<file>.v<old>.bak", made unique)
/// before an upgrade; returns its path.
Expected<QString> backup(const Database &db, int oldVersion);

} // namespace Schema
} // namespace Promissa
