// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Import throughput per format, through the dispatcher as the app calls it.
// Not a test: it prints figures and the machine, and never fails on time.
//
//   bench_import [SECONDS]     (CPU seconds per figure, default 3)
//
// Two figures per format, from the letter of tests/data/formats/:
// - the letter itself imported over and over (what importing a folder of
//   letters costs): pages/s for the PDF, MB/s of file for all, and for a
//   DOCX also MB/s of its unpacked parts;
// - one large document generated from it (its body repeated to several MB:
//   text, DOCX and Kamerstuk XML), which shows that import stays linear.
// Times are CPU time of this process: on a busy machine the wall clock says
// more about the neighbours than about the importer.

#include "benchmachine.h"
#include "import/importer.h"
#include "import/pdf/pdfimporter.h"

#include <KZip>

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

constexpr qint64 largeDocument = 4 * 1024 * 1024; // bytes of generated body
constexpr int pdfPages = 3; // of tests/data/formats/letter.pdf

QByteArray readFormat(const QString &name)
{
    QFile file(QStringLiteral(PROMISSA_TEST_DATA) + u"/formats/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_import: cannot read %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    return file.readAll();
}

// `data` with the part from `from` up to `to` repeated until the whole is
// about `size` bytes.
QByteArray repeatMiddle(const QByteArray &data, qsizetype from, qsizetype to, qint64 size)
{
    if (from < 0 || to <= from) {
        std::fprintf(stderr, "bench_import: the fixture no longer has the part to repeat\n");
        std::exit(1);
    }
    const QByteArray middle = data.mid(from, to - from);
    const qsizetype copies = std::max<qsizetype>(1, (size - data.size()) / middle.size() + 1);
    return data.left(from) + middle.repeated(copies) + data.mid(from);
}

// Where the WordprocessingML paragraph that holds `pos` starts.
qsizetype paragraphStart(const QByteArray &xml, qsizetype pos)
{
    return std::max(xml.lastIndexOf("<w:p>", pos), xml.lastIndexOf("<w:p ", pos));
}

// The DOCX letter with its body paragraphs, from the first heading to the
// closing, repeated; every other part as it was.
QByteArray largeDocx(const QByteArray &docx)
{
    QByteArray source = docx;
    QBuffer in(&source);
    KZip zipIn(&in);
    if (!zipIn.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_import: letter.docx is no ZIP file\n");
        std::exit(1);
    }
    QByteArray result;
    QBuffer out(&result);
    KZip zipOut(&out);
    zipOut.open(QIODevice::WriteOnly);
    std::function<void(const KArchiveDirectory *, const QString &)> copy = [&](const KArchiveDirectory *dir, const QString &prefix) {
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = dir->entry(name);
            const QString path = prefix + name;
            if (entry->isDirectory()) {
                copy(static_cast<const KArchiveDirectory *>(entry), path + u'/');
                continue;
            }
            QByteArray data = static_cast<const KArchiveFile *>(entry)->data();
            if (path == u"word/document.xml"_s)
                data = repeatMiddle(data, paragraphStart(data, data.indexOf("Stand van zaken")), paragraphStart(data, data.indexOf("Hoogachtend")),
                                    largeDocument);
            zipOut.writeFile(path, data);
        }
    };
    copy(zipIn.directory(), QString());
    zipOut.close();
    return result;
}

// The unpacked size of a DOCX's parts: a ZIP of repeated paragraphs packs
// a hundredfold, so its file size alone says little about the work.
qint64 unpackedSize(const QByteArray &docx)
{
    QByteArray source = docx;
    QBuffer in(&source);
    KZip zip(&in);
    if (!zip.open(QIODevice::ReadOnly))
        return 0;
    qint64 total = 0;
    std::function<void(const KArchiveDirectory *)> add = [&](const KArchiveDirectory *dir) {
        const QStringList names = dir->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = dir->entry(name);
            if (entry->isDirectory())
                add(static_cast<const KArchiveDirectory *>(entry));
            else
                total += static_cast<const KArchiveFile *>(entry)->size();
        }
    };
    add(zip.directory());
    return total;
}

struct Figure {
    QByteArray data;
    QString fileName;
    int pages = 0; ///< per import, for a PDF
    qint64 unpacked = 0; ///< per import, for a DOCX
};

