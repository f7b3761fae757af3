// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// What the tracker holds: imported letters and their commitments, numbers,
// the status vocabulary, listings with filters, and full-text search.

#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/trackerprivate.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace TrackerTest;

namespace
{

// A second letter (another ministry, another year) for numbering and filters.
const Letter &otherLetter()
{
    static const Letter letter = *importLetter(dataPath(u"letters/kamerbrief-2024-06-12-vws-ggz.txt"_s));
    return letter;
}

const Analysis &otherAnalysis()
{
    static const Analysis analysis = Analyzer().analyze(otherLetter());
    return analysis;
}

QStringList numbers(const QList<TrackedCommitment> &list)
{
    QStringList out;
    for (const TrackedCommitment &c : list)
        out << c.number;
    return out;
}

QString folded(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (!c.isMark())
            out += c.toLower();
    }
    return out;
}

// The listing's order, computed here: dated deadlines first by date, then
// by number (year, running number).
void sortLikeListing(QList<TrackedCommitment> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const TrackedCommitment &a, const TrackedCommitment &b) {
        if (a.deadline.date.isValid() != b.deadline.date.isValid())
            return a.deadline.date.isValid();
        if (a.deadline.date != b.deadline.date)
            return a.deadline.date < b.deadline.date;
        const auto key = [](const TrackedCommitment &c) {
            const QStringList parts = c.number.split(u'-');
            return std::pair{parts.value(1).toInt(), parts.value(2).toInt()};
        };
        return key(a) < key(b);
    });
}

} // namespace

class TestTrackerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsExampleLetter();
    void importingTwiceAddsNothing();
    void importFileAnalyses();
    void numbersFollowTheLettersYear();
    void statusVocabulary_data();
    void statusVocabulary();
    void filters_data();
    void filters();
    void search_data();
    void search();
    void searchTextCannotBreakTheQuery_data();
    void searchTextCannotBreakTheQuery();
    void lettersListing();
    void referencesResolveWhenTheirLetterArrives();

private:
    Expected<ImportResult> importExample() { return m_tracker->importLetter(exampleLetter(), exampleAnalysis()); }
    bool reopen(const TrackerOptions &options);

    std::unique_ptr<FreshLocation> m_fresh;
    std::unique_ptr<Tracker> m_tracker;
};

void TestTrackerStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(exampleAnalysis().commitments.size(), 20);
    QVERIFY(!otherAnalysis().commitments.isEmpty());
}

void TestTrackerStore::init()
{
    m_fresh = std::make_unique<FreshLocation>();
    QVERIFY2(m_fresh->isValid(), qPrintable(m_fresh->error()));
    TrackerOptions options;
    options.author = u"anna"_s;
    QVERIFY(reopen(options));
}

void TestTrackerStore::cleanup()
{
    m_tracker.reset();
    m_fresh.reset();
}

bool TestTrackerStore::reopen(const TrackerOptions &options)
{
    m_tracker.reset();
    QString error;
    m_tracker = openTracker(m_fresh->location(), options, &error);
    if (!m_tracker)
        qWarning("%s", qPrintable(error));
    return bool(m_tracker);
}

