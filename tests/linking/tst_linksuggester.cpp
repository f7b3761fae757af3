// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// LinkSuggester on composed candidates: one row per kind of evidence and
// per link type, the candidates it must never propose, the weight of rare
// terms, and its limits. The new letters are real text run through the
// importer and the analyzer; the tracked side is built in memory.

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/linking/linksuggester.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

constexpr qint64 NewLetterId = 50;
constexpr qint64 OldLetterId = 10;

struct NewLetter {
    Letter letter;
    Analysis analysis;
    QStringList ids;
};

LinkCandidate candidate(const QString &id, const QString &text, const QString &ministry = u"Ministerie van Volksgezondheid, Welzijn en Sport"_s)
{
    LinkCandidate c;
    c.commitment.id = id;
    c.commitment.letterId = OldLetterId;
    c.commitment.text = text;
    c.commitment.phrase = text;
    c.commitment.actor = u"het kabinet"_s;
    c.commitment.status = Status::Open;
    c.letter.id = OldLetterId;
    c.letter.date = QDate(2025, 1, 14);
    c.letter.ministry = ministry;
    c.letter.subject = u"Eerdere brief"_s;
    return c;
}

NewLetterContext contextOf(const NewLetter &n)
{
    NewLetterContext context;
    context.letterId = NewLetterId;
    context.letter = &n.letter;
    context.analysis = &n.analysis;
    context.commitmentIds = n.ids;
    return context;
}

bool hasEvidence(const LinkSuggestion &s, const QString &prefix)
{
    return std::any_of(s.evidence.cbegin(), s.evidence.cend(), [&](const QString &e) {
        return e.startsWith(prefix);
    });
}

QString describe(const QList<LinkSuggestion> &list)
{
    QStringList lines;
    for (const LinkSuggestion &s : list)
        lines << QString::number(int(s.type)) + u' ' + s.fromCommitment + u" -> "_s + s.toCommitment + u' ' + QString::number(s.score, 'f', 2) + u" ["_s +
                s.evidence.join(u"; "_s) + u']';
    return lines.join(u'\n');
}

} // namespace

class TestLinkSuggester : public QObject
{
    Q_OBJECT

    Analyzer m_analyzer;

