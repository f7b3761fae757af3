// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker::importLetters, the bulk path: many letters in one transaction
// store exactly what importLetter stores for them one by one, and an error
// anywhere in the batch leaves nothing of it behind.

#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace TrackerTest;

namespace
{

// The error's message, for QVERIFY2 (which evaluates it also on success).
template<typename T>
QByteArray failure(const Expected<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

AnalysedLetter analysed(const QString &name)
{
    auto letter = importLetter(dataPath(name));
    if (!letter)
        qFatal("cannot read %s: %s", qPrintable(name), failure(letter).constData());
    Analysis analysis = Analyzer().analyze(*letter);
    return {*letter, analysis};
}

// The letters of tests/data by short name: the example letter, its
// follow-up (which refers to it, repeats and fulfils some of its
// commitments) and four letters of other ministries.
const QHash<QString, AnalysedLetter> &letters()
{
    static const QHash<QString, AnalysedLetter> all{
        {u"example"_s, {exampleLetter(), exampleAnalysis()}},
        {u"followup"_s, {followUpLetter(), followUpAnalysis()}},
        {u"asiel"_s, analysed(u"letters/kamerbrief-2022-11-04-jenv-asielopvang.txt"_s)},
        {u"leraren"_s, analysed(u"letters/kamerbrief-2023-10-09-ocw-lerarentekort.txt"_s)},
        {u"ggz"_s, analysed(u"letters/kamerbrief-2024-06-12-vws-ggz.txt"_s)},
        {u"netcongestie"_s, analysed(u"letters/kamerbrief-2024-11-15-kgg-netcongestie.txt"_s)},
    };
    return all;
}

QList<AnalysedLetter> batchOf(const QStringList &names)
{
    QList<AnalysedLetter> batch;
    for (const QString &name : names)
        batch << letters().value(name);
    return batch;
}

// Everything a tracker holds about its letters, as lines that name letters
// by content hash and commitments by number (uuids and times differ between
// any two imports), so that two trackers can be compared line by line.
QStringList snapshot(Tracker &tracker)
{
    QStringList out;
    const auto all = tracker.letters();
    if (!all)
        return {u"letters failed: "_s + all.error().message};
    QHash<qint64, QString> hashOf;
    for (const TrackedLetter &l : *all)
        hashOf.insert(l.id, l.hash);
    for (const TrackedLetter &l : *all) {
        out << u"letter %1 %2 %3 %4 %5 open=%6"_s.arg(l.hash, l.fileName, l.date.toString(Qt::ISODate), l.subject, l.kamerstuk).arg(l.openCommitments);
        const auto refs = tracker.references(l.id);
        if (!refs)
            return {u"references failed: "_s + refs.error().message};
        for (const ResolvedReference &r : *refs)
            out << u"  ref %1 '%2' -> %3"_s.arg(referenceKindName(r.reference.kind), r.reference.key, hashOf.value(r.targetLetter, u"none"_s));
    }
    CommitmentFilter everything;
    everything.includeRejected = true;
    const auto commitments = tracker.commitments(everything);
    if (!commitments)
        return {u"commitments failed: "_s + commitments.error().message};
    QHash<QString, QString> numberOf;
    for (const TrackedCommitment &c : *commitments)
        numberOf.insert(c.id, c.number);
    QStringList rows;
    for (const TrackedCommitment &c : *commitments) {
        rows << u"commitment %1 in %2 [%3-%4] %5 | %6 | %7 | %8 | %9"_s.arg(c.number, hashOf.value(c.letterId))
                    .arg(c.span.start)
                    .arg(c.span.end)
                    .arg(commitmentKindName(c.kind), c.actor, c.deadline.text, statusName(c.status), c.toegezegdAan);
        const auto history = tracker.history(c.id);
        if (!history)
            return {u"history failed: "_s + history.error().message};
        for (const HistoryEntry &h : *history)
            rows << u"  history %1 %2 -> %3 by %4: %5"_s.arg(h.field, h.oldValue, h.newValue, h.author, h.reason);
    }
    out << rows;
    const auto suggestions = tracker.suggestions();
    if (!suggestions)
        return {u"suggestions failed: "_s + suggestions.error().message};
    QStringList lines;
    for (const LinkSuggestion &s : *suggestions) {
        lines << u"suggestion %1 from %2 of %3 to %4 score %5: %6"_s.arg(linkTypeName(s.type),
                                                                            numberOf.value(s.fromCommitment, u"-"_s),
                                                                            hashOf.value(s.fromLetter),
                                                                            numberOf.value(s.toCommitment),
                                                                            QString::number(s.score, 'f', 6),
                                                                            s.evidence.join(u"; "_s));
    }
    lines.sort();
    out << lines;
    return out;
}

} // namespace

class TestTrackerBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsOneByOne_data();
    void sameAsOneByOne();
    void skippingSuggestionsChangesNothingElse();
    void anErrorLeavesNothingOfTheBatch();
    void readOnlyRefusesTheBatch();

private:
    std::unique_ptr<Tracker> open(const FreshLocation &fresh, const TrackerOptions &options = {})
    {
        TrackerOptions o = options;
        o.author = u"anna"_s;
        o.today = QDate(2025, 6, 1);
        QString error;
        auto tracker = openTracker(fresh.location(), o, &error);
        if (!tracker)
            qWarning("%s", qPrintable(error));
        return tracker;
    }
};

