// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The Tweede Kamer's commitment register: its OData JSON and its SyncFeed
// XML give the same records; bad exports are refused with a reason.

#include "import/xml/toezeggingreader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PROMISSA_TEST_DATA) + u"/import/xml/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QList<OfficialCommitment> read(const QByteArray &data, const QString &fileName)
{
    const auto records = readToezeggingen(data, fileName);
    if (!records) {
        qWarning().noquote() << records.error().message;
        return {};
    }
    return *records;
}

} // namespace

class TestToezeggingReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void records_data();
    void records();
    void jsonAndXmlGiveTheSameRecords();
    void deletedRecordsAreLeftOut_data();
    void deletedRecordsAreLeftOut();
    void otherJsonShapes_data();
    void otherJsonShapes();
    void addressees_data();
    void addressees();
    void emptyFeedIsAnEmptyList();
    void refusesBadExports_data();
    void refusesBadExports();

private:
    QList<OfficialCommitment> m_json;
    QList<OfficialCommitment> m_xml;
};

void TestToezeggingReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_json = read(fixture(u"toezeggingen.json"_s), u"toezeggingen.json"_s);
    m_xml = read(fixture(u"toezeggingen.xml"_s), u"toezeggingen.xml"_s);
    QCOMPARE(m_json.size(), 4);
    QCOMPARE(m_xml.size(), 4);
}

void TestToezeggingReader::records_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("nummer");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("naam");
    QTest::addColumn<QString>("ministerie");
    QTest::addColumn<QDate>("datumNakoming");
    QTest::addColumn<QString>("kamerbriefNakoming");
    QTest::addColumn<QString>("activiteit");
    QTest::addColumn<QDate>("aanmaakdatum");
    QTest::newRow("open-name-from-its-parts") << 0 << u"TZ202503-041"_s << u"Openstaand"_s << u"Johanna de Wit"_s << u"Buitenlandse Zaken"_s
                                              << QDate(2025, 6, 1) << QString() << u"2025A01234"_s << QDate(2025, 3, 20);
    QTest::newRow("fulfilled-by-one-letter") << 1 << u"TZ202411-118"_s << u"Voldaan"_s << u"M. Bakker"_s << u"Defensie"_s << QDate(2025, 1, 31)
                                             << u"2025D08990"_s << u"2024A07710"_s << QDate(2024, 11, 28);
    // The JSON gives this deadline in UTC (22:00 on 31 March), which is
    // 1 April in The Hague.
    QTest::newRow("partly-fulfilled-by-two-letters-deadline-in-utc")
        << 2 << u"TZ202502-007"_s << u"Deels voldaan"_s << u"J.A. de Wit"_s << u"Buitenlandse Zaken"_s << QDate(2025, 4, 1) << u"2025D10001; 2025D10002"_s
        << u"2025A00412"_s << QDate(2025, 2, 6);
    QTest::newRow("open-without-deadline") << 3 << u"TZ202503-052"_s << u"Openstaand"_s << u"J.A. de Wit"_s << u"Buitenlandse Zaken"_s << QDate()
                                           << QString() << u"2025A01502"_s << QDate(2025, 3, 26);
}

void TestToezeggingReader::records()
{
    QFETCH(int, index);
    QFETCH(QString, nummer);
    QFETCH(QString, status);
    QFETCH(QString, naam);
    QFETCH(QString, ministerie);
    QFETCH(QDate, datumNakoming);
    QFETCH(QString, kamerbriefNakoming);
    QFETCH(QString, activiteit);
    QFETCH(QDate, aanmaakdatum);
    const OfficialCommitment &c = m_json.at(index);
    QCOMPARE(c.nummer, nummer);
    QCOMPARE(c.status, status);
    QCOMPARE(c.naam, naam);
    QCOMPARE(c.ministerie, ministerie);
    QCOMPARE(c.datumNakoming, datumNakoming);
    QCOMPARE(c.kamerbriefNakoming, kamerbriefNakoming);
    QCOMPARE(c.activiteit, activiteit);
    QCOMPARE(c.aanmaakdatum, aanmaakdatum);
    QVERIFY(!c.id.isEmpty());
    QVERIFY(c.tekst.startsWith(u"De "_s));
    QVERIFY(c.functie.startsWith(u"minister"_s) || c.functie.startsWith(u"staatssecretaris"_s));
}

