// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Opening a tracker: creating, reopening, refusing what is not ours, from the
// future or damaged, upgrading old schemas, read-only mode, locations.

#include "trackertestsupport.h"

#include "tracker/database.h"
#include "tracker/schema.h"
#include "tracker/trackerprivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace TrackerTest;

class TestTrackerOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsAndReopens();
    void missingIsNotCreatedWhenAsked();
    void refusesForeignSqliteFile_data();
    void refusesForeignSqliteFile();
    void refusesNonSqliteFile_data();
    void refusesNonSqliteFile();
    void zeroByteFileBecomesTracker();
    void refusesNewerSchema();
    void refusesForeignObjects_data();
    void refusesForeignObjects();
    void refusesDamagedFile();
    void upgradesCommittedVersion1File();
    void upgradesVersion1Database();
    void backsUpBeforeUpgrading_data();
    void backsUpBeforeUpgrading();
    void readOnlyRefusesWrites();
    void readOnlyRefusesUpgrade();
    void journalModeOnLocalDisk();
    void networkFileSystems_data();
    void networkFileSystems();
    void parsesLocations_data();
    void parsesLocations();
    void twoTrackersOnOneDatabase();
    void defaultLocation();

private:
    std::unique_ptr<FreshLocation> m_fresh;
};

void TestTrackerOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (usesPostgres()) {
        QString error;
        QVERIFY2(!postgresUrl(&error).isEmpty(), qPrintable(error));
    }
}

void TestTrackerOpen::init()
{
    m_fresh = std::make_unique<FreshLocation>();
    QVERIFY2(m_fresh->isValid(), qPrintable(m_fresh->error()));
}

void TestTrackerOpen::cleanup()
{
    m_fresh.reset();
}

void TestTrackerOpen::createsAndReopens()
{
    const QString location = m_fresh->location();
    TrackerOptions options;
    options.author = u"anna"_s;
    QString error;
    {
        auto tracker = openTracker(location, options, &error);
        QVERIFY2(tracker, qPrintable(error));
        QCOMPARE(tracker->schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(tracker->backend(), usesPostgres() ? Backend::Postgres : Backend::Sqlite);
        QCOMPARE(tracker->author(), u"anna"_s);
        QVERIFY(!tracker->isReadOnly());
        auto imported = tracker->importLetter(exampleLetter(), exampleAnalysis());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    }
    if (!usesPostgres()) {
        QCOMPARE(sqliteApplicationId(location), Schema::ApplicationId);
        QCOMPARE(sqliteUserVersion(location), Schema::CurrentVersion);
    }
    options.create = false;
    auto again = openTracker(location, options, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->schemaVersion(), Schema::CurrentVersion);
    auto letters = again->letters();
    QVERIFY(letters);
    QCOMPARE(letters->size(), 1);
}

void TestTrackerOpen::missingIsNotCreatedWhenAsked()
{
    if (usesPostgres()) {
        // A database that does not exist on the server: a clear failure naming it.
        auto parsed = TrackerLocation::parse(m_fresh->location());
        QVERIFY(parsed);
        const QString missing = QString(m_fresh->location()).replace(parsed->database, u"promissa_no_such_db"_s);
        auto tracker = Tracker::open(missing);
        QVERIFY(!tracker);
        QVERIFY2(tracker.error().message.contains(u"promissa_no_such_db"_s), qPrintable(tracker.error().message));
        return;
    }
    const QString location = m_fresh->location();
    TrackerOptions options;
    options.create = false;
    auto tracker = Tracker::open(location, options);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::NotFound);
    QVERIFY(tracker.error().message.contains(location));
    QVERIFY(!QFileInfo::exists(location));

    options = {};
    options.readOnly = true;
    tracker = Tracker::open(location, options);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::NotFound);
    QVERIFY(!QFileInfo::exists(location));

    tracker = Tracker::open(m_fresh->folder() + u"/no/such/folder/t.promissa"_s);
    QVERIFY(!tracker);
    QVERIFY2(tracker.error().message.contains(u"does not exist"_s), qPrintable(tracker.error().message));
}

void TestTrackerOpen::refusesForeignSqliteFile_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("another-programs-application-id") << u"PRAGMA application_id = 305419896"_s;
    QTest::newRow("no-application-id") << u"PRAGMA user_version = 1"_s;
}