void TestTrackerBulk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(exampleAnalysis().commitments.size(), 20);
    for (const AnalysedLetter &l : letters())
        QVERIFY2(!l.analysis.commitments.isEmpty(), qPrintable(l.letter.fileName));
}

void TestTrackerBulk::sameAsOneByOne_data()
{
    QTest::addColumn<QStringList>("before"); // imported one by one first
    QTest::addColumn<QStringList>("batch");

    const QStringList others{u"asiel"_s, u"leraren"_s, u"ggz"_s, u"netcongestie"_s};
    QTest::newRow("all into an empty tracker") << QStringList() << QStringList{u"example"_s, u"followup"_s} + others;
    // The follow-up names the example letter before it is there: the
    // reference resolves when the example arrives later in the same batch.
    QTest::newRow("a reference resolved backwards inside the batch") << QStringList() << QStringList{u"followup"_s} + others + QStringList{u"example"_s};
    // Suggestions and references against letters already held.
    QTest::newRow("onto letters already held") << QStringList{u"example"_s, u"asiel"_s} << QStringList{u"followup"_s, u"ggz"_s};
    // A letter already held, and one twice in the batch: alreadyPresent.
    QTest::newRow("letters already there or twice") << QStringList{u"example"_s} << QStringList{u"example"_s, u"followup"_s, u"followup"_s, u"ggz"_s};
    QTest::newRow("an empty batch") << QStringList{u"example"_s} << QStringList();
}

void TestTrackerBulk::sameAsOneByOne()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, batch);

    FreshLocation oneByOneLocation;
    FreshLocation bulkLocation;
    QVERIFY2(oneByOneLocation.isValid(), qPrintable(oneByOneLocation.error()));
    QVERIFY2(bulkLocation.isValid(), qPrintable(bulkLocation.error()));
    auto oneByOne = open(oneByOneLocation);
    auto bulk = open(bulkLocation);
    QVERIFY(oneByOne && bulk);

    for (const AnalysedLetter &l : batchOf(before)) {
        QVERIFY(oneByOne->importLetter(l.letter, l.analysis));
        QVERIFY(bulk->importLetter(l.letter, l.analysis));
    }
    QList<ImportResult> expected;
    for (const AnalysedLetter &l : batchOf(batch)) {
        auto r = oneByOne->importLetter(l.letter, l.analysis);
        QVERIFY2(r, failure(r).constData());
        expected << *r;
    }
    auto results = bulk->importLetters(batchOf(batch));
    QVERIFY2(results, failure(results).constData());

    QCOMPARE(results->size(), expected.size());
    int suggestions = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(results->at(i).letterId, expected.at(i).letterId);
        QCOMPARE(results->at(i).alreadyPresent, expected.at(i).alreadyPresent);
        QCOMPARE(results->at(i).commitmentsAdded, expected.at(i).commitmentsAdded);
        QCOMPARE(results->at(i).suggestionsAdded, expected.at(i).suggestionsAdded);
        suggestions += expected.at(i).suggestionsAdded;
    }
    const QStringList want = snapshot(*oneByOne);
    QCOMPARE(snapshot(*bulk), want);
    if (batch.contains(u"followup"_s) && (batch.contains(u"example"_s) || before.contains(u"example"_s))) {
        // The comparison must have had something to compare.
        QVERIFY(suggestions > 0);
        QVERIFY(want.filter(u"-> none"_s).size() < want.filter(u"  ref "_s).size());
    }
}

