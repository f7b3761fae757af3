// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The Tweede Kamer's commitment register (Toezegging) imported as official
// commitments: statuses through the status table, fulfilling letters linked
// by kamerbriefNakoming, idempotent by the register's id, and only the
// register's own changes reach a commitment on a later import.

#include "trackertestsupport.h"

#include "import/xml/toezeggingreader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace TrackerTest;

namespace
{

QString registerFile(const QString &name)
{
    return dataPath(u"import/xml/"_s + name);
}

QList<OfficialCommitment> readRegister(const QString &name)
{
    QFile f(registerFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto records = readToezeggingen(f.readAll(), name);
    return records ? *records : QList<OfficialCommitment>();
}

QList<TrackedCommitment> official(Tracker &tracker)
{
    CommitmentFilter all;
    all.includeRejected = true;
    QList<TrackedCommitment> out;
    const auto listed = tracker.commitments(all);
    for (const TrackedCommitment &c : *listed) {
        if (c.origin == Origin::Official)
            out << c;
    }
    return out;
}

std::optional<TrackedCommitment> byText(Tracker &tracker, const QString &words)
{
    for (const TrackedCommitment &c : official(tracker)) {
        if (c.text.contains(words))
            return c;
    }
    return std::nullopt;
}

// A letter the register names as fulfilling: the example letter under
// another document number (and so another text and hash).
Letter letterWithDocumentNumber(const QString &number)
{
    Letter letter = exampleLetter();
    letter.text.replace(u"Geachte voorzitter,"_s, u"Geachte voorzitter (%1),"_s.arg(number));
    letter.metadata.documentNumber = number;
    return letter;
}

qint64 count(const QString &location, const QString &table)
{
    return RawConnection(location).scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
}

#define VERIFY_OK(expr)                                                                                                                                        \
    do {                                                                                                                                                       \
        const auto &result_ = (expr);                                                                                                                          \
        QVERIFY2(result_.has_value(), qPrintable(result_.has_value() ? QString() : result_.error().message));                                                  \
    } while (false)

} // namespace

class TestTrackerRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsRecordsAsOfficialCommitments();
    void importingAgainChangesNothing_data();
    void importingAgainChangesNothing();
    void aChangeOfTheRegisterReachesTheCommitment();
    void linksFulfillingLettersEitherWayRound();
    void unknownStatusStopsTheImport();
    void twoTrackersAgreeOnARecord();

private:
    std::unique_ptr<FreshLocation> m_fresh;
    std::unique_ptr<Tracker> m_tracker;
};

void TestTrackerRegister::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(readRegister(u"toezeggingen.json"_s).size(), 4);
}

void TestTrackerRegister::init()
{
    m_fresh = std::make_unique<FreshLocation>();
    QVERIFY2(m_fresh->isValid(), qPrintable(m_fresh->error()));
    TrackerOptions options;
    options.author = u"griffie"_s;
    QString error;
    m_tracker = openTracker(m_fresh->location(), options, &error);
    QVERIFY2(m_tracker, qPrintable(error));
}

void TestTrackerRegister::cleanup()
{
    m_tracker.reset();
    m_fresh.reset();
}

