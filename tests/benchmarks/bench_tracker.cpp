// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The tracker's speed on one core. Not a test: it prints figures and the
// machine, and never fails on time.
//
//   bench_tracker [LETTERS]            import LETTERS generated letters (default
//                                      10,000) with analysis and full-text
//                                      indexing into a fresh SQLite tracker,
//                                      one importLetter() each, then time list,
//                                      filter and search queries
//   bench_tracker --fill [COMMITMENTS] fill a tracker with COMMITMENTS
//                                      (default 1,000,000) through the bulk
//                                      path (importLetters, no link
//                                      suggestions), then time the same queries
//   --keep DIR                         write the tracker into DIR and keep it
//   --keep DIR --reuse                 time the queries on the tracker in DIR only
//   --write-sql FILE                   after an import, write the rows stored
//                                      (letters with their text, commitments) as
//                                      one SQL script for the sqlite3 tool: the
//                                      same rows into tables with FTS5, in one
//                                      transaction (the baseline of
//                                      tests/benchmarks/performance.sh)
//
// The letters are the Kamerbrieven in tests/data with their years, a
// reference number and their main subject words varied per copy, so that
// every copy has its own content hash and the full-text index sees new words.
// The fill mode stores the analysis of the base letters, each detection many
// times over: only the analyser's time is saved. Lines starting with
// "figure<TAB>" carry the figures for performance.sh.

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

// Copy `n` of a base letter: another year, a reference number and a closing
// line of its own, and the subject words of the base letters swapped round.
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
    // The letterhead is no part of the stored text: this line is, so that
    // every copy is a letter of its own.
    text += u"\n\nBijlage bij kopie BENCH-%1.\n"_s.arg(n);
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

void figure(const QString &key, double value)
{
    console() << Bench::figureLine(key, value) << "\n";
}

void timeQueries(Tracker &tracker, qint64 someLetter)
{
    constexpr int Runs = 7;
    double slowest = 0;
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
        figure(u"query_ms "_s + q.name, ms.at(Runs / 2));
        slowest = std::max(slowest, ms.at(Runs / 2));
    }
    figure(u"query_slowest_ms"_s, slowest);
}

