// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/tracker.h"

#include "tracker/importbatch.h"
#include "tracker/rows.h"
#include "tracker/schema.h"
#include "tracker/trackerprivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QString accountName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

/// What the bytes of a SQLite location say before SQLite reads anything.
enum class FileState {
    Missing, ///< to be created
    Empty, ///< a zero-byte file (made by touch or mktemp): a new tracker
    Ours, ///< a SQLite file with our application id in its header
    AskSqlite, ///< header says 0, but a WAL file may hold the real header
};

// A foreign or damaged file must be refused before SQLite parses its schema:
// the first 100 bytes of a SQLite file are its header, and application_id
// stands at offset 68 (big-endian), user_version at 60.
Expected<FileState> inspectFile(const TrackerLocation &location, const TrackerOptions &options)
{
    const QString &path = location.path;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (options.readOnly || !options.create)
            return fail(u"%1: no tracker there (the file does not exist)"_s.arg(path), Error::Kind::NotFound);
        if (!info.absoluteDir().exists())
            return fail(u"%1: cannot create the tracker: the folder %2 does not exist"_s.arg(path, info.absolutePath()));
        return FileState::Missing;
    }
    if (info.isDir())
        return fail(u"%1 is a folder, not a tracker file"_s.arg(path));
    if (info.size() == 0) {
        if (options.readOnly)
            return fail(u"%1 is empty: it is not a tracker yet (open it once without read-only to create one)"_s.arg(path), Error::Kind::Refused);
        return FileState::Empty;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: cannot read the file: %2"_s.arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static constexpr char magic[] = "SQLite format 3"; // and its terminating NUL
    if (header.size() < 100 || !header.startsWith(QByteArrayView(magic, sizeof(magic))))
        return fail(u"%1 is not a Promissa tracker: it is not an SQLite database"_s.arg(path), Error::Kind::Refused);
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId == Schema::ApplicationId)
        return FileState::Ours;
    if (applicationId == 0 && QFileInfo::exists(path + u"-wal"_s))
        return FileState::AskSqlite;
    if (applicationId == 0)
        return fail(u"%1 is an SQLite database of another program, not a Promissa tracker"_s.arg(path), Error::Kind::Refused);
    return fail(u"%1 is an SQLite database of another program (application id 0x%2), not a Promissa tracker"_s.arg(path).arg(applicationId, 8, 16, QChar(u'0')),
                Error::Kind::Refused);
}

// Untrusted input: no code from the file's schema may run (trusted_schema),
// the pages must be sound (quick_check), and only then is anything used.
Expected<void> checkSqliteFile(Database &db, FileState state)
{
    const auto refuse = [&](const Error &e) {
        return std::unexpected(Error{e.message, Error::Kind::Refused});
    };
    if (auto r = db.exec(u"PRAGMA trusted_schema = OFF"_s); !r)
        return refuse(r.error());
    if (state == FileState::AskSqlite) {
        auto id = db.scalar(u"PRAGMA application_id"_s);
        if (!id)
            return refuse(id.error());
        if (id->toUInt() != Schema::ApplicationId)
            return db.failure(u"not opened: it is an SQLite database of another program, not a Promissa tracker"_s, Error::Kind::Refused);
    }
    if (state == FileState::Ours || state == FileState::AskSqlite) {
        auto check = db.scalar(u"PRAGMA quick_check"_s);
        if (!check)
            return refuse(db.error(u"not opened: it is damaged: "_s + check.error().message));
        if (check->toString() != u"ok")
            return db.failure(u"not opened: it is damaged (quick_check: %1)"_s.arg(check->toString()), Error::Kind::Refused);
    }
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s}) {
        if (auto r = db.exec(pragma); !r)
            return std::unexpected(r.error());
    }
    return {};
}

// WAL needs shared memory between the processes, which network file systems
// do not give: there the rollback journal is the safe choice.
void chooseJournal(Database &db)
{
    const QStorageInfo storage(QFileInfo(db.location().path).absolutePath());
    const bool network = isNetworkFileSystem(storage.fileSystemType());
    const QString wanted = network ? u"delete"_s : u"wal"_s;
    auto current = db.scalar(u"PRAGMA journal_mode"_s);
    // Switching needs the file to ourselves; when others have it open the
    // mode simply stays as it is, which they chose the same way.
    if (current && current->toString().toLower() != wanted)
        db.exec(u"PRAGMA journal_mode = "_s + wanted);
    if (!network)
        db.exec(u"PRAGMA synchronous = NORMAL"_s); // durable enough with WAL, and much faster
}

} // namespace

