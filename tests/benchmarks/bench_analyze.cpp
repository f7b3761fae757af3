// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Throughput of import + analysis on one core, in CPU time. Not a test: it
// prints figures and the machine, and never fails on time.
//
//   bench_analyze [MEGABYTES] [--write-corpus DIR]     (default 50)
//
// The corpus is built from the letters and composed sentences in tests/data:
// their paragraphs shuffled (fixed seed) into letters of ~20 KB each, so that
// every run measures the same text. --write-corpus also writes those letters,
// byte for byte, into DIR (bench-0000.txt, ...): the input of the `rg`
// baseline in tests/benchmarks/performance.sh.

#include "analysis/analyzer.h"
#include "import/importer.h"

#include "benchmachine.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

// Body paragraphs of every .txt letter under tests/data.
QStringList sourceParagraphs()
{
    QStringList paragraphs;
    QDirIterator it(QStringLiteral(PROMISSA_TEST_DATA), {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto letter = importLetter(it.next());
        if (!letter)
            continue;
        for (const Paragraph &p : letter->paragraphs) {
            if (p.kind == ParagraphKind::Body || p.kind == ParagraphKind::Bullet)
                paragraphs << letter->slice(p.range).toString();
        }
    }
    return paragraphs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString corpusDir;
    if (const qsizetype k = args.indexOf(u"--write-corpus"_s); k >= 0) {
        corpusDir = args.value(k + 1);
        args.remove(k, std::min<qsizetype>(2, args.size() - k));
        if (corpusDir.isEmpty()) {
            std::fprintf(stderr, "usage: bench_analyze [MEGABYTES] [--write-corpus DIR]\n");
            return 2;
        }
    }
    const qint64 megabytes = args.isEmpty() ? 50 : args.first().toLongLong();
    const qint64 target = std::max<qint64>(1, megabytes) * 1024 * 1024;

    const QStringList paragraphs = sourceParagraphs();
    if (paragraphs.isEmpty()) {
        std::fprintf(stderr, "bench_analyze: no letters found under %s\n", PROMISSA_TEST_DATA);
        return 1;
    }

    // Build the corpus up front, so that only import + analysis is timed.
    QRandomGenerator random(20250304);
    QList<QByteArray> letters;
    qint64 total = 0;
    while (total < target) {
        QString text = u"Geachte voorzitter,\n\n"_s;
        while (text.size() < 20000)
            text += paragraphs.at(random.bounded(paragraphs.size())) + u"\n\n"_s;
        text += u"De minister van Buitenlandse Zaken,\n\nA. Bewindspersoon\n"_s;
        letters << text.toUtf8();
        total += letters.last().size();
    }

    if (!corpusDir.isEmpty()) {
        QDir().mkpath(corpusDir);
        for (qsizetype i = 0; i < letters.size(); ++i) {
            QFile file(u"%1/bench-%2.txt"_s.arg(corpusDir).arg(i, 4, 10, QChar(u'0')));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(letters.at(i)) != letters.at(i).size()) {
                std::fprintf(stderr, "bench_analyze: cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
    }

    const Analyzer analyzer;
    AnalyzerOptions options;
    options.letterDate = QDate(2025, 3, 4);
    qint64 commitments = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = Bench::cpuSeconds();
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const auto letter = importLetterData(letters.at(i), u"bench-%1.txt"_s.arg(i));
        if (!letter) {
            std::fprintf(stderr, "bench_analyze: %s\n", qPrintable(letter.error().message));
            return 1;
        }
        commitments += analyzer.analyze(*letter, options).commitments.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    // CPU time: on a shared machine the wall clock says more about the
    // neighbours than about the analyser.
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    const double mb = total / (1024.0 * 1024.0);

    std::printf("machine:      %s\n", qPrintable(Bench::machineLine(QStringLiteral(PROMISSA_BUILD_TYPE))));
    std::printf("corpus:       %.1f MB in %lld letters (%lld source paragraphs)\n", mb, qint64(letters.size()), qint64(paragraphs.size()));
    std::printf("time:         %.2f s of CPU on one core (import + analysis), %.2f s wall\n", cpu, seconds);
    std::printf("throughput:   %.1f MB/s per core of CPU time (goal: 50), %.1f MB/s wall\n", mb / cpu, mb / seconds);
    std::printf("commitments:  %lld found\n", commitments);
    std::printf("peak memory:  %.1f MB\n", Bench::peakMemoryMiB());
    if (!corpusDir.isEmpty())
        std::printf("corpus file:  %lld letters written to %s\n", qint64(letters.size()), qPrintable(corpusDir));
    std::printf("%s\n", qPrintable(Bench::figureLine(u"analysis_mb_per_s"_s, mb / cpu)));
    std::printf("%s\n", qPrintable(Bench::figureLine(u"corpus_mb"_s, mb)));
    std::printf("%s\n", qPrintable(Bench::figureLine(u"commitments"_s, double(commitments))));
    return 0;
}
