// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/referencefinder.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
// A one-paragraph letter; references do not need sentences.
Letter letterOf(const QString &text)
{
    Letter l;
    l.fileName = u"test.txt"_s;
    l.text = text;
    l.paragraphs.append({ParagraphKind::Body, {0, text.size()}});
    return l;
}
}

class TestReferenceFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("kamerstuk-spaced") << u"Zie Kamerstuk 36 045, nr. 191 voor de motie."_s << u"Kamerstuk 36 045, nr. 191"_s << u"kamerstuk"_s
                                          << u"36045-191"_s;
        QTest::newRow("kamerstukken-joined") << u"Eerder gemeld (Kamerstukken 32852, nr. 199)."_s << u"Kamerstukken 32852, nr. 199"_s << u"kamerstuk"_s
                                             << u"32852-199"_s;
        QTest::newRow("subnumber") << u"Het verslag (21 501-02, nr. 2733) volgt."_s << u"21 501-02, nr. 2733"_s << u"kamerstuk"_s << u"21501-02-2733"_s;
        QTest::newRow("roman-subnumber") << u"Begroting, Kamerstuk 36 600-V, nr. 12."_s << u"Kamerstuk 36 600-V, nr. 12"_s << u"kamerstuk"_s
                                         << u"36600-V-12"_s;
        QTest::newRow("kamerstukken-II-year") << u"Kamerstukken II 2024/25, 36 045, nr. 191."_s << u"Kamerstukken II 2024/25, 36 045, nr. 191"_s
                                              << u"kamerstuk"_s << u"36045-191"_s;
        QTest::newRow("document-dotted") << u"Kamerstuk 2025.D.08281"_s << u"Kamerstuk 2025.D.08281"_s << u"document-number"_s << u"2025D08281"_s;
        QTest::newRow("document-plain") << u"zie 2024D30849 voor details"_s << u"2024D30849"_s << u"document-number"_s << u"2024D30849"_s;
        QTest::newRow("zaak-number") << u"Kamervragen 2025Z01234 van het lid"_s << u"2025Z01234"_s << u"document-number"_s << u"2025Z01234"_s;
        QTest::newRow("aanhangsel-handelingen") << u"Zie mijn antwoorden (Aanhangsel Handelingen II 2022/23, nr. 1845)."_s
                                                << u"Aanhangsel Handelingen II 2022/23, nr. 1845"_s << u"document-number"_s << u"ah-tk-20222023-1845"_s;
        QTest::newRow("handelingen-item") << u"Zoals gezegd (Handelingen II 2023/2024, nr. 45, item 12) doe ik dat."_s
                                          << u"Handelingen II 2023/2024, nr. 45, item 12"_s << u"document-number"_s << u"h-tk-20232024-45-12"_s;
        QTest::newRow("handelingen-eerste-kamer-century") << u"Handelingen I 1999/00, nr. 3 is oud."_s << u"Handelingen I 1999/00, nr. 3"_s
                                                          << u"document-number"_s << u"h-ek-19992000-3"_s;
        QTest::newRow("motion-hyphenated-names") << u"met inachtneming van de motie Timmermans-Yeşilgöz, zal"_s << u"motie Timmermans-Yeşilgöz"_s
                                                 << u"motion"_s << u"motie Timmermans-Yeşilgöz"_s;
        QTest::newRow("motion-van-het-lid") << u"Ik voer de motie van het lid Ceder uit."_s << u"motie van het lid Ceder"_s << u"motion"_s
                                            << u"motie Ceder"_s;
        QTest::newRow("motion-particles") << u"De motie-Van der Plas c.s. vraagt dit."_s << u"motie-Van der Plas c.s."_s << u"motion"_s
                                          << u"motie Van der Plas"_s;
        QTest::newRow("motion-with-bracketed-kamerstuk") << u"Ter uitvoering van de motie van het lid Bikker c.s. (Kamerstuk 36 200-XVI, nr. 45) richt ik"_s
                                                         << u"motie van het lid Bikker c.s."_s << u"motion"_s << u"36200-XVI-45"_s;
        QTest::newRow("motion-two-members") << u"de gewijzigde motie van de leden Paternotte en Boswijk over"_s
                                            << u"gewijzigde motie van de leden Paternotte en Boswijk"_s << u"motion"_s
                                            << u"motie Paternotte en Boswijk"_s;
        QTest::newRow("cabinet-reaction") << u"Uw Kamer ontving de kabinetsreactie op het CAVV-advies over confiscatie."_s
                                          << u"kabinetsreactie op het CAVV-advies"_s << u"letter"_s << u"kabinetsreactie CAVV-advies"_s;
        // The patterns run only near their key words ("nr", "motie", a D
        // after digits, a document word): matches that reach far from it.
        QTest::newRow("kamerstuk-whitespace-runs") << u"Zie Kamerstukken II 2024/25,      36 045 ,\n   nrs.    191 en verder."_s
                                                   << u"Kamerstukken II 2024/25,      36 045 ,\n   nrs.    191"_s << u"kamerstuk"_s << u"36045-191"_s;
        QTest::newRow("document-spaced") << u"zie 2025 . D . 08281 hierover"_s << u"2025 . D . 08281"_s << u"document-number"_s << u"2025D08281"_s;
        QTest::newRow("motion-long-name-list")
            << u"de motie van de leden Van der Plas, Paternotte, Boswijk, Ceder, Bikker, Van Campen, Eerdmans en Dassen c.s. over"_s
            << u"motie van de leden Van der Plas, Paternotte, Boswijk, Ceder, Bikker, Van Campen, Eerdmans en Dassen c.s."_s << u"motion"_s
            << u"motie Van der Plas, Paternotte, Boswijk, Ceder, Bikker, Van Campen, Eerdmans en Dassen"_s;
        QTest::newRow("named-any-case-and-spacing") << u"In de Geannoteerde   Agenda voor de Europese Raad staat"_s
                                                    << u"Geannoteerde   Agenda voor de Europese Raad"_s << u"letter"_s
                                                    << u"geannoteerde agenda Europese"_s;
        QTest::newRow("bnc-fiche") << u"Het BNC-fiche over de verordening volgt."_s << u"BNC-fiche over de verordening"_s << u"named-document"_s
                                   << u"bnc-fiche verordening"_s;
    }

    void spellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        QFETCH(QString, kind);
        QFETCH(QString, key);
        const QList<Reference> refs = ReferenceFinder().find(letterOf(text), {});
        QStringList got;
        for (const Reference &r : refs) {
            got << r.text + u" / "_s + referenceKindName(r.kind) + u" / "_s + r.key;
            if (r.text == found && referenceKindName(r.kind) == kind && r.key == key)
                return;
        }
        QFAIL(qPrintable(u"not found; got: "_s + got.join(u" | "_s)));
    }

    void notReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("percentage") << u"2% van het BBP en USD 524 miljard."_s;
        QTest::newRow("motion-of-no-confidence") << u"Er werd een motie van wantrouwen ingediend."_s;
        QTest::newRow("bare-verslag") << u"Het verslag is klaar."_s;
        QTest::newRow("page-number") << u"Pagina 2 van 8"_s;
        QTest::newRow("year-range") << u"In de periode 2024-2027 investeren we."_s;
        QTest::newRow("number-after-nr-too-long") << u"Kamerstuk 36 045, nr. 12345 bestaat niet."_s;
        QTest::newRow("document-number-too-long") << u"zie 2025D082811 hierover"_s;
    }

    void notReferences()
    {
        QFETCH(QString, text);
        const QList<Reference> refs = ReferenceFinder().find(letterOf(text), {});
        QVERIFY2(refs.isEmpty(), qPrintable(refs.isEmpty() ? QString() : refs.first().text));
    }

    void datedLetterUsesTheTimePhrase()
    {
        const QString text = u"Met referte aan de Kamerbrief d.d. 17 februari jl. sturen wij."_s;
        TimeExpression t;
        t.text = u"17 februari jl."_s;
        t.range.start = text.indexOf(t.text);
        t.range.end = t.range.start + t.text.size();
        t.precision = Precision::Day;
        t.date = QDate(2025, 2, 17);
        const QList<Reference> refs = ReferenceFinder().find(letterOf(text), {t});
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().text, u"Kamerbrief d.d. 17 februari jl."_s);
        QCOMPARE(refs.first().key, u"Kamerbrief 2025-02-17"_s);
        QCOMPARE(refs.first().kind, ReferenceKind::Letter);
    }

    void exampleLetterTiesReferencesToFootnotes()
    {
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        const QList<Reference> refs = ReferenceFinder().find(*letter, {});
        auto byKey = [&](const QString &key, ReferenceKind kind) {
            return std::find_if(refs.cbegin(), refs.cend(), [&](const Reference &r) {
                return r.key == key && r.kind == kind;
            });
        };
        const auto stuk = byKey(u"36045-191"_s, ReferenceKind::Kamerstuk);
        QVERIFY(stuk != refs.cend());
        QCOMPARE(stuk->footnote, 4);
        const auto motion = byKey(u"36045-191"_s, ReferenceKind::Motion);
        QVERIFY(motion != refs.cend());
        QCOMPARE(motion->text, u"motie Timmermans-Yeşilgöz"_s);
        QCOMPARE(motion->footnote, 4);
        const auto doc = byKey(u"2025D08281"_s, ReferenceKind::DocumentNumber);
        QVERIFY(doc != refs.cend());
        QCOMPARE(doc->footnote, 2);
    }
};

QTEST_GUILESS_MAIN(TestReferenceFinder)
#include "tst_referencefinder.moc"
