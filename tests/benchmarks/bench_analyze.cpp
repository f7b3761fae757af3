// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Throughput of import + analysis on one core. Not a test: it prints
// figures and the machine, and never fails on time.
//
//   bench_analyze [MEGABYTES]     (default 50)
//
// The corpus is built from the letters and composed sentences in tests/data:
// their paragraphs shuffled (fixed seed) into letters of ~20 KB each, so that
// every run measures the same text.

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

long peakMemoryKiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return -1;
#endif
}

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
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;
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

    const Analyzer analyzer;
    AnalyzerOptions options;
    options.letterDate = QDate(2025, 3, 4);
    qint64 commitments = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const auto letter = importLetterData(letters.at(i), u"bench-%1.txt"_s.arg(i));
        if (!letter) {
            std::fprintf(stderr, "bench_analyze: %s\n", qPrintable(letter.error().message));
            return 1;
        }
        commitments += analyzer.analyze(*letter, options).commitments.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double mb = total / (1024.0 * 1024.0);

    std::printf("machine:      %s, %d logical cores, %s\n",
                qPrintable(cpuModel()),
                QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("corpus:       %.1f MB in %lld letters (%lld source paragraphs)\n", mb, qint64(letters.size()), qint64(paragraphs.size()));
    std::printf("time:         %.2f s on one core (import + analysis)\n", seconds);
    std::printf("throughput:   %.1f MB/s per core (goal: 50)\n", mb / seconds);
    std::printf("commitments:  %lld found\n", commitments);
    std::printf("peak memory:  %.1f MB\n", peakMemoryKiB() / 1024.0);
    return 0;
}