void TestTrackerOpen::refusesForeignSqliteFile()
{
    if (usesPostgres())
        QSKIP("SQLite files only");
    QFETCH(QString, setup);
    const QString location = m_fresh->location();
    {
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY(raw.exec(u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO contacts VALUES ('anna', '0612345678')"_s));
        QVERIFY(raw.exec(setup));
    }
    const QByteArray before = [&] {
        QFile f(location);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto tracker = Tracker::open(location);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::Refused);
    QVERIFY2(tracker.error().message.contains(location), qPrintable(tracker.error().message));
    QVERIFY2(tracker.error().message.contains(u"not a Promissa tracker"_s), qPrintable(tracker.error().message));
    QFile f(location);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // not a byte written
}

void TestTrackerOpen::refusesNonSqliteFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text-file") << QByteArray("Geachte voorzitter,\nDit is een brief, geen database.\n");
    QTest::newRow("truncated-sqlite-header") << QByteArray("SQLite format 3\0\x10\0\x02\x02", 20);
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("random-bytes") << noise;
}

void TestTrackerOpen::refusesNonSqliteFile()
{
    if (usesPostgres())
        QSKIP("SQLite files only");
    QFETCH(QByteArray, content);
    const QString location = m_fresh->location();
    {
        QFile f(location);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto tracker = Tracker::open(location);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::Refused);
    QVERIFY2(tracker.error().message.contains(location), qPrintable(tracker.error().message));
    QVERIFY2(tracker.error().message.contains(u"not an SQLite database"_s), qPrintable(tracker.error().message));
    QCOMPARE(QFileInfo(location).size(), content.size());
}

void TestTrackerOpen::zeroByteFileBecomesTracker()
{
    if (usesPostgres())
        QSKIP("SQLite files only");
    const QString location = m_fresh->location();
    {
        QFile f(location);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    TrackerOptions readOnly;
    readOnly.readOnly = true;
    auto refused = Tracker::open(location, readOnly);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY(refused.error().message.contains(u"empty"_s));

    QString error;
    auto tracker = openTracker(location, {}, &error);
    QVERIFY2(tracker, qPrintable(error));
    QCOMPARE(tracker->schemaVersion(), Schema::CurrentVersion);
    tracker.reset();
    QCOMPARE(sqliteApplicationId(location), Schema::ApplicationId);
}

void TestTrackerOpen::refusesNewerSchema()
{
    const QString location = m_fresh->location();
    QString error;
    QVERIFY2(openTracker(location, {}, &error), qPrintable(error));
    {
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY2(raw.exec(usesPostgres() ? u"UPDATE promissa_schema SET version = 99"_s : u"PRAGMA user_version = 99"_s), qPrintable(raw.error()));
    }
    auto tracker = Tracker::open(location);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::Refused);
    const QString expected = u"was made by a newer Promissa (schema 99, this program knows up to %1)"_s.arg(Schema::CurrentVersion);
    QVERIFY2(tracker.error().message.contains(expected), qPrintable(tracker.error().message));
    QVERIFY2(tracker.error().message.contains(TrackerLocation::parse(location)->display), qPrintable(tracker.error().message));
}

void TestTrackerOpen::refusesForeignObjects_data()
{
    QTest::addColumn<QStringList>("sqlite");
    QTest::addColumn<QStringList>("postgres");
    QTest::addColumn<QString>("named");
    QTest::newRow("extra-trigger") << QStringList{u"CREATE TRIGGER spy AFTER INSERT ON letters BEGIN DELETE FROM commitments; END"_s}
                                   << QStringList{u"CREATE FUNCTION spy_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"_s,
                                                  u"CREATE TRIGGER spy AFTER INSERT ON letters FOR EACH ROW EXECUTE FUNCTION spy_fn()"_s}
                                   << u"spy"_s;
    QTest::newRow("extra-table") << QStringList{u"CREATE TABLE spy (x TEXT)"_s} << QStringList{u"CREATE TABLE spy (x TEXT)"_s} << u"spy"_s;
    QTest::newRow("extra-view") << QStringList{u"CREATE VIEW spy AS SELECT * FROM letters"_s} << QStringList{u"CREATE VIEW spy AS SELECT * FROM letters"_s}
                                << u"spy"_s;
    QTest::newRow("trigger-named-like-sqlites-own") << QStringList{u"CREATE TRIGGER sqlitespy AFTER INSERT ON letters BEGIN SELECT 1; END"_s}
                                                    << QStringList() << u"sqlitespy"_s;
    QTest::newRow("changed-trigger") << QStringList{u"DROP TRIGGER history_no_delete"_s,
                                                    u"CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT 1; END"_s}
                                     << QStringList() << u"history_no_delete"_s;
}

void TestTrackerOpen::refusesForeignObjects()
{
    QFETCH(QStringList, sqlite);
    QFETCH(QStringList, postgres);
    QFETCH(QString, named);
    const QStringList statements = usesPostgres() ? postgres : sqlite;
    if (statements.isEmpty())
        QSKIP("a SQLite-only case");
    const QString location = m_fresh->location();
    QString error;
    QVERIFY2(openTracker(location, {}, &error), qPrintable(error));
    {
        RawConnection raw(location);
        for (const QString &s : statements)
            QVERIFY2(raw.exec(s), qPrintable(raw.error()));
    }
    auto tracker = Tracker::open(location);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::Refused);
    QVERIFY2(tracker.error().message.contains(named), qPrintable(tracker.error().message));
    QVERIFY2(tracker.error().message.contains(u"not opened"_s), qPrintable(tracker.error().message));
}