void TestTrackerStore::importsExampleLetter()
{
    const Letter &letter = exampleLetter();
    const Analysis &analysis = exampleAnalysis();
    auto result = importExample();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(!result->alreadyPresent);
    QCOMPARE(result->commitmentsAdded, 20);

    auto stored = m_tracker->letter(result->letterId);
    QVERIFY(stored);
    QCOMPARE(stored->hash, letterHash(letter));
    QCOMPARE(stored->hash.size(), 64);
    QCOMPARE(stored->text, letter.text);
    QCOMPARE(stored->date, QDate(2025, 3, 4));
    QCOMPARE(stored->importedBy, u"anna"_s);
    QVERIFY(stored->importedAt.isValid());
    QCOMPARE(stored->openCommitments, 20);

    // The model comes back exactly: stored offsets keep pointing at the same text.
    auto model = m_tracker->letterModel(result->letterId);
    QVERIFY(model);
    QCOMPARE(model->text, letter.text);
    QCOMPARE(model->paragraphs.size(), letter.paragraphs.size());
    QCOMPARE(model->sentences.size(), letter.sentences.size());
    for (qsizetype i = 0; i < letter.sentences.size(); ++i)
        QCOMPARE(model->sentences.at(i).range, letter.sentences.at(i).range);
    QCOMPARE(model->footnotes.size(), letter.footnotes.size());
    for (qsizetype i = 0; i < letter.footnotes.size(); ++i)
        QCOMPARE(model->footnotes.at(i).markers, letter.footnotes.at(i).markers);

    // PR-2025-0001.. in text order, each pointing at its phrase (UTF-16 offsets).
    auto all = m_tracker->commitments();
    QVERIFY(all);
    QCOMPARE(all->size(), 20);
    for (int i = 0; i < 20; ++i) {
        auto c = m_tracker->commitment(u"PR-2025-%1"_s.arg(i + 1, 4, 10, QChar(u'0')));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        const Commitment &detected = analysis.commitments.at(i);
        QCOMPARE(c->span, detected.phrase);
        QCOMPARE(c->phrase, letter.slice(detected.phrase).toString());
        QCOMPARE(c->text, letter.slice(letter.sentences.at(detected.sentence).range).toString());
        QCOMPARE(c->kind, detected.kind);
        QCOMPARE(c->actor, detected.actor);
        QCOMPARE(c->origin, Origin::Detected);
        QCOMPARE(c->status, Status::Open);
        QCOMPARE(c->revision, 1);
        QCOMPARE(c->letterId, result->letterId);
        QVERIFY(!c->touched);
        QCOMPARE(QUuid::fromString(c->id).isNull(), false);
        if (detected.deadline)
            QCOMPARE(c->deadline.text, detected.deadline->text);
        auto byUuid = m_tracker->commitment(c->id);
        QVERIFY(byUuid);
        QCOMPARE(byUuid->number, c->number);
    }
    auto history = m_tracker->history(u"PR-2025-0001"_s);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().field, u"created"_s);
    QCOMPARE(history->first().author, u"anna"_s);

    auto refs = m_tracker->references(result->letterId);
    QVERIFY(refs);
    QCOMPARE(refs->size(), analysis.references.size());
    for (qsizetype i = 0; i < refs->size(); ++i) {
        QCOMPARE(refs->at(i).reference.key, analysis.references.at(i).key);
        QCOMPARE(refs->at(i).reference.range, analysis.references.at(i).range);
    }
    QCOMPARE(m_tracker->commitment(u"PR-2025-0021"_s).error().kind, Error::Kind::NotFound);
}

void TestTrackerStore::importingTwiceAddsNothing()
{
    auto first = importExample();
    QVERIFY(first);
    auto second = importExample();
    QVERIFY(second);
    QVERIFY(second->alreadyPresent);
    QCOMPARE(second->letterId, first->letterId);
    QCOMPARE(second->commitmentsAdded, 0);
    auto file = m_tracker->importFile(dataPath(u"kamerbrief-2025-03-04-oekraine.txt"_s), Analyzer());
    QVERIFY(file);
    QVERIFY(file->alreadyPresent);
    QCOMPARE(m_tracker->letters()->size(), 1);
    QCOMPARE(m_tracker->commitments()->size(), 20);
    QCOMPARE(m_tracker->history(u"PR-2025-0001"_s)->size(), 1);
}

void TestTrackerStore::importFileAnalyses()
{
    auto result = m_tracker->importFile(dataPath(u"kamerbrief-2025-03-04-oekraine.txt"_s), Analyzer());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->commitmentsAdded, 20);
    auto missing = m_tracker->importFile(dataPath(u"no-such-letter.txt"_s), Analyzer());
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"no-such-letter.txt"_s));
}

