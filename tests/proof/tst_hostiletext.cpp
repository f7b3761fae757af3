// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Text from anywhere: endless sentences, deep parentheses and every Unicode
// oddity go through the whole pipeline (import, analysis, the tracker) in
// linear time and without a crash, and what comes out points inside the text.

#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

using Maker = std::function<QByteArray(int)>; // size in units -> letter bytes

QByteArray letterAround(const QByteArray &body)
{
    return "Geachte voorzitter,\n\n" + body + "\n\nDe minister van Buitenlandse Zaken,\n\nA. Persoon\n";
}

QByteArray repeat(const QByteArray &unit, int n)
{
    QByteArray out;
    out.reserve(unit.size() * n);
    for (int i = 0; i < n; ++i)
        out += unit;
    return out;
}

const QHash<QString, Maker> &makers()
{
    static const QHash<QString, Maker> all{
        // One sentence of n words, no full stop anywhere.
        {u"endless-sentence"_s, [](int n) { return letterAround("Het kabinet zal " + repeat("uiterlijk in juni en ", n) + "dan"); }},
        // n opening parentheses, a commitment, n closing ones.
        {u"nested-parentheses"_s, [](int n) { return letterAround(repeat("(", n) + "het kabinet zal voor de zomer een brief sturen" + repeat(")", n) + "."); }},
        {u"unbalanced-parentheses"_s, [](int n) { return letterAround(repeat("(het kabinet zal ", n) + "."); }},
        // Right-to-left marks, zero-width spaces and joiners inside words.
        {u"bidi-and-zero-width"_s, [](int n) {
             return letterAround(repeat("Het\xE2\x80\x8F kabinet\xE2\x80\x8B zal\xE2\x80\x8D v\xE2\x80\x8Boor 1 juni\xE2\x80\xAE een brief sturen. ", n));
         }},
        // Combining diacritics piled on letters.
        {u"combining-marks"_s, [](int n) {
             return letterAround(repeat("Het kabine\xCC\x81\xCC\x88\xCC\x83t zal v\xCC\x8Aoor de zomer rapporte\xCC\x81ren. ", n));
         }},
        // NUL bytes and other control characters in the middle of sentences:
        // a file like that is binary, and refused as such (see refusal()).
        {u"nul-bytes"_s, [](int n) {
             static constexpr char sentence[] = "Het kabinet\0 zal\x01 voor\x1B de zomer\x7F een brief sturen. ";
             return letterAround(repeat(QByteArray(sentence, sizeof sentence - 1), n)); // the NUL inside counts
         }},
        // Bytes that are not UTF-8 at all, mixed with words.
        {u"broken-utf8"_s, [](int n) { return letterAround(repeat("Het kabinet zal \xC3\x28 \xF0\x28\x8C\xBC uiterlijk \xED\xA0\x80 in mei \xFF\xFE. ", n)); }},
        // A long run of one character with no spaces.
        {u"one-long-word"_s, [](int n) { return letterAround("Het kabinet zal " + repeat("a", n * 20) + " sturen."); }},
    };
    return all;
}

// Text with NUL bytes is a binary file to the text importer: it must say so,
// naming the file, instead of guessing. Returns true when that was checked.
bool refused(const QString &maker, const Expected<Letter> &letter)
{
    if (maker != u"nul-bytes")
        return false;
    [&] {
        QVERIFY(!letter);
        QVERIFY2(letter.error().message.contains(u"vreemd.txt"_s) && letter.error().message.contains(u"binary"_s),
                 qPrintable(letter.error().message));
    }();
    return true;
}

// The CPU time of this thread: what the work costs, however busy the
// machine is with other things (a wall clock made the linearity check flaky
// on a loaded CI machine).
qint64 threadNanoseconds()
{
#if defined(Q_OS_UNIX)
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return wall.nsecsElapsed();
#endif
}