QString sqlText(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString sqlDate(QDate date)
{
    return date.isValid() ? sqlText(date.toString(Qt::ISODate)) : u"NULL"_s;
}

// The rows the tracker stored, as one script for the sqlite3 tool: tables
// with the same text columns, FTS5 indexes over the same columns with the
// same tokenizer, the same journal settings, filled in one transaction.
bool writeSql(Tracker &tracker, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_tracker: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    QTextStream out(&file);
    out << "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\nBEGIN;\n"
        << "CREATE TABLE letters (id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, file_name TEXT, letter_date TEXT, subject TEXT, "
           "ministry TEXT, kamerstuk TEXT, document_number TEXT, body TEXT NOT NULL);\n"
        << "CREATE TABLE commitments (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, number TEXT NOT NULL UNIQUE, "
           "letter_id INTEGER NOT NULL REFERENCES letters (id), sentence_text TEXT, phrase TEXT, actor TEXT, kind TEXT, status TEXT, deadline_date TEXT);\n"
        << "CREATE INDEX commitments_letter ON commitments (letter_id);\n"
        << "CREATE INDEX commitments_deadline ON commitments (deadline_date);\n";
    const auto letters = tracker.letters();
    if (!letters)
        return false;
    for (const TrackedLetter &listed : *letters) {
        const auto l = tracker.letter(listed.id);
        if (!l)
            return false;
        out << "INSERT INTO letters VALUES (" << l->id << ", " << sqlText(l->hash) << ", " << sqlText(l->fileName) << ", " << sqlDate(l->date) << ", "
            << sqlText(l->subject) << ", " << sqlText(l->ministry) << ", " << sqlText(l->kamerstuk) << ", " << sqlText(l->documentNumber) << ", "
            << sqlText(l->text) << ");\n";
    }
    CommitmentFilter all;
    all.includeRejected = true;
    const auto commitments = tracker.commitments(all);
    if (!commitments)
        return false;
    qint64 id = 0;
    for (const TrackedCommitment &c : *commitments) {
        out << "INSERT INTO commitments VALUES (" << ++id << ", " << sqlText(c.id) << ", " << sqlText(c.number) << ", " << c.letterId << ", "
            << sqlText(c.text) << ", " << sqlText(c.phrase) << ", " << sqlText(c.actor) << ", " << sqlText(commitmentKindName(c.kind)) << ", "
            << sqlText(statusName(c.status)) << ", " << sqlDate(c.deadline.date) << ");\n";
    }
    const QString tokenizer = u"tokenize = 'unicode61 remove_diacritics 2'"_s;
    out << "CREATE VIRTUAL TABLE letters_fts USING fts5(subject, body, content = 'letters', content_rowid = 'id', " << tokenizer << ");\n"
        << "INSERT INTO letters_fts (rowid, subject, body) SELECT id, subject, body FROM letters;\n"
        << "CREATE VIRTUAL TABLE commitments_fts USING fts5(sentence_text, phrase, actor, content = 'commitments', content_rowid = 'id', " << tokenizer
        << ");\n"
        << "INSERT INTO commitments_fts (rowid, sentence_text, phrase, actor) SELECT id, sentence_text, phrase, actor FROM commitments;\n"
        << "COMMIT;\n";
    out.flush();
    console() << "sql:        " << letters->size() << " letters and " << commitments->size() << " commitments written to " << path << "\n";
    return file.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool fill = args.removeAll(u"--fill"_s) > 0;
    const bool reuse = args.removeAll(u"--reuse"_s) > 0;
    const auto takeValue = [&args](const QString &option) {
        const qsizetype k = args.indexOf(option);
        if (k < 0 || k + 1 >= args.size())
            return QString();
        const QString value = args.at(k + 1);
        args.remove(k, 2);
        return value;
    };
    const QString keep = takeValue(u"--keep"_s);
    const QString sqlPath = takeValue(u"--write-sql"_s);
    const int count = args.isEmpty() ? (fill ? 1000000 : 10000) : args.first().toInt();
    if (count <= 0 || args.size() > 1 || (reuse && keep.isEmpty())) {
        std::fprintf(stderr, "usage: bench_tracker [LETTERS] | --fill [COMMITMENTS]  [--keep DIR [--reuse]] [--write-sql FILE]\n");
        return 2;
    }

    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(folder);
    const QString location = folder + u"/bench.promissa"_s;
    if (!reuse) {
        for (const QString &suffix : QStringList{u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(location + suffix);
    }
    TrackerOptions options;
    options.author = u"bench"_s;
    options.today = QDate(2021, 1, 1);
    options.create = !reuse;
    auto tracker = Tracker::open(location, options);
    if (!tracker) {
        std::fprintf(stderr, "%s\n", qPrintable(tracker.error().message));
        return 1;
    }

    console() << "machine:    " << Bench::machineLine(QStringLiteral(PROMISSA_BUILD_TYPE)) << " (the benchmark uses one core)\n"
              << "tracker:    " << location << "\n";

    const QList<QString> bases = baseTexts();
    const Analyzer analyzer;
    qint64 someLetter = 0;
    qint64 commitments = 0;
    int letters = 0;
    if (reuse) {
        const auto all = (*tracker)->letters();
        someLetter = all && !all->isEmpty() ? all->at(all->size() / 2).id : 0;
        console() << "\nreused:     " << (all ? all->size() : 0) << " letters\n";
    } else if (!fill) {
        // Reading and analysis first, then storing: the same work as one
        // letter after the other, but the two figures apart.
        QElapsedTimer timer;
        timer.start();
        double cpu = Bench::cpuSeconds();
        QList<AnalysedLetter> analysed;
        for (int i = 0; i < count; ++i) {
            const QString text = variant(bases.at(i % bases.size()), i);
            auto letter = importLetterData(text.toUtf8(), u"bench-%1.txt"_s.arg(i));
            if (!letter)
                continue;
            Analysis analysis = analyzer.analyze(*letter);
            analysed.append({std::move(*letter), std::move(analysis)});
        }
        const double analysisSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double analysisCpu = Bench::cpuSeconds() - cpu;
        timer.restart();
        cpu = Bench::cpuSeconds();
        int duplicates = 0;
        int suggestions = 0;
        for (qsizetype i = 0; i < analysed.size(); ++i) {
            auto imported = (*tracker)->importLetter(analysed.at(i).letter, analysed.at(i).analysis);
            if (!imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
                return 1;
            }
            if (imported->alreadyPresent) {
                ++duplicates;
                continue;
            }
            commitments += imported->commitmentsAdded;
            suggestions += imported->suggestionsAdded;
            ++letters;
            if (i == analysed.size() / 2)
                someLetter = imported->letterId;
        }
        const double storeSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double storeCpu = Bench::cpuSeconds() - cpu;
        const double seconds = analysisSeconds + storeSeconds;
        console() << "\nimport:     " << letters << " letters (" << duplicates << " copies already there), " << commitments << " commitments, " << suggestions
                  << " link suggestions in " << QString::number(seconds, 'f', 1) << " s = " << QString::number(letters / seconds, 'f', 0)
                  << " letters/s (reading, analysis, storing, full-text index, link suggestions)\n"
                  << "            reading and analysis " << QString::number(analysisSeconds, 'f', 1) << " s, storing (Tracker::importLetter) "
                  << QString::number(storeSeconds, 'f', 1) << " s = " << QString::number(letters / storeSeconds, 'f', 0) << " letters/s\n"
                  << "CPU time:   reading and analysis " << QString::number(analysisCpu, 'f', 1) << " s, storing " << QString::number(storeCpu, 'f', 1)
                  << " s = " << QString::number(letters / (analysisCpu + storeCpu), 'f', 0) << " letters/s of CPU time, storing alone "
                  << QString::number(letters / storeCpu, 'f', 0) << "\n";
        // The figures in CPU time: on a shared machine the wall clock says
        // more about the neighbours than about the tracker.
        figure(u"import_letters"_s, letters);
        figure(u"import_commitments"_s, double(commitments));
        figure(u"import_letters_per_s"_s, letters / (analysisCpu + storeCpu));
        figure(u"store_letters_per_s"_s, letters / storeCpu);
        if (!sqlPath.isEmpty() && !writeSql(**tracker, sqlPath))
            return 1;

        // The same letters through the bulk path into a second tracker: one
        // transaction, no link suggestions; what the sqlite3 baseline does
        // plus numbering, history and references.
        const QString bulkLocation = folder + u"/bulk.promissa"_s;
        for (const QString &suffix : QStringList{u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(bulkLocation + suffix);
        auto bulk = Tracker::open(bulkLocation, options);
        if (!bulk) {
            std::fprintf(stderr, "%s\n", qPrintable(bulk.error().message));
            return 1;
        }
        timer.restart();
        cpu = Bench::cpuSeconds();
        auto stored = (*bulk)->importLetters(analysed, LinkSuggestions::Skip);
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error().message));
            return 1;
        }
        const double bulkCpu = Bench::cpuSeconds() - cpu;
        console() << "bulk:       the same letters in one Tracker::importLetters without link suggestions: "
                  << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 1) << " s wall, " << QString::number(bulkCpu, 'f', 1) << " s CPU = " << QString::number(letters / bulkCpu, 'f', 0) << " letters/s of CPU time\n";
        figure(u"bulk_letters_per_s"_s, letters / bulkCpu);
    } else {
        // The analysis of each base letter once; its copies only append a
        // line at the end, so the offsets stay right. Each detection many
        // times over: a letter of some hundreds of commitments, so that a
        // million of them stand in a few thousand letters.
        constexpr int Repeats = 50;
        constexpr int BatchSize = 100;
        QList<AnalysedLetter> analysed;
        for (const QString &text : bases) {
            auto letter = importLetterData(text.toUtf8(), u"base.txt"_s);
            if (!letter || letter->sentences.isEmpty())
                continue;
            Analysis analysis = analyzer.analyze(*letter);
            const QList<Commitment> once = analysis.commitments;
            for (int r = 1; r < Repeats; ++r)
                analysis.commitments += once;
            if (!analysis.commitments.isEmpty())
                analysed.append({std::move(*letter), std::move(analysis)});
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; commitments < count;) {
            QList<AnalysedLetter> batch;
            for (qint64 planned = commitments; batch.size() < BatchSize && planned < count; ++i) {
                AnalysedLetter item = analysed.at(i % analysed.size());
                item.letter.text += u"\nBENCH-%1"_s.arg(i);
                planned += item.analysis.commitments.size();
                batch.append(std::move(item));
            }
            auto imported = (*tracker)->importLetters(batch, LinkSuggestions::Skip);
            if (!imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
                return 1;
            }
            for (const ImportResult &r : std::as_const(*imported)) {
                commitments += r.commitmentsAdded;
                letters += r.alreadyPresent ? 0 : 1;
                if (someLetter == 0 && letters > 10)
                    someLetter = r.letterId;
            }
            std::fprintf(stderr, "  %d letters, %lld commitments\n", letters, commitments);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        console() << "\nfill:       " << letters << " letters, " << commitments << " commitments in " << QString::number(seconds, 'f', 1) << " s = "
                  << QString::number(commitments / seconds, 'f', 0) << " commitments/s (Tracker::importLetters, " << BatchSize
                  << " letters a transaction, no link suggestions, analysis reused)\n";
        figure(u"fill_commitments_per_s"_s, commitments / seconds);
    }
    console() << "database:   " << QString::number(fileMegabytes(location), 'f', 1) << " MB\n";
    timeQueries(**tracker, someLetter);
    console() << "\npeak memory: " << QString::number(Bench::peakMemoryMiB(), 'f', 1) << " MiB, CPU " << QString::number(Bench::cpuSeconds(), 'f', 1) << " s\n";
    console().flush();
    return 0;
}
