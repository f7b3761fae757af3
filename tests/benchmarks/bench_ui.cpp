// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The desktop app's three speeds that users feel (issue D): start-up to the
// first paint of the letter, opening a 200-page letter with its highlighting
// and overlays, and filtering 100,000 commitments in the table's filter
// model. Goals: 0.5 s, 0.2 s and 0.05 s. A benchmark, not a test: it prints
// figures and the machine, and never fails on a number.
//
//   bench_ui [--pages N] [--commitments N] [--runs N]
//
// Without a display it runs on the "offscreen" platform.

#include "letterview.h"
#include "mainwindow.h"
#include "models/commitmentfiltermodel.h"
#include "models/commitmenttablemodel.h"
#include "session/trackersession.h"
#include "settings.h"

#include "benchmachine.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/tracker.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_data = QStringLiteral(PROMISSA_TEST_DATA);
// A printed A4 page of a Kamerbrief holds about this many characters.
constexpr int s_charsPerPage = 3000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

void printMachine()
{
    std::printf("machine: %s; Qt %s\n", qPrintable(Bench::machineLine(QStringLiteral(PROMISSA_BUILD_TYPE))), qVersion());
    std::printf("platform: %s\n", qPrintable(QGuiApplication::platformName()));
}

void figure(const QString &key, double value)
{
    std::printf("%s\n", qPrintable(Bench::figureLine(key, value)));
}

// Paint events on a widget, to know when it was first drawn.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Imports files through the analyzer into a tracker at location.
bool importFiles(const QString &location, const QStringList &files)
{
    auto tracker = Tracker::open(location);
    if (!tracker)
        return false;
    const Analyzer analyzer;
    for (const QString &file : files) {
        if (!(*tracker)->importFile(file, analyzer)) {
            std::fprintf(stderr, "bench_ui: could not import %s\n", qPrintable(file));
            return false;
        }
    }
    return true;
}

// A long letter made of the example letters' body paragraphs, numbered so
// that no paragraph repeats word for word (repeats would be dropped as
// running headers).
QString longLetterText(int pages)
{
    QStringList paragraphs;
    const QStringList sources{s_data + u"/kamerbrief-2025-03-04-oekraine.txt"_s,
                              s_data + u"/letters/kamerbrief-2024-06-12-vws-ggz.txt"_s,
                              s_data + u"/letters/kamerbrief-2023-10-09-ocw-lerarentekort.txt"_s};
    for (const QString &source : sources) {
        auto letter = importLetter(source);
        if (!letter)
            continue;
        for (const Paragraph &p : letter->paragraphs) {
            if (p.kind == ParagraphKind::Body)
                paragraphs.append(letter->slice(p.range).toString());
        }
    }
    QString text = u"Datum 4 maart 2025\nBetreft Een lange brief om te meten\n\nGeachte voorzitter,\n\n"_s;
    const qsizetype target = qsizetype(pages) * s_charsPerPage;
    for (int n = 0; text.size() < target && !paragraphs.isEmpty(); ++n) {
        if (n % 12 == 0)
            text += u"\n%1. Onderdeel %1\n\n"_s.arg(n / 12 + 1);
        text += u"(%1) "_s.arg(n + 1) + paragraphs.at(n % paragraphs.size()) + u"\n\n"_s;
    }
    text += u"Hoogachtend,\n\nDe minister van Buitenlandse Zaken\n"_s;
    return text;
}

// `count` commitments over letters of 10,000 each: synthetic analyses, since
// the point is the table, not the detector.
bool fillManyCommitments(const QString &location, int count)
{
    auto tracker = Tracker::open(location);
    if (!tracker)
        return false;
    static const QStringList topics{u"munitie"_s, u"sancties"_s, u"wederopbouw"_s, u"energie"_s, u"grenzen"_s, u"asiel"_s, u"stikstof"_s};
    static const QList<CommitmentKind> kinds{CommitmentKind::Firm, CommitmentKind::Ongoing, CommitmentKind::Effort, CommitmentKind::Intent, CommitmentKind::Conditional};
    constexpr int perLetter = 10'000;
    int made = 0;
    for (int letterNo = 0; made < count; ++letterNo) {
        const int here = std::min(perLetter, count - made);
        QString text = u"Datum %1 januari 2025\nBetreft Voortgang %1\n\nGeachte voorzitter,\n"_s.arg(letterNo % 28 + 1);
        for (int n = 1; n <= here; ++n)
            text += u"Het kabinet zal de Kamer voor het einde van het jaar informeren over %1 in dossier %2-%3.\n"_s.arg(topics.at(n % topics.size()))
                        .arg(letterNo)
                        .arg(n);
        text += u"Hoogachtend,\n"_s;
        auto letter = importLetterData(text.toUtf8(), u"veel-%1.txt"_s.arg(letterNo));
        if (!letter)
            return false;
        Analysis analysis;
        analysis.letterDate = {QDate(2025, 1, letterNo % 28 + 1), u"bench"_s};
        for (int i = 0; i < letter->sentences.size() && int(analysis.commitments.size()) < here; ++i) {
            const TextRange range = letter->sentences.at(i).range;
            if (!letter->slice(range).startsWith(u"Het kabinet zal"))
                continue;
            const int n = int(analysis.commitments.size()) + 1;
            Commitment c;
            c.sentence = i;
            c.phrase = range;
            c.kind = kinds.at(n % kinds.size());
            c.actor = u"het kabinet"_s;
            c.confidence = 0.9;
            if (n % 3 != 0) {
                TimeExpression t;
                t.range = range;
                t.text = u"uiterlijk dag %1"_s.arg(n);
                t.bound = Bound::Before;
                t.start = t.end = t.date = QDate(2024, 1, 1).addDays(n % 900);
                c.deadline = t;
            }
            analysis.commitments.append(c);
        }
        if (!(*tracker)->importLetter(*letter, analysis))
            return false;
        made += int(analysis.commitments.size());
    }
    return true;
}

