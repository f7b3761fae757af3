// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "tracker/trackertypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// Internal to core/tracker: the connection under a Tracker. Nothing outside
// core/tracker includes this header (tests of the tracker excepted).

namespace Promissa
{

/// Where a tracker lives, parsed from what the user typed: a SQLite path or a
/// PostgreSQL URL ("postgresql://user:pw@host:port/db?host=/socket/dir").
struct TrackerLocation {
    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite: the absolute file path
    QString host; ///< PostgreSQL: a host name or a Unix-socket folder
    int port = -1;
    QString database;
    QString user;
    QString password;
    QStringList options; ///< further libpq keywords, "key=value"
    QString display; ///< for messages: the path, or the URL without its password

    static Expected<TrackerLocation> parse(const QString &location);
};

/// Whether a file system type (QStorageInfo::fileSystemType) is a network or
/// shared one on which SQLite's WAL mode is unsafe (SQLite's own advice).
bool isNetworkFileSystem(QByteArrayView type);

/// One named Qt SQL connection, removed again when this goes away, with
/// helpers that turn every driver failure into an Error naming the database.
class Database
{
public:
    explicit Database(TrackerLocation location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Connects. SQLite: opens (and so creates) the file; nothing is read yet.
    Expected<void> connect(bool readOnly);

    const TrackerLocation &location() const { return m_location; }
    Backend backend() const { return m_location.backend; }
    bool isSqlite() const { return m_location.backend == Backend::Sqlite; }
    QSqlDatabase &connection() { return m_db; }

    /// Runs one statement; values bind to the `?` placeholders in order.
    /// Without values the statement is executed directly (DDL, pragmas).
    Expected<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /// Prepares a statement to run many times with run().
    Expected<QSqlQuery> prepare(const QString &sql) const;
    Expected<void> run(QSqlQuery &query, const QVariantList &values) const;
    /// The first column of the first row, or an invalid QVariant without rows.
    Expected<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    /// A write transaction. SQLite: BEGIN IMMEDIATE, so that the write lock is
    /// taken at once (and waited for up to the busy timeout) rather than on
    /// the first write, where a deadlock between two readers-turned-writers
    /// could only be broken by failing one of them.
    Expected<void> begin();
    Expected<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// "<location>: <what>: <driver message>"
    Error error(const QString &what, const QSqlError &sqlError, Error::Kind kind = Error::Kind::Failed) const;
    /// "<location>: <what>"
    Error error(const QString &what, Error::Kind kind = Error::Kind::Failed) const;
    std::unexpected<Error> failure(const QString &what, Error::Kind kind = Error::Kind::Failed) const
    {
        return std::unexpected<Error>(error(what, kind));
    }

private:
    TrackerLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

/// Rolls back unless committed: nothing is ever half-written.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Expected<void> begin()
    {
        auto r = m_db.begin();
        m_active = r.has_value();
        return r;
    }
    Expected<void> commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace Promissa
