// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The tracker's speed on one core. Not a test: it prints figures and the
// machine, and never fails on time.
//
//   bench_tracker [LETTERS]           import LETTERS generated letters (default
//                                     10,000) with analysis and full-text
//                                     indexing into a fresh SQLite tracker,
//                                     then time list, filter and search queries
//   bench_tracker --fill [COMMITMENTS] fill a tracker with COMMITMENTS
//                                     (default 1,000,000) quickly, then time
//                                     the same queries
//   --keep DIR                        write the tracker into DIR and keep it
//   --keep DIR --reuse                time the queries on the tracker in DIR only
//
// The letters are the Kamerbrieven in tests/data with their years, a
// reference number and their main subject words varied per copy, so that
// every copy has its own content hash and the full-text index sees new words.
// The fill mode goes through the tracker's own API (importLetter) with the
// analysis of the base letter repeated: only the analyser's time is saved.

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/tracker.h"

#include "benchmachine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QTextStream &console()
{
    static QTextStream stream(stdout);
    return stream;
}

double fileMegabytes(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : QStringList{u""_s, u"-wal"_s, u"-shm"_s})
        bytes += QFileInfo(path + suffix).size();
    return double(bytes) / (1024.0 * 1024.0);
}

// The base letters: every .txt letter in tests/data and tests/data/letters.
QList<QString> baseTexts()
{
    QList<QString> texts;
    const QString data = QStringLiteral(PROMISSA_TEST_DATA);
    for (const QString &folder : QStringList{data, data + u"/letters"_s, data + u"/tracker"_s}) {
        const QStringList names = QDir(folder).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile f(folder + u'/' + name);
            if (f.open(QIODevice::ReadOnly))
                texts << QString::fromUtf8(f.readAll());
        }
    }
    return texts;
}

// Copy `n` of a base letter: another year, a reference number of its own, and
// the subject words of the base letters swapped round.
QString variant(const QString &base, int n)
{
    static const QStringList topics{u"Oekraïne"_s, u"Moldavië"_s, u"Georgië"_s, u"Armenië"_s, u"Servië"_s, u"Kosovo"_s, u"Bosnië"_s,
                                    u"Albanië"_s, u"Tunesië"_s, u"Egypte"_s, u"Jordanië"_s, u"Libanon"_s, u"Irak"_s, u"Syrië"_s,
                                    u"Jemen"_s, u"Soedan"_s, u"Mali"_s, u"Niger"_s, u"Tsjaad"_s, u"Somalië"_s};
    static const QStringList things{u"munitie"_s, u"drones"_s, u"luchtverdediging"_s, u"ontmijning"_s, u"wederopbouw"_s,
                                    u"energiesteun"_s, u"voedselhulp"_s, u"cyberveiligheid"_s, u"grensbewaking"_s, u"opvang"_s};
    QString text = base;
    text.replace(u"2025"_s, QString::number(2015 + n % 12));
    text.replace(u"2024"_s, QString::number(2014 + n % 12));
    text.replace(u"Oekraïne"_s, topics.at(n % topics.size()));
    text.replace(u"munitie"_s, things.at((n / topics.size()) % things.size()));
    const qsizetype firstBreak = text.indexOf(u'\n');
    text.insert(firstBreak < 0 ? 0 : firstBreak + 1, u"Ons kenmerk BENCH-%1\n"_s.arg(n));
    return text;
}

struct Query {
    QString name;
    std::function<qsizetype(Tracker &)> run; ///< returns the rows found
};

QList<Query> queries(qint64 someLetter)
{
    const auto filtered = [](std::function<void(CommitmentFilter &)> set) {
        return [set](Tracker &t) -> qsizetype {
            CommitmentFilter f;
            f.limit = 100; // a page, as the app and `list --limit` ask for it
            set(f);
            const auto rows = t.commitments(f);
            return rows ? rows->size() : -1;
        };
    };
    return {
        {u"list, first page"_s, filtered([](CommitmentFilter &) {})},
        {u"filter status open"_s, filtered([](CommitmentFilter &f) {
             f.statuses = {Status::Open, Status::PartlyDone};
         })},
        {u"filter due before 2020-07-01"_s, filtered([](CommitmentFilter &f) {
             f.dueBefore = QDate(2020, 7, 1);
         })},
        {u"filter overdue"_s, filtered([](CommitmentFilter &f) {
             f.overdueOnly = true;
         })},
        {u"filter one letter"_s, filtered([someLetter](CommitmentFilter &f) {
             f.letterId = someLetter;
         })},
        {u"filter kind effort"_s, filtered([](CommitmentFilter &f) {
             f.kinds = {CommitmentKind::Effort};
         })},
        {u"filter text 'Kamer informeren'"_s, filtered([](CommitmentFilter &f) {
             f.text = u"Kamer informeren"_s;
         })},
        {u"search 'Voorjaarsnota'"_s, [](Tracker &t) -> qsizetype {
             const auto hits = t.search(u"Voorjaarsnota"_s, 50);
             return hits ? hits->size() : -1;
         }},
        {u"search 'kabinet zomer'"_s, [](Tracker &t) -> qsizetype {
             const auto hits = t.search(u"kabinet zomer"_s, 50);
             return hits ? hits->size() : -1;
         }},
    };
}