    NewLetter newLetter(const QString &body, const QString &ministry = u"Sociale Zaken en Werkgelegenheid"_s)
    {
        const QString text =
            u"Datum 1 mei 2025\nBetreft Voortgangsbrief\n\nGeachte voorzitter,\n\n"_s + body + u"\n\nHoogachtend,\n\nDe minister van "_s + ministry + u",\n"_s;
        NewLetter n;
        auto imported = importLetterData(text.toUtf8(), u"nieuw.txt"_s);
        if (!imported) {
            qWarning().noquote() << imported.error().message;
            return n;
        }
        n.letter = *imported;
        // Who writes is set here, not read from a letterhead: these rows are
        // about the suggester, not the importer.
        n.letter.metadata.ministry = u"Ministerie van "_s + ministry;
        AnalyzerOptions options;
        options.letterDate = QDate(2025, 5, 1);
        n.analysis = m_analyzer.analyze(n.letter, options);
        for (qsizetype i = 0; i < n.analysis.commitments.size(); ++i)
            n.ids << u"n"_s + QString::number(i);
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void evidence_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("ministry"); // of the new letter
        QTest::addColumn<QString>("tracked"); // the tracked commitment's sentence
        QTest::addColumn<QString>("deadlineText");
        QTest::addColumn<QDate>("deadlineDate");
        QTest::addColumn<QString>("deadlineEvent");
        QTest::addColumn<QString>("kamerstuk"); // of the tracked letter
        QTest::addColumn<bool>("referenced"); // the new letter refers to the tracked letter
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("evidence"); // some evidence line starts with this

        const QString szw = u"Sociale Zaken en Werkgelegenheid"_s;
        const QString vws = u"Volksgezondheid, Welzijn en Sport"_s;
        const QString heatPumps = u"Het kabinet zal een subsidieregeling voor warmtepompen in huurwoningen invoeren."_s;
        const QString youthCare = u"Het kabinet zal de evaluatie van de jeugdzorg uiterlijk 1 juli 2025 naar uw Kamer sturen."_s;
        const QString waitingLists = u"Het kabinet zal de wachtlijsten in de jeugdzorg terugdringen."_s;
        const int repeats = int(LinkType::Repeats);
        const int changes = int(LinkType::Changes);
        const int supplements = int(LinkType::Supplements);
        const int fulfils = int(LinkType::Fulfils);

        QTest::newRow("shared-terms-alone-read-as-repeat")
            << u"Het kabinet zal de subsidieregeling voor warmtepompen in huurwoningen uitbreiden."_s << szw
            << u"Het kabinet zal de subsidieregeling voor warmtepompen in huurwoningen uitbreiden en vereenvoudigen."_s << QString() << QDate() << QString()
            << QString() << false << repeats << u"shared terms: "_s;
        QTest::newRow("same-event") << u"Daarnaast zal het kabinet voor de NAVO-top een voorstel doen over de luchtverdediging van de Nederlandse havens."_s
                                    << szw << u"Het kabinet zal in aanloop naar de NAVO-top een besluit nemen over de luchtverdediging van de havens."_s
                                    << u"in aanloop naar de NAVO-top"_s << QDate(2025, 6, 24) << u"NAVO-top 2025 (Den Haag, 24-25 juni)"_s << QString() << false
                                    << supplements << u"same event: NAVO-top 2025"_s;
        QTest::newRow("same-deadline") << u"Zoals eerder toegezegd zal het kabinet uiterlijk 1 juli 2025 de evaluatie van de jeugdzorg naar uw Kamer sturen."_s
                                       << szw << youthCare << u"uiterlijk 1 juli 2025"_s << QDate(2025, 7, 1) << QString() << QString() << false << repeats
                                       << u"same deadline: 1 juli 2025"_s;
        QTest::newRow("deadline-moves-is-a-change") << u"Het kabinet zal de evaluatie van de jeugdzorg uiterlijk 1 oktober 2025 naar uw Kamer sturen."_s << szw
                                                    << youthCare << u"uiterlijk 1 juli 2025"_s << QDate(2025, 7, 1) << QString() << QString() << false
                                                    << changes << u"deadline moves from 1 juli 2025 to 1 oktober 2025 (later)"_s;
        QTest::newRow("refers-to-the-letter-by-date")
            << u"In mijn brief van 14 januari 2025 ging het over de jeugdzorg. Zoals eerder toegezegd blijft het kabinet de wachtlijsten in de jeugdzorg terugdringen."_s
            << szw << waitingLists << QString() << QDate() << QString() << QString() << true << repeats << u"refers to the letter of 14 januari 2025"_s;
        QTest::newRow("refers-to-the-letter-by-kamerstuk")
            << u"Zoals eerder toegezegd (Kamerstuk 31 839, nr. 1012) blijft het kabinet de wachtlijsten in de jeugdzorg terugdringen."_s << szw << waitingLists
            << QString() << QDate() << QString() << u"31839-1012"_s << true << repeats << u"refers to Kamerstuk 31839-1012"_s;
        QTest::newRow("same-ministry") << u"Zoals eerder toegezegd blijft het kabinet de wachtlijsten in de jeugdzorg terugdringen."_s << vws << waitingLists
                                       << QString() << QDate() << QString() << QString() << false << repeats
                                       << u"same ministry: Volksgezondheid, Welzijn en Sport"_s;
        QTest::newRow("repeat-marker") << u"Zoals aangekondigd zal het kabinet de wachtlijsten in de jeugdzorg terugdringen."_s << szw << waitingLists
                                       << QString() << QDate() << QString() << QString() << false << repeats << u"marker: 'Zoals aangekondigd'"_s;
        QTest::newRow("change-marker")
            << u"Het kabinet zal in plaats van een subsidieregeling een fiscale regeling voor warmtepompen in huurwoningen invoeren."_s << szw << heatPumps
            << QString() << QDate() << QString() << QString() << false << changes << u"marker: 'in plaats van'"_s;
        QTest::newRow("supplement-marker")
            << u"In aanvulling op de subsidieregeling zal het kabinet de aanschaf van warmtepompen in huurwoningen fiscaal aftrekbaar maken."_s << szw
            << heatPumps << QString() << QDate() << QString() << QString() << false << supplements << u"marker: 'In aanvulling op'"_s;
        QTest::newRow("fulfilment-marker") << u"Hiermee informeer ik uw Kamer over de evaluatie van de jeugdzorg."_s << szw
                                           << u"Het kabinet zal uw Kamer voor de zomer informeren over de evaluatie van de jeugdzorg."_s << QString() << QDate()
                                           << QString() << QString() << false << fulfils << u"marker: 'Hiermee informeer ik'"_s;
        QTest::newRow("negation-flip-is-a-change") << u"Het kabinet zal de subsidieregeling voor warmtepompen in huurwoningen niet uitbreiden."_s << szw
                                                   << u"Het kabinet zal de subsidieregeling voor warmtepompen in huurwoningen uitbreiden."_s << QString()
                                                   << QDate() << QString() << QString() << false << changes << u"now negated: "_s;
    }

