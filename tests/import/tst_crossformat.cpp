// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// One letter in every format (tests/data/formats/) through the dispatcher,
// importLetter(), as the app and the CLI call it: each rendering must read
// as the clean text letter.txt does, sentence for sentence and footnote for
// footnote, and the analyzer must find the same commitments in it. The
// importer is chosen by content, so a file with a wrong extension reads
// the same.

#include "import/importer.h"
#include "import/pdf/pdfimporter.h"
#include "letterlists.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace Promissa::LetterLists;

namespace
{

QString formatsPath(const QString &name)
{
    return LetterLists::dataPath(u"formats/"_s + name);
}

} // namespace

class TestCrossFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sameSentencesAsCleanText_data();
    void sameSentencesAsCleanText();
    void sameFootnotesAsCleanText_data();
    void sameFootnotesAsCleanText();
    void sameCommitmentsAsCleanText_data();
    void sameCommitmentsAsCleanText();
    void sameMetadataAsCleanText_data();
    void sameMetadataAsCleanText();
    void recognisedByContentNotExtension_data();
    void recognisedByContentNotExtension();

private:
    void addFormatRows();
    Letter m_clean;
};

void TestCrossFormat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app and the CLI do at start-up: PDF support lives in its own
    // library.
    setPdfImporter(&importPdf);
    const auto clean = importLetter(formatsPath(u"letter.txt"_s));
    QVERIFY2(clean.has_value(), qPrintable(clean ? QString() : clean.error().message));
    m_clean = *clean;
    // The fixture is what it claims: a whole letter with its notes.
    QVERIFY(m_clean.sentences.size() > 30);
    QCOMPARE(m_clean.footnotes.size(), 6);
}

void TestCrossFormat::addFormatRows()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("docx-from-libreoffice") << u"letter.docx"_s;
    QTest::newRow("pdf-from-libreoffice") << u"letter.pdf"_s;
    QTest::newRow("pdftotext-layout-of-the-pdf") << u"letter.pdftotext.txt"_s;
    QTest::newRow("officielebekendmakingen-xml") << u"letter.xml"_s;
    QTest::newRow("officielebekendmakingen-html") << u"letter.html"_s;
}

void TestCrossFormat::sameSentencesAsCleanText_data()
{
    addFormatRows();
}

void TestCrossFormat::sameSentencesAsCleanText()
{
    QFETCH(QString, file);
    const auto letter = importLetter(formatsPath(file));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->fileName, formatsPath(file));
    COMPARE_LISTS(sentencesWithoutHeader(*letter), sentencesWithoutHeader(m_clean));
}

void TestCrossFormat::sameFootnotesAsCleanText_data()
{
    addFormatRows();
}

void TestCrossFormat::sameFootnotesAsCleanText()
{
    QFETCH(QString, file);
    const auto letter = importLetter(formatsPath(file));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    COMPARE_LISTS(footnotesWithPlaces(*letter), footnotesWithPlaces(m_clean));
}

void TestCrossFormat::sameCommitmentsAsCleanText_data()
{
    addFormatRows();
}

void TestCrossFormat::sameCommitmentsAsCleanText()
{
    QFETCH(QString, file);
    const QStringList expected = commitmentPhrases(m_clean);
    // The letter makes at least these promises; an analyzer that finds none
    // anywhere would otherwise pass.
    QVERIFY2(expected.size() >= 5, qPrintable(expected.join(u'\n')));
    const auto letter = importLetter(formatsPath(file));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    COMPARE_LISTS(commitmentPhrases(*letter), expected);
}

void TestCrossFormat::sameMetadataAsCleanText_data()
{
    addFormatRows();
}

void TestCrossFormat::sameMetadataAsCleanText()
{
    // What the analysis takes from the letterhead: the date anchors every
    // deadline, the ministry and signatory go into the tracker.
    QFETCH(QString, file);
    const auto letter = importLetter(formatsPath(file));
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(m_clean.metadata.date, QDate(2025, 5, 12));
    QCOMPARE(letter->metadata.date, m_clean.metadata.date);
    QCOMPARE(letter->metadata.subject, m_clean.metadata.subject);
    QCOMPARE(letter->metadata.ministry, m_clean.metadata.ministry);
    QCOMPARE(letter->metadata.signatories.size(), 1);
    QCOMPARE(letter->metadata.signatories.at(0).name, m_clean.metadata.signatories.at(0).name);
    QCOMPARE(letter->metadata.signatories.at(0).function, m_clean.metadata.signatories.at(0).function);
}

void TestCrossFormat::recognisedByContentNotExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("savedAs");
    QTest::newRow("pdf-saved-as-txt") << u"letter.pdf"_s << u"brief.txt"_s;
    QTest::newRow("docx-saved-as-pdf") << u"letter.docx"_s << u"brief.pdf"_s;
    QTest::newRow("docx-without-extension") << u"letter.docx"_s << u"brief"_s;
    QTest::newRow("xml-saved-as-docx") << u"letter.xml"_s << u"brief.docx"_s;
    QTest::newRow("html-saved-as-txt") << u"letter.html"_s << u"brief.txt"_s;
    QTest::newRow("text-saved-as-pdf") << u"letter.txt"_s << u"brief.pdf"_s;
    QTest::newRow("text-saved-as-xml") << u"letter.txt"_s << u"brief.xml"_s;
}

void TestCrossFormat::recognisedByContentNotExtension()
{
    QFETCH(QString, file);
    QFETCH(QString, savedAs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(savedAs);
    QVERIFY(QFile::copy(formatsPath(file), path));
    const auto letter = importLetter(path);
    QVERIFY2(letter.has_value(), qPrintable(letter ? QString() : letter.error().message));
    QCOMPARE(letter->fileName, path);
    // Read by the wrong importer, markup or binary would show in the text.
    COMPARE_LISTS(sentencesWithoutHeader(*letter), sentencesWithoutHeader(m_clean));
    COMPARE_LISTS(footnotesWithPlaces(*letter), footnotesWithPlaces(m_clean));
}

QTEST_GUILESS_MAIN(TestCrossFormat)
#include "tst_crossformat.moc"
