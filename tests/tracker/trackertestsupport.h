// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "tracker/tracker.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

// What every tracker test shares: the backend it runs against (SQLite, or the
// PostgreSQL that tests/tracker/postgres.sh started), a fresh database per
// test function, raw access for tests that tamper with a database, and the
// example letter analysed once.

namespace TrackerTest
{

/// True when this run is against PostgreSQL (PROMISSA_TEST_PG_URL_FILE set).
bool usesPostgres();
/// Reads the server URL; empty and `error` set when the fixture did not start.
QString postgresUrl(QString *error = nullptr);

/// A location nobody has used: a file path in a temporary folder, or a new
/// PostgreSQL database, dropped again when this goes away.
class FreshLocation
{
public:
    FreshLocation();
    ~FreshLocation();
    FreshLocation(const FreshLocation &) = delete;
    FreshLocation &operator=(const FreshLocation &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString location() const { return m_location; }
    /// SQLite: the folder the file lives in.
    QString folder() const { return m_dir ? m_dir->path() : QString(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QString m_location;
    QString m_error;
};

/// A connection straight to the database at a location, for tampering.
class RawConnection
{
public:
    explicit RawConnection(const QString &location);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString error() const;
    /// Runs one statement; false with `error()` set when it fails.
    bool exec(const QString &sql);
    QVariant scalar(const QString &sql);

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

QString dataPath(const QString &name);
/// The helper program (update, make-v1) next to the test executables.
QString helperPath();

const Promissa::Letter &exampleLetter();
const Promissa::Analysis &exampleAnalysis();
/// tests/data/tracker's follow-up letter: it refers to the example letter,
/// repeats, changes and fulfils some of its commitments.
const Promissa::Letter &followUpLetter();
const Promissa::Analysis &followUpAnalysis();

/// Opens or fails the test (use through QVERIFY2 on the returned message).
std::unique_ptr<Promissa::Tracker> openTracker(const QString &location, const Promissa::TrackerOptions &options, QString *error);

/// A listing filter with the fields tests use most.
inline Promissa::CommitmentFilter filterFor(qint64 letterId, bool includeRejected = false, const QString &text = QString())
{
    Promissa::CommitmentFilter f;
    f.letterId = letterId;
    f.includeRejected = includeRejected;
    f.text = text;
    return f;
}

/// Reads PRAGMA-level header fields of a SQLite file without SQLite.
quint32 sqliteApplicationId(const QString &path);
int sqliteUserVersion(const QString &path);

} // namespace TrackerTest