void TestTrackerRegister::importsRecordsAsOfficialCommitments()
{
    auto result = m_tracker->importRegisterFile(registerFile(u"toezeggingen.json"_s));
    VERIFY_OK(result);
    QCOMPARE(result->added, 4); // the fifth record is marked deleted
    QCOMPARE(result->unchanged, 0);
    QCOMPARE(official(*m_tracker).size(), 4);

    auto tegoeden = byText(*m_tracker, u"bevroren Russische tegoeden"_s);
    QVERIFY(tegoeden);
    QCOMPARE(tegoeden->status, Status::Open);
    QCOMPARE(tegoeden->deadline.date, QDate(2025, 6, 1));
    QCOMPARE(tegoeden->actorName, u"Johanna de Wit"_s);
    QCOMPARE(tegoeden->actorFunction, u"minister van Buitenlandse Zaken"_s);
    QCOMPARE(tegoeden->ministry, u"Buitenlandse Zaken"_s);
    QCOMPARE(tegoeden->phrase, tegoeden->text);
    QVERIFY(tegoeden->number.startsWith(u"PR-2025-"_s));
    // It stands in a text of its own, titled by the register's number.
    auto letter = m_tracker->letter(tegoeden->letterId);
    VERIFY_OK(letter);
    QCOMPARE(letter->subject, u"Toezegging TZ202503-041"_s);
    QCOMPARE(letter->text.mid(tegoeden->span.start, tegoeden->span.end - tegoeden->span.start), tegoeden->text);

    // Statuses through the status table; the number follows the record's year.
    auto missies = byText(*m_tracker, u"bijdragen aan missies"_s);
    QVERIFY(missies);
    QCOMPARE(missies->status, Status::Done);
    QVERIFY(missies->number.startsWith(u"PR-2024-"_s));
    QCOMPARE(byText(*m_tracker, u"humanitaire situatie in Gaza"_s)->status, Status::PartlyDone);
    QVERIFY(!byText(*m_tracker, u"luchtverdediging"_s)->deadline.isSet());

    // Found by full-text search like any other.
    auto hits = m_tracker->search(u"tegoeden"_s);
    VERIFY_OK(hits);
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit &h) {
        return h.commitmentId == tegoeden->id;
    }));
}

void TestTrackerRegister::importingAgainChangesNothing_data()
{
    QTest::addColumn<QString>("again");
    QTest::newRow("same-json-twice") << u"toezeggingen.json"_s;
    QTest::newRow("json-then-syncfeed-xml") << u"toezeggingen.xml"_s;
}

void TestTrackerRegister::importingAgainChangesNothing()
{
    QFETCH(QString, again);
    VERIFY_OK(m_tracker->importRegisterFile(registerFile(u"toezeggingen.json"_s)));
    const QString location = m_fresh->location();
    const qint64 letters = count(location, u"letters"_s);
    const qint64 history = count(location, u"history"_s);
    const QList<TrackedCommitment> before = official(*m_tracker);

    auto second = m_tracker->importRegisterFile(registerFile(again));
    VERIFY_OK(second);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 4);
    QCOMPARE(count(location, u"letters"_s), letters);
    QCOMPARE(count(location, u"history"_s), history);
    const QList<TrackedCommitment> after = official(*m_tracker);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).revision, before.at(i).revision);
    }
}

void TestTrackerRegister::aChangeOfTheRegisterReachesTheCommitment()
{
    QList<OfficialCommitment> records = readRegister(u"toezeggingen.json"_s);
    VERIFY_OK(m_tracker->importRegister(records, u"week-12.json"_s));

    // A person here closes one record; the register has not changed it.
    auto gaza = byText(*m_tracker, u"humanitaire situatie in Gaza"_s);
    CommitmentEdit edit;
    edit.id = gaza->id;
    edit.baseRevision = gaza->revision;
    edit.status = Status::Lapsed;
    edit.owner = u"directie MO"_s;
    VERIFY_OK(m_tracker->updateCommitment(edit));

    // A week later the register says another one is done, and moves a deadline.
    for (OfficialCommitment &r : records) {
        if (r.nummer == u"TZ202503-041") {
            r.status = u"Voldaan"_s;
            r.datumNakoming = QDate(2025, 7, 1);
        }
    }
    auto result = m_tracker->importRegister(records, u"week-13.json"_s);
    VERIFY_OK(result);
    QCOMPARE(result->updated, 1);
    QCOMPARE(result->unchanged, 3);

    auto tegoeden = byText(*m_tracker, u"bevroren Russische tegoeden"_s);
    QCOMPARE(tegoeden->status, Status::Done);
    QCOMPARE(tegoeden->deadline.date, QDate(2025, 7, 1));
    auto history = m_tracker->history(tegoeden->id);
    VERIFY_OK(history);
    const auto status = std::find_if(history->cbegin(), history->cend(), [](const HistoryEntry &h) {
        return h.field == u"status";
    });
    QVERIFY(status != history->cend());
    QCOMPARE(status->newValue, u"done"_s);
    QVERIFY2(status->reason.contains(u"week-13.json"_s) && status->reason.contains(u"TZ202503-041"_s), qPrintable(status->reason));

    // What the person did to the other one stands.
    gaza = byText(*m_tracker, u"humanitaire situatie in Gaza"_s);
    QCOMPARE(gaza->status, Status::Lapsed);
    QCOMPARE(gaza->owner, u"directie MO"_s);
}

