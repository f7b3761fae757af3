// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// How long a writer waits for another one before giving up. Transactions are
// short, so a few seconds only run out when something hangs.
constexpr int BusyTimeoutMs = 5000;

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

Expected<TrackerLocation> parsePostgres(const QString &location, qsizetype schemeEnd)
{
    TrackerLocation loc;
    loc.backend = Backend::Postgres;
    const auto bad = [&](const QString &why) {
        return fail(u"%1 is not a usable PostgreSQL URL: %2 (expected postgresql://user@host:port/database or postgresql:///database?host=/socket/folder)"_s.arg(location, why));
    };

    QStringView rest = QStringView(location).mid(schemeEnd + 3);
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        loc.user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            loc.password = decoded(userInfo.mid(colon + 1));
    }
    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) { // an IPv6 address
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return bad(u"unclosed '[' in the host"_s);
        hostPart = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(u':'))
            portPart = authority.mid(close + 2);
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    loc.host = decoded(hostPart);
    if (!portPart.isEmpty()) {
        bool ok = false;
        loc.port = portPart.toInt(&ok);
        if (!ok || loc.port <= 0 || loc.port > 65535)
            return bad(u"the port \"%1\" is not a number from 1 to 65535"_s.arg(portPart));
    }
    loc.database = decoded(path);

    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return bad(u"the parameter \"%1\" has no value"_s.arg(pair));
        const QString key = decoded(pair.left(eq));
        const QString value = decoded(pair.mid(eq + 1));
        if (key == u"host")
            loc.host = value;
        else if (key == u"port")
            loc.port = value.toInt();
        else if (key == u"user")
            loc.user = value;
        else if (key == u"password")
            loc.password = value;
        else if (key == u"dbname")
            loc.database = value;
        else if (value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
            return bad(u"the value of \"%1\" holds a character libpq options cannot carry"_s.arg(key));
        else
            loc.options << key + u'=' + value;
    }
    if (loc.database.isEmpty())
        return bad(u"it names no database"_s);

    // The URL as the user wrote it, minus the password.
    QString shown = location.left(schemeEnd + 3);
    if (!loc.user.isEmpty())
        shown += loc.user + u'@';
    shown += rest.mid(authority.data() - rest.data()).toString();
    if (!query.isEmpty()) {
        QStringList kept;
        for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            if (!pair.startsWith(u"password="))
                kept << pair.toString();
        }
        if (!kept.isEmpty())
            shown += u'?' + kept.join(u'&');
    }
    loc.display = shown;
    return loc;
}

} // namespace

Expected<TrackerLocation> TrackerLocation::parse(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return fail(u"No tracker location given (a file path or a postgresql:// URL)"_s);
    const qsizetype schemeEnd = trimmed.indexOf(u"://");
    if (schemeEnd > 0) {
        const QString scheme = trimmed.left(schemeEnd).toLower();
        if (scheme == u"postgresql" || scheme == u"postgres")
            return parsePostgres(trimmed, schemeEnd);
        if (scheme != u"file")
            return fail(u"%1: unknown kind of tracker location \"%2://\" (use a file path or a postgresql:// URL)"_s.arg(trimmed, scheme));
        TrackerLocation loc;
        loc.path = QFileInfo(QUrl(trimmed).toLocalFile()).absoluteFilePath();
        loc.display = loc.path;
        return loc;
    }
    TrackerLocation loc;
    loc.path = QFileInfo(trimmed).absoluteFilePath();
    loc.display = loc.path;
    return loc;
}

bool isNetworkFileSystem(QByteArrayView type)
{
    const QByteArray t = type.toByteArray().toLower();
    // Prefixes cover the versions: nfs4, smb3, cifs on some kernels as smbfs.
    static const char *const prefixes[] = {"nfs", "cifs", "smb", "9p", "afs", "ceph", "glusterfs", "lustre", "gpfs", "ncp", "davfs", "coda", "fuse.sshfs", "fuse.glusterfs", "fuse.davfs", "fuse.rclone", "fuse.s3fs", "fuse.smb", "fuse.cifs", "fuse.nfs", "fuse.ceph", "fuse.gvfsd", "fuse.gcsfuse", "fuse.onedrive", "fuse.dropbox", "fuse.google-drive"};
    for (const char *p : prefixes) {
        if (t.startsWith(p))
            return true;
    }
    return false;
}

