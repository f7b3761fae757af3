// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// ReferenceResolver on a small tracker of letters: every kind of reference,
// the ministry as the tie-breaker between letters of one day, ambiguity,
// and that a letter never resolves to itself.

#include "tracker/linking/referenceresolver.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

TrackedLetter letter(qint64 id, QDate date, const QString &ministry, const QString &subject, const QString &kamerstuk = {}, const QString &document = {})
{
    TrackedLetter l;
    l.id = id;
    l.hash = u"hash-"_s + QString::number(id);
    l.date = date;
    l.ministry = ministry;
    l.subject = subject;
    l.kamerstuk = kamerstuk;
    l.documentNumber = document;
    return l;
}

// Two letters of 4 March 2025 (BZ, LNV), two of 17 February (BZ, Defensie),
// two cabinet reactions, a white paper and, to prove that motions never
// resolve, a letter that carries the motion's Kamerstuk number.
QList<TrackedLetter> trackedLetters()
{
    return {
        letter(1,
            { 2025, 3, 4 },
            u"Ministerie van Buitenlandse Zaken"_s,
            u"Actualisatie Nederlandse inzet ten aanzien van de Russische oorlog tegen Oekraïne"_s,
            u"21501-20-2215"_s,
            u"2025D09120"_s),
        letter(2,
            { 2025, 3, 4 },
            u"Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"_s,
            u"Geannoteerde agenda Landbouw- en Visserijraad van 24 maart 2025"_s,
            u"21 501-32, nr. 1701"_s,
            u"2025.D.09077"_s),
        letter(3, { 2025, 2, 17 }, u"Ministerie van Buitenlandse Zaken"_s, u"Kabinetsreactie op het CAVV-advies over confiscatie van staatseigendommen"_s),
        letter(4, { 2025, 2, 17 }, u"Ministerie van Defensie"_s, u"Voortgang Defensie Industrie Strategie"_s),
        letter(5, { 2025, 1, 20 }, u"Ministerie van Financiën"_s, u"Kabinetsreactie op het IBO Zorgfinanciering"_s),
        letter(6, { 2025, 1, 10 }, u"Ministerie van Defensie"_s, u"Eerste appreciatie van het Witboek Europese defensie"_s),
        letter(8, { 2024, 12, 12 }, u"Ministerie van Buitenlandse Zaken"_s, u"Uitvoering van moties over Oekraïne"_s, u"36045-191"_s),
    };
}

} // namespace

class TestReferenceResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resolve_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("fromId");
        QTest::addColumn<QString>("fromMinistry");
        QTest::addColumn<QString>("fromSignature"); // a signatory's function, when the ministry is not stated
        QTest::addColumn<qint64>("expected");

        const int kamerstuk = int(ReferenceKind::Kamerstuk);
        const int document = int(ReferenceKind::DocumentNumber);
        const int dated = int(ReferenceKind::Letter);
        const int named = int(ReferenceKind::NamedDocument);
        const int motion = int(ReferenceKind::Motion);
        const QString bz = u"Ministerie van Buitenlandse Zaken"_s;

        QTest::newRow("kamerstuk-key") << kamerstuk << u"21501-20-2215"_s << qint64(20) << bz << QString() << qint64(1);
        QTest::newRow("kamerstuk-stored-as-printed") << kamerstuk << u"21501-32-1701"_s << qint64(20) << bz << QString() << qint64(2);
        QTest::newRow("kamerstuk-not-tracked") << kamerstuk << u"21501-20-2216"_s << qint64(20) << bz << QString() << qint64(0);
        QTest::newRow("document-number") << document << u"2025D09120"_s << qint64(20) << bz << QString() << qint64(1);
        QTest::newRow("document-number-stored-with-dots") << document << u"2025D09077"_s << qint64(20) << bz << QString() << qint64(2);
        QTest::newRow("document-number-not-tracked") << document << u"2025D00001"_s << qint64(20) << bz << QString() << qint64(0);
        QTest::newRow("letter-date-only-one-that-day") << dated << u"Kamerbrief 2025-01-20"_s << qint64(20) << bz << QString() << qint64(5);
        QTest::newRow("letter-date-brief-spelling") << dated << u"brief 2025-01-10"_s << qint64(20) << bz << QString() << qint64(6);
        QTest::newRow("letter-date-same-ministry-wins") << dated << u"Kamerbrief 2025-03-04"_s << qint64(20) << bz << QString() << qint64(1);
        QTest::newRow("letter-date-other-ministry-wins")
            << dated << u"Kamerbrief 2025-03-04"_s << qint64(20) << u"Landbouw, Visserij, Voedselzekerheid en Natuur"_s << QString() << qint64(2);
        QTest::newRow("letter-date-ministry-from-signature")
            << dated << u"Kamerbrief 2025-02-17"_s << qint64(20) << QString() << u"De minister van Defensie,"_s << qint64(4);
        QTest::newRow("letter-date-ambiguous-other-ministry")
            << dated << u"Kamerbrief 2025-03-04"_s << qint64(20) << u"Ministerie van Onderwijs, Cultuur en Wetenschap"_s << QString() << qint64(0);
        QTest::newRow("letter-date-none-that-day") << dated << u"Kamerbrief 2024-11-30"_s << qint64(20) << bz << QString() << qint64(0);
        QTest::newRow("named-letter-by-subject") << dated << u"kabinetsreactie CAVV-advies"_s << qint64(20) << bz << QString() << qint64(3);
        QTest::newRow("named-document-unique") << named << u"witboek"_s << qint64(20) << bz << QString() << qint64(6);
        QTest::newRow("named-document-ambiguous") << named << u"kabinetsreactie"_s << qint64(20) << bz << QString() << qint64(0);
        QTest::newRow("named-document-unknown") << named << u"regeerprogramma"_s << qint64(20) << bz << QString() << qint64(0);
        QTest::newRow("motion-never-a-letter") << motion << u"36045-191"_s << qint64(20) << bz << QString() << qint64(0);
        QTest::newRow("never-itself-by-kamerstuk") << kamerstuk << u"21501-20-2215"_s << qint64(1) << bz << QString() << qint64(0);
        QTest::newRow("never-itself-by-date") << dated << u"Kamerbrief 2025-01-20"_s << qint64(5) << bz << QString() << qint64(0);
        QTest::newRow("itself-excluded-leaves-the-other") << dated << u"Kamerbrief 2025-02-17"_s << qint64(3) << bz << QString() << qint64(4);
    }

    void resolve()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QFETCH(qint64, fromId);
        QFETCH(QString, fromMinistry);
        QFETCH(QString, fromSignature);
        QFETCH(qint64, expected);

        Reference reference;
        reference.kind = ReferenceKind(kind);
        reference.key = key;
        reference.text = key;
        TrackedLetter from = letter(fromId, { 2025, 4, 15 }, fromMinistry, u"Verwijzende brief"_s);
        if (!fromSignature.isEmpty())
            from.signatories << Signatory{ fromSignature, u"A. Jansen"_s };
        // A referring letter that is already tracked is in the list as well.
        QList<TrackedLetter> letters = trackedLetters();
        if (std::none_of(letters.cbegin(), letters.cend(), [&](const TrackedLetter &l) {
                return l.id == fromId;
            }))
            letters << from;

        QCOMPARE(ReferenceResolver::resolve(reference, from, letters), expected);
    }

    void sameContentIsItselfEvenWithoutId()
    {
        // Before the store gives it an id, the new letter is known by its hash.
        TrackedLetter from = letter(0, { 2025, 3, 4 }, u"Ministerie van Buitenlandse Zaken"_s, u"Kopie"_s);
        from.hash = u"hash-1"_s;
        Reference reference;
        reference.kind = ReferenceKind::Kamerstuk;
        reference.key = u"21501-20-2215"_s;
        QCOMPARE(ReferenceResolver::resolve(reference, from, trackedLetters()), qint64(0));
    }

    void emptyTrackerResolvesNothing()
    {
        Reference reference;
        reference.kind = ReferenceKind::Letter;
        reference.key = u"Kamerbrief 2025-03-04"_s;
        QCOMPARE(ReferenceResolver::resolve(reference, letter(1, { 2025, 4, 1 }, QString(), QString()), {}), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestReferenceResolver)
#include "tst_referenceresolver.moc"
