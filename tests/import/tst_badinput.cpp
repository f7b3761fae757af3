// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Hostile and broken files through the dispatcher, importLetter(), as a
// user would open them: each gives a clear error that names the file, or a
// bounded, correct letter; never a crash or a hang. The importers' own tests
// check their messages in detail; this one checks that every kind of bad
// input is caught whichever way it comes in.

#include "import/importer.h"
#include "import/pdf/pdfimporter.h"
#include "import/xml/toezeggingreader.h"
#include "letterlists.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace Promissa::LetterLists;

namespace
{

// The most memory this process has held so far, in KiB; -1 where unknown.
long peakMemoryKiB()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss;
#endif
    return -1;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void hugeFileIsRefusedUnread_data();
    void hugeFileIsRefusedUnread();
    void truncatedFilesNeverCrash_data();
    void truncatedFilesNeverCrash();
    void corruptedFilesNeverCrash_data();
    void corruptedFilesNeverCrash();
    void truncatedRegisterExportsNeverCrash_data();
    void truncatedRegisterExportsNeverCrash();
};

void TestBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setPdfImporter(&importPdf);
}

void TestBadInput::hostileFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("docx-zip-bomb") << u"import/docx/zip-bomb.docx"_s << u"word/document.xml unpacks to more than the 50 MB of XML"_s;
    QTest::newRow("docx-zip-bomb-lying-about-its-size") << u"import/docx/zip-bomb-lying-size.docx"_s
                                                        << u"word/document.xml unpacks to more than the 50 MB of XML"_s;
    QTest::newRow("docx-billion-laughs") << u"import/docx/billion-laughs.docx"_s << u"uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("docx-external-entity") << u"import/docx/external-entity.docx"_s << u"uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("docx-truncated") << u"import/docx/truncated.docx"_s << u"the file is damaged or incomplete"_s;
    QTest::newRow("docx-corrupt-deflate") << u"import/docx/corrupt-deflate.docx"_s << u"word/document.xml is damaged"_s;
    QTest::newRow("xml-billion-laughs") << u"import/xml/billion-laughs.xml"_s << u"uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("xml-external-entity") << u"import/xml/external-entity.xml"_s << u"uses a DTD with entity declarations, which Promissa refuses."_s;
    QTest::newRow("xml-truncated") << u"import/xml/truncated-kamerstuk.xml"_s << u"the XML ends too early"_s;
    QTest::newRow("pdf-5000-pages") << u"import/pdf/many-pages.pdf"_s << u"has 5000 pages; Promissa reads letters of at most 2000 pages"_s;
    QTest::newRow("pdf-truncated") << u"import/pdf/truncated.pdf"_s << u"is incomplete: the PDF is cut off before its end"_s;
    QTest::newRow("pdf-garbage") << u"import/pdf/garbage.pdf"_s << u"is damaged"_s;
    QTest::newRow("pdf-encrypted") << u"import/pdf/encrypted.pdf"_s << u"is encrypted (password protected)"_s;
    QTest::newRow("text-broken-utf8") << u"import/broken-utf8.txt"_s << u"byte offset 39"_s;
    QTest::newRow("text-binary") << u"import/binary.bin"_s << u"is not a text file"_s;
}

void TestBadInput::hostileFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const auto letter = importLetter(dataPath(file));
    QVERIFY(!letter.has_value());
    QVERIFY2(letter.error().message.startsWith(dataPath(file)), qPrintable(letter.error().message));
    QVERIFY2(letter.error().message.contains(message), qPrintable(letter.error().message));
}

void TestBadInput::hugeFileIsRefusedUnread_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("pdf") << u"groot.pdf"_s << QByteArray("%PDF-1.7\n");
    QTest::newRow("docx") << u"groot.docx"_s << QByteArray("PK\x03\x04", 4);
    QTest::newRow("xml") << u"groot.xml"_s << QByteArray("<?xml version=\"1.0\"?>\n<officiele-publicatie>");
    QTest::newRow("text") << u"groot.txt"_s << QByteArray("Geachte voorzitter,\n");
}

void TestBadInput::hugeFileIsRefusedUnread()
{
    // 500 MB on disk in a few blocks: a sparse file, its tail never written.
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    constexpr qint64 size = 500LL * 1024 * 1024;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(head), head.size());
        QVERIFY(file.resize(size));
    }
    const long before = peakMemoryKiB();
    const auto letter = importLetter(path);
    const long after = peakMemoryKiB();
    QVERIFY(!letter.has_value());
    QCOMPARE(letter.error().message, u"%1 is 500 MB; Promissa reads letters of up to 200 MB."_s.arg(path));
    // Reading it would have cost at least its size; refusing it costs next
    // to nothing.
    if (before >= 0)
        QVERIFY2(after - before < 64 * 1024, qPrintable(u"the peak memory grew by %1 KiB"_s.arg(after - before)));
}

