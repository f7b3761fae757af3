// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker data in the Tweede Kamer's Toezegging shape: the register's field
// names and status words, its date format, the links as its navigation
// properties, the committed reference, and the register reader reading it back.

#include "reportfixture.h"

#include "import/xml/toezeggingreader.h"
#include "report/toezeggingexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestToezeggingExport : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    ToezeggingSource source() const
    {
        return {m_fixture.commitments, m_fixture.letters, m_fixture.links, m_fixture.numbers};
    }

    QJsonObject record(int index) const { return commitmentToToezegging(m_fixture.commitments.at(index), source()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto fixture = makeReportFixture();
        QVERIFY2(fixture, qPrintable(fixture ? QString() : fixture.error().message));
        m_fixture = *fixture;
    }

    void statusWords_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("word");
        QTest::newRow("open") << Status::Open << u"Openstaand"_s;
        QTest::newRow("partly-done") << Status::PartlyDone << u"Deels voldaan"_s;
        QTest::newRow("done") << Status::Done << u"Voldaan"_s;
        QTest::newRow("lapsed") << Status::Lapsed << u"Vervallen"_s;
    }

    void statusWords()
    {
        QFETCH(Status, status);
        QFETCH(QString, word);
        QCOMPARE(registerStatusWord(status), word);
        TrackedCommitment c = m_fixture.commitments.first();
        c.status = status;
        QCOMPARE(commitmentToToezegging(c, source()).value(u"Status"_s).toString(), word);
    }

    void fieldsAreTheRegisters()
    {
        QStringList keys = record(0).keys();
        keys.sort();
        QStringList expected{
            u"Id"_s,          u"Nummer"_s,         u"Tekst"_s,           u"Naam"_s,         u"Functie"_s,           u"Ministerie"_s,
            u"Status"_s,      u"DatumNakoming"_s,  u"Aanmaakdatum"_s,    u"GewijzigdOp"_s,  u"ActiviteitNummer"_s,  u"Verwijderd"_s,
            u"Activiteit"_s,  u"KamerbriefNakoming"_s, u"ToegezegdAan"_s, u"IsHerhalingVan"_s, u"IsAanvullingOp"_s, u"IsWijzigingVan"_s,
            u"IsHerhaaldDoor"_s, u"IsAangevuldVanuit"_s, u"IsGewijzigdDoor"_s,
        };
        expected.sort();
        QCOMPARE(keys, expected);
        const TrackedCommitment &c = m_fixture.commitments.first();
        const QJsonObject r = record(0);
        QCOMPARE(r.value(u"Id"_s).toString(), c.id);
        QCOMPARE(r.value(u"Nummer"_s).toString(), c.number);
        QCOMPARE(r.value(u"Tekst"_s).toString(), c.text);
        QCOMPARE(r.value(u"Naam"_s).toString(), u"Caspar Veldkamp"_s);
        QCOMPARE(r.value(u"Functie"_s).toString(), u"De minister van Buitenlandse Zaken"_s);
        QCOMPARE(r.value(u"Aanmaakdatum"_s).toString(), u"2025-03-04T00:00:00+01:00"_s);
        QCOMPARE(r.value(u"Verwijderd"_s).toBool(true), false);
        QCOMPARE(r.value(u"ToegezegdAan"_s).toArray().first().toObject().value(u"Naam"_s).toString(), u"Tweede Kamer"_s);
    }

    void deadlineIsMidnightInTheHague_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("summer-time") << QDate(2025, 6, 30) << QJsonValue(u"2025-06-30T00:00:00+02:00"_s);
        QTest::newRow("winter-time") << QDate(2025, 12, 31) << QJsonValue(u"2025-12-31T00:00:00+01:00"_s);
        QTest::newRow("no-day-is-null") << QDate() << QJsonValue(QJsonValue::Null);
    }

    void deadlineIsMidnightInTheHague()
    {
        QFETCH(QDate, date);
        QFETCH(QJsonValue, expected);
        TrackedCommitment c = m_fixture.commitments.first();
        c.deadline = {date.isValid() ? u"uiterlijk"_s : u"op korte termijn"_s, date, Precision::Day, {}};
        QCOMPARE(commitmentToToezegging(c, source()).value(u"DatumNakoming"_s), expected);
    }

    void activityNumberOrSubject_data()
    {
        QTest::addColumn<QString>("activiteit");
        QTest::addColumn<QJsonValue>("number");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("number") << u"2025A01234"_s << QJsonValue(u"2025A01234"_s) << u"Nummer"_s;
        QTest::newRow("debate-by-name") << u"Commissiedebat Raad Buitenlandse Zaken"_s << QJsonValue(QJsonValue::Null) << u"Onderwerp"_s;
        QTest::newRow("none") << QString() << QJsonValue(QJsonValue::Null) << QString();
    }

    void activityNumberOrSubject()
    {
        QFETCH(QString, activiteit);
        QFETCH(QJsonValue, number);
        QFETCH(QString, expanded);
        TrackedCommitment c = m_fixture.commitments.first();
        c.activiteit = activiteit;
        const QJsonObject r = commitmentToToezegging(c, source());
        QCOMPARE(r.value(u"ActiviteitNummer"_s), number);
        const QJsonArray a = r.value(u"Activiteit"_s).toArray();
        QCOMPARE(a.isEmpty(), expanded.isEmpty());
        if (!expanded.isEmpty())
            QCOMPARE(a.first().toObject().value(expanded).toString(), activiteit);
    }

    void linksAreNavigationProperties()
    {
        // Fixture: commitment 5 supplements commitment 3; the follow-up letter fulfils commitment 2.
        const QJsonObject supplementing = record(4);
        const QJsonObject supplemented = record(2);
        QCOMPARE(supplementing.value(u"IsAanvullingOp"_s).toArray().first().toObject().value(u"Nummer"_s).toString(), u"PR-2025-0003"_s);
        QCOMPARE(supplemented.value(u"IsAangevuldVanuit"_s).toArray().first().toObject().value(u"Nummer"_s).toString(), u"PR-2025-0005"_s);
        const QJsonArray nakoming = record(1).value(u"KamerbriefNakoming"_s).toArray();
        QCOMPARE(nakoming.size(), 1);
        QCOMPARE(nakoming.first().toObject().value(u"Onderwerp"_s).toString(), m_fixture.letters.value(2).subject);
        QCOMPARE(nakoming.first().toObject().value(u"Datum"_s).toString(), u"2025-06-10T00:00:00+02:00"_s);
        QVERIFY(record(0).value(u"KamerbriefNakoming"_s).toArray().isEmpty());
    }

    void rejectedAreLeftOut()
    {
        ToezeggingSource s = source();
        s.commitments[0].rejected = true;
        const QJsonArray value = commitmentsToToezeggingen(s).value(u"value"_s).toArray();
        QCOMPARE(value.size(), m_fixture.commitments.size() - 1);
        QCOMPARE(value.first().toObject().value(u"Id"_s).toString(), m_fixture.commitments.at(1).id);
    }

    void matchesReference()
    {
        const QByteArray json = QJsonDocument(commitmentsToToezeggingen(source())).toJson(QJsonDocument::Indented);
        QVERIFY(Promissa::matchesReference(json, u"toezeggingen.json"_s));
    }

    void readerReadsItBack()
    {
        // Export -> the register reader of issue F -> the same records.
        const QByteArray json = QJsonDocument(commitmentsToToezeggingen(source())).toJson(QJsonDocument::Compact);
        const auto read = readToezeggingen(json, u"toezeggingen.json"_s);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->size(), m_fixture.commitments.size());
        for (qsizetype i = 0; i < read->size(); ++i) {
            const TrackedCommitment &c = m_fixture.commitments.at(i);
            const TrackedLetter fulfilling = m_fixture.letters.value(c.fulfilledByLetter);
            OfficialCommitment expected;
            expected.id = c.id;
            expected.nummer = c.number;
            expected.tekst = c.text;
            expected.naam = c.actorName;
            expected.functie = c.actorFunction;
            expected.ministerie = c.ministry;
            expected.status = registerStatusWord(c.status);
            expected.toegezegdAan = c.toegezegdAan;
            expected.activiteit = c.activiteit;
            expected.kamerbriefNakoming = c.fulfilledByLetter ? (fulfilling.documentNumber.isEmpty() ? fulfilling.subject : fulfilling.documentNumber) : QString();
            expected.datumNakoming = c.deadline.date;
            expected.aanmaakdatum = QDate(2025, 3, 4);
            QCOMPARE(read->at(i), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestToezeggingExport)
#include "tst_toezeggingexport.moc"
