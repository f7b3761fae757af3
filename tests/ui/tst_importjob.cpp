// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "import/importjob.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString s_lettersFolder = QStringLiteral(PROMISSA_TEST_DATA "/letters");

// The longest the GUI thread may go without running its event loop while a
// worker imports: the issue asks for no freeze over 100 ms. Measured on the
// 2-core development machine (debug build, load average 8 to 16 from other
// builds beside the test): 200 letters in 10-11 s, longest gap between timer
// ticks 23-45 ms over four runs. The test prints the figure it sees.
constexpr qint64 s_maxGapMs = 100;
} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void letterFiles_data();
    void letterFiles();
    void importsAFolderOfLetters();
    void importingAgainAddsNothing();
    void errorsNameTheFileAndTheRestIsImported();
    void cancelLeavesWholeLettersOnly();
    void reanalysisKeepsManualWork();
    void guiThreadStaysResponsive();

private:
    /// Runs the job to its end; the summary and the errors it reported.
    std::pair<ImportSummary, QStringList> run(ImportJob &job);
    std::unique_ptr<ImportJob> makeJob();
    /// Commitments the tracker holds for the letter, and what a fresh analysis of the file finds.
    void compareWithFreshAnalysis(const TrackedLetter &letter, const QString &path);

    QTemporaryDir m_generated;
    QStringList m_generatedFiles;
    Analyzer m_analyzer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TrackerSession> m_session;
};

void TestImportJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_generated.isValid());
    // 200 distinct letters made of the sentences of the real letters in the
    // test data, each a different (fixed, pseudo-random) selection: realistic
    // work for the analysis and the linking, with some overlap between
    // letters as between real ones, and a content hash of their own.
    QStringList sentences;
    for (const QString &folder : {u"letters"_s, u"blind"_s, u"followups"_s, u"."_s}) {
        const QDir dir(QStringLiteral(PROMISSA_TEST_DATA) + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            const auto letter = importLetter(dir.filePath(name));
            QVERIFY(letter);
            for (const Sentence &sentence : letter->sentences) {
                const ParagraphKind kind = letter->paragraphs.value(sentence.paragraph).kind;
                if ((kind == ParagraphKind::Body || kind == ParagraphKind::Bullet) && sentence.range.length() > 40)
                    sentences.append(letter->slice(sentence.range).toString());
            }
        }
    }
    QVERIFY2(sentences.size() > 300, qPrintable(QString::number(sentences.size())));
    std::minstd_rand random(20250304);
    for (int i = 1; i <= 200; ++i) {
        QString text = u"Geachte voorzitter,\n\n"_s;
        for (int p = 0; p < 8; ++p) {
            for (int n = 0; n < 3; ++n)
                text += sentences.at(qsizetype(random() % quint32(sentences.size()))) + u' ';
            text += u"\n\n"_s;
        }
        text += u"Deze brief is nummer %1 van de test.\n\nHoogachtend,\n\nDe minister van Binnenlandse Zaken\n"_s.arg(i);
        const QString path = m_generated.filePath(u"brief-%1.txt"_s.arg(i, 3, 10, QChar(u'0')));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        m_generatedFiles.append(path);
    }
}

void TestImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<TrackerSession>();
    TrackerOptions options;
    options.author = u"importer"_s;
    const auto opened = m_session->open(m_dir->filePath(u"import.promissa"_s), options);
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
}

void TestImportJob::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<ImportJob> TestImportJob::makeJob()
{
    return std::make_unique<ImportJob>(*m_session);
}

std::pair<ImportSummary, QStringList> TestImportJob::run(ImportJob &job)
{
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    if (!finished.wait(120'000))
        qWarning("the import did not finish in two minutes");
    if (finished.isEmpty())
        return {};
    m_session->notifyLettersChanged();
    return {finished.constFirst().at(0).value<ImportSummary>(), finished.constFirst().at(1).toStringList()};
}

void TestImportJob::compareWithFreshAnalysis(const TrackedLetter &letter, const QString &path)
{
    const auto fresh = importLetter(path);
    QVERIFY(fresh);
    CommitmentFilter filter;
    filter.letterId = letter.id;
    filter.includeRejected = true;
    const auto stored = m_session->tracker()->commitments(filter);
    QVERIFY(stored);
    QCOMPARE(stored->size(), m_analyzer.analyze(*fresh).commitments.size());
}

void TestImportJob::letterFiles_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("expected");
    QDir letters(s_lettersFolder);
    QStringList texts;
    for (const QString &name : letters.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        texts.append(letters.filePath(name));
    QTest::newRow("folder-keeps-letters-skips-gold-and-readme") << QStringList{s_lettersFolder} << texts;
    QTest::newRow("a-named-file-is-tried-whatever-its-name") << QStringList{letters.filePath(u"README.md"_s)} << QStringList{letters.filePath(u"README.md"_s)};
    QTest::newRow("files-then-folder-in-given-order") << QStringList{s_example, s_lettersFolder} << (QStringList{s_example} + texts);
}

void TestImportJob::letterFiles()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, expected);
    QCOMPARE(ImportJob::letterFiles(paths), expected);
}