    void evidence()
    {
        QFETCH(QString, body);
        QFETCH(QString, ministry);
        QFETCH(QString, tracked);
        QFETCH(QString, deadlineText);
        QFETCH(QDate, deadlineDate);
        QFETCH(QString, deadlineEvent);
        QFETCH(QString, kamerstuk);
        QFETCH(bool, referenced);
        QFETCH(int, type);
        QFETCH(QString, evidence);

        const NewLetter n = newLetter(body, ministry);
        const bool fulfilment = LinkType(type) == LinkType::Fulfils;
        QVERIFY2(fulfilment || !n.analysis.commitments.isEmpty(), "the analyzer found no commitment in the new letter");

        LinkCandidate c = candidate(u"t1"_s, tracked);
        c.commitment.deadline.text = deadlineText;
        c.commitment.deadline.date = deadlineDate;
        c.commitment.deadline.event = deadlineEvent;
        c.letter.kamerstuk = kamerstuk;
        NewLetterContext context = contextOf(n);
        if (referenced)
            context.referencedLetters << OldLetterId;

        const QList<LinkSuggestion> list = LinkSuggester::suggest(context, { c });
        QVERIFY2(!list.isEmpty(), "no suggestion");
        const LinkSuggestion &top = list.first();
        QVERIFY2(top.type == LinkType(type), qPrintable(describe(list)));
        QCOMPARE(top.toCommitment, u"t1"_s);
        QCOMPARE(top.fromLetter, NewLetterId);
        if (fulfilment)
            QVERIFY(top.fromCommitment.isEmpty());
        else
            QVERIFY(n.ids.contains(top.fromCommitment));
        QVERIFY2(hasEvidence(top, evidence), qPrintable(describe(list)));
        QVERIFY2(hasEvidence(top, u"shared terms: "_s), qPrintable(describe(list)));
        QVERIFY(top.score >= 0.35 && top.score <= 1.0);
        // Evidence names only what is there.
        QVERIFY2(referenced || !hasEvidence(top, u"refers to"_s), qPrintable(describe(list)));
        QVERIFY2(!deadlineEvent.isEmpty() || !hasEvidence(top, u"same event"_s), qPrintable(describe(list)));
        QVERIFY2(!deadlineText.isEmpty() || !(hasEvidence(top, u"same deadline"_s) || hasEvidence(top, u"deadline moves"_s)), qPrintable(describe(list)));
    }

    void noSuggestion_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("tracked");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<bool>("sameLetter"); // the tracked commitment stands in the new letter itself
        QTest::addColumn<bool>("ownId"); // it is one of the new letter's own commitments

