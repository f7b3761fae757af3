// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// TermIndex: which Dutch words count as the same term, which count as none,
// and that rare terms weigh more than common ones.

#include "tracker/linking/termindex.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestTermIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameTerm_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural-s") << u"sancties"_s << u"sanctie"_s;
        QTest::newRow("plural-en") << u"landen"_s << u"land"_s;
        QTest::newRow("infinitive-and-stem") << u"steunen"_s << u"steun"_s;
        QTest::newRow("inflected-adjective-with-diaeresis") << u"financiële"_s << u"financieel"_s;
        QTest::newRow("long-vowel-plural") << u"zaken"_s << u"zaak"_s;
        QTest::newRow("noun-in-ing-and-verb") << u"bespreking"_s << u"bespreken"_s;
        QTest::newRow("plural-ingen") << u"afspraken"_s << u"afspraak"_s;
        QTest::newRow("heden-heid") << u"mogelijkheden"_s << u"mogelijkheid"_s;
        QTest::newRow("diacritics-and-case") << u"Oekraïne"_s << u"oekraine"_s;
        QTest::newRow("double-consonant") << u"bommen"_s << u"bom"_s;
    }

    void sameTerm()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(!TermIndex::stem(a).isEmpty());
        QCOMPARE(TermIndex::stem(a), TermIndex::stem(b));
    }

    void differentTerms()
    {
        QVERIFY(TermIndex::stem(u"sancties"_s) != TermIndex::stem(u"steun"_s));
        QVERIFY(TermIndex::stem(u"wapen"_s) != TermIndex::stem(u"water"_s));
    }

    void noTerm_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("function-word") << u"het"_s;
        QTest::newRow("short") << u"EU"_s;
        QTest::newRow("number") << u"2025"_s;
        QTest::newRow("stock-phrase") << u"toezegging"_s;
        QTest::newRow("repeat-marker") << u"nogmaals"_s;
        QTest::newRow("month") << u"maart"_s;
        QTest::newRow("inflected-stop-word") << u"aangekondigde"_s;
        QTest::newRow("capitalised-stop-word") << u"Kabinet"_s;
    }

    void noTerm()
    {
        QFETCH(QString, word);
        QVERIFY2(TermIndex::stem(word).isEmpty(), qPrintable(TermIndex::stem(word)));
    }

    void termsAreSortedUniqueAndShownAsWritten()
    {
        TermIndex index;
        const TermIndex::Terms terms = index.terms(u"Steun aan Oekraïne: de steun voor Oekraïne blijft."_s);
        QCOMPARE(terms.size(), 2);
        QVERIFY(terms.at(0) < terms.at(1));
        QStringList shown;
        for (int t : terms)
            shown << index.display(t);
        shown.sort();
        QCOMPARE(shown, (QStringList{ u"Oekraïne"_s, u"steun"_s }));
    }

    void rareTermsWeighMore()
    {
        TermIndex index;
        const TermIndex::Terms a = index.terms(u"munitie voor Oekraïne"_s);
        index.addDocument(a);
        index.addDocument(index.terms(u"wederopbouw van Oekraïne"_s));
        index.addDocument(index.terms(u"energie voor Oekraïne"_s));
        const int munitie = index.terms(u"munitie"_s).first();
        const int oekraine = index.terms(u"Oekraïne"_s).first();
        QVERIFY(index.weight(munitie) > index.weight(oekraine));
        QVERIFY(index.weight(oekraine) >= 1.0);
        QCOMPARE(sharedTerms(a, index.terms(u"steun aan Oekraïne"_s)), TermIndex::Terms{ oekraine });
    }
};

QTEST_GUILESS_MAIN(TestTermIndex)
#include "tst_termindex.moc"
