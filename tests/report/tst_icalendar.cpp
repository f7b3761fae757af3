// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The iCalendar of deadlines: escaping, folding, the structure RFC 5545
// requires, what Outlook and Thunderbird need to import it, and the
// committed reference.

#include "icalendarchecker.h"
#include "reportfixture.h"

#include "report/icalendar.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestICalendar : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    QByteArray calendar(bool english = false) const
    {
        ICalendarOptions options;
        options.stamp = m_fixture.generated;
        options.calendarName = u"Toezeggingen"_s;
        options.english = english;
        return commitmentsToICalendar(m_fixture.commitments, m_fixture.letters, options);
    }

    QList<ICalComponent> events(const QByteArray &ics)
    {
        const ICalCheck check = checkICalendar(ics);
        return check.calendar.children;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto fixture = makeReportFixture();
        QVERIFY2(fixture, qPrintable(fixture ? QString() : fixture.error().message));
        m_fixture = *fixture;
    }

    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain-dutch-stays") << u"Oekraïne, vóór de zomer"_s << u"Oekraïne\\, vóór de zomer"_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
        QTest::newRow("backslash-first") << u"C:\\map"_s << u"C:\\\\map"_s;
        QTest::newRow("newline") << u"regel 1\nregel 2"_s << u"regel 1\\nregel 2"_s;
        QTest::newRow("crlf-is-one-break") << u"regel 1\r\nregel 2"_s << u"regel 1\\nregel 2"_s;
        QTest::newRow("colon-needs-nothing") << u"Betreft: steun"_s << u"Betreft: steun"_s;
        QTest::newRow("control-character-dropped") << u"a\u0001b"_s << u"a b"_s;
    }

    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeICalendarText(text), escaped);
        if (!text.contains(u'\r') && !text.contains(u'\u0001'))
            QCOMPARE(unescapeICalText(escaped), text);
    }

    void foldsLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("physicalLines");
        QTest::newRow("short-line-unchanged") << QByteArray("SUMMARY:kort") << 1;
        QTest::newRow("exactly-75-octets") << (QByteArray("SUMMARY:") + QByteArray(67, 'x')) << 1;
        QTest::newRow("76-octets-folds") << (QByteArray("SUMMARY:") + QByteArray(68, 'x')) << 2;
        QTest::newRow("long-ascii") << (QByteArray("DESCRIPTION:") + QByteArray(300, 'a')) << 5;
        // "ë" (2 octets) straddling octet 75: the fold moves before it.
        QTest::newRow("two-byte-at-boundary") << (QByteArray("SUMMARY:") + QByteArray(66, 'x') + "ëëë") << 2;
        QTest::newRow("three-byte-at-boundary") << (QByteArray("SUMMARY:") + QByteArray(66, 'x') + "–––") << 2;
        QTest::newRow("four-byte-at-boundary") << (QByteArray("SUMMARY:") + QByteArray(65, 'x') + "\xF0\x9F\x87\xB3\xF0\x9F\x87\xB1") << 2;
        QTest::newRow("all-multibyte") << (QByteArray("SUMMARY:") + QByteArray("Oekraïne ").repeated(30)) << 5;
    }

    void foldsLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, physicalLines);
        const QByteArray folded = foldICalendarLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QCOMPARE(physical.size(), physicalLines);
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray p = physical.at(i);
            if (p.endsWith('\r'))
                p.chop(1);
            QVERIFY2(p.size() <= 75, p.constData());
            QCOMPARE(i > 0, p.startsWith(' '));
        }
        QCOMPARE(unfoldICalendar(folded), QList<QByteArray>{line});
        QVERIFY2(checkICalendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + folded + "END:VCALENDAR\r\n").problems.isEmpty(),
                 "a folded line is valid on its own");
    }

    void calendarIsValid()
    {
        const ICalCheck check = checkICalendar(calendar());
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        QCOMPARE(check.calendar.name, u"VCALENDAR"_s);
        QCOMPARE(unescapeICalText(check.calendar.one(u"X-WR-CALNAME"_s).value), u"Toezeggingen"_s);
    }

    void unfoldingRoundTrips()
    {
        // Folding every unfolded line again gives back the same bytes.
        const QByteArray ics = calendar();
        QByteArray again;
        for (const QByteArray &line : unfoldICalendar(ics))
            again += foldICalendarLine(line);
        QCOMPARE(again, ics);
    }

    void oneEventPerDatedCommitment()
    {
        const QList<ICalComponent> list = events(calendar());
        int dated = 0;
        for (const TrackedCommitment &c : std::as_const(m_fixture.commitments)) {
            if (!c.deadline.date.isValid())
                continue;
            ++dated;
            const auto event = std::find_if(list.cbegin(), list.cend(), [&](const ICalComponent &e) {
                return e.one(u"UID"_s).value == c.id + u"@promissa"_s;
            });
            QVERIFY2(event != list.cend(), qPrintable(c.number));
            QCOMPARE(event->name, u"VEVENT"_s);
            QCOMPARE(event->one(u"DTSTART"_s).value, c.deadline.date.toString(u"yyyyMMdd"_s));
            QCOMPARE(event->one(u"DTSTART"_s).parameters.value(u"VALUE"_s), u"DATE"_s);
            QCOMPARE(event->one(u"DTEND"_s).value, c.deadline.date.addDays(1).toString(u"yyyyMMdd"_s));
            QCOMPARE(unescapeICalText(event->one(u"SUMMARY"_s).value), c.number + u": "_s + c.phrase);
            const QString description = unescapeICalText(event->one(u"DESCRIPTION"_s).value);
            QVERIFY(description.startsWith(c.text + u"\n"_s));
            QVERIFY(description.contains(u"Brief: 2025-03-04 Actualisatie Nederlandse inzet"_s));
            QVERIFY(description.contains(u"https://zoek.officielebekendmakingen.nl/kst-21501-20-2215.html"_s));
            QCOMPARE(event->one(u"URL"_s).value, u"promissa:commitment/"_s + c.id);
            QCOMPARE(event->one(u"X-PROMISSA-LETTER"_s).value, u"promissa:letter/"_s + m_fixture.letters.value(1).hash);
            QCOMPARE(event->one(u"STATUS"_s).value, c.status == Status::Lapsed ? u"CANCELLED"_s : u"CONFIRMED"_s);
            QCOMPARE(event->one(u"DTSTAMP"_s).value, u"20250620T100000Z"_s);
        }
        QVERIFY(dated >= 4);
        QCOMPARE(list.size(), dated);
    }

    void leavesOutUndatedAndRejected()
    {
        QList<TrackedCommitment> commitments;
        TrackedCommitment dated = m_fixture.commitments.first();
        dated.deadline = {u"1 juli"_s, QDate(2025, 7, 1), Precision::Day, {}};
        TrackedCommitment vague = dated;
        vague.id = u"vague"_s;
        vague.deadline = {u"op korte termijn"_s, {}, Precision::Vague, {}};
        TrackedCommitment rejected = dated;
        rejected.id = u"rejected"_s;
        rejected.rejected = true;
        const QList<ICalComponent> list = events(commitmentsToICalendar({dated, vague, rejected}, m_fixture.letters, {}));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().one(u"UID"_s).value, dated.id + u"@promissa"_s);
    }

    void labelsFollowTheLanguage_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<QString>("letterLabel");
        QTest::addColumn<QString>("partlyDone");
        QTest::newRow("dutch-uses-the-register-words") << false << u"Brief: "_s << u"Status: Deels voldaan"_s;
        QTest::newRow("english") << true << u"Letter: "_s << u"Status: Partly done"_s;
    }

    void labelsFollowTheLanguage()
    {
        QFETCH(bool, english);
        QFETCH(QString, letterLabel);
        QFETCH(QString, partlyDone);
        QString all;
        for (const ICalComponent &e : events(calendar(english)))
            all += unescapeICalText(e.one(u"DESCRIPTION"_s).value);
        QVERIFY(all.contains(letterLabel));
        const bool anyPartlyDone = std::any_of(m_fixture.commitments.cbegin(), m_fixture.commitments.cend(), [](const TrackedCommitment &c) {
            return c.status == Status::PartlyDone && c.deadline.date.isValid();
        });
        QCOMPARE(all.contains(partlyDone), anyPartlyDone);
    }

    void kamerstukUrl_data()
    {
        QTest::addColumn<QString>("kamerstuk");
        QTest::addColumn<QString>("url");
        QTest::newRow("dossier-with-co-number") << u"21501-20-2215"_s << u"https://zoek.officielebekendmakingen.nl/kst-21501-20-2215.html"_s;
        QTest::newRow("budget-chapter") << u"36600-V-12"_s << u"https://zoek.officielebekendmakingen.nl/kst-36600-V-12.html"_s;
        QTest::newRow("plain-dossier") << u"36045-191"_s << u"https://zoek.officielebekendmakingen.nl/kst-36045-191.html"_s;
        QTest::newRow("document-number-is-not-one") << u"2025D09120"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void kamerstukUrl()
    {
        QFETCH(QString, kamerstuk);
        QFETCH(QString, url);
        QCOMPARE(Promissa::kamerstukUrl(kamerstuk), url);
    }

    void matchesReference()
    {
        QVERIFY(Promissa::matchesReference(calendar(), u"deadlines.ics"_s));
    }

    void pythonIcalendarReadsIt()
    {
        // A second opinion from an independent parser, where the build root has one.
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QProcess probe;
        probe.setStandardErrorFile(QProcess::nullDevice());
        if (!python.isEmpty())
            probe.start(python, {u"-c"_s, u"import icalendar"_s});
        if (python.isEmpty() || !probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3-icalendar is not installed here; the checker above still validated the file");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deadlines.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(calendar());
        file.close();
        QProcess p;
        p.start(python,
                {u"-c"_s,
                 u"import sys, icalendar\n"
                 u"cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                 u"events = cal.walk('VEVENT')\n"
                 u"assert all(e.get('UID') and e.get('DTSTART') for e in events)\n"
                 u"print(len(events))\n"_s,
                 path});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(p.readAllStandardOutput().trimmed().toInt(), int(events(calendar()).size()));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