void TestTrackerRegister::linksFulfillingLettersEitherWayRound()
{
    // The letter first, then the register that names it...
    auto before = m_tracker->importLetter(letterWithDocumentNumber(u"2025D08990"_s), exampleAnalysis());
    VERIFY_OK(before);
    auto result = m_tracker->importRegisterFile(registerFile(u"toezeggingen.json"_s));
    VERIFY_OK(result);
    QCOMPARE(result->linked, 1);
    auto missies = byText(*m_tracker, u"bijdragen aan missies"_s);
    QCOMPARE(missies->fulfilledByLetter, before->letterId);
    auto links = m_tracker->links(missies->id);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().type, LinkType::Fulfils);
    QCOMPARE(links->first().fromLetter, before->letterId);

    // ...and a letter that arrives after the register names it.
    auto after = m_tracker->importLetter(letterWithDocumentNumber(u"2025D10002"_s), exampleAnalysis());
    VERIFY_OK(after);
    auto gaza = byText(*m_tracker, u"humanitaire situatie in Gaza"_s);
    QCOMPARE(gaza->fulfilledByLetter, after->letterId);
    QCOMPARE(m_tracker->links(gaza->id)->size(), 1);

    // Importing the register again links nothing twice.
    auto again = m_tracker->importRegisterFile(registerFile(u"toezeggingen.json"_s));
    VERIFY_OK(again);
    QCOMPARE(again->linked, 0);
    QCOMPARE(m_tracker->links(missies->id)->size(), 1);
}

void TestTrackerRegister::unknownStatusStopsTheImport()
{
    QList<OfficialCommitment> records = readRegister(u"toezeggingen.json"_s);
    records.last().status = u"Misschien"_s;
    auto result = m_tracker->importRegister(records, u"kapot.json"_s);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"kapot.json"_s) && result.error().message.contains(u"Misschien"_s), qPrintable(result.error().message));
    QCOMPARE(count(m_fresh->location(), u"commitments"_s), 0);
    QCOMPARE(count(m_fresh->location(), u"letters"_s), 0);

    auto missing = m_tracker->importRegisterFile(u"/nonexistent/register.json"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(u"/nonexistent/register.json"_s));
}

void TestTrackerRegister::twoTrackersAgreeOnARecord()
{
    FreshLocation otherAt;
    QVERIFY2(otherAt.isValid(), qPrintable(otherAt.error()));
    QString error;
    auto other = openTracker(otherAt.location(), {}, &error);
    QVERIFY2(other, qPrintable(error));
    VERIFY_OK(other->importRegisterFile(registerFile(u"toezeggingen.xml"_s)));
    VERIFY_OK(m_tracker->importRegisterFile(registerFile(u"toezeggingen.json"_s)));
    QCOMPARE(byText(*other, u"bevroren"_s)->id, byText(*m_tracker, u"bevroren"_s)->id);

    auto merged = m_tracker->merge(otherAt.location());
    VERIFY_OK(merged);
    QCOMPARE(merged->lettersAdded, 0);
    QCOMPARE(merged->commitmentsAdded, 0);
    QCOMPARE(official(*m_tracker).size(), 4);
}

QTEST_GUILESS_MAIN(TestTrackerRegister)
#include "tst_trackerregister.moc"