void TestTrackerStore::numbersFollowTheLettersYear()
{
    auto example = importExample();
    QVERIFY(example);
    auto other = m_tracker->importLetter(otherLetter(), otherAnalysis());
    QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
    auto listed = m_tracker->commitments(filterFor(other->letterId));
    QVERIFY(listed);
    QStringList got = numbers(*listed);
    got.sort();
    QStringList expected;
    for (qsizetype i = 0; i < otherAnalysis().commitments.size(); ++i)
        expected << u"PR-2024-%1"_s.arg(i + 1, 4, 10, QChar(u'0'));
    QCOMPARE(got, expected);

    // A commitment marked by hand continues its letter's year.
    NewCommitment manual;
    manual.letterId = example->letterId;
    manual.span = exampleLetter().sentences.at(0).range;
    manual.actor = u"het kabinet"_s;
    manual.owner = u"bert"_s;
    auto added = m_tracker->addCommitment(manual);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(added->number, u"PR-2025-0021"_s);
    QCOMPARE(added->origin, Origin::Manual);
    QVERIFY(added->touched);
    QCOMPARE(added->phrase, exampleLetter().slice(manual.span).toString());
    QCOMPARE(added->sentence, 0);
    QCOMPARE(added->owner, u"bert"_s);

    manual.span = {exampleLetter().text.size() - 2, exampleLetter().text.size() + 5};
    auto outside = m_tracker->addCommitment(manual);
    QVERIFY(!outside);
    QVERIFY(outside.error().message.contains(u"span"_s));
}

void TestTrackerStore::statusVocabulary_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("status"); // -1: unknown
    QTest::newRow("Openstaand") << u"Openstaand"_s << int(Status::Open);
    QTest::newRow("open") << u"open"_s << int(Status::Open);
    QTest::newRow("Deels afgedaan") << u"Deels afgedaan"_s << int(Status::PartlyDone);
    QTest::newRow("deels voldaan, spaced") << u"  deels   Voldaan "_s << int(Status::PartlyDone);
    QTest::newRow("AFGEDAAN") << u"AFGEDAAN"_s << int(Status::Done);
    QTest::newRow("Voldaan") << u"Voldaan"_s << int(Status::Done);
    QTest::newRow("Vervallen") << u"Vervallen"_s << int(Status::Lapsed);
    QTest::newRow("canonical partly-done") << u"partly-done"_s << int(Status::PartlyDone);
    QTest::newRow("unknown word") << u"Misschien"_s << -1;
}

void TestTrackerStore::statusVocabulary()
{
    QFETCH(QString, raw);
    QFETCH(int, status);
    auto resolved = m_tracker->statusFromText(raw);
    if (status < 0) {
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().kind, Error::Kind::NotFound);
        QVERIFY2(resolved.error().message.contains(u"openstaand"_s), qPrintable(resolved.error().message)); // lists what is known
        return;
    }
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
    QCOMPARE(int(*resolved), status);
}