void TestImportJob::importsAFolderOfLetters()
{
    const QStringList files = ImportJob::letterFiles({s_lettersFolder});
    QVERIFY(files.size() >= 2);
    auto job = makeJob();
    job->setPaths({s_lettersFolder});
    QList<int> done;
    QStringList names;
    connect(job.get(), &ImportJob::progress, this, [&](int d, int total, const QString &file) {
        QCOMPARE(total, int(files.size()));
        done.append(d);
        names.append(file);
    });
    const auto [summary, errors] = run(*job);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(summary.total, int(files.size()));
    QCOMPARE(summary.imported, int(files.size()));
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.commitmentsAdded > 0);
    QVERIFY(summary.lastLetterId > 0);
    QVERIFY(!job->isRunning());
    // Progress counts up to the total, naming each file as it starts.
    QVERIFY(std::ranges::is_sorted(done));
    QCOMPARE(done.constLast(), int(files.size()));
    QVERIFY(names.contains(QFileInfo(files.constFirst()).fileName()));

    const auto letters = m_session->tracker()->letters();
    QVERIFY(letters);
    QCOMPARE(letters->size(), files.size());
    for (const TrackedLetter &letter : *letters) {
        const auto it = std::ranges::find_if(files, [&letter](const QString &f) {
            return QFileInfo(f).fileName() == QFileInfo(letter.fileName).fileName();
        });
        QVERIFY2(it != files.cend(), qPrintable(letter.fileName));
        compareWithFreshAnalysis(letter, *it);
    }
}

void TestImportJob::importingAgainAddsNothing()
{
    auto first = makeJob();
    first->setPaths({s_lettersFolder});
    const auto [once, e1] = run(*first);
    QVERIFY(once.imported > 0);
    auto second = makeJob();
    second->setPaths({s_lettersFolder});
    const auto [twice, e2] = run(*second);
    QCOMPARE(twice.imported, 0);
    QCOMPARE(twice.alreadyPresent, once.imported);
    QCOMPARE(twice.commitmentsAdded, 0);
    QCOMPARE(m_session->tracker()->letters()->size(), once.imported);
}

void TestImportJob::errorsNameTheFileAndTheRestIsImported()
{
    const QString missing = m_dir->filePath(u"verdwenen-brief.txt"_s);
    const QString empty = m_dir->filePath(u"lege-brief.txt"_s);
    QFile touch(empty);
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    auto job = makeJob();
    job->setPaths({missing, s_example, empty});
    const auto [summary, errors] = run(*job);
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.failed, 2);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(u"verdwenen-brief.txt"_s), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(u"lege-brief.txt"_s), qPrintable(errors.at(1)));
    QCOMPARE(m_session->tracker()->letters()->size(), 1);
}

void TestImportJob::cancelLeavesWholeLettersOnly()
{
    const QStringList files = m_generatedFiles.mid(0, 40);
    auto job = makeJob();
    job->setPaths(files);
    // Cancel as soon as the first letter is in: the worker is then busy with
    // the next one, which must either get in whole or not at all.
    connect(job.get(), &ImportJob::progress, job.get(), [&job](int done) {
        if (done >= 1)
            job->cancel();
    });
    const auto [summary, errors] = run(*job);
    QVERIFY(errors.isEmpty());
    QVERIFY(summary.cancelled);
    QVERIFY2(summary.imported >= 1 && summary.imported < files.size(), qPrintable(QString::number(summary.imported)));

    const auto letters = m_session->tracker()->letters();
    QVERIFY(letters);
    QCOMPARE(letters->size(), summary.imported);
    for (const TrackedLetter &letter : *letters) {
        const auto it = std::ranges::find_if(files, [&letter](const QString &f) {
            return QFileInfo(f).fileName() == QFileInfo(letter.fileName).fileName();
        });
        QVERIFY(it != files.cend());
        compareWithFreshAnalysis(letter, *it);
    }
}

void TestImportJob::reanalysisKeepsManualWork()
{
    const auto imported = m_session->tracker()->importFile(s_example, m_analyzer);
    QVERIFY(imported);
    m_session->notifyLettersChanged();
    CommitmentFilter filter;
    filter.letterId = imported->letterId;
    const TrackedCommitment c = m_session->tracker()->commitments(filter)->constFirst();
    QVERIFY(m_session->setStatus(c.id, Status::Done, u"done before the re-analysis"_s));

    auto job = makeJob();
    job->setReanalysis({imported->letterId});
    const auto [summary, errors] = run(*job);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(summary.reanalysed, 1);
    QCOMPARE(summary.lastLetterId, imported->letterId);
    const auto after = m_session->tracker()->commitment(c.id);
    QVERIFY(after);
    QCOMPARE(after->status, Status::Done);
}

void TestImportJob::guiThreadStaysResponsive()
{
    auto job = makeJob();
    job->setPaths(m_generatedFiles);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
        ++ticks;
    });
    // What the window does with progress: a label and a bar. Cheap, but on
    // the GUI thread, as in the app.
    int updates = 0;
    connect(job.get(), &ImportJob::progress, this, [&updates] {
        ++updates;
    });
    clock.start();
    timer.start();
    const auto [summary, errors] = run(*job);
    timer.stop();
    const qint64 total = clock.elapsed();
    QVERIFY(errors.isEmpty());
    QCOMPARE(summary.imported, int(m_generatedFiles.size()));
    QVERIFY(updates >= summary.imported);
    qInfo("imported %d letters in %lld ms; longest gap between 5 ms timer ticks on the GUI thread: %lld ms (%d ticks)",
          summary.imported,
          total,
          longest,
          ticks);
    QVERIFY2(longest < s_maxGapMs, qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(longest)));
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