void TestToezeggingReader::jsonAndXmlGiveTheSameRecords()
{
    for (qsizetype i = 0; i < m_json.size(); ++i) {
        const OfficialCommitment &json = m_json.at(i);
        const OfficialCommitment &xml = m_xml.at(i);
        QCOMPARE(xml.id, json.id);
        QCOMPARE(xml.nummer, json.nummer);
        QCOMPARE(xml.tekst, json.tekst);
        QCOMPARE(xml.naam, json.naam);
        QCOMPARE(xml.functie, json.functie);
        QCOMPARE(xml.ministerie, json.ministerie);
        QCOMPARE(xml.status, json.status);
        QCOMPARE(xml.activiteit, json.activiteit);
        QCOMPARE(xml.kamerbriefNakoming, json.kamerbriefNakoming);
        QCOMPARE(xml.datumNakoming, json.datumNakoming);
        QCOMPARE(xml.aanmaakdatum, json.aanmaakdatum);
        // The SyncFeed names the addressee by reference only.
        QCOMPARE(xml.toegezegdAan, QString());
        QVERIFY(xml == json);
    }
}

void TestToezeggingReader::deletedRecordsAreLeftOut_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("json-verwijderd-true") << u"toezeggingen.json"_s;
    QTest::newRow("xml-tk-verwijderd-true") << u"toezeggingen.xml"_s;
}

void TestToezeggingReader::deletedRecordsAreLeftOut()
{
    QFETCH(QString, name);
    const QByteArray data = fixture(name);
    // The fixture holds the deleted record; the reader leaves it out.
    QVERIFY(data.contains("TZ202501-003") || data.contains("5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c55"));
    for (const OfficialCommitment &c : read(data, name))
        QVERIFY(c.id != u"5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c55"_s);
}

void TestToezeggingReader::otherJsonShapes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("plain-array") << QByteArray(R"([{"Id": "1", "Nummer": "TZ1", "Tekst": "a"}, {"Id": "2", "Nummer": "TZ2", "Tekst": "b"}])")
                                 << QStringList{u"TZ1"_s, u"TZ2"_s};
    QTest::newRow("single-record") << QByteArray(R"({"Id": "1", "Nummer": "TZ7", "Tekst": "a"})") << QStringList{u"TZ7"_s};
    QTest::newRow("lower-case-field-names") << QByteArray(R"({"value": [{"id": "1", "nummer": "TZ8", "tekst": "a", "status": "Voldaan"}]})")
                                            << QStringList{u"TZ8"_s};
    QTest::newRow("empty-value") << QByteArray(R"({"@odata.context": "x", "value": []})") << QStringList{};
    QTest::newRow("bare-xml-record") << QByteArray("<toezegging id=\"9\"><nummer>TZ9</nummer><tekst>a</tekst></toezegging>") << QStringList{u"TZ9"_s};
    QTest::newRow("bom-and-white-space") << QByteArray("\xEF\xBB\xBF\n  [{\"Nummer\": \"TZ3\"}]") << QStringList{u"TZ3"_s};
}

void TestToezeggingReader::otherJsonShapes()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, numbers);
    const auto records = readToezeggingen(data, u"register.json"_s);
    QVERIFY2(records.has_value(), qPrintable(records ? QString() : records.error().message));
    QStringList found;
    for (const OfficialCommitment &c : *records)
        found.append(c.nummer);
    QCOMPARE(found, numbers);
}

