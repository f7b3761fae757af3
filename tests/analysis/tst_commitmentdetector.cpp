// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The commitment detector on composed sentences from many ministries (the
// table in tests/data/commitments/sentences.tsv), on deadline attachment and
// repeats within a letter, and on the gold annotation of the example letter.

#include "analysis/commitmentdetector.h"
#include "import/importer.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

// A letter with one body paragraph and one sentence per line.
Letter letterFromLines(const QStringList &lines)
{
    Letter letter;
    letter.fileName = u"composed.txt"_s;
    // A fixed date, so that "schooljaar 2027" is later and "2023" earlier.
    letter.metadata.date = QDate(2025, 6, 1);
    for (const QString &line : lines) {
        if (!letter.text.isEmpty())
            letter.text += u'\n';
        const qsizetype start = letter.text.size();
        letter.text += line;
        const TextRange range{start, letter.text.size()};
        letter.paragraphs.append(Paragraph{ParagraphKind::Body, range});
        letter.sentences.append(Sentence{range, int(letter.paragraphs.size()) - 1});
    }
    return letter;
}

TimeExpression timeAt(const Letter &letter, const QString &phrase, TimeType type, Relation relation, Bound bound)
{
    TimeExpression t;
    const qsizetype at = letter.text.indexOf(phrase);
    Q_ASSERT(at >= 0);
    t.range = TextRange{at, at + phrase.size()};
    t.text = phrase;
    t.type = type;
    t.relation = relation;
    t.bound = bound;
    t.precision = type == TimeType::Vague ? Precision::Vague : Precision::Season;
    return t;
}

QString folded(QString s)
{
    static const QRegularExpression space(u"\\s+"_s);
    return s.replace(space, u" "_s);
}

} // namespace

class TestCommitmentDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void composedSentences_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("negated");
        QTest::addColumn<QString>("phrase");

        QFile file(QStringLiteral(PROMISSA_TEST_DATA "/commitments/sentences.tsv"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int rows = 0;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            QVERIFY2(f.size() == 6, qPrintable(u"malformed row: "_s + line));
            QTest::newRow(qPrintable(f[0])) << f[5] << f[1] << f[2] << f[3] << f[4];
            ++rows;
        }
        QVERIFY(rows >= 80);
    }

    void composedSentences()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, kind);
        QFETCH(QString, actor);
        QFETCH(QString, negated);
        QFETCH(QString, phrase);

        const Letter letter = letterFromLines({sentence});
        const QList<Commitment> found = CommitmentDetector().detect(letter, {});
        if (kind == u"none") {
            QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(u"false alarm on: "_s + letter.slice(found.first().phrase).toString()));
            return;
        }
        QVERIFY2(found.size() == 1, "commitment missed");
        const Commitment &c = found.first();
        QCOMPARE(commitmentKindName(c.kind), kind);
        if (actor != u"-")
            QCOMPARE(c.actor, actor);
        if (negated != u"-")
            QCOMPARE(c.negated, negated == u"1");
        if (phrase != u"-")
            QCOMPARE(letter.slice(c.phrase).toString(), phrase);
        QCOMPARE(c.kind == CommitmentKind::Conditional, !c.condition.isEmpty());
        QVERIFY(c.confidence > 0.0 && c.confidence <= 1.0);
    }

    void hedges_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("hedges");
        QTest::newRow("waar-mogelijk") << u"Het kabinet zal waar mogelijk de regeldruk voor boeren verminderen."_s << QStringList{u"waar mogelijk"_s};
        QTest::newRow("naar-verwachting") << u"Naar verwachting zal ik het wetsvoorstel in het najaar indienen."_s << QStringList{u"naar verwachting"_s};
        QTest::newRow("indien-nodig-interjection") << u"Het kabinet zal, indien nodig, aanvullende maatregelen nemen."_s << QStringList{u"indien nodig"_s};
        QTest::newRow("eventueel") << u"We zullen eventueel extra middelen vrijmaken voor de opvang."_s << QStringList{u"eventueel"_s};
        QTest::newRow("no-hedge") << u"Het kabinet zal de huurtoeslag per 1 januari verhogen."_s << QStringList{};
    }

    void hedges()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, hedges);
        const QList<Commitment> found = CommitmentDetector().detect(letterFromLines({sentence}), {});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().hedges, hedges);
        // An interjected hedge never turns a commitment into a conditional one.
        QVERIFY(found.first().kind != CommitmentKind::Conditional);
    }

    void conditionText_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("actor");
        QTest::newRow("indien-comma") << u"Indien de evaluatie daartoe aanleiding geeft, zal de minister de regeling aanpassen."_s
                                      << u"Indien de evaluatie daartoe aanleiding geeft"_s << u"de minister"_s;
        QTest::newRow("zodra-dat-determiner") << u"Zodra dat plan gereed is, stuur ik het naar uw Kamer."_s << u"Zodra dat plan gereed is"_s << u"ik"_s;
        QTest::newRow("als-dat-pronoun") << u"Als dat nodig blijkt, zal het kabinet de subsidie verhogen."_s << u"Als dat nodig blijkt"_s
                                         << u"het kabinet"_s;
        QTest::newRow("wanneer-dat-voorstel") << u"Wanneer dat voorstel in Brussel wordt aangenomen, zullen wij de wet aanpassen."_s
                                              << u"Wanneer dat voorstel in Brussel wordt aangenomen"_s << u"wij"_s;
        // A dat-clause nested in the condition belongs to it.
        QTest::newRow("indien-nested-dat") << u"Indien de inspectie laat zien dat de 5%-grens wordt overschreden, zal de minister de scholen aanspreken."_s
                                           << u"Indien de inspectie laat zien dat de 5%-grens wordt overschreden"_s << u"de minister"_s;
        QTest::newRow("mocht-dan") << u"Mocht uit de pilot blijken dat de wachttijden oplopen, dan stuur ik uw Kamer een brief."_s
                                   << u"Mocht uit de pilot blijken dat de wachttijden oplopen"_s << u"ik"_s;
    }

    void conditionText()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, condition);
        QFETCH(QString, actor);
        const Letter letter = letterFromLines({sentence});
        const QList<Commitment> found = CommitmentDetector().detect(letter, {});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, CommitmentKind::Conditional);
        QCOMPARE(found.first().condition, condition);
        QCOMPARE(found.first().actor, actor);
    }

    void deadlineAttachment()
    {
        const Letter letter = letterFromLines({
            u"Op 3 maart jl. sprak ik met de VNG; ik zal uw Kamer voor de zomer informeren over de uitkomsten."_s,
            u"De Europese Commissie presenteert in april een voorstel, waarna het kabinet uiterlijk 1 juni een appreciatie stuurt."_s,
            u"Het kabinet zal op korte termijn, en in elk geval voor het kerstreces, een besluit nemen."_s,
            u"Zodra de Raad van State in mei heeft geadviseerd, zal ik het wetsvoorstel indienen."_s,
        });
        QList<TimeExpression> times{
            timeAt(letter, u"3 maart jl."_s, TimeType::Date, Relation::Past, Bound::At),
            timeAt(letter, u"voor de zomer"_s, TimeType::Period, Relation::Future, Bound::Before),
            timeAt(letter, u"in april"_s, TimeType::Month, Relation::Future, Bound::At),
            timeAt(letter, u"uiterlijk 1 juni"_s, TimeType::Date, Relation::Future, Bound::Before),
            timeAt(letter, u"op korte termijn"_s, TimeType::Vague, Relation::Future, Bound::Within),
            timeAt(letter, u"voor het kerstreces"_s, TimeType::Event, Relation::Future, Bound::Before),
            timeAt(letter, u"in mei"_s, TimeType::Month, Relation::Future, Bound::At),
        };
        const QList<Commitment> found = CommitmentDetector().detect(letter, times);
        QCOMPARE(found.size(), 4);
        // The past date of the first clause is never a deadline.
        QVERIFY(found[0].deadline.has_value());
        QCOMPARE(found[0].deadline->text, u"voor de zomer"_s);
        // The Commission's month belongs to the third party's clause.
        QVERIFY(found[1].deadline.has_value());
        QCOMPARE(found[1].deadline->text, u"uiterlijk 1 juni"_s);
        // Of two phrases, the bound one ("voor het kerstreces", an event) governs.
        QVERIFY(found[2].deadline.has_value());
        QCOMPARE(found[2].deadline->text, u"voor het kerstreces"_s);
        // A time inside the condition is not the commitment's deadline.
        QCOMPARE(found[3].kind, CommitmentKind::Conditional);
        QVERIFY(!found[3].deadline.has_value());
    }

    void deadlineNotInConditionOrPastSpan_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("isDeadline");
        QTest::newRow("time-in-nested-dat-of-condition")
            << u"Indien de uitvoeringstoets uitwijst dat invoering per 2030 niet haalbaar is, zal het kabinet een ander tijdpad voorstellen."_s
            << u"per 2030"_s << 2030 << false;
        QTest::newRow("time-in-main-clause-after-condition")
            << u"Indien de uitvoeringstoets dat uitwijst, zal het kabinet per 2030 een ander tijdpad voorstellen."_s << u"per 2030"_s << 2030 << true;
        QTest::newRow("running-span-with-en") << u"Daarnaast trek ik in 2025 en 2026 jaarlijks 5 miljoen euro uit voor de vaarwegen."_s << u"2025"_s
                                              << 2025 << false;
        QTest::newRow("running-span-jaarlijks") << u"Daarnaast stel ik vanaf 2024 jaarlijks extra middelen beschikbaar voor de politie."_s
                                                << u"vanaf 2024"_s << 2024 << false;
        QTest::newRow("third-party-clause-with-quantifier")
            << u"Prioriteit is dat alle lidstaten in 2030 de norm halen, zoals dit kabinet wettelijk zal vastleggen."_s << u"in 2030"_s << 2030 << false;
        QTest::newRow("own-dat-clause-with-ordinary-subject")
            << u"Het kabinet zal ervoor zorgen dat de regeling in 2030 in werking treedt."_s << u"in 2030"_s << 2030 << true;
        QTest::newRow("later-year-is-deadline") << u"Ik stuur uw Kamer in 2026 en 2027 een voortgangsbrief over de vaarwegen."_s << u"2026"_s
                                                << 2026 << true;
    }

    void deadlineNotInConditionOrPastSpan()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, time);
        QFETCH(int, year);
        QFETCH(bool, isDeadline);
        const Letter letter = letterFromLines({sentence});
        TimeExpression t = timeAt(letter, time, TimeType::Period, Relation::Future, Bound::At);
        t.precision = Precision::Year;
        t.start = QDate(year, 1, 1);
        t.end = QDate(year, 12, 31);
        t.date = t.start;
        const QList<Commitment> found = CommitmentDetector().detect(letter, {t});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().deadline.has_value(), isDeadline);
    }

    void repeatsWithinLetter()
    {
        const Letter letter = letterFromLines({
            u"Het kabinet blijft gemeenten financieel ondersteunen bij de opvang van asielzoekers."_s,
            u"Daarnaast zal de staatssecretaris voor de zomer een wetsvoorstel over de spreidingswet indienen."_s,
            u"De minister zet zich in voor kortere wachtlijsten in de jeugdzorg."_s,
            u"Zoals eerder in deze brief aangegeven blijft het kabinet gemeenten ondersteunen bij de opvang."_s,
            u"Ook zal het kabinet de gemeenten financieel blijven ondersteunen bij de opvang van asielzoekers."_s,
            u"De minister zet zich tevens in voor betere arbeidsvoorwaarden van leraren."_s,
        });
        const QList<Commitment> found = CommitmentDetector().detect(letter, {});
        QCOMPARE(found.size(), 6);
        QCOMPARE(found[0].repeats, -1);
        QCOMPARE(found[1].repeats, -1);
        QCOMPARE(found[2].repeats, -1);
        QCOMPARE(found[3].repeats, 0); // explicit "zoals eerder aangegeven"
        QCOMPARE(found[4].repeats, 0); // same verb, the same content restated
        QCOMPARE(found[5].repeats, -1); // same verb, different content
    }

    void onlyBodyAndBullets()
    {
        Letter letter = letterFromLines({u"Het kabinet zal de steun voortzetten"_s, u"Het kabinet zal de steun voortzetten."_s,
                                         u"Het kabinet zal de steun voortzetten."_s, u"Het kabinet zal de steun voortzetten."_s});
        letter.paragraphs[0].kind = ParagraphKind::Heading;
        letter.paragraphs[1].kind = ParagraphKind::Footnote;
        letter.paragraphs[2].kind = ParagraphKind::Bullet;
        letter.paragraphs[3].kind = ParagraphKind::Signature;
        const QList<Commitment> found = CommitmentDetector().detect(letter, {});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().sentence, 2);
    }

    void exampleLetter()
    {
        const auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt"));
        QVERIFY2(letter.has_value(), letter ? "" : qPrintable(letter.error().message));
        QFile goldFile(QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.gold.json"));
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();

        const QList<Commitment> found = CommitmentDetector().detect(*letter, {});
        QStringList detected;
        for (const Commitment &c : found)
            detected.append(folded(letter->slice(letter->sentences[c.sentence].range).toString()));
        auto indexOf = [&](const QString &anchor) {
            for (int i = 0; i < detected.size(); ++i) {
                if (detected[i].contains(folded(anchor)))
                    return i;
            }
            return -1;
        };

        int tp = 0, fn = 0, kindsRight = 0;
        QList<bool> matched(detected.size(), false);
        for (const QJsonValue &v : gold[u"commitments"].toArray()) {
            const QJsonObject item = v.toObject();
            const int i = indexOf(item[u"anchor"].toString());
            if (i < 0) {
                ++fn;
                qWarning().noquote() << "missed:" << item[u"id"].toString() << item[u"anchor"].toString();
                continue;
            }
            ++tp;
            matched[i] = true;
            const QString kind = commitmentKindName(found[i].kind);
            if (kind == item[u"kind"].toString())
                ++kindsRight;
            else
                qWarning().noquote() << "kind of" << item[u"id"].toString() << "is" << kind << "gold" << item[u"kind"].toString();
        }
        for (const QJsonValue &v : gold[u"borderline"].toArray()) {
            const int i = indexOf(v.toObject()[u"anchor"].toString());
            if (i >= 0)
                matched[i] = true;
        }
        int fp = 0;
        for (int i = 0; i < matched.size(); ++i) {
            if (!matched[i]) {
                ++fp;
                qWarning().noquote() << "false alarm:" << detected[i];
            }
        }
        for (const QJsonValue &v : gold[u"not_commitments"].toArray()) {
            const QString anchor = v.toObject()[u"anchor"].toString();
            QVERIFY2(indexOf(anchor) < 0, qPrintable(u"trap detected: "_s + anchor));
        }
        const double precision = tp + fp == 0 ? 0.0 : double(tp) / (tp + fp);
        const double recall = tp + fn == 0 ? 0.0 : double(tp) / (tp + fn);
        const double f1 = precision + recall == 0.0 ? 0.0 : 2 * precision * recall / (precision + recall);
        qInfo("example letter: TP %d FP %d FN %d, F1 %.3f, kinds %d/%d", tp, fp, fn, f1, kindsRight, tp);
        QVERIFY2(f1 >= 0.95, qPrintable(u"F1 %1"_s.arg(f1)));
        QVERIFY2(kindsRight * 10 >= tp * 8, "kinds differ from gold for more than a fifth");

        // Repeats in the example letter: C11 repeats C05, C15 and C17 repeat C01.
        auto commitmentFor = [&](const QString &anchor) -> const Commitment * {
            const int i = indexOf(anchor);
            return i < 0 ? nullptr : &found[i];
        };
        const Commitment *c01 = commitmentFor(u"Conform het Regeerprogramma blijft Nederland Oekraïne"_s);
        const Commitment *c17 = commitmentFor(u"Zoals eerder in deze brief aangegeven blijft Nederland"_s);
        QVERIFY(c01 && c17);
        QCOMPARE(c17->repeats, int(c01 - found.constData()));
    }
};

QTEST_GUILESS_MAIN(TestCommitmentDetector)
#include "tst_commitmentdetector.moc"
