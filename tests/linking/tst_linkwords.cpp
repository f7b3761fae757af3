// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// LinkWords: the markers of repeats, changes, supplements and fulfilments in
// Dutch sentences, and who speaks (ministry, actor role).

#include "tracker/linking/linkwords.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestLinkWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markers_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("supplement");
        QTest::addColumn<QString>("fulfilment");

        QTest::newRow("zoals-eerder-toegezegd") << u"Zoals eerder toegezegd blijft het kabinet investeren."_s << u"Zoals eerder toegezegd"_s << QString()
                                                << QString() << QString();
        QTest::newRow("zoals-aangekondigd-in-brief") << u"Zoals aangekondigd in mijn brief van 4 maart 2025 zal ik de regeling wijzigen."_s
                                                     << u"Zoals aangekondigd in mijn brief van 4 maart 2025"_s << u"wijzigen"_s << QString() << QString();
        QTest::newRow("zoals-in-de-brief-aangegeven") << u"Het kabinet zal, zoals in de brief van 4 maart aangegeven, het plan uitvoeren."_s
                                                      << u"zoals in de brief van 4 maart aangegeven"_s << QString() << QString() << QString();
        QTest::newRow("nogmaals") << u"Het kabinet bevestigt nogmaals zijn steun."_s << u"bevestigt"_s << QString() << QString() << QString();
        QTest::newRow("later-dan-gemeld") << u"Later dan eerder gemeld zal het kabinet besluiten."_s << QString() << u"Later dan eerder gemeld"_s << QString()
                                          << QString();
        QTest::newRow("uitgesteld") << u"Het besluit wordt uitgesteld tot het najaar."_s << QString() << u"uitgesteld"_s << QString() << QString();
        QTest::newRow("in-plaats-van") << u"Het kabinet kiest in plaats van een subsidie voor een heffing."_s << QString() << u"in plaats van"_s << QString()
                                       << QString();
        QTest::newRow("daarnaast") << u"Daarnaast zal het kabinet de regeling verlengen."_s << QString() << QString() << u"Daarnaast"_s << QString();
        QTest::newRow("hiermee-informeer-ik") << u"Hiermee informeer ik uw Kamer over de voortgang."_s << QString() << QString() << QString()
                                              << u"Hiermee informeer ik"_s;
        QTest::newRow("kom-ik-tegemoet-aan") << u"Met deze brief kom ik tegemoet aan de toezegging om te rapporteren."_s << QString() << QString() << QString()
                                             << u"Met deze brief kom ik tegemoet aan"_s;
        QTest::newRow("geef-ik-invulling-aan") << u"Met deze brief geef ik invulling aan de motie."_s << QString() << QString() << QString()
                                               << u"Met deze brief geef ik invulling aan"_s;
        QTest::newRow("treft-u-hierbij-aan") << u"Zoals toegezegd treft u hierbij het rapport aan."_s << u"Zoals toegezegd"_s << QString() << QString()
                                             << u"treft u hierbij"_s;
        QTest::newRow("plain-sentence") << u"Het kabinet zal de regeling evalueren."_s << QString() << QString() << QString() << QString();
        QTest::newRow("past-announcement-is-no-fulfilment")
            << u"In de brief van 4 maart heb ik aangekondigd dat ik u zou informeren."_s << QString() << QString() << QString() << QString();
    }

    void markers()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, repeat);
        QFETCH(QString, change);
        QFETCH(QString, supplement);
        QFETCH(QString, fulfilment);
        QCOMPARE(LinkWords::repeatMarker(sentence), repeat);
        QCOMPARE(LinkWords::changeMarker(sentence), change);
        QCOMPARE(LinkWords::supplementMarker(sentence), supplement);
        QCOMPARE(LinkWords::fulfilmentMarker(sentence), fulfilment);
    }

    void explicitSupplementNamesItsObject()
    {
        const LinkWords::PointingMarker m =
            LinkWords::explicitSupplementMarker(u"In aanvulling op de eerder aangekondigde sancties, zet het kabinet in op meer."_s);
        QCOMPARE(m.text, u"In aanvulling op"_s);
        QCOMPARE(m.object, u"de eerder aangekondigde sancties"_s);
        QVERIFY(LinkWords::explicitSupplementMarker(u"Het kabinet zal aanvullende maatregelen nemen."_s).text.isEmpty());
    }

    void negation()
    {
        QVERIFY(LinkWords::isNegative(u"zal het kabinet niet uitbreiden"_s));
        QVERIFY(LinkWords::isNegative(u"komt er geen regeling"_s));
        QVERIFY(!LinkWords::isNegative(u"zal het kabinet de nieten tellen"_s));
    }

    void ministries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("letterhead") << u"Ministerie van Buitenlandse Zaken"_s << u"Buitenlandse Zaken"_s;
        QTest::newRow("signature") << u"De minister van Defensie,"_s << u"Defensie"_s;
        QTest::newRow("minister-voor") << u"De minister voor Buitenlandse Handel en Ontwikkelingshulp,"_s << u"Buitenlandse Handel en Ontwikkelingshulp"_s;
        QTest::newRow("state-secretary") << u"De staatssecretaris van Financiën"_s << u"Financiën"_s;
        QTest::newRow("bare-name") << u"Volksgezondheid, Welzijn en Sport"_s << u"Volksgezondheid, Welzijn en Sport"_s;
    }

    void ministries()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const LinkWords::Ministry m = LinkWords::ministryOf(text);
        QCOMPARE(m.name, name);
        QCOMPARE(m.key, LinkWords::ministryOf(QString(u"Ministerie van "_s + name)).key);
    }

    void ministriesOfALetter()
    {
        const QList<LinkWords::Ministry> list = LinkWords::ministriesOf(u"Ministerie van Buitenlandse Zaken"_s,
            { { u"De minister van Buitenlandse Zaken,"_s, QString() },
                { u"De minister van Defensie,"_s, QString() },
                { u"De minister-president,"_s, QString() } });
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).name, u"Defensie"_s);
    }

    void actorRoles()
    {
        QCOMPARE(LinkWords::actorRole(u"het kabinet"_s), u"kabinet"_s);
        QCOMPARE(LinkWords::actorRole(u"Nederland"_s), u"kabinet"_s);
        QCOMPARE(LinkWords::actorRole(u"we"_s), u"kabinet"_s);
        QCOMPARE(LinkWords::actorRole(u"De minister van Defensie"_s), u"minister van defensie"_s);
        QVERIFY(LinkWords::actorRole(u"ik"_s) != LinkWords::actorRole(u"het kabinet"_s));
    }
};

QTEST_GUILESS_MAIN(TestLinkWords)
#include "tst_linkwords.moc"