void TestToezeggingReader::addressees_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("toegezegdAan");
    QTest::newRow("plain-string") << QByteArray(R"json([{"Nummer": "TZ1", "ToegezegdAan": "Lid Dassen (Volt)"}])json") << u"Lid Dassen (Volt)"_s;
    QTest::newRow("expanded-party-and-member")
        << QByteArray(R"([{"Nummer": "TZ1", "ToegezegdAan": [{"Fractie": {"Afkorting": "GL-PvdA", "NaamNL": "GroenLinks-PvdA"}},
                                                          {"Persoon": {"Roepnaam": "Laurens", "Tussenvoegsel": null, "Achternaam": "Dassen"}}]}])")
        << u"GL-PvdA, Laurens Dassen"_s;
    QTest::newRow("flattened-fields") << QByteArray(R"([{"Nummer": "TZ1", "ToegezegdAanFractie": "SP", "ToegezegdAanPersoon": "Dijk"}])") << u"SP, Dijk"_s;
    QTest::newRow("xml-text") << QByteArray("<toezegging><nummer>TZ1</nummer><toegezegdAan>CDA</toegezegdAan></toezegging>") << u"CDA"_s;
}

void TestToezeggingReader::addressees()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, toegezegdAan);
    const auto records = readToezeggingen(data, u"register"_s);
    QVERIFY2(records.has_value(), qPrintable(records ? QString() : records.error().message));
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->constFirst().toegezegdAan, toegezegdAan);
}

void TestToezeggingReader::emptyFeedIsAnEmptyList()
{
    const auto records = readToezeggingen("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Toezegging</title></feed>", u"feed.xml"_s);
    QVERIFY2(records.has_value(), qPrintable(records ? QString() : records.error().message));
    QVERIFY(records->isEmpty());
}

void TestToezeggingReader::refusesBadExports_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed-json") << u"kapot.json"_s << QByteArray(R"({"value": [{"Nummer": "TZ1",}]})") << u"kapot.json: at byte"_s;
    QTest::newRow("json-without-records") << u"ander.json"_s << QByteArray(R"({"@odata.context": "x", "error": "niets"})")
                                          << u"ander.json is JSON but holds no Toezegging records"_s;
    QTest::newRow("value-is-no-list") << u"waarde.json"_s << QByteArray(R"({"value": 3})") << u"waarde.json: its \"value\" is not a list"_s;
    QTest::newRow("record-is-no-object") << u"lijst.json"_s << QByteArray(R"([{"Nummer": "TZ1"}, "TZ2"])") << u"lijst.json: record 2 is not a JSON object."_s;
    QTest::newRow("record-without-id-number-or-text") << u"leeg-record.json"_s << QByteArray(R"([{"Status": "Openstaand"}])")
                                                      << u"leeg-record.json: record 1 has no Id, Nummer or Tekst."_s;
    QTest::newRow("xml-with-entities") << u"lol.xml"_s << fixture(u"billion-laughs.xml"_s)
                                       << u"lol.xml uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("malformed-xml") << u"kapot.xml"_s << QByteArray("<feed>\n<entry><toezegging></entry></feed>") << u"kapot.xml: line 2, column"_s;
    QTest::newRow("other-xml") << u"rss.xml"_s << fixture(u"not-a-kamerstuk.xml"_s) << u"rss.xml is XML but holds no Toezegging records"_s;
    QTest::newRow("neither-json-nor-xml") << u"brief.txt"_s << QByteArray("Geachte voorzitter,") << u"brief.txt is neither JSON nor XML"_s;
    QTest::newRow("empty") << u"leeg.json"_s << QByteArray(" \n") << u"leeg.json is empty."_s;
    QTest::newRow("larger-than-50-MB") << u"groot.json"_s << QByteArray(50 * 1024 * 1024 + 1, ' ') << u"groot.json is larger than 50 MB"_s;
}

void TestToezeggingReader::refusesBadExports()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto records = readToezeggingen(data, fileName);
    QVERIFY(!records.has_value());
    QVERIFY2(records.error().message.contains(message), qPrintable(records.error().message));
}

QTEST_GUILESS_MAIN(TestToezeggingReader)

#include "tst_toezeggingreader.moc"