Expected<std::unique_ptr<Tracker>> Tracker::Private::open(const QString &location, const TrackerOptions &options, int target)
{
    auto parsed = TrackerLocation::parse(location);
    if (!parsed)
        return std::unexpected(parsed.error());

    auto d = std::make_unique<Private>();
    d->options = options;
    d->author = options.author.isEmpty() ? accountName() : options.author;

    FileState state = FileState::Ours;
    if (parsed->backend == Backend::Sqlite) {
        auto inspected = inspectFile(*parsed, options);
        if (!inspected)
            return std::unexpected(inspected.error());
        state = *inspected;
    }
    d->db = std::make_unique<Database>(*parsed);
    Database &db = *d->db;
    if (auto r = db.connect(options.readOnly); !r)
        return std::unexpected(r.error());

    if (db.isSqlite()) {
        if (auto r = checkSqliteFile(db, state); !r)
            return std::unexpected(r.error());
    } else {
        if (options.readOnly) {
            if (auto r = db.exec(u"SET default_transaction_read_only = on"_s); !r)
                return std::unexpected(r.error());
        }
        if (auto r = db.exec(u"SET client_min_messages = warning"_s); !r)
            return std::unexpected(r.error());
    }

    auto version = Schema::readVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > Schema::CurrentVersion) {
        return db.failure(u"not opened: it was made by a newer Promissa (schema %1, this program knows up to %2)"_s.arg(*version).arg(Schema::CurrentVersion),
                          Error::Kind::Refused);
    }
    if (auto r = Schema::checkObjects(db, *version); !r)
        return std::unexpected(r.error());

    if (*version < target) {
        if (options.readOnly) {
            return db.failure(u"not opened: it has schema version %1 and needs an upgrade to %2; open it once without read-only to upgrade it"_s.arg(*version).arg(target));
        }
        if (db.isSqlite() && *version > 0) {
            if (auto r = Schema::backup(db, *version); !r)
                return std::unexpected(r.error());
        }
        if (auto r = Schema::migrate(db, target); !r)
            return std::unexpected(r.error());
    }
    if (db.isSqlite() && !options.readOnly)
        chooseJournal(db);
    d->schemaVersion = std::max(*version, target);
    return std::unique_ptr<Tracker>(new Tracker(std::move(d)));
}

Expected<std::unique_ptr<Tracker>> openTrackerAtSchema(const QString &location, const TrackerOptions &options, int schemaVersion)
{
    return Tracker::Private::open(location, options, schemaVersion);
}

Expected<std::unique_ptr<Tracker>> Tracker::open(const QString &location, const TrackerOptions &options)
{
    return Private::open(location, options, Schema::CurrentVersion);
}

QString Tracker::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + u"/promissa.promissa"_s;
}