// Imports `figure` until `seconds` of CPU time have passed (at least twice)
// and prints the throughput.
bool measure(const char *label, const Figure &figure, double seconds)
{
    qint64 runs = 0;
    qint64 paragraphs = 0;
    QElapsedTimer wall;
    wall.start();
    const double start = Bench::cpuSeconds();
    double used = 0;
    while (runs < 2 || used < seconds) {
        const auto letter = importLetterData(figure.data, figure.fileName);
        if (!letter) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(letter.error().message));
            return false;
        }
        paragraphs = letter->paragraphs.size();
        ++runs;
        used = Bench::cpuSeconds() - start;
    }
    const double megabytes = double(figure.data.size()) * double(runs) / (1024.0 * 1024.0);
    std::printf("%-28s %8.2f MB/s", label, megabytes / used);
    if (figure.pages > 0)
        std::printf("  %8.1f pages/s      ", double(figure.pages) * double(runs) / used);
    else if (figure.unpacked > 0)
        std::printf("  %8.2f MB/s unpacked", double(figure.unpacked) * double(runs) / (1024.0 * 1024.0) / used);
    else
        std::printf("  %22s", "");
    std::printf("  (%lld x %.2f MB, %lld paragraphs, %.1f s CPU, %.1f s wall)\n", runs, double(figure.data.size()) / (1024.0 * 1024.0), paragraphs,
                used, double(wall.nsecsElapsed()) / 1e9);
    const QString name = QString::fromUtf8(label);
    std::printf("%s\n", qPrintable(Bench::figureLine(u"mb_per_s "_s + name, megabytes / used)));
    if (figure.pages > 0)
        std::printf("%s\n", qPrintable(Bench::figureLine(u"pages_per_s "_s + name, double(figure.pages) * double(runs) / used)));
    if (figure.unpacked > 0)
        std::printf("%s\n", qPrintable(Bench::figureLine(u"unpacked_mb_per_s "_s + name, double(figure.unpacked) * double(runs) / (1024.0 * 1024.0) / used)));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(0.1, QByteArray(argv[1]).toDouble()) : 3.0;
    setPdfImporter(&importPdf);

    const QByteArray text = readFormat(u"letter.txt"_s);
    const QByteArray pdftotext = readFormat(u"letter.pdftotext.txt"_s);
    const QByteArray docx = readFormat(u"letter.docx"_s);
    const QByteArray xml = readFormat(u"letter.xml"_s);
    const QByteArray html = readFormat(u"letter.html"_s);
    const QByteArray pdf = readFormat(u"letter.pdf"_s);
    const QByteArray bigDocx = largeDocx(docx);

    std::printf("machine:     %s\n", qPrintable(Bench::machineLine(QStringLiteral(PROMISSA_BUILD_TYPE))));
    std::printf("Qt:          %s\n", qVersion());
    std::printf("per figure:  at least %.1f s of CPU time on one core\n\n", seconds);

    const struct {
        const char *label;
        Figure figure;
    } figures[] = {
        {"PDF letter (3 pages)", {pdf, u"letter.pdf"_s, pdfPages}},
        {"DOCX letter", {docx, u"letter.docx"_s, 0, unpackedSize(docx)}},
        {"DOCX, large", {bigDocx, u"groot.docx"_s, 0, unpackedSize(bigDocx)}},
        {"Kamerstuk XML letter", {xml, u"letter.xml"_s}},
        {"Kamerstuk XML, large", {repeatMiddle(xml, xml.indexOf("<divisie>"), xml.lastIndexOf("</divisie>") + 10, largeDocument), u"groot.xml"_s}},
        {"Kamerstuk HTML letter", {html, u"letter.html"_s}},
        {"text letter", {text, u"letter.txt"_s}},
        {"text, large", {repeatMiddle(text, text.indexOf("Stand van zaken"), text.indexOf("Hoogachtend"), largeDocument), u"groot.txt"_s}},
        {"pdftotext -layout letter", {pdftotext, u"letter.pdftotext.txt"_s}},
    };
    for (const auto &[label, figure] : figures) {
        if (!measure(label, figure, seconds))
            return 1;
    }
    std::printf("\npeak memory: %.1f MB\n", Bench::peakMemoryMiB());
    return 0;
}