qint64 timeAnalysis(const QByteArray &data, int *commitments = nullptr)
{
    static const Analyzer analyzer;
    const qint64 start = threadNanoseconds();
    auto letter = importLetterData(data, u"vreemd.txt"_s);
    if (letter) {
        const Analysis analysis = analyzer.analyze(*letter);
        if (commitments)
            *commitments = int(analysis.commitments.size());
    }
    return threadNanoseconds() - start;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linearAndSound_data();
    void linearAndSound();
    void trackerStoresIt_data();
    void trackerStoresIt();
};

void TestHostileText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHostileText::linearAndSound_data()
{
    QTest::addColumn<QString>("maker");
    for (auto it = makers().cbegin(); it != makers().cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

// 100,000 characters and more: everything the pipeline gives points inside
// the text, and four times the input takes about four times as long.
void TestHostileText::linearAndSound()
{
    QFETCH(QString, maker);
    const Maker make = makers().value(maker);

    // Enough units for 100,000+ characters.
    int n = 1;
    while (make(n).size() < 100000)
        n *= 2;
    const QByteArray big = make(n);
    auto letter = importLetterData(big, u"vreemd.txt"_s);
    if (refused(maker, letter))
        return;
    QVERIFY2(letter, qPrintable(letter ? QString() : letter.error().message));
    static const Analyzer analyzer;
    const Analysis analysis = analyzer.analyze(*letter);
    const qsizetype length = letter->text.size();
    for (const Commitment &c : analysis.commitments)
        QVERIFY(c.phrase.start >= 0 && c.phrase.start <= c.phrase.end && c.phrase.end <= length);
    for (const Sentence &s : letter->sentences)
        QVERIFY(s.range.start >= 0 && s.range.start <= s.range.end && s.range.end <= length);
    for (const TimeExpression &t : analysis.times)
        QVERIFY(t.range.start >= 0 && t.range.start <= t.range.end && t.range.end <= length);

    // Linear time: the best of three at n and at 4n. Linear work grows 4x, a
    // quadratic path 16x; the line between them is drawn at 8x, far from
    // both, so that caches, the sanitizers' allocator and a busy machine do
    // not decide it (at 2n the two were 2x and 4x, and noise crossed 3x).
    qint64 single = std::numeric_limits<qint64>::max();
    qint64 fourfold = std::numeric_limits<qint64>::max();
    const QByteArray larger = make(4 * n);
    for (int run = 0; run < 3; ++run) {
        single = std::min(single, timeAnalysis(big));
        fourfold = std::min(fourfold, timeAnalysis(larger));
    }
    qInfo("%s: %lld bytes in %.1f ms, four times as much in %.1f ms", qPrintable(maker), qint64(big.size()), single / 1e6, fourfold / 1e6);
    QVERIFY2(fourfold < 8 * single + 2000000,
             qPrintable(u"%1: %2 ms -> %3 ms for four times the text"_s.arg(maker).arg(single / 1e6).arg(fourfold / 1e6)));
}

void TestHostileText::trackerStoresIt_data()
{
    linearAndSound_data();
}

// The tracker stores whatever the importer gave, on SQLite and PostgreSQL
// (which refuses NUL characters in text), and reads it back unchanged.
void TestHostileText::trackerStoresIt()
{
    QFETCH(QString, maker);
    TrackerTest::FreshLocation where;
    QVERIFY2(where.isValid(), qPrintable(where.error()));
    QString error;
    auto tracker = TrackerTest::openTracker(where.location(), {}, &error);
    QVERIFY2(tracker, qPrintable(error));

    auto letter = importLetterData(makers().value(maker)(200), u"vreemd.txt"_s);
    if (refused(maker, letter))
        return;
    QVERIFY(letter);
    static const Analyzer analyzer;
    auto stored = tracker->importLetter(*letter, analyzer.analyze(*letter));
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    auto back = tracker->letter(stored->letterId);
    QVERIFY(back);
    QCOMPARE(back->text, letter->text);
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
