// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The PDF report, read back the way a person and a machine would: its text
// through pdftotext (against committed references), its fonts through
// pdffonts, its pages through pdftoppm, its PDF/A metadata in the file.

#include "excerpthighlighter.h"
#include "fixturereportdata.h"
#include "pdfreport.h"

#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestPdfReport : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QTemporaryDir m_dir;

    struct Written {
        int pages = 0;
        QString path;
        QString text; ///< pdftotext output; pages separated by form feeds
    };

    static QString tool(const QString &name)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qWarning("%s is not installed (poppler-utils)", qPrintable(name));
        return path;
    }

    static QByteArray run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << program << args << p.readAllStandardError();
            return {};
        }
        return p.readAllStandardOutput();
    }

    Written write(const ReportData &data, const PdfReportOptions &options, const QString &name)
    {
        Written w;
        // PROMISSA_REPORT_OUTPUT=<folder> keeps the PDFs there, to look at them.
        const QString keep = qEnvironmentVariable("PROMISSA_REPORT_OUTPUT");
        w.path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
        const auto pages = writePdfReport(data, w.path, *m_repository, options);
        if (!pages) {
            qWarning() << pages.error().message;
            return w;
        }
        w.pages = *pages;
        w.text = QString::fromUtf8(run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, w.path, u"-"_s}));
        return w;
    }

    // The generation time is the one thing that differs between runs of the
    // CLI; the in-memory reports pin it, and the references hold a token.
    static QString normalised(QString text, const ReportData &data, ReportLanguage language)
    {
        text.replace(formatDateTime(language, data.generated), u"<generated>"_s);
        text.replace(formatDate(language, data.generated.date()), u"<generated-date>"_s);
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto fixture = makeReportFixture();
        QVERIFY2(fixture, qPrintable(fixture ? QString() : fixture.error().message));
        m_fixture = *fixture;
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        for (const QString &t : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s, u"pdftoppm"_s})
            QVERIFY2(!tool(t).isEmpty(), qPrintable(t + u" is needed (poppler-utils)"_s));
    }

    void matchesReference_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("groupBy");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("pageWord");
        QTest::newRow("dutch-by-month") << int(ReportLanguage::Dutch) << int(GroupBy::Month) << u"report-nl.txt"_s << u"Pagina %1 van %2"_s;
        QTest::newRow("english-by-status") << int(ReportLanguage::English) << int(GroupBy::Status) << u"report-en.txt"_s << u"Page %1 of %2"_s;
    }

    void matchesReference()
    {
        QFETCH(int, language);
        QFETCH(int, groupBy);
        QFETCH(QString, reference);
        QFETCH(QString, pageWord);
        const ReportData data = fixtureReportData(m_fixture);
        PdfReportOptions options;
        options.language = ReportLanguage(language);
        options.groupBy = GroupBy(groupBy);
        const Written w = write(data, options, reference + u".pdf"_s);
        QVERIFY(w.pages >= 4);
        // pdftotext ends every page with a form feed.
        QCOMPARE(int(w.text.count(u'\f')), w.pages);
        QCOMPARE(QString::fromUtf8(run(tool(u"pdfinfo"_s), {w.path})).section(QRegularExpression(u"Pages:\\s+"_s), 1).section(u'\n', 0, 0).toInt(), w.pages);
        const QStringList pages = w.text.split(u'\f');
        for (int i = 0; i < w.pages; ++i)
            QVERIFY2(pages.at(i).contains(pageWord.arg(i + 1).arg(w.pages)), qPrintable(pageWord.arg(i + 1).arg(w.pages)));
        QVERIFY(Promissa::matchesReference(normalised(w.text, data, ReportLanguage(language)).toUtf8(), reference));
    }

    void hasNoLigatures()
    {
        const Written w = write(fixtureReportData(m_fixture), {}, u"ligatures.pdf"_s);
        QVERIFY(!w.text.isEmpty());
        // The letter has "financieel", "officieel", "flexibiliteit": shaped text would give U+FB01/U+FB02.
        QVERIFY(w.text.contains(u"financieel"_s));
        for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
            QVERIFY2(!w.text.contains(QChar(ligature)), qPrintable(u"ligature U+%1 in the text"_s.arg(int(ligature), 4, 16)));
    }

    void everyFontIsEmbedded()
    {
        const Written w = write(fixtureReportData(m_fixture), {}, u"fonts.pdf"_s);
        const QStringList lines = QString::fromUtf8(run(tool(u"pdffonts"_s), {w.path})).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // a header, a rule, then one line per font
        const qsizetype column = lines.at(0).indexOf(u"emb"_s);
        for (qsizetype i = 2; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).mid(column, 3) == u"yes", qPrintable(lines.at(i)));
    }

    void tableHeaderRepeatsOnEveryTablePage()
    {
        // Enough commitments for the table to run over several pages.
        const ReportData data = fixtureReportData(m_fixture.scaled(4));
        const Written w = write(data, {}, u"long.pdf"_s);
        const QStringList pages = w.text.split(u'\f');
        const qsizetype first = pages.indexOf(QRegularExpression(u"(?s).*\\nToezeggingen\\nNr\\..*"_s));
        const qsizetype appendix = pages.indexOf(QRegularExpression(u"(?s).*Bijlage: geannoteerde fragmenten.*"_s));
        QVERIFY2(first > 1 && appendix > first + 2, qPrintable(u"table pages %1..%2"_s.arg(first).arg(appendix)));
        for (qsizetype i = first; i < appendix; ++i) {
            for (const QString &header : {u"Nr."_s, u"Toezegging"_s, u"Deadline"_s, u"Status"_s})
                QVERIFY2(pages.at(i).contains(header), qPrintable(u"page %1 lacks the header %2"_s.arg(i + 1).arg(header)));
        }
        for (const TrackedCommitment &c : m_fixture.scaled(4).commitments)
            QVERIFY2(w.text.contains(c.number), qPrintable(c.number));
    }

    void groupsComeInOrder_data()
    {
        QTest::addColumn<int>("groupBy");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("status-in-register-order") << int(GroupBy::Status) << QStringList{u"Openstaand ("_s, u"Deels voldaan ("_s, u"Voldaan ("_s, u"Vervallen ("_s};
        QTest::newRow("month-then-undated") << int(GroupBy::Month) << QStringList{u"Juni 2025 ("_s, u"Juli 2025 ("_s, u"September 2025 ("_s, u"Zonder datum ("_s};
        QTest::newRow("letter") << int(GroupBy::Letter) << QStringList{u"4 maart 2025, Actualisatie Nederlandse inzet"_s};
    }

    void groupsComeInOrder()
    {
        QFETCH(int, groupBy);
        QFETCH(QStringList, titles);
        PdfReportOptions options;
        options.groupBy = GroupBy(groupBy);
        const Written w = write(fixtureReportData(m_fixture), options, u"groups.pdf"_s);
        qsizetype at = w.text.indexOf(u"Toezeggingen\nNr."_s);
        QVERIFY(at > 0);
        for (const QString &title : titles) {
            const qsizetype next = w.text.indexOf(title, at);
            QVERIFY2(next > at, qPrintable(title));
            at = next;
        }
    }

    void titlePageNamesTheSelection()
    {
        CommitmentFilter filter;
        filter.statuses = {Status::Open};
        filter.dueBefore = QDate(2025, 10, 1);
        ReportData data = fixtureReportData(m_fixture, filter);
        data.title = u"Openstaande toezeggingen Oekraïne"_s;
        const Written w = write(data, {}, u"title.pdf"_s);
        const QString first = w.text.section(u'\f', 0, 0).simplified();
        for (const QString &expected : {u"Openstaande toezeggingen Oekraïne"_s, u"Status: Openstaand"_s, u"Deadline vóór: 1 oktober 2025"_s,
                                        u"/srv/gedeeld/promissa/buitenlandse-zaken.promissa"_s, u"Anna de Vries"_s, u"20 juni 2025, 10:00"_s})
            QVERIFY2(first.contains(expected), qPrintable(expected));
    }

    void passwordIsNotPrinted()
    {
        ReportData data = fixtureReportData(m_fixture);
        data.database = displayLocation(u"postgresql://anna:geheim@db.example.nl/promissa"_s);
        const Written w = write(data, {}, u"password.pdf"_s);
        QVERIFY(w.text.contains(u"postgresql://anna@db.example.nl/promissa"_s));
        QVERIFY(!w.text.contains(u"geheim"_s));
    }

    void pdfaCarriesItsIdentification_data()
    {
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("pdf-a-1b") << true;
        QTest::newRow("plain-pdf-claims-nothing") << false;
    }

    void pdfaCarriesItsIdentification()
    {
        QFETCH(bool, pdfA);
        PdfReportOptions options;
        options.pdfA = pdfA;
        const Written w = write(fixtureReportData(m_fixture), options, u"archive.pdf"_s);
        QFile file(w.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.contains("pdfaid:part"), pdfA);
        if (pdfA) {
            static const QRegularExpression part(u"pdfaid:part(?:>|=\")1"_s);
            static const QRegularExpression conformance(u"pdfaid:conformance(?:>|=\")B"_s);
            QVERIFY(part.match(QString::fromLatin1(bytes)).hasMatch());
            QVERIFY(conformance.match(QString::fromLatin1(bytes)).hasMatch());
            QVERIFY(bytes.contains("/OutputIntents"));
        }
    }

    void excerptsAreHighlighted()
    {
        ExcerptHighlighter highlighter(*m_repository);
        QVERIFY(highlighter.isValid());
        const QString paragraph = u"De Europese Raad van 6 maart zal hiervoor weer een belangrijk moment zijn."_s;
        const QList<QTextLayout::FormatRange> ranges = highlighter.formats(paragraph);
        const auto date = std::find_if(ranges.cbegin(), ranges.cend(), [&](const QTextLayout::FormatRange &r) {
            return paragraph.mid(r.start, r.length).contains(u"6 maart"_s);
        });
        QVERIFY(date != ranges.cend());
        QVERIFY(date->format.foreground().color() != QColor(Qt::black));
        QCOMPARE(highlighter.legend(ReportLanguage::Dutch).size(), 6);

        // On paper: the appendix page carries the yellow marker of the commitments.
        const Written w = write(fixtureReportData(m_fixture), {}, u"appendix.pdf"_s);
        const QString prefix = m_dir.filePath(u"appendix-page"_s);
        run(tool(u"pdftoppm"_s), {u"-r"_s, u"40"_s, u"-png"_s, u"-singlefile"_s, u"-f"_s, QString::number(w.pages), w.path, prefix});
        const QImage page(prefix + u".png"_s);
        QVERIFY(!page.isNull());
        int marker = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                marker += c.red() > 240 && c.green() > 220 && c.blue() < 170;
            }
        }
        QVERIFY2(marker > 100, qPrintable(u"%1 marker pixels"_s.arg(marker)));
    }

    void emptySelectionStillReports()
    {
        ReportData data = fixtureReportData(m_fixture);
        data.entries.clear();
        const Written w = write(data, {}, u"empty.pdf"_s);
        QCOMPARE(w.pages, 2);
        QVERIFY(w.text.contains(u"Geen van deze toezeggingen heeft een deadline met een datum."_s));
        QVERIFY(w.text.contains(u"Pagina 2 van 2"_s));
    }

    void unwritableFileIsAnError()
    {
        const QString path = m_dir.filePath(u"no/such/folder/report.pdf"_s);
        const auto pages = writePdfReport(fixtureReportData(m_fixture), path, *m_repository, {});
        QVERIFY(!pages);
        QVERIFY2(pages.error().message.startsWith(path), qPrintable(pages.error().message));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
