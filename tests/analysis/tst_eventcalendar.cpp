// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/eventcalendar.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestEventCalendar : public QObject
{
    Q_OBJECT

private:
    EventCalendar m_calendar;

    QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto calendar = EventCalendar::builtIn();
        QVERIFY2(calendar.has_value(), calendar ? "" : qPrintable(calendar.error().message));
        m_calendar = *calendar;
    }

    void builtInHasEveryEvent_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("key");
        QTest::newRow("navo-top") << u"navo-top"_s << u"navo-top"_s;
        QTest::newRow("navo top with space") << u"NAVO top"_s << u"navo-top"_s;
        QTest::newRow("nato-top") << u"NATO-top"_s << u"navo-top"_s;
        QTest::newRow("top van de navo") << u"top van de NAVO"_s << u"navo-top"_s;
        QTest::newRow("europese raad") << u"Europese Raad"_s << u"europese-raad"_s;
        QTest::newRow("ER in capitals") << u"ER"_s << u"europese-raad"_s;
        QTest::newRow("prinsjesdag") << u"Prinsjesdag"_s << u"prinsjesdag"_s;
        QTest::newRow("miljoenennota") << u"Miljoenennota"_s << u"miljoenennota"_s;
        QTest::newRow("verantwoordingsdag") << u"Verantwoordingsdag"_s << u"verantwoordingsdag"_s;
        QTest::newRow("voorjaarsnota") << u"Voorjaarsnota"_s << u"voorjaarsnota"_s;
        QTest::newRow("najaarsnota") << u"najaarsnota"_s << u"najaarsnota"_s;
        QTest::newRow("zomerreces") << u"zomerreces"_s << u"zomerreces"_s;
        QTest::newRow("kerstreces") << u"kerstreces"_s << u"kerstreces"_s;
        QTest::newRow("voorjaarsreces is the krokusreces") << u"voorjaarsreces"_s << u"krokusreces"_s;
        QTest::newRow("krokusreces") << u"krokusreces"_s << u"krokusreces"_s;
        QTest::newRow("meireces") << u"meireces"_s << u"meireces"_s;
        QTest::newRow("herfstreces") << u"herfstreces"_s << u"herfstreces"_s;
    }

    void builtInHasEveryEvent()
    {
        QFETCH(QString, alias);
        QFETCH(QString, key);
        const CalendarEvent *event = m_calendar.eventForName(alias);
        QVERIFY(event);
        QCOMPARE(event->key, key);
        QVERIFY2(!event->source.isEmpty(), "every event names its source");
    }

    void lowercaseErIsNoEvent()
    {
        // "er" is one of the commonest Dutch words; only "ER" is the Council.
        QVERIFY(!m_calendar.eventForName(u"er"));
        QVERIFY(!m_calendar.eventForName(u"Er"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("date");
        QTest::newRow("prinsjesdag 2024") << u"prinsjesdag"_s << 2024 << QDate(2024, 9, 17) << QDate(2024, 9, 17) << QDate(2024, 9, 17);
        QTest::newRow("prinsjesdag 2025") << u"prinsjesdag"_s << 2025 << QDate(2025, 9, 16) << QDate(2025, 9, 16) << QDate(2025, 9, 16);
        QTest::newRow("prinsjesdag 2026") << u"prinsjesdag"_s << 2026 << QDate(2026, 9, 15) << QDate(2026, 9, 15) << QDate(2026, 9, 15);
        QTest::newRow("miljoenennota 2030") << u"miljoenennota"_s << 2030 << QDate(2030, 9, 17) << QDate(2030, 9, 17) << QDate(2030, 9, 17);
        QTest::newRow("verantwoordingsdag 2024") << u"verantwoordingsdag"_s << 2024 << QDate(2024, 5, 15) << QDate(2024, 5, 15) << QDate(2024, 5, 15);
        QTest::newRow("verantwoordingsdag 2025") << u"verantwoordingsdag"_s << 2025 << QDate(2025, 5, 21) << QDate(2025, 5, 21) << QDate(2025, 5, 21);
        QTest::newRow("voorjaarsnota deadline 2026") << u"voorjaarsnota"_s << 2026 << QDate(2026, 3, 15) << QDate(2026, 6, 1) << QDate(2026, 6, 1);
        QTest::newRow("najaarsnota deadline 2025") << u"najaarsnota"_s << 2025 << QDate(2025, 11, 1) << QDate(2025, 12, 1) << QDate(2025, 12, 1);
        QTest::newRow("kerstreces by rule 2030") << u"kerstreces"_s << 2030 << QDate(2030, 12, 20) << QDate(2031, 1, 13) << QDate(2030, 12, 20);
        QTest::newRow("zomerreces dated 2025") << u"zomerreces"_s << 2025 << QDate(2025, 7, 4) << QDate(2025, 9, 1) << QDate(2025, 7, 4);
        QTest::newRow("kerstreces dated 2024") << u"kerstreces"_s << 2024 << QDate(2024, 12, 20) << QDate(2025, 1, 13) << QDate(2024, 12, 20);
    }

    void rules()
    {
        QFETCH(QString, key);
        QFETCH(int, year);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, date);
        const CalendarEvent *event = m_calendar.eventForName(key);
        QVERIFY(event);
        const QList<EventOccurrence> list = m_calendar.occurrences(*event, year);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().start, start);
        QCOMPARE(list.first().end, end);
        QCOMPARE(list.first().date, date);
    }

    void spanRuleAgreesWithPublishedRecesses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("year");
        for (const auto &key : { u"zomerreces"_s, u"kerstreces"_s, u"krokusreces"_s, u"meireces"_s, u"herfstreces"_s }) {
            for (int year = 2024; year <= 2026; ++year) {
                QTest::addRow("%s %d", qPrintable(key), year) << key << year;
            }
        }
    }

    void spanRuleAgreesWithPublishedRecesses()
    {
        // The rule stands in for years without data; it must reproduce the
        // years we have data for.
        QFETCH(QString, key);
        QFETCH(int, year);
        const CalendarEvent *event = m_calendar.eventForName(key);
        QVERIFY(event);
        const QList<EventOccurrence> dated = m_calendar.occurrences(*event, year);
        QCOMPARE(dated.size(), 1);
        QVERIFY(!dated.first().fromRule);
        const auto [start, end] = event->rule.range(year);
        QCOMPARE(start, dated.first().start);
        QCOMPARE(end, dated.first().end);
    }

    void datedEntries()
    {
        const CalendarEvent *navo = m_calendar.eventForName(u"navo-top");
        QVERIFY(navo);
        const QList<EventOccurrence> summit = m_calendar.occurrences(*navo, 2025);
        QCOMPARE(summit.size(), 1);
        QCOMPARE(summit.first().start, QDate(2025, 6, 24));
        QCOMPARE(summit.first().end, QDate(2025, 6, 25));
        QCOMPARE(summit.first().place, u"Den Haag"_s);
        QCOMPARE(summit.first().displayName, u"NAVO-top 2025 (Den Haag, 24-25 juni)"_s);
        QCOMPARE(m_calendar.occurrences(*navo, 2024).first().place, u"Washington"_s);
        QCOMPARE(m_calendar.occurrences(*navo, 2026).first().start, QDate(2026, 7, 7));
        // No rule: a year without data has no summit rather than a guess.
        QVERIFY(m_calendar.occurrences(*navo, 2031).isEmpty());

        const CalendarEvent *council = m_calendar.eventForName(u"Europese Raad");
        QVERIFY(council);
        QList<QDate> starts;
        for (const EventOccurrence &o : m_calendar.occurrences(*council, 2025)) {
            starts.append(o.start);
        }
        const QList<QDate> expected = { QDate(2025, 3, 6), QDate(2025, 3, 20), QDate(2025, 6, 26), QDate(2025, 10, 23), QDate(2025, 12, 18) };
        QCOMPARE(starts, expected);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("display");
        const QDate letter(2025, 3, 4);
        QTest::newRow("next summit after the letter") << u"NAVO-top"_s << letter << 0 << 0 << QString() << QDate(2025, 6, 24) << QDate(2025, 6, 24)
                                                      << u"NAVO-top 2025 (Den Haag, 24-25 juni)"_s;
        QTest::newRow("summit in juni") << u"navo-top"_s << letter << 0 << 6 << QString() << QDate(2025, 6, 24) << QDate(2025, 6, 24)
                                        << u"NAVO-top 2025 (Den Haag, 24-25 juni)"_s;
        QTest::newRow("summit in Den Haag") << u"navo-top"_s << QDate(2024, 1, 10) << 0 << 0 << u"Den Haag"_s << QDate(2025, 6, 24) << QDate(2025, 6, 24)
                                            << u"NAVO-top 2025 (Den Haag, 24-25 juni)"_s;
        QTest::newRow("summit once the 2025 one has passed")
            << u"navo top"_s << QDate(2025, 7, 1) << 0 << 0 << QString() << QDate(2026, 7, 7) << QDate(2026, 7, 7) << u"NAVO-top 2026 (Ankara, 7-8 juli)"_s;
        QTest::newRow("summit of a named year") << u"NAVO-top"_s << letter << 2024 << 0 << QString() << QDate(2024, 7, 9) << QDate(2024, 7, 9)
                                                << u"NAVO-top 2024 (Washington, 9-11 juli)"_s;
        QTest::newRow("extra Council two days on") << u"Europese Raad"_s << letter << 0 << 0 << QString() << QDate(2025, 3, 6) << QDate(2025, 3, 6)
                                                   << u"Buitengewone Europese Raad 2025 (Brussel, 6 maart)"_s;
        QTest::newRow("ER the day after the extra one") << u"ER"_s << QDate(2025, 3, 7) << 0 << 0 << QString() << QDate(2025, 3, 20) << QDate(2025, 3, 20)
                                                        << u"Europese Raad 2025 (Brussel, 20-21 maart)"_s;
        QTest::newRow("ER on its own day") << u"ER"_s << QDate(2025, 3, 6) << 0 << 0 << QString() << QDate(2025, 3, 6) << QDate(2025, 3, 6)
                                           << u"Buitengewone Europese Raad 2025 (Brussel, 6 maart)"_s;
        QTest::newRow("Voorjaarsnota ahead") << u"Voorjaarsnota"_s << letter << 0 << 0 << QString() << QDate(2025, 3, 15) << QDate(2025, 6, 1)
                                             << u"Voorjaarsnota 2025 (vóór 1 juni)"_s;
        QTest::newRow("Miljoenennota of a budget year comes out the year before")
            << u"Miljoenennota"_s << QDate(2024, 3, 22) << 2025 << 0 << QString() << QDate(2024, 9, 17) << QDate(2024, 9, 17)
            << u"Miljoenennota 2025 (17 september)"_s;
        QTest::newRow("next Miljoenennota without a year") << u"miljoenennota"_s << QDate(2024, 3, 22) << 0 << 0 << QString() << QDate(2024, 9, 17)
                                                           << QDate(2024, 9, 17) << u"Miljoenennota 2025 (17 september)"_s;
        QTest::newRow("augustusbesluitvorming") << u"augustusbesluitvorming"_s << QDate(2024, 3, 22) << 0 << 0 << QString() << QDate(2024, 8, 15)
                                                << QDate(2024, 8, 31) << u"Augustusbesluitvorming 2024 (vóór 31 augustus)"_s;
        QTest::newRow("Voorjaarsnota 2026") << u"voorjaarsnota"_s << letter << 2026 << 0 << QString() << QDate(2026, 3, 15) << QDate(2026, 6, 1)
                                            << u"Voorjaarsnota 2026 (vóór 1 juni)"_s;
        QTest::newRow("Voorjaarsnota after 1 June is next year's") << u"voorjaarsnota"_s << QDate(2025, 6, 15) << 0 << 0 << QString() << QDate(2026, 3, 15)
                                                                   << QDate(2026, 6, 1) << u"Voorjaarsnota 2026 (vóór 1 juni)"_s;
        QTest::newRow("zomerreces") << u"zomerreces"_s << letter << 0 << 0 << QString() << QDate(2025, 7, 4) << QDate(2025, 7, 4)
                                    << u"Zomerreces 2025 (4 juli - 1 september)"_s;
        QTest::newRow("Prinsjesdag after this year's") << u"Prinsjesdag"_s << QDate(2025, 10, 1) << 0 << 0 << QString() << QDate(2026, 9, 15)
                                                       << QDate(2026, 9, 15) << u"Prinsjesdag 2026 (15 september)"_s;
        QTest::newRow("kerstreces under way") << u"kerstreces"_s << QDate(2025, 12, 22) << 0 << 0 << QString() << QDate(2025, 12, 19) << QDate(2025, 12, 19)
                                              << u"Kerstreces 2025 (19 december 2025 - 12 januari 2026)"_s;
    }

    void resolve()
    {
        QFETCH(QString, name);
        QFETCH(QDate, reference);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(QString, place);
        QFETCH(QDate, start);
        QFETCH(QDate, date);
        QFETCH(QString, display);
        const auto occurrence = m_calendar.resolve(name, reference, EventQuery{ year, month, place });
        QVERIFY(occurrence.has_value());
        QCOMPARE(occurrence->start, start);
        QCOMPARE(occurrence->date, date);
        QCOMPARE(occurrence->displayName, display);
    }

    void resolveFailsForUnknownOrImpossible()
    {
        QVERIFY(!m_calendar.resolve(u"wereldtop", QDate(2025, 3, 4)));
        QVERIFY(!m_calendar.resolve(u"navo-top", QDate(2025, 3, 4), EventQuery{ 0, 0, u"Parijs"_s }));
        QVERIFY(!m_calendar.resolve(u"navo-top", QDate(2025, 3, 4), EventQuery{ 2025, 3, {} }));
    }

    void badUserFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("{ \"events\": [ ") << u"not valid JSON"_s;
        QTest::newRow("no events list") << QByteArray(R"({"version": 1})") << u"\"events\" list"_s;
        QTest::newRow("event without key") << QByteArray(R"({"events": [{"aliases": ["x"]}]})") << u"event 1 has no \"key\""_s;
        QTest::newRow("impossible date") << QByteArray(R"({"events": [{"key": "top", "aliases": ["top"], "occurrences": [{"start": "2025-02-31"}]}]})")
                                         << u"not a valid ISO date: \"2025-02-31\""_s;
        QTest::newRow("ends before it starts")
            << QByteArray(R"({"events": [{"key": "top", "aliases": ["top"], "occurrences": [{"start": "2025-05-02", "end": "2025-05-01"}]}]})")
            << u"ends before it starts"_s;
        QTest::newRow("unknown rule") << QByteArray(R"({"events": [{"key": "dag", "aliases": ["dag"], "rule": {"rule": "easter"}}]})")
                                      << u"unknown rule \"easter\""_s;
        QTest::newRow("month 13")
            << QByteArray(R"({"events": [{"key": "dag", "aliases": ["dag"], "rule": {"rule": "nth-weekday", "month": 13, "weekday": 2, "n": 3}}]})")
            << u"\"month\" must be a whole number from 1 to 12"_s;
        QTest::newRow("new event without aliases") << QByteArray(R"({"events": [{"key": "dag", "occurrences": [{"start": "2025-05-01"}]}]})")
                                                   << u"has no aliases"_s;
        QTest::newRow("new event without dates") << QByteArray(R"({"events": [{"key": "dag", "aliases": ["dag"]}]})") << u"neither a rule nor occurrences"_s;
    }

    void badUserFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, u"mijn-kalender.json"_s, content);
        QVERIFY(!path.isEmpty());
        EventCalendar calendar = m_calendar;
        const auto loaded = calendar.load(path);
        QVERIFY(!loaded.has_value());
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(problem), qPrintable(loaded.error().message));
        // A failed load changes nothing.
        QCOMPARE(calendar.events().size(), m_calendar.events().size());
    }

    void missingUserFile()
    {
        EventCalendar calendar;
        const QString path = u"/nonexistent/promissa/kalender.json"_s;
        const auto loaded = calendar.load(path);
        QVERIFY(!loaded.has_value());
        QVERIFY(loaded.error().message.contains(path));
        QVERIFY(loaded.error().message.contains(u"cannot read"_s));
    }

    void userFileMerges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, u"extra.json"_s, QByteArray(R"({"events": [
            {"key": "navo-top", "aliases": ["nato summit"], "occurrences": [{"start": "2027-07-06", "end": "2027-07-07", "place": "Tirana"}]},
            {"key": "klimaattop", "name": "Klimaattop", "aliases": ["klimaattop", "COP"], "source": "test",
             "occurrences": [{"start": "2025-11-10", "end": "2025-11-21", "place": "Belém"}]}
        ]})"));
        EventCalendar calendar = m_calendar;
        const auto loaded = calendar.load(path);
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(calendar.events().size(), m_calendar.events().size() + 1);
        // The built-in entries stay; the new ones join them.
        QCOMPARE(calendar.resolve(u"nato summit", QDate(2025, 3, 4))->start, QDate(2025, 6, 24));
        QCOMPARE(calendar.resolve(u"NAVO-top", QDate(2026, 8, 1))->place, u"Tirana"_s);
        const auto cop = calendar.resolve(u"COP", QDate(2025, 3, 4));
        QVERIFY(cop.has_value());
        QCOMPARE(cop->displayName, u"Klimaattop 2025 (Belém, 10-21 november)"_s);
    }
};

QTEST_GUILESS_MAIN(TestEventCalendar)
#include "tst_eventcalendar.moc"
