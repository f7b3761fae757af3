// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The PDF report of 1,000 commitments: seconds and peak memory (goal < 2 s).
// Not a test: it prints figures and the machine, and never fails on time.
//
//   bench_report [COMMITMENTS] [OUT.pdf]     (default 1000, a temporary file)
//
// The commitments are the report tests' fixture (the example letter,
// analysed) repeated over as many letters, deadlines spread over two years.

#include "fixturereportdata.h"
#include "pdfreport.h"

#include <KSyntaxHighlighting/Repository>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
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

// CPU seconds of this process: on a busy machine the wall clock says more
// about the neighbours than about the report.
double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

double peakMemoryMiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
#else
    return -1;
#endif
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()).section(u' ', 0, 2) : u"unknown"_s;
}

} // namespace

int main(int argc, char **argv)
{
    // Headless by default: the report needs fonts, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int wanted = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1000;

    const auto fixture = makeReportFixture();
    if (!fixture) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(fixture.error().message));
        return 1;
    }
    const int copies = int((wanted + fixture->commitments.size() - 1) / fixture->commitments.size());
    ReportFixture scaled = fixture->scaled(copies);
    scaled.commitments.resize(wanted);
    const ReportData data = fixtureReportData(scaled);

    QTemporaryDir dir;
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const KSyntaxHighlighting::Repository repository;
    const double repositorySeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const double cpuBefore = cpuSeconds();
    const auto pages = writePdfReport(data, out, repository, {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!pages) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(pages.error().message));
        return 1;
    }

    std::printf("machine:      %s, %d logical cores, %s\n", qPrintable(cpuModel()), QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()));
    std::printf("report:       %lld commitments from %lld letters, %d pages, %.1f MB\n",
                qint64(data.entries.size()),
                qint64(data.letters.size()),
                *pages,
                QFileInfo(out).size() / (1024.0 * 1024.0));
    std::printf("time:         %.2f s for the PDF (goal: < 2 s; %.2f s of CPU), plus %.2f s to load the syntax definitions\n",
                seconds,
                cpu,
                repositorySeconds);
    std::printf("load:         %s (other processes share the cores)\n", qPrintable(loadAverage()));
    std::printf("peak memory:  %.1f MB\n", peakMemoryMiB());
    return 0;
}