void TestTrackerBulk::skippingSuggestionsChangesNothingElse()
{
    FreshLocation computedLocation;
    FreshLocation skippedLocation;
    QVERIFY(computedLocation.isValid() && skippedLocation.isValid());
    auto computed = open(computedLocation);
    auto skipped = open(skippedLocation);
    QVERIFY(computed && skipped);
    const QList<AnalysedLetter> batch = batchOf({u"example"_s, u"followup"_s, u"ggz"_s});
    auto withSuggestions = computed->importLetters(batch);
    auto without = skipped->importLetters(batch, LinkSuggestions::Skip);
    QVERIFY(withSuggestions && without);
    QCOMPARE(without->size(), batch.size());
    for (const ImportResult &r : std::as_const(*without))
        QCOMPARE(r.suggestionsAdded, 0);
    QVERIFY(withSuggestions->at(1).suggestionsAdded > 0);

    QCOMPARE(skipped->suggestions()->size(), 0);
    const QStringList all = snapshot(*computed);
    QStringList withoutSuggestions;
    for (const QString &line : all) {
        if (!line.startsWith(u"suggestion "_s))
            withoutSuggestions << line;
    }
    QVERIFY(withoutSuggestions.size() < all.size());
    QCOMPARE(snapshot(*skipped), withoutSuggestions);

    // A letter imported later still gets its suggestions against them.
    const AnalysedLetter again = letters().value(u"followup"_s);
    Letter copy = again.letter;
    copy.text += u"\nKopie."_s;
    auto later = skipped->importLetter(copy, again.analysis);
    QVERIFY2(later, failure(later).constData());
    QVERIFY(later->suggestionsAdded > 0);
}

void TestTrackerBulk::anErrorLeavesNothingOfTheBatch()
{
    FreshLocation fresh;
    QVERIFY(fresh.isValid());
    auto tracker = open(fresh);
    QVERIFY(tracker);
    const auto example = tracker->importLetter(exampleLetter(), exampleAnalysis());
    QVERIFY(example);
    const QStringList held = snapshot(*tracker);

    // The database refuses the third letter of the batch, after two were in.
    RawConnection raw(fresh.location());
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    if (usesPostgres()) {
        QVERIFY2(raw.exec(u"CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "IF NEW.file_name = 'refused.txt' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$"_s),
                 qPrintable(raw.error()));
        QVERIFY2(raw.exec(u"CREATE TRIGGER refuse_for_test BEFORE INSERT ON letters FOR EACH ROW EXECUTE FUNCTION refuse_for_test()"_s),
                 qPrintable(raw.error()));
    } else {
        QVERIFY2(raw.exec(u"CREATE TRIGGER refuse_for_test BEFORE INSERT ON letters WHEN new.file_name = 'refused.txt' "
                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s),
                 qPrintable(raw.error()));
    }
    QList<AnalysedLetter> batch = batchOf({u"followup"_s, u"ggz"_s, u"asiel"_s});
    batch[2].letter.fileName = u"refused.txt"_s;
    auto refused = tracker->importLetters(batch);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"refused by the test"_s), failure(refused).constData());
    QCOMPARE(snapshot(*tracker), held);

    // Nothing of the rolled-back letters lingers: the same letters go in
    // afterwards, and the follow-up's reference finds the example letter.
    batch.removeLast();
    auto accepted = tracker->importLetters(batch);
    QVERIFY2(accepted, failure(accepted).constData());
    QCOMPARE(accepted->size(), 2);
    QVERIFY(!accepted->at(0).alreadyPresent && !accepted->at(1).alreadyPresent);
    const auto refs = tracker->references(accepted->at(0).letterId);
    QVERIFY(refs);
    QVERIFY(std::any_of(refs->cbegin(), refs->cend(), [&](const ResolvedReference &r) {
        return r.targetLetter == example->letterId;
    }));
    for (const ResolvedReference &r : *refs)
        QVERIFY2(r.targetLetter == 0 || tracker->letter(r.targetLetter), "a reference points at a letter that is not there");
}

void TestTrackerBulk::readOnlyRefusesTheBatch()
{
    FreshLocation fresh;
    QVERIFY(fresh.isValid());
    QVERIFY(open(fresh)); // creates it
    TrackerOptions readOnly;
    readOnly.readOnly = true;
    auto tracker = open(fresh, readOnly);
    QVERIFY(tracker);
    auto refused = tracker->importLetters(batchOf({u"example"_s}));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"read-only"_s), failure(refused).constData());
    QCOMPARE(tracker->letters()->size(), 0);
}

QTEST_GUILESS_MAIN(TestTrackerBulk)
#include "tst_trackerbulk.moc"