void TestTrackerOpen::refusesDamagedFile()
{
    if (usesPostgres())
        QSKIP("SQLite files only");
    const QString location = m_fresh->location();
    QString error;
    {
        auto tracker = openTracker(location, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        QVERIFY(tracker->importLetter(exampleLetter(), exampleAnalysis()));
    }
    QVERIFY(QFileInfo(location).size() > 8 * 4096);
    {
        // Overwrite pages in the middle of the file, keeping the header intact.
        QFile f(location);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(3 * 4096));
        f.write(QByteArray(4 * 4096, '\xA5'));
    }
    auto tracker = Tracker::open(location);
    QVERIFY(!tracker);
    QCOMPARE(tracker.error().kind, Error::Kind::Refused);
    QVERIFY2(tracker.error().message.contains(u"damaged"_s), qPrintable(tracker.error().message));
}

void TestTrackerOpen::upgradesCommittedVersion1File()
{
    if (usesPostgres())
        QSKIP("the committed database is a SQLite file");
    const QString location = m_fresh->location();
    QVERIFY(QFile::copy(dataPath(u"tracker/v1-example.promissa"_s), location));
    QFile::setPermissions(location, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sqliteUserVersion(location), 1);

    QString error;
    auto tracker = openTracker(location, {}, &error);
    QVERIFY2(tracker, qPrintable(error));
    QCOMPARE(tracker->schemaVersion(), Schema::CurrentVersion);

    // The copy taken before the upgrade is the untouched version-1 file.
    const QString backup = location + u".v1.bak"_s;
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(sqliteUserVersion(backup), 1);
    QCOMPARE(sqliteApplicationId(backup), Schema::ApplicationId);

    // Everything the old program wrote is still there.
    auto letters = tracker->letters();
    QVERIFY(letters);
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->first().date, QDate(2025, 3, 4));
    auto all = tracker->commitments();
    QVERIFY(all);
    QCOMPARE(all->size(), 20);
    auto done = tracker->commitment(u"PR-2025-0003"_s);
    QVERIFY(done);
    QCOMPARE(done->status, Status::Done);
    QCOMPARE(done->revision, 2);
    auto history = tracker->history(u"PR-2025-0003"_s);
    QVERIFY(history);
    QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const HistoryEntry &h) {
        return h.field == u"status" && h.author == u"fixture" && h.newValue == u"done" && h.reason == u"fixture: made at schema 1";
    }));
    auto owned = tracker->commitment(u"PR-2025-0005"_s);
    QVERIFY(owned);
    QCOMPARE(owned->owner, u"team-oekraine"_s);

    // What version 2 added works on the old data: the search index was built
    // over it, and notes can be made.
    auto hits = tracker->search(u"oekraine"_s);
    QVERIFY(hits);
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [](const SearchHit &h) {
        return h.kind == SearchHit::Kind::Letter;
    }));
    QVERIFY(tracker->addNote(letters->first().id, done->span, u"checked after the upgrade"_s, done->id));
}