void timeQueries(Tracker &tracker, qint64 someLetter)
{
    constexpr int Runs = 7;
    console() << "\nqueries (median of " << Runs << " runs, pages of 100 rows / 50 hits):\n";
    for (const Query &q : queries(someLetter)) {
        QList<double> ms;
        qsizetype rows = 0;
        for (int i = 0; i < Runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            rows = q.run(tracker);
            ms << double(timer.nsecsElapsed()) / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        console() << "  " << q.name.leftJustified(34) << QString::number(ms.at(Runs / 2), 'f', 2).rightJustified(9) << " ms  (" << rows << " rows)\n";
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool fill = args.removeAll(u"--fill"_s) > 0;
    const bool reuse = args.removeAll(u"--reuse"_s) > 0;
    QString keep;
    if (const qsizetype k = args.indexOf(u"--keep"_s); k >= 0 && k + 1 < args.size()) {
        keep = args.at(k + 1);
        args.remove(k, 2);
    }
    const int count = args.isEmpty() ? (fill ? 1000000 : 10000) : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_tracker [LETTERS] | --fill [COMMITMENTS] [--keep DIR]\n");
        return 2;
    }

    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(folder);
    const QString location = folder + u"/bench.promissa"_s;
    if (!reuse)
        QFile::remove(location);
    TrackerOptions options;
    options.author = u"bench"_s;
    options.today = QDate(2021, 1, 1);
    auto tracker = Tracker::open(location, options);
    if (!tracker) {
        std::fprintf(stderr, "%s\n", qPrintable(tracker.error().message));
        return 1;
    }

    console() << "machine:    " << Bench::machineLine(QStringLiteral(PROMISSA_BUILD_TYPE)) << " (the benchmark uses one core)\n"
              << "tracker:    " << location << "\n";

    const QList<QString> bases = baseTexts();
    const Analyzer analyzer;
    QElapsedTimer timer;
    timer.start();
    qint64 someLetter = 0;
    qint64 commitments = 0;
    int letters = 0;
    if (reuse) {
        const auto all = (*tracker)->letters();
        someLetter = all && !all->isEmpty() ? all->at(all->size() / 2).id : 0;
        console() << "\nreused:     " << (all ? all->size() : 0) << " letters\n";
    } else if (!fill) {
        for (int i = 0; i < count; ++i) {
            const QString text = variant(bases.at(i % bases.size()), i);
            auto letter = importLetterData(text.toUtf8(), u"bench-%1.txt"_s.arg(i));
            if (!letter)
                continue;
            auto imported = (*tracker)->importLetter(*letter, analyzer.analyze(*letter));
            if (!imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
                return 1;
            }
            commitments += imported->commitmentsAdded;
            ++letters;
            if (i == count / 2)
                someLetter = imported->letterId;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        console() << "\nimport:     " << letters << " letters, " << commitments << " commitments in " << QString::number(seconds, 'f', 1) << " s = "
                  << QString::number(letters / seconds, 'f', 0) << " letters/s (reading, analysis, storing, full-text index, link suggestions)\n";
    } else {
        // The analysis of each base letter once; its copies only append a
        // line at the end, so the offsets stay right.
        QList<std::pair<Letter, Analysis>> analysed;
        for (const QString &text : bases) {
            auto letter = importLetterData(text.toUtf8(), u"base.txt"_s);
            if (letter && !letter->sentences.isEmpty())
                analysed.append({*letter, analyzer.analyze(*letter)});
        }
        for (int i = 0; commitments < count; ++i) {
            auto [letter, analysis] = analysed.at(i % analysed.size());
            letter.text += u"\nBENCH-%1"_s.arg(i);
            // Each detection five times over: many commitments per letter.
            const QList<Commitment> once = analysis.commitments;
            for (int r = 1; r < 5; ++r)
                analysis.commitments += once;
            auto imported = (*tracker)->importLetter(letter, analysis);
            if (!imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
                return 1;
            }
            commitments += imported->commitmentsAdded;
            ++letters;
            if (someLetter == 0 && i > 100)
                someLetter = imported->letterId;
            if (letters % 1000 == 0)
                std::fprintf(stderr, "  %d letters, %lld commitments\n", letters, commitments);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        console() << "\nfill:       " << letters << " letters, " << commitments << " commitments in " << QString::number(seconds, 'f', 1) << " s = "
                  << QString::number(commitments / seconds, 'f', 0) << " commitments/s (through Tracker::importLetter, analysis reused)\n";
    }
    console() << "database:   " << QString::number(fileMegabytes(location), 'f', 1) << " MB\n";
    timeQueries(**tracker, someLetter);
    console() << "\npeak memory: " << QString::number(Bench::peakMemoryMiB(), 'f', 1) << " MiB, CPU " << QString::number(Bench::cpuSeconds(), 'f', 1) << " s\n";
    console().flush();
    return 0;
}
