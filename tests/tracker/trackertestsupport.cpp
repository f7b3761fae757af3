// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace TrackerTest
{

namespace
{

std::atomic<int> g_counter{0};

QString uniqueName(const QString &prefix)
{
    return u"%1_%2_%3"_s.arg(prefix).arg(QCoreApplication::applicationPid()).arg(++g_counter);
}

// The server's maintenance connection: creates and drops the per-test databases.
QSqlDatabase adminConnection(QString *error)
{
    static const QString name = u"promissa-test-admin"_s;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    const QString url = postgresUrl(error);
    if (url.isEmpty())
        return QSqlDatabase();
    auto location = TrackerLocation::parse(url);
    if (!location) {
        *error = location.error().message;
        return QSqlDatabase();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(location->host);
    if (location->port > 0)
        db.setPort(location->port);
    db.setDatabaseName(location->database);
    db.setUserName(location->user);
    if (!db.open()) {
        *error = u"cannot connect to the test server %1: %2"_s.arg(url, db.lastError().text());
        return QSqlDatabase();
    }
    return db;
}

// The URL of another database on the test server.
QString urlFor(const QString &database)
{
    auto location = TrackerLocation::parse(postgresUrl());
    if (!location)
        return QString();
    QString url = u"postgresql://"_s;
    if (!location->user.isEmpty())
        url += location->user + u'@';
    if (!location->host.startsWith(u'/'))
        url += location->host + (location->port > 0 ? u":%1"_s.arg(location->port) : QString());
    url += u'/' + database;
    if (location->host.startsWith(u'/'))
        url += u"?host="_s + location->host;
    return url;
}

QByteArray sqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.read(100);
}

} // namespace

bool usesPostgres()
{
    return !qEnvironmentVariable("PROMISSA_TEST_PG_URL_FILE").isEmpty();
}

QString postgresUrl(QString *error)
{
    const QString file = qEnvironmentVariable("PROMISSA_TEST_PG_URL_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"no PostgreSQL URL in %1 (did the fixture tests/tracker/postgres.sh start?)"_s.arg(file);
        return QString();
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

FreshLocation::FreshLocation()
{
    if (!usesPostgres()) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            m_error = u"cannot make a temporary folder: "_s + m_dir->errorString();
        m_location = m_dir->filePath(u"tracker.promissa"_s);
        return;
    }
    QSqlDatabase admin = adminConnection(&m_error);
    if (!admin.isOpen())
        return;
    m_database = uniqueName(u"promissa_t"_s);
    QSqlQuery q(admin);
    // FILE_COPY: a few milliseconds for an empty database, where the default
    // (WAL_LOG) copies through the log.
    if (!q.exec(u"CREATE DATABASE %1 STRATEGY = FILE_COPY"_s.arg(m_database))) {
        m_error = u"CREATE DATABASE %1 failed: %2"_s.arg(m_database, q.lastError().text());
        m_database.clear();
        return;
    }
    m_location = urlFor(m_database);
}

FreshLocation::~FreshLocation()
{
    if (m_database.isEmpty())
        return;
    QString error;
    QSqlDatabase admin = adminConnection(&error);
    QSqlQuery q(admin);
    if (!q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database)))
        qWarning("could not drop the test database %s: %s", qPrintable(m_database), qPrintable(q.lastError().text()));
}

RawConnection::RawConnection(const QString &location)
    : m_name(uniqueName(u"promissa-raw"_s))
{
    auto parsed = TrackerLocation::parse(location);
    if (!parsed) {
        m_lastError = parsed.error().message;
        return;
    }
    if (parsed->backend == Backend::Sqlite) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(parsed->path);
    } else {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(parsed->host);
        if (parsed->port > 0)
            m_db.setPort(parsed->port);
        m_db.setDatabaseName(parsed->database);
        m_db.setUserName(parsed->user);
    }
    if (!m_db.open())
        m_lastError = m_db.lastError().text();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString RawConnection::error() const
{
    return m_lastError;
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return QVariant();
    }
    return q.next() ? q.value(0) : QVariant();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA) + u'/' + name;
}

QString helperPath()
{
    return QStringLiteral(PROMISSA_BIN_DIR) + u"/promissa_tracker_helper"_s;
}

const Letter &exampleLetter()
{
    static const Letter letter = [] {
        auto l = importLetter(dataPath(u"kamerbrief-2025-03-04-oekraine.txt"_s));
        if (!l)
            qFatal("cannot read the example letter: %s", qPrintable(l.error().message));
        return *l;
    }();
    return letter;
}

const Analysis &exampleAnalysis()
{
    static const Analysis analysis = Analyzer().analyze(exampleLetter());
    return analysis;
}

const Letter &followUpLetter()
{
    static const Letter letter = [] {
        auto l = importLetter(dataPath(u"tracker/kamerbrief-2025-04-25-oekraine-financiering.txt"_s));
        if (!l)
            qFatal("cannot read the follow-up letter: %s", qPrintable(l.error().message));
        return *l;
    }();
    return letter;
}

const Analysis &followUpAnalysis()
{
    static const Analysis analysis = Analyzer().analyze(followUpLetter());
    return analysis;
}

std::unique_ptr<Tracker> openTracker(const QString &location, const TrackerOptions &options, QString *error)
{
    auto tracker = Tracker::open(location, options);
    if (!tracker) {
        *error = tracker.error().message;
        return nullptr;
    }
    return std::move(*tracker);
}

quint32 sqliteApplicationId(const QString &path)
{
    const QByteArray h = sqliteHeader(path);
    return h.size() == 100 ? qFromBigEndian<quint32>(h.constData() + 68) : 0;
}

int sqliteUserVersion(const QString &path)
{
    const QByteArray h = sqliteHeader(path);
    return h.size() == 100 ? int(qFromBigEndian<quint32>(h.constData() + 60)) : -1;
}

} // namespace TrackerTest