void TestTrackerStore::filters_data()
{
    QTest::addColumn<QString>("filter");
    for (const char *name : {"none", "status-open", "status-done-or-lapsed", "kind-firm-or-effort", "due-from", "due-before", "due-range", "overdue",
                             "ministry", "letter", "text", "include-rejected", "status-and-text", "limit"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTrackerStore::filters()
{
    QFETCH(QString, filter);
    const QDate today(2025, 7, 1);
    TrackerOptions options;
    options.today = today;
    QVERIFY(reopen(options));
    QCOMPARE(m_tracker->today(), today);
    auto example = importExample();
    QVERIFY(example);
    auto other = m_tracker->importLetter(otherLetter(), otherAnalysis());
    QVERIFY(other);

    // Known deadlines and statuses on top of what the detector found.
    struct Setup {
        QString number;
        QDate deadline;
        std::optional<Status> status;
        bool reject = false;
    };
    const QList<Setup> setups{
        {u"PR-2025-0001"_s, QDate(2025, 4, 1), std::nullopt, false}, // overdue
        {u"PR-2025-0002"_s, QDate(2025, 9, 1), std::nullopt, false}, // due later
        {u"PR-2025-0004"_s, QDate(2025, 5, 15), Status::Done, false}, // past, but done
        {u"PR-2025-0005"_s, QDate(), Status::Lapsed, false},
        {u"PR-2025-0006"_s, QDate(2025, 3, 31), std::nullopt, true}, // past, but rejected
        {u"PR-2025-0007"_s, QDate(2025, 6, 15), Status::PartlyDone, false}, // overdue
        {u"PR-2024-0001"_s, QDate(2025, 1, 10), std::nullopt, false}, // overdue, other letter
    };
    for (const Setup &s : setups) {
        auto c = m_tracker->commitment(s.number);
        QVERIFY2(c, qPrintable(s.number));
        CommitmentEdit edit;
        edit.id = c->id;
        edit.baseRevision = c->revision;
        if (s.deadline.isValid())
            edit.deadline = Deadline{s.deadline.toString(u"d MMMM yyyy"_s), s.deadline, Precision::Day, QString()};
        edit.status = s.status;
        if (s.reject)
            edit.rejected = true;
        auto r = m_tracker->updateCommitment(edit);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }

    auto everything = m_tracker->commitments(filterFor(0, true));
    QVERIFY(everything);
    QString ministry = otherLetter().metadata.ministry;
    QVERIFY2(!ministry.isEmpty(), "the second letter needs a ministry");

    CommitmentFilter f;
    std::function<bool(const TrackedCommitment &)> expected;
    const auto notRejected = [](const TrackedCommitment &c) {
        return !c.rejected;
    };
    static const QRegularExpression word(u"\\bnavo\\b"_s);
    if (filter == u"none") {
        expected = notRejected;
    } else if (filter == u"status-open") {
        f.statuses = {Status::Open};
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.status == Status::Open;
        };
    } else if (filter == u"status-done-or-lapsed") {
        f.statuses = {Status::Done, Status::Lapsed};
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && (c.status == Status::Done || c.status == Status::Lapsed);
        };
    } else if (filter == u"kind-firm-or-effort") {
        f.kinds = {CommitmentKind::Firm, CommitmentKind::Effort};
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && (c.kind == CommitmentKind::Firm || c.kind == CommitmentKind::Effort);
        };
    } else if (filter == u"due-from") {
        f.dueFrom = QDate(2025, 5, 15);
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.deadline.date.isValid() && c.deadline.date >= f.dueFrom;
        };
    } else if (filter == u"due-before") {
        f.dueBefore = QDate(2025, 6, 15);
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.deadline.date.isValid() && c.deadline.date < f.dueBefore;
        };
    } else if (filter == u"due-range") {
        f.dueFrom = QDate(2025, 4, 1);
        f.dueBefore = QDate(2025, 7, 1);
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.deadline.date.isValid() && c.deadline.date >= f.dueFrom && c.deadline.date < f.dueBefore;
        };
    } else if (filter == u"overdue") {
        f.overdueOnly = true;
        f.includeRejected = true; // overdue never includes rejected ones anyway
        expected = [&](const TrackedCommitment &c) {
            return c.isOverdue(today);
        };
    } else if (filter == u"ministry") {
        f.ministry = ministry;
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.ministry == ministry;
        };
    } else if (filter == u"letter") {
        f.letterId = example->letterId;
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.letterId == example->letterId;
        };
    } else if (filter == u"text") {
        f.text = u"NAVO"_s;
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && (folded(c.text).contains(word) || folded(c.phrase).contains(word));
        };
    } else if (filter == u"include-rejected") {
        f.includeRejected = true;
        expected = [](const TrackedCommitment &) {
            return true;
        };
    } else if (filter == u"status-and-text") {
        f.statuses = {Status::Open};
        f.text = u"Oekraine"_s;
        static const QRegularExpression oekraine(u"\\boekraine\\b"_s);
        expected = [&](const TrackedCommitment &c) {
            return notRejected(c) && c.status == Status::Open && (folded(c.text).contains(oekraine) || folded(c.phrase).contains(oekraine));
        };
    } else if (filter == u"limit") {
        f.limit = 3;
        expected = notRejected;
    }
    QVERIFY(expected);

    QList<TrackedCommitment> want;
    for (const TrackedCommitment &c : std::as_const(*everything)) {
        if (expected(c))
            want << c;
    }
    sortLikeListing(want);
    if (f.limit > 0)
        want = want.mid(0, f.limit);
    // A filter that keeps all or nothing proves nothing.
    QVERIFY2(!want.isEmpty(), "the filter should keep some");
    if (filter != u"none" && filter != u"include-rejected")
        QVERIFY2(want.size() < everything->size(), "the filter should drop some");

    auto got = m_tracker->commitments(f);
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(numbers(*got), numbers(want));
    if (filter == u"overdue") {
        // The cases set up above, whatever else the detector dated.
        const QStringList overdue = numbers(*got);
        for (const QString &n : {u"PR-2024-0001"_s, u"PR-2025-0001"_s, u"PR-2025-0007"_s})
            QVERIFY2(overdue.contains(n), qPrintable(n));
        for (const QString &n : {u"PR-2025-0002"_s, u"PR-2025-0004"_s, u"PR-2025-0005"_s, u"PR-2025-0006"_s})
            QVERIFY2(!overdue.contains(n), qPrintable(n));
    }
}

void TestTrackerStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("letterHit");
    QTest::addColumn<QString>("commitmentWord"); // a word every commitment hit holds; empty: none expected
    QTest::newRow("without-diacritics") << u"oekraine"_s << true << u"oekraine"_s;
    QTest::newRow("with-diacritics") << u"Oekraïne"_s << true << u"oekraine"_s;
    QTest::newRow("upper-case") << u"OEKRAÏNE"_s << true << u"oekraine"_s;
    QTest::newRow("two-words-both-required") << u"Voorjaarsnota invulling"_s << true << u"voorjaarsnota"_s;
    QTest::newRow("letter-only-word") << u"Riyad"_s << true << QString();
    QTest::newRow("nowhere") << u"zzqxwv"_s << false << QString();
}

void TestTrackerStore::search()
{
    QFETCH(QString, query);
    QFETCH(bool, letterHit);
    QFETCH(QString, commitmentWord);
    auto example = importExample();
    QVERIFY(example);
    auto hits = m_tracker->search(query);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
    const bool hasLetter = std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit &h) {
        return h.kind == SearchHit::Kind::Letter && h.letterId == example->letterId && !h.snippet.isEmpty();
    });
    QCOMPARE(hasLetter, letterHit);
    int commitmentHits = 0;
    for (const SearchHit &h : std::as_const(*hits)) {
        if (h.kind != SearchHit::Kind::Commitment)
            continue;
        ++commitmentHits;
        auto c = m_tracker->commitment(h.commitmentId);
        QVERIFY(c);
        QCOMPARE(h.title, c->number);
        QVERIFY2(folded(c->text + c->phrase).contains(commitmentWord), qPrintable(c->text));
        QVERIFY(!h.snippet.isEmpty());
    }
    QCOMPARE(commitmentHits > 0, !commitmentWord.isEmpty());
    for (qsizetype i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i - 1).rank >= hits->at(i).rank);
}