void TestTrackerOpen::upgradesVersion1Database()
{
    const QString location = m_fresh->location();
    TrackerOptions options;
    options.author = u"old-program"_s;
    {
        auto old = openTrackerAtSchema(location, options, 1);
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QCOMPARE((*old)->schemaVersion(), 1);
        auto imported = (*old)->importLetter(exampleLetter(), exampleAnalysis());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    }
    QString error;
    auto tracker = openTracker(location, {}, &error);
    QVERIFY2(tracker, qPrintable(error));
    QCOMPARE(tracker->schemaVersion(), Schema::CurrentVersion);
    auto all = tracker->commitments();
    QVERIFY(all);
    QCOMPARE(all->size(), exampleAnalysis().commitments.size());
    QCOMPARE(all->first().changedBy, u"old-program"_s);
    auto hits = tracker->search(u"Voorjaarsnota"_s);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [](const SearchHit &h) {
        return h.kind == SearchHit::Kind::Commitment;
    }));
    if (!usesPostgres())
        QVERIFY(QFileInfo::exists(location + u".v1.bak"_s));
}

void TestTrackerOpen::backsUpBeforeUpgrading_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Schema::CurrentVersion; ++v)
        QTest::addRow("from-version-%d", v) << v;
}

void TestTrackerOpen::backsUpBeforeUpgrading()
{
    // SQLite: a copy of the file; PostgreSQL: the tables copied into a schema
    // of their own, in the upgrade's transaction.
    QFETCH(int, from);
    const QString location = m_fresh->location();
    {
        auto old = openTrackerAtSchema(location, {}, from);
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QVERIFY((*old)->importLetter(exampleLetter(), exampleAnalysis()));
    }
    QString error;
    QVERIFY2(openTracker(location, {}, &error), qPrintable(error));
    const qint64 commitments = exampleAnalysis().commitments.size();
    if (!usesPostgres()) {
        const QString backup = location + u".v%1.bak"_s.arg(from);
        QCOMPARE(sqliteUserVersion(backup), from);
        RawConnection copy(backup);
        QCOMPARE(copy.scalar(u"SELECT COUNT(*) FROM commitments"_s).toLongLong(), commitments);
        return;
    }
    RawConnection raw(location);
    const QString schema = u"promissa_backup_v%1"_s.arg(from);
    QCOMPARE(raw.scalar(u"SELECT version FROM %1.promissa_schema"_s.arg(schema)).toInt(), from);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM %1.commitments"_s.arg(schema)).toLongLong(), commitments);
    QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM %1.history"_s.arg(schema)).toLongLong(), commitments);
    QCOMPARE(raw.scalar(u"SELECT version FROM promissa_schema"_s).toInt(), Schema::CurrentVersion);
}

void TestTrackerOpen::readOnlyRefusesWrites()
{
    const QString location = m_fresh->location();
    QString error;
    {
        auto tracker = openTracker(location, {}, &error);
        QVERIFY2(tracker, qPrintable(error));
        QVERIFY(tracker->importLetter(exampleLetter(), exampleAnalysis()));
    }
    TrackerOptions options;
    options.readOnly = true;
    auto tracker = openTracker(location, options, &error);
    QVERIFY2(tracker, qPrintable(error));
    QVERIFY(tracker->isReadOnly());
    auto first = tracker->commitment(u"PR-2025-0001"_s);
    QVERIFY(first);

    CommitmentEdit edit;
    edit.id = first->id;
    edit.baseRevision = first->revision;
    edit.status = Status::Done;
    NewCommitment manual;
    manual.letterId = first->letterId;
    manual.span = first->sentenceRange;
    CommitmentLink link;
    link.type = LinkType::Repeats;
    link.fromCommitment = u"PR-2025-0002"_s;
    link.toCommitment = first->id;
    const QList<std::pair<const char *, Error>> refusals{
        {"importLetter", tracker->importLetter(exampleLetter(), exampleAnalysis()).error_or(Error{})},
        {"updateCommitment", tracker->updateCommitment(edit).error_or(Error{})},
        {"addCommitment", tracker->addCommitment(manual).error_or(Error{})},
        {"addNote", tracker->addNote(first->letterId, first->span, u"x"_s).error_or(Error{})},
        {"addLink", tracker->addLink(link).error_or(Error{})},
        {"reanalyze", tracker->reanalyze(first->letterId, exampleAnalysis()).error_or(Error{})},
    };
    for (const auto &[what, e] : refusals)
        QVERIFY2(e.message.contains(u"read-only"_s), what);

    // Nothing changed underneath.
    auto again = tracker->commitment(u"PR-2025-0001"_s);
    QVERIFY(again);
    QCOMPARE(again->status, Status::Open);
    QCOMPARE(again->revision, first->revision);
    QCOMPARE(tracker->commitments()->size(), exampleAnalysis().commitments.size());
}