Database::Database(TrackerLocation location)
    : m_location(std::move(location))
{
    static std::atomic<quint64> counter{0};
    m_connectionName = u"promissa-tracker-%1"_s.arg(++counter);
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Expected<void> Database::connect(bool readOnly)
{
    if (isSqlite()) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (!m_db.isValid())
            return failure(u"the Qt SQLite driver (QSQLITE) is not available"_s);
        m_db.setDatabaseName(m_location.path);
        QStringList options{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs)};
        if (readOnly)
            options << u"QSQLITE_OPEN_READONLY"_s;
        m_db.setConnectOptions(options.join(u';'));
    } else {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        if (!m_db.isValid())
            return failure(u"the Qt PostgreSQL driver (QPSQL) is not available; install it (Debian: libqt6sql6-psql)"_s);
        m_db.setHostName(m_location.host);
        if (m_location.port > 0)
            m_db.setPort(m_location.port);
        m_db.setDatabaseName(m_location.database);
        m_db.setUserName(m_location.user);
        m_db.setPassword(m_location.password);
        QStringList options = m_location.options;
        if (!std::any_of(options.cbegin(), options.cend(), [](const QString &o) {
                return o.startsWith(u"connect_timeout=");
            }))
            options << u"connect_timeout=10"_s;
        m_db.setConnectOptions(options.join(u';'));
    }
    if (!m_db.open())
        return std::unexpected(error(isSqlite() ? u"cannot open the file"_s : u"cannot connect"_s, m_db.lastError()));
    return {};
}

Expected<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return std::unexpected(error(u"a query failed"_s, query.lastError()));
        return query;
    }
    if (!query.prepare(sql))
        return std::unexpected(error(u"a query could not be prepared"_s, query.lastError()));
    if (auto r = run(query, values); !r)
        return std::unexpected(r.error());
    return query;
}

Expected<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(error(u"a query could not be prepared"_s, query.lastError()));
    return query;
}

Expected<void> Database::run(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt SQL binds a null QString as NULL; our text columns want '' for
        // "nothing" (NULL is said with an invalid QVariant).
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.bindValue(int(i), QVariant(QStringLiteral("")));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        return std::unexpected(error(u"a query failed"_s, query.lastError()));
    return {};
}

Expected<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Expected<void> Database::begin()
{
    if (m_inTransaction)
        return failure(u"a transaction is already open (internal error)"_s);
    QSqlQuery query(m_db);
    if (!query.exec(isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
        const QSqlError e = query.lastError();
        // SQLITE_BUSY after the busy timeout: somebody else holds the write lock.
        if (isSqlite() && e.nativeErrorCode().toInt() % 256 == 5)
            return std::unexpected(error(u"the tracker is busy: another program has been writing to it for more than %1 seconds; try again"_s.arg(BusyTimeoutMs / 1000), e));
        return std::unexpected(error(u"cannot start a transaction"_s, e));
    }
    m_inTransaction = true;
    return {};
}

Expected<void> Database::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        const Error e = error(u"cannot save the changes (nothing was written)"_s, query.lastError());
        rollback();
        return std::unexpected(e);
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s); // fails harmlessly when the driver already ended it
    m_inTransaction = false;
}

Error Database::error(const QString &what, const QSqlError &sqlError, Error::Kind kind) const
{
    QString detail = sqlError.databaseText().trimmed();
    if (detail.isEmpty())
        detail = sqlError.driverText().trimmed();
    if (detail.isEmpty())
        return error(what, kind);
    return Error{m_location.display + u": "_s + what + u": "_s + detail, kind};
}

Error Database::error(const QString &what, Error::Kind kind) const
{
    return Error{m_location.display + u": "_s + what, kind};
}

} // namespace Promissa
