// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The PDF report of 1,000 commitments: seconds and peak memory (goal < 2 s).
// Not a test: it prints figures and the machine, and never fails on time.
//
//   bench_report [COMMITMENTS] [OUT.pdf]     (default 1000, a temporary file)
//
// The commitments are the report tests' fixture (the example letter,
// analysed) repeated over as many letters, deadlines spread over two years.

#include "benchmachine.h"
#include "fixturereportdata.h"
#include "pdfreport.h"

#include <KSyntaxHighlighting/Repository>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Promissa;

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
    const double cpuBefore = Bench::cpuSeconds();
    const auto pages = writePdfReport(data, out, repository, {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    if (!pages) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(pages.error().message));
        return 1;
    }

    std::printf("machine:      %s\n", qPrintable(Bench::machineLine(QStringLiteral(PROMISSA_BUILD_TYPE))));
    std::printf("report:       %lld commitments from %lld letters, %d pages, %.1f MB\n",
                qint64(data.entries.size()),
                qint64(data.letters.size()),
                *pages,
                QFileInfo(out).size() / (1024.0 * 1024.0));
    std::printf("time:         %.2f s for the PDF (goal: < 2 s; %.2f s of CPU), plus %.2f s to load the syntax definitions\n",
                seconds,
                cpu,
                repositorySeconds);
    std::printf("peak memory:  %.1f MB\n", Bench::peakMemoryMiB());
    std::printf("%s\n", qPrintable(Bench::figureLine(u"report_s"_s, seconds)));
    std::printf("%s\n", qPrintable(Bench::figureLine(u"report_cpu_s"_s, cpu)));
    std::printf("%s\n", qPrintable(Bench::figureLine(u"report_pages"_s, *pages)));
    return 0;
}