void TestTrackerOpen::readOnlyRefusesUpgrade()
{
    const QString location = m_fresh->location();
    {
        auto old = openTrackerAtSchema(location, {}, 1);
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
    }
    TrackerOptions options;
    options.readOnly = true;
    auto tracker = Tracker::open(location, options);
    QVERIFY(!tracker);
    QVERIFY2(tracker.error().message.contains(u"upgrade"_s), qPrintable(tracker.error().message));
    QString error;
    auto writable = openTracker(location, {}, &error); // and it was left as it was
    QVERIFY2(writable, qPrintable(error));
}

void TestTrackerOpen::journalModeOnLocalDisk()
{
    if (usesPostgres())
        QSKIP("SQLite files only");
    const QString location = m_fresh->location();
    QString error;
    auto tracker = openTracker(location, {}, &error);
    QVERIFY2(tracker, qPrintable(error));
    // The temporary folder is on a local disk: write-ahead logging. (A shared
    // folder gets the rollback journal; see networkFileSystems.)
    RawConnection raw(location);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestTrackerOpen::networkFileSystems_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    for (const char *t : {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "ceph", "afs"})
        QTest::newRow(t) << QByteArray(t) << true;
    for (const char *t : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "zfs", "apfs", "ntfs", "fuse.portal"})
        QTest::newRow(t) << QByteArray(t) << false;
}

void TestTrackerOpen::networkFileSystems()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(isNetworkFileSystem(type), network);
}

void TestTrackerOpen::parsesLocations_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("display");
    QTest::newRow("url-with-host-and-port") << u"postgresql://anna@db.example.org:5433/tracker"_s << true << u"db.example.org"_s << 5433 << u"tracker"_s
                                            << u"anna"_s << u"postgresql://anna@db.example.org:5433/tracker"_s;
    QTest::newRow("unix-socket-folder") << u"postgresql:///promissa?host=/run/postgresql"_s << true << u"/run/postgresql"_s << -1 << u"promissa"_s
                                        << QString() << u"postgresql:///promissa?host=/run/postgresql"_s;
    QTest::newRow("password-not-shown") << u"postgres://anna:geheim@localhost/t"_s << true << u"localhost"_s << -1 << u"t"_s << u"anna"_s
                                        << u"postgres://anna@localhost/t"_s;
    QTest::newRow("percent-encoded-socket") << u"postgresql://bert@%2Fvar%2Frun%2Fpg/t"_s << true << u"/var/run/pg"_s << -1 << u"t"_s << u"bert"_s
                                            << u"postgresql://bert@%2Fvar%2Frun%2Fpg/t"_s;
    const QString absolute = QDir::current().absoluteFilePath(u"team/tracker.promissa"_s);
    QTest::newRow("relative-path") << u"team/tracker.promissa"_s << false << QString() << -1 << QString() << QString() << absolute;
}

void TestTrackerOpen::parsesLocations()
{
    QFETCH(QString, location);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, display);
    auto parsed = TrackerLocation::parse(location);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->backend, postgres ? Backend::Postgres : Backend::Sqlite);
    QCOMPARE(parsed->display, display);
    if (postgres) {
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
        QCOMPARE(parsed->database, database);
        QCOMPARE(parsed->user, user);
    }
    QVERIFY(!TrackerLocation::parse(u"postgresql://anna@host/"_s)); // no database
    QVERIFY(!TrackerLocation::parse(u"postgresql://host:99999/db"_s)); // no port
    QVERIFY(!TrackerLocation::parse(u"mysql://host/db"_s));
}

void TestTrackerOpen::twoTrackersOnOneDatabase()
{
    const QString location = m_fresh->location();
    QString error;
    auto first = openTracker(location, {}, &error);
    QVERIFY2(first, qPrintable(error));
    auto second = openTracker(location, {}, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(first->importLetter(exampleLetter(), exampleAnalysis()));
    first.reset(); // its connection goes; the other's stays usable
    auto letters = second->letters();
    QVERIFY2(letters, qPrintable(letters ? QString() : letters.error().message));
    QCOMPARE(letters->size(), 1);
}

void TestTrackerOpen::defaultLocation()
{
    const QString location = Tracker::defaultLocation();
    QVERIFY(location.endsWith(u"/promissa.promissa"_s));
    QVERIFY(QFileInfo(location).absoluteDir().exists());
}

QTEST_GUILESS_MAIN(TestTrackerOpen)
#include "tst_trackeropen.moc"