        const QString body = u"Zoals eerder toegezegd blijft het kabinet de wachtlijsten in de jeugdzorg terugdringen."_s;
        const QString same = u"Het kabinet zal de wachtlijsten in de jeugdzorg terugdringen."_s;
        const int open = int(Status::Open);
        QTest::newRow("done-is-closed") << body << same << int(Status::Done) << false << false << false;
        QTest::newRow("lapsed-is-closed") << body << same << int(Status::Lapsed) << false << false << false;
        QTest::newRow("rejected-is-no-commitment") << body << same << open << true << false << false;
        QTest::newRow("own-letter") << body << same << open << false << true << false;
        QTest::newRow("own-commitment") << body << same << open << false << false << true;
        QTest::newRow("one-shared-word-is-not-enough") << u"Het kabinet zal de jeugdzorg in de regio versterken."_s
                                                       << u"Het kabinet zal de jeugdzorg evalueren met gemeenten."_s << open << false << false << false;
        QTest::newRow("marker-without-content") << body << u"Het kabinet zal de subsidieregeling voor warmtepompen uitbreiden."_s << open << false << false
                                                << false;
    }

    void noSuggestion()
    {
        QFETCH(QString, body);
        QFETCH(QString, tracked);
        QFETCH(int, status);
        QFETCH(bool, rejected);
        QFETCH(bool, sameLetter);
        QFETCH(bool, ownId);

        const NewLetter n = newLetter(body);
        QVERIFY(!n.analysis.commitments.isEmpty());
        LinkCandidate c = candidate(ownId ? n.ids.first() : u"t1"_s, tracked);
        c.commitment.status = Status(status);
        c.commitment.rejected = rejected;
        if (sameLetter) {
            c.commitment.letterId = NewLetterId;
            c.letter.id = NewLetterId;
        }
        const QList<LinkSuggestion> list = LinkSuggester::suggest(contextOf(n), { c }, 3, 0.0);
        QVERIFY2(list.isEmpty(), qPrintable(describe(list)));
    }

    void partlyDoneIsStillOpen()
    {
        const NewLetter n = newLetter(u"Zoals eerder toegezegd blijft het kabinet de wachtlijsten in de jeugdzorg terugdringen."_s);
        LinkCandidate c = candidate(u"t1"_s, u"Het kabinet zal de wachtlijsten in de jeugdzorg terugdringen."_s);
        c.commitment.status = Status::PartlyDone;
        const QList<LinkSuggestion> list = LinkSuggester::suggest(contextOf(n), { c });
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().type, LinkType::Repeats);
    }

    void rareTermsWeighMore()
    {
        // Both candidates share two words with the new commitment; "scholen"
        // and "gemeenten" stand in many tracked commitments, "zonnepanelen"
        // and "daken" in one.
        const NewLetter n = newLetter(u"Het kabinet zal zonnepanelen op de daken van scholen in kleine gemeenten stimuleren."_s);
        QList<LinkCandidate> tracked{
            candidate(u"rare"_s, u"Het kabinet zal zonnepanelen op daken van bedrijven subsidiëren."_s),
            candidate(u"common"_s, u"Het kabinet zal scholen in gemeenten ondersteunen."_s),
            candidate(u"f1"_s, u"Het kabinet zal met scholen en gemeenten afspraken maken over huisvesting."_s),
            candidate(u"f2"_s, u"Het kabinet zal scholen en gemeenten helpen bij het lerarentekort."_s),
            candidate(u"f3"_s, u"Het kabinet zal de gemeenten compenseren voor de kosten van scholen."_s),
            candidate(u"f4"_s, u"Het kabinet zal scholen in krimpgemeenten openhouden, samen met de gemeenten."_s),
        };
        const QList<LinkSuggestion> list = LinkSuggester::suggest(contextOf(n), tracked, 10, 0.0);
        const auto at = [&](const QString &id) {
            return std::find_if(list.cbegin(), list.cend(), [&](const LinkSuggestion &s) {
                return s.toCommitment == id;
            }) - list.cbegin();
        };
        QVERIFY2(at(u"rare"_s) < list.size(), qPrintable(describe(list)));
        QVERIFY2(at(u"rare"_s) < at(u"common"_s), qPrintable(describe(list)));
    }

    void limitsAndOrder_data()
    {
        QTest::addColumn<int>("perCommitment");
        QTest::addColumn<double>("minimumScore");
        QTest::newRow("all") << 10 << 0.0;
        QTest::newRow("one-per-commitment") << 1 << 0.0;
        QTest::newRow("high-threshold") << 10 << 0.6;
        QTest::newRow("none-asked") << 0 << 0.0;
    }

    void limitsAndOrder()
    {
        QFETCH(int, perCommitment);
        QFETCH(double, minimumScore);
        const NewLetter n =
            newLetter(u"Zoals eerder toegezegd blijft het kabinet de wachtlijsten in de jeugdzorg terugdringen. Het kabinet zal de subsidieregeling voor "
                      "warmtepompen in huurwoningen uitbreiden."_s);
        QCOMPARE(n.analysis.commitments.size(), 2);
        const QList<LinkCandidate> tracked{
            candidate(u"a"_s, u"Het kabinet zal de wachtlijsten in de jeugdzorg terugdringen."_s),
            candidate(u"b"_s, u"Het kabinet zal de wachtlijsten in de jeugdzorg en de ggz in kaart brengen."_s),
            candidate(u"c"_s, u"Het kabinet zal de subsidieregeling voor warmtepompen in huurwoningen invoeren."_s),
            candidate(u"d"_s, u"Het kabinet zal warmtepompen in huurwoningen stimuleren."_s),
        };
        const QList<LinkSuggestion> list = LinkSuggester::suggest(contextOf(n), tracked, perCommitment, minimumScore);
        if (perCommitment == 0) {
            QVERIFY(list.isEmpty());
            return;
        }
        QVERIFY(!list.isEmpty());
        QHash<QString, int> perFrom;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const LinkSuggestion &s = list.at(i);
            QVERIFY(s.score >= minimumScore && s.score <= 1.0);
            QVERIFY(!s.evidence.isEmpty());
            if (i > 0)
                QVERIFY2(list.at(i - 1).score >= s.score, qPrintable(describe(list)));
            QVERIFY(++perFrom[s.fromCommitment] <= perCommitment);
        }
    }

    void nothingToCompare()
    {
        const NewLetter n = newLetter(u"Het kabinet zal de wachtlijsten in de jeugdzorg terugdringen."_s);
        QVERIFY(LinkSuggester::suggest(contextOf(n), {}).isEmpty());
        NewLetterContext noLetter = contextOf(n);
        noLetter.letter = nullptr;
        QVERIFY(LinkSuggester::suggest(noLetter, { candidate(u"t1"_s, u"Het kabinet zal de wachtlijsten in de jeugdzorg terugdringen."_s) }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLinkSuggester)
#include "tst_linksuggester.moc"
