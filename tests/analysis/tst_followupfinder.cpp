// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Announced documents and decisions: the government's own and those of third
// parties to watch; past deliveries are never follow-ups.

#include "analysis/followupfinder.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

Letter letterFromLine(const QString &line)
{
    Letter letter;
    letter.text = line;
    letter.paragraphs.append(Paragraph{ParagraphKind::Body, TextRange{0, line.size()}});
    letter.sentences.append(Sentence{TextRange{0, line.size()}, 0});
    return letter;
}

QList<TimeExpression> futureTimes(const Letter &letter, const QStringList &phrases)
{
    QList<TimeExpression> times;
    for (const QString &p : phrases) {
        const qsizetype at = letter.text.indexOf(p);
        Q_ASSERT(at >= 0);
        TimeExpression t;
        t.range = TextRange{at, at + p.size()};
        t.text = p;
        t.relation = Relation::Future;
        t.type = TimeType::Period;
        times.append(t);
    }
    return times;
}

} // namespace

class TestFollowUpFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sentences_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<bool>("found");
        QTest::addColumn<bool>("external");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("actor");

        // The government's own announcements.
        QTest::newRow("inform-kamer-zal") << u"Ik zal uw Kamer voor de zomer informeren over de voortgang van de woningbouw."_s
                                          << QStringList{u"voor de zomer"_s} << true << false << u"information"_s << u"ik"_s;
        QTest::newRow("kamer-receives-letter") << u"Voor de zomer ontvangt uw Kamer een brief over de toekomst van het mbo."_s
                                               << QStringList{u"Voor de zomer"_s} << true << false << u"letter"_s << u"het kabinet"_s;
        QTest::newRow("cabinet-decision") << u"Op basis van het advies zal het kabinet binnenkort een besluit nemen over de stikstofnorm."_s
                                          << QStringList{} << true << false << u"decision"_s << u"het kabinet"_s;
        QTest::newRow("cabinet-reaction") << u"Het kabinet komt in het najaar met een reactie op het rapport van de commissie."_s
                                          << QStringList{u"in het najaar"_s} << true << false << u"reaction"_s << u"het kabinet"_s;
        QTest::newRow("come-back-letter") << u"Ik kom hier in de volgende voortgangsbrief op terug."_s << QStringList{} << true << false
                                          << u"letter"_s << u"ik"_s;
        QTest::newRow("bill-submission") << u"De staatssecretaris zal na de zomer een wetsvoorstel indienen bij uw Kamer."_s
                                         << QStringList{u"na de zomer"_s} << true << false << u"proposal"_s << u"de staatssecretaris"_s;
        QTest::newRow("consult-kamer") << u"Wij zullen uw Kamer consulteren over de hoofdlijnen van de nieuwe pensioenregeling."_s
                                       << QStringList{} << true << false << u"consultation"_s << u"wij"_s;
        // Third parties worth watching.
        QTest::newRow("commission-white-paper") << u"De Commissie zal op korte termijn een witboek publiceren over defensie."_s
                                                << QStringList{u"op korte termijn"_s} << true << true << u"publication"_s << u"De Commissie"_s;
        QTest::newRow("commission-proposals") << u"De voorzitter van de Europese Commissie zal bij die gelegenheid voorstellen presenteren."_s
                                              << QStringList{} << true << true << u"proposal"_s << u"De voorzitter van de Europese Commissie"_s;
        QTest::newRow("council-of-state-advice") << u"Naar verwachting zal de Raad van State in het voorjaar een advies uitbrengen."_s
                                                 << QStringList{u"in het voorjaar"_s} << true << true << u"publication"_s << u"de Raad van State"_s;
        // Never a follow-up.
        QTest::newRow("past-delivery") << u"Uw Kamer ontving vandaag de kabinetsreactie op het CAVV-advies."_s << QStringList{} << false
                                       << false << QString() << QString();
        QTest::newRow("past-letter-sent") << u"Op 12 maart jl. heeft het kabinet uw Kamer een brief gestuurd over de zorgkosten."_s
                                          << QStringList{} << false << false << QString() << QString();
        QTest::newRow("this-letter") << u"Met deze brief informeer ik uw Kamer over de stand van zaken van de asielopvang."_s
                                     << QStringList{} << false << false << QString() << QString();
        QTest::newRow("third-party-meeting") << u"Over enige tijd zullen regeringsleiders weer bij elkaar komen om te spreken."_s
                                             << QStringList{} << false << false << QString() << QString();
        QTest::newRow("restating-this-letter") << u"Zoals eerder in deze brief aangegeven blijft het kabinet de regio's onverminderd steunen."_s
                                               << QStringList{} << false << false << QString() << QString();
        QTest::newRow("action-not-document") << u"Het kabinet zet zich in voor een krachtige NAVO."_s << QStringList{} << false
                                             << false << QString() << QString();
        QTest::newRow("third-party-must") << u"Europa zal zelf een strategie moeten presenteren."_s << QStringList{} << false << false
                                          << QString() << QString();
    }

    void sentences()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, times);
        QFETCH(bool, found);
        QFETCH(bool, external);
        QFETCH(QString, type);
        QFETCH(QString, actor);

        const Letter letter = letterFromLine(sentence);
        const QList<FollowUp> followUps = FollowUpFinder().find(letter, futureTimes(letter, times));
        QCOMPARE(followUps.size(), found ? 1 : 0);
        if (!found)
            return;
        const FollowUp &f = followUps.first();
        QCOMPARE(f.external, external);
        QCOMPARE(followUpTypeName(f.type), type);
        QCOMPARE(f.actor, actor);
        QCOMPARE(f.sentence, 0);
        QVERIFY(f.range.length() > 0);
        QCOMPARE(f.when.has_value(), !times.isEmpty());
    }

    void exampleLetter()
    {
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        const QList<FollowUp> followUps = FollowUpFinder().find(*letter, {});
        auto sentenceOf = [&](const FollowUp &f) { return letter->slice(letter->sentences[f.sentence].range).toString(); };
        bool whitePaper = false, proposals = false, decision = false;
        for (const FollowUp &f : followUps) {
            const QString s = sentenceOf(f);
            QVERIFY2(!s.contains(u"ontving vandaag"_s), "a past delivery is no follow-up");
            whitePaper = whitePaper || (f.external && s.contains(u"witboek publiceren"_s) && f.type == FollowUpType::Publication);
            proposals = proposals || (f.external && s.contains(u"voorstellen presenteren"_s) && f.type == FollowUpType::Proposal);
            decision = decision || (!f.external && s.contains(u"binnenkort een besluit nemen"_s) && f.type == FollowUpType::Decision);
        }
        QVERIFY(whitePaper);
        QVERIFY(proposals);
        QVERIFY(decision);
    }
};

QTEST_GUILESS_MAIN(TestFollowUpFinder)
#include "tst_followupfinder.moc"