// The median of `ns`, in ms: neither the lucky run nor the one a neighbour
// on the machine slowed down.
double medianMs(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns.isEmpty() ? 0.0 : ms(ns.at(ns.size() / 2));
}

// The median of `runs`, in ms.
double median(int runs, const std::function<void()> &work)
{
    QList<qint64> ns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ns << timer.nsecsElapsed();
    }
    return medianMs(ns);
}

void verdict(const char *what, double measured, double goalMs)
{
    std::printf("%-52s %9.1f ms   goal %6.0f ms   %s\n", what, measured, goalMs, measured <= goalMs ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer processTimer;
    processTimer.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 applicationNs = processTimer.nsecsElapsed();
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"pages"_s, u"Length of the long letter in pages (default 200)."_s, u"n"_s, u"200"_s});
    parser.addOption({u"commitments"_s, u"Commitments in the filtering benchmark (default 100000)."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"Runs of each repeatable step; the median counts (default 5)."_s, u"n"_s, u"5"_s});
    parser.process(app);
    const int pages = parser.value(u"pages"_s).toInt();
    const int count = parser.value(u"commitments"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    printMachine();
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // ---- preparing (not measured) ----------------------------------------------------
    QElapsedTimer prepare;
    prepare.start();
    const QString startLocation = dir.filePath(u"start.promissa"_s);
    QStringList letters{s_data + u"/kamerbrief-2025-03-04-oekraine.txt"_s};
    for (const QString &folder : {u"/followups"_s, u"/letters"_s}) {
        const QDir d(s_data + folder);
        for (const QString &name : d.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            letters.append(d.filePath(name));
    }
    const QString longLocation = dir.filePath(u"long.promissa"_s);
    const QString manyLocation = dir.filePath(u"many.promissa"_s);
    const QString longText = longLetterText(pages);
    const QString longFile = dir.filePath(u"lange-brief.txt"_s);
    {
        QFile file(longFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(longText.toUtf8()) < 0)
            return 1;
    }
    if (!importFiles(startLocation, letters) || !importFiles(longLocation, {longFile}) || !fillManyCommitments(manyLocation, count)) {
        std::fprintf(stderr, "bench_ui: preparing the trackers failed\n");
        return 1;
    }
    std::printf("prepared %lld letters, a %d-page letter (%lld characters) and %d commitments in %.1f s\n\n",
                qlonglong(letters.size()),
                pages,
                qlonglong(longText.size()),
                count,
                double(prepare.elapsed()) / 1000.0);

    // ---- 1. start-up to the first paint ----------------------------------------------
    // What main() does after QApplication: the syntax repository, settings,
    // the tracker, the window, its first letter; until the letter is drawn.
    double startupMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        KSyntaxHighlighting::Repository repository;
        const qint64 repositoryNs = timer.nsecsElapsed();
        Settings settings(dir.filePath(u"settings.ini"_s));
        TrackerSession session;
        if (!session.open(startLocation))
            return 1;
        const qint64 openNs = timer.nsecsElapsed();
        MainWindow window(repository, settings, session);
        window.resize(1400, 900);
        const qint64 windowNs = timer.nsecsElapsed();
        const qint64 first = session.tracker()->letters()->constFirst().id;
        window.showLetter(first);
        auto *watcher = new PaintWatcher(window.letterView()->viewport());
        window.show();
        while (!watcher->painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 paintedNs = timer.nsecsElapsed();
        startupMs = ms(applicationNs + paintedNs);
        std::printf("start-up: QApplication %.1f ms, syntax repository %.1f ms, tracker (%lld letters) %.1f ms, window %.1f ms, letter and first paint %.1f ms\n",
                    ms(applicationNs),
                    ms(repositoryNs),
                    qlonglong(letters.size()),
                    ms(openNs - repositoryNs),
                    ms(windowNs - openNs),
                    ms(paintedNs - windowNs));
        window.close();
    }

    // ---- 2. a 200-page letter --------------------------------------------------------
    double openMs = 0;
    {
        KSyntaxHighlighting::Repository repository;
        Settings settings(dir.filePath(u"settings-long.ini"_s));
        TrackerSession session;
        if (!session.open(longLocation))
            return 1;
        MainWindow window(repository, settings, session);
        window.resize(1400, 900);
        window.show();
        QCoreApplication::processEvents();
        const qint64 id = session.tracker()->letters()->constFirst().id;
        LetterView *view = window.letterView();
        // The run of median total time, with its parts.
        struct Run {
            qint64 build, highlight, total;
        };
        QList<Run> timings;
        for (int run = 0; run < runs; ++run) {
            view->clearLetter();
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            window.showLetter(id);
            const qint64 shown = timer.nsecsElapsed();
            // The highlighter runs from the event loop; then draw the view.
            QCoreApplication::processEvents();
            const qint64 highlighted = timer.nsecsElapsed();
            view->viewport()->repaint();
            timings.append({shown, highlighted - shown, timer.nsecsElapsed()});
        }
        std::sort(timings.begin(), timings.end(), [](const Run &a, const Run &b) {
            return a.total < b.total;
        });
        const Run middle = timings.at(timings.size() / 2);
        const qint64 buildNs = middle.build;
        const qint64 highlightNs = middle.highlight;
        openMs = ms(middle.total);
        std::printf("200-page letter: %d commitments; document, overlays and letters pane %.1f ms, highlighting %.1f ms, paint %.1f ms\n",
                    int(view->commitments().size()),
                    ms(buildNs),
                    ms(highlightNs),
                    openMs - ms(buildNs) - ms(highlightNs));
        // Jumping to the last commitment: scrolling through a long document.
        const double jumpMs = median(runs, [&] {
            view->selectCommitment(view->commitments().constFirst().id);
            view->selectCommitment(view->commitments().constLast().id);
            view->viewport()->repaint();
        });
        std::printf("200-page letter: first to last commitment and paint %.1f ms\n", jumpMs);
        window.close();
    }

    // ---- 3. filtering 100,000 commitments --------------------------------------------
    double filterMs = 0;
    {
        TrackerSession session;
        TrackerOptions options;
        options.today = QDate(2025, 1, 1);
        if (!session.open(manyLocation, options))
            return 1;
        CommitmentTableModel table(session);
        CommitmentFilterModel proxy(session, &table);
        proxy.sort(CommitmentTableModel::NumberColumn);
        QElapsedTimer timer;
        timer.start();
        table.reload();
        const double loadMs = ms(timer.nsecsElapsed());

        struct Case {
            const char *name;
            CommitmentFilter filter;
        };
        CommitmentFilter status;
        status.statuses = {Status::Open, Status::PartlyDone};
        CommitmentFilter kinds;
        kinds.kinds = {CommitmentKind::Firm, CommitmentKind::Effort};
        CommitmentFilter overdue;
        overdue.overdueOnly = true;
        CommitmentFilter range;
        range.dueFrom = QDate(2024, 3, 1);
        range.dueBefore = QDate(2024, 6, 1);
        CommitmentFilter text;
        text.text = u"wederopbouw"_s;
        const QList<Case> cases{{"status (open or partly done)", status},
                                {"two kinds", kinds},
                                {"overdue only", overdue},
                                {"deadline range", range},
                                {"full text 'wederopbouw'", text}};
        std::printf("table of %d commitments: load and sort %.1f ms\n", table.rowCount(), loadMs);
        for (const Case &c : cases) {
            // From an unfiltered table each time; only applying the filter counts.
            QList<qint64> ns;
            for (int run = 0; run < runs; ++run) {
                proxy.setFilter({});
                QElapsedTimer t;
                t.start();
                proxy.setFilter(c.filter);
                ns << t.nsecsElapsed();
            }
            std::printf("  filter %-34s %7d rows %8.1f ms\n", c.name, proxy.rowCount(), medianMs(ns));
            filterMs = std::max(filterMs, medianMs(ns));
        }
    }

    std::printf("\n");
    verdict("start-up to first paint (incl. QApplication)", startupMs, 500);
    verdict(qPrintable(u"opening a %1-page letter with highlighting"_s.arg(pages)), openMs, 200);
    verdict(qPrintable(u"filtering %1 commitments (slowest filter)"_s.arg(count)), filterMs, 50);
    figure(u"startup_ms"_s, startupMs);
    figure(u"long_letter_ms"_s, openMs);
    figure(u"filter_slowest_ms"_s, filterMs);
    return 0;
}