void TestTrackerStore::searchTextCannotBreakTheQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits"); // 1: some, 0: none, -1: not checked
    QTest::newRow("lone-quote") << u"\""_s << 0;
    QTest::newRow("unbalanced-quote") << u"steun\" \"kabinet"_s << 1;
    QTest::newRow("fts-operators") << u"NEAR(steun Oekraïne AND NOT"_s << -1;
    QTest::newRow("column-filter") << u"subject:steun"_s << -1;
    QTest::newRow("prefix-star") << u"*"_s << 0;
    QTest::newRow("minus") << u"-steun"_s << 1;
    QTest::newRow("tsquery-operators") << u"steun & !oekraine | ("_s << 1;
    QTest::newRow("sql") << u"'; DROP TABLE letters; --"_s << -1;
    QTest::newRow("empty") << QString() << 0;
}

void TestTrackerStore::searchTextCannotBreakTheQuery()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QVERIFY(importExample());
    auto found = m_tracker->search(query);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    auto filtered = m_tracker->commitments(filterFor(0, false, query));
    QVERIFY2(filtered, qPrintable(filtered ? QString() : filtered.error().message));
    QCOMPARE(m_tracker->letters()->size(), 1);
    // Operators are dropped, the words in them still count.
    if (hits >= 0)
        QCOMPARE(!found->isEmpty(), hits == 1);
}

void TestTrackerStore::lettersListing()
{
    const QDate today(2025, 6, 2); // after the Voorjaarsnota deadline of the example letter
    TrackerOptions options;
    options.today = today;
    QVERIFY(reopen(options));
    auto example = importExample();
    QVERIFY(example);
    auto other = m_tracker->importLetter(otherLetter(), otherAnalysis());
    QVERIFY(other);
    auto letters = m_tracker->letters();
    QVERIFY(letters);
    QCOMPARE(letters->size(), 2);
    // By date: the 2024 letter first.
    QCOMPARE(letters->at(0).id, other->letterId);
    QCOMPARE(letters->at(1).id, example->letterId);
    QVERIFY(letters->at(1).text.isEmpty()); // listings leave the text out
    for (const TrackedLetter &l : std::as_const(*letters)) {
        auto all = m_tracker->commitments(filterFor(l.id));
        QVERIFY(all);
        const auto overdue = std::count_if(all->cbegin(), all->cend(), [&](const TrackedCommitment &c) {
            return c.isOverdue(today);
        });
        QCOMPARE(l.openCommitments, all->size());
        QCOMPARE(l.overdueCommitments, int(overdue));
    }
    QCOMPARE(letters->at(1).subject, exampleLetter().metadata.subject);
    QCOMPARE(letters->at(0).ministry, otherLetter().metadata.ministry);
    QCOMPARE(letters->at(0).signatories.size(), otherLetter().metadata.signatories.size());
    QCOMPARE(m_tracker->letter(999).error().kind, Error::Kind::NotFound);
}

void TestTrackerStore::referencesResolveWhenTheirLetterArrives()
{
    // The follow-up names "de Kamerbrief van 4 maart 2025" before that letter is here.
    auto followUp = importLetter(dataPath(u"tracker/kamerbrief-2025-04-25-oekraine-financiering.txt"_s));
    QVERIFY(followUp);
    auto later = m_tracker->importLetter(*followUp, Analyzer().analyze(*followUp));
    QVERIFY(later);
    auto before = m_tracker->references(later->letterId);
    QVERIFY(before);
    QVERIFY(!before->isEmpty());
    QVERIFY(std::all_of(before->cbegin(), before->cend(), [](const ResolvedReference &r) {
        return r.targetLetter == 0;
    }));
    auto example = importExample();
    QVERIFY(example);
    auto after = m_tracker->references(later->letterId);
    QVERIFY(std::any_of(after->cbegin(), after->cend(), [&](const ResolvedReference &r) {
        return r.targetLetter == example->letterId;
    }));
}

QTEST_GUILESS_MAIN(TestTrackerStore)
#include "tst_trackerstore.moc"