Tracker::Tracker(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

Tracker::~Tracker() = default;

QString Tracker::location() const
{
    return d->location();
}

Backend Tracker::backend() const
{
    return d->db->backend();
}

bool Tracker::isReadOnly() const
{
    return d->options.readOnly;
}

QString Tracker::author() const
{
    return d->author;
}

QDate Tracker::today() const
{
    return d->today();
}

int Tracker::schemaVersion() const
{
    return d->schemaVersion;
}

Expected<Status> Tracker::statusFromText(const QString &raw) const
{
    const QString key = raw.simplified().toLower();
    auto status = d->db->scalar(u"SELECT status FROM status_vocabulary WHERE raw = ?"_s, {key});
    if (!status)
        return std::unexpected(status.error());
    if (status->isValid()) {
        if (const auto s = statusFromName(status->toString()))
            return *s;
        return d->db->failure(u"the status vocabulary maps \"%1\" to \"%2\", which is no status"_s.arg(raw, status->toString()), Error::Kind::Refused);
    }
    QStringList known;
    if (auto q = d->db->exec(u"SELECT raw FROM status_vocabulary ORDER BY raw"_s)) {
        while (q->next())
            known << q->value(0).toString();
    }
    return d->db->failure(u"unknown status \"%1\" (known: %2)"_s.arg(raw, known.join(u", "_s)), Error::Kind::NotFound);
}

// ---- shared helpers ----------------------------------------------------------

QDate Tracker::Private::today() const
{
    return options.today.isValid() ? options.today : QDate::currentDate();
}

QString Tracker::Private::now()
{
    return Rows::timestamp(QDateTime::currentDateTimeUtc());
}

Expected<void> Tracker::Private::writable(const QString &action) const
{
    if (options.readOnly)
        return db->failure(u"%1 was not saved: the tracker is open read-only"_s.arg(action));
    return {};
}

std::unexpected<Error> Tracker::Private::notFound(const QString &what) const
{
    return db->failure(what, Error::Kind::NotFound);
}

Expected<QString> Tracker::Private::commitmentUuid(const QString &idOrNumber) const
{
    const QString key = idOrNumber.trimmed();
    if (key.isEmpty())
        return notFound(u"no commitment given"_s);
    auto uuid = db->scalar(u"SELECT uuid FROM commitments WHERE uuid = ? OR number = ?"_s, {key, key.toUpper()});
    if (!uuid)
        return std::unexpected(uuid.error());
    if (!uuid->isValid())
        return notFound(u"no commitment \"%1\""_s.arg(key));
    return uuid->toString();
}

Expected<TrackedCommitment> Tracker::Private::loadCommitment(const QString &idOrNumber) const
{
    const QString key = idOrNumber.trimmed();
    auto q = db->exec(u"SELECT %1 FROM commitments c WHERE c.uuid = ? OR c.number = ?"_s.arg(Rows::CommitmentColumns), {key, key.toUpper()});
    if (!q)
        return std::unexpected(q.error());
    if (key.isEmpty() || !q->next())
        return notFound(u"no commitment \"%1\""_s.arg(key));
    return Rows::commitmentFromRow(*q);
}

Expected<void> Tracker::Private::addHistory(const QString &commitmentUuid,
                                            int revision,
                                            const QString &field,
                                            const QString &oldValue,
                                            const QString &newValue,
                                            const QString &reason)
{
    auto r = db->exec(InsertHistory, historyValues(commitmentUuid, revision, field, oldValue, newValue, author, now(), reason));
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Expected<int> Tracker::Private::reserveNumbers(int year, int count)
{
    // The counter row serialises two importers (PostgreSQL locks it; SQLite
    // holds the write lock already). Numbers a merge brought in count too.
    auto highest = db->scalar(u"SELECT COALESCE(MAX(number_seq), 0) FROM commitments WHERE number_year = ?"_s, {year});
    if (!highest)
        return std::unexpected(highest.error());
    const int used = highest->toInt();
    auto last = db->scalar(
        u"INSERT INTO number_counters (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET "
        "last = (CASE WHEN number_counters.last > ? THEN number_counters.last ELSE ? END) + ? RETURNING last"_s,
        {year, used + count, used, used, count});
    if (!last)
        return std::unexpected(last.error());
    return last->toInt() - count + 1;
}

const QString InsertHistory =
    u"INSERT INTO history (uuid, commitment_uuid, revision, field, old_value, new_value, author, changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariantList historyValues(const QString &commitmentUuid,
                           int revision,
                           const QString &field,
                           const QString &oldValue,
                           const QString &newValue,
                           const QString &author,
                           const QString &stamp,
                           const QString &reason)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), commitmentUuid, revision, field, oldValue, newValue, author, stamp, reason};
}

void stampNewCommitment(TrackedCommitment &c, int year, int seq, const QString &author, const QString &stamp)
{
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = u"PR-%1-%2"_s.arg(year).arg(seq, 4, 10, QChar(u'0'));
    c.revision = 1;
    c.changedBy = author;
    c.changedAt = Rows::toDateTime(stamp);
}

Expected<TrackedCommitment> Tracker::Private::insertCommitment(TrackedCommitment c, int year, int seq, const QString &reason)
{
    const QString stamp = now();
    stampNewCommitment(c, year, seq, author, stamp);
    if (auto r = db->exec(Rows::InsertCommitment, Rows::commitmentValues(c, year, seq, stamp)); !r)
        return std::unexpected(r.error());
    if (auto r = addHistory(c.id, 1, u"created"_s, QString(), c.number, reason); !r)
        return std::unexpected(r.error());
    return c;
}

} // namespace Promissa