void TestBadInput::truncatedFilesNeverCrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("mustFail"); ///< a container cut short is always an error
    const struct {
        const char16_t *file;
        bool container;
    } formats[] = {
        {u"formats/letter.pdf", true},
        {u"formats/letter.docx", true},
        {u"formats/letter.xml", true},
        {u"formats/letter.html", false},
        {u"formats/letter.txt", false},
        {u"formats/letter.pdftotext.txt", false},
    };
    for (const auto &format : formats) {
        for (const int percent : {1, 5, 33, 50, 90, 99}) {
            const QString file = QString::fromUtf16(format.file);
            QTest::addRow("%s-cut-at-%d-percent", qPrintable(file.section(u'/', 1)), percent) << file << percent << format.container;
        }
    }
}

void TestBadInput::truncatedFilesNeverCrash()
{
    QFETCH(QString, file);
    QFETCH(int, percent);
    QFETCH(bool, mustFail);
    const QByteArray whole = readData(file);
    const QByteArray cut = whole.left(whole.size() * percent / 100);
    const QString name = u"afgebroken-"_s + file.section(u'/', 1);
    const auto letter = importLetterData(cut, name);
    if (letter) {
        QVERIFY2(!mustFail, "a cut-off container must not read as a letter");
        QCOMPARE(letter->fileName, name);
        // Bounded and correct: no more text than the bytes it came from.
        QVERIFY(letter->text.size() <= cut.size());
        QVERIFY(!letter->paragraphs.isEmpty());
    } else {
        QVERIFY2(letter.error().message.startsWith(name), qPrintable(letter.error().message));
    }
}

void TestBadInput::corruptedFilesNeverCrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("percent");
    for (const char16_t *file : {u"formats/letter.pdf", u"formats/letter.docx", u"formats/letter.xml", u"formats/letter.html", u"formats/letter.txt"}) {
        for (const int percent : {3, 30, 60, 95}) {
            const QString f = QString::fromUtf16(file);
            QTest::addRow("%s-overwritten-at-%d-percent", qPrintable(f.section(u'/', 1)), percent) << f << percent;
        }
    }
}

void TestBadInput::corruptedFilesNeverCrash()
{
    // 512 bytes overwritten with a pattern that holds markup, control and
    // high bytes: whatever the importer is in the middle of, it meets junk.
    QFETCH(QString, file);
    QFETCH(int, percent);
    QByteArray data = readData(file);
    const qsizetype at = data.size() * percent / 100;
    for (qsizetype i = at; i < std::min(data.size(), at + 512); ++i)
        data[i] = char((i * 131 + 7) & 0xff);
    const QString name = u"beschadigd-"_s + file.section(u'/', 1);
    const auto letter = importLetterData(data, name);
    if (letter)
        QCOMPARE(letter->fileName, name);
    else
        QVERIFY2(letter.error().message.startsWith(name), qPrintable(letter.error().message));
}

void TestBadInput::truncatedRegisterExportsNeverCrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("percent");
    for (const char16_t *file : {u"import/xml/toezeggingen.json", u"import/xml/toezeggingen.xml"}) {
        for (const int percent : {1, 20, 50, 80, 99}) {
            const QString f = QString::fromUtf16(file);
            QTest::addRow("%s-cut-at-%d-percent", qPrintable(f.section(u'/', 2)), percent) << f << percent;
        }
    }
}

void TestBadInput::truncatedRegisterExportsNeverCrash()
{
    // The register import is no letter and has its own entry point; a cut
    // export is malformed JSON or XML and must say so.
    QFETCH(QString, file);
    QFETCH(int, percent);
    const QByteArray whole = readData(file);
    const auto complete = readToezeggingen(whole, file);
    QVERIFY2(complete.has_value(), qPrintable(complete ? QString() : complete.error().message));
    const QByteArray cut = whole.left(whole.size() * percent / 100);
    const auto records = readToezeggingen(cut, u"afgebroken"_s);
    QVERIFY(!records.has_value());
    QVERIFY2(records.error().message.startsWith(u"afgebroken"_s), qPrintable(records.error().message));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
