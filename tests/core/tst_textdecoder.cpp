// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/textdecoder.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodes_data();
    void decodes();
    void rejects_data();
    void rejects();
    void windows1252Table();
    void decodesFixtureFiles_data();
    void decodesFixtureFiles();
    void rejectsFixtureFiles_data();
    void rejectsFixtureFiles();
};

void TestTextDecoder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<TextDecoder::Encoding>("encoding");

    using E = TextDecoder::Encoding;
    QTest::newRow("ascii is utf8") << QByteArray("Geachte voorzitter,\n") << u"Geachte voorzitter,\n"_s << E::Utf8;
    QTest::newRow("utf8 without bom") << QByteArray("Oekra\xC3\xAFne \xE2\x82\xAC 5") << u"Oekraïne € 5"_s << E::Utf8;
    QTest::newRow("utf8 bom is dropped") << QByteArray("\xEF\xBB\xBFOekra\xC3\xAFne") << u"Oekraïne"_s << E::Utf8;
    QTest::newRow("utf8 four-byte sequence") << QByteArray("a \xF0\x9F\x98\x80 b") << u"a \U0001F600 b"_s << E::Utf8;
    QTest::newRow("windows-1252 e-trema 0xEB") << QByteArray("Belgi\xEB") << u"België"_s << E::Windows1252;
    QTest::newRow("windows-1252 euro 0x80") << QByteArray("\x80 5 miljoen") << u"€ 5 miljoen"_s << E::Windows1252;
    QTest::newRow("windows-1252 curly quotes") << QByteArray("\x93" "ja\x94 en \x91nee\x92") << u"“ja” en ‘nee’"_s << E::Windows1252;
    QTest::newRow("windows-1252 dashes and ellipsis") << QByteArray("a \x96 b \x97 c\x85") << u"a – b — c…"_s << E::Windows1252;
    QTest::newRow("crlf becomes lf") << QByteArray("een\r\ntwee\r\n") << u"een\ntwee\n"_s << E::Utf8;
    QTest::newRow("lone cr becomes lf") << QByteArray("een\rtwee\r\rdrie") << u"een\ntwee\n\ndrie"_s << E::Utf8;
    QTest::newRow("crlf in windows-1252") << QByteArray("Belgi\xEB\r\nja") << u"België\nja"_s << E::Windows1252;
    QTest::newRow("form feed is kept") << QByteArray("pagina een\fpagina twee") << u"pagina een\fpagina twee"_s << E::Utf8;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(TextDecoder::Encoding, encoding);

    const auto result = TextDecoder::decode(bytes, u"brief.txt"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->text, expected);
    QCOMPARE(result->encoding, encoding);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t\n  ") << u"is empty"_s;
    QTest::newRow("nul byte") << QByteArray("tekst\0tekst", 11) << u"is not a text file"_s;
    QTest::newRow("many control characters") << QByteArray(64, '\x01') << u"is not a text file"_s;
    // "ï" as valid UTF-8 at bytes 0-1, then a lone 0xEB at byte offset 11.
    QTest::newRow("utf8 mixed with invalid bytes") << QByteArray("\xC3\xAF en Belgi\xEB") << u"byte offset 11"_s;
    QTest::newRow("invalid byte after bom") << QByteArray("\xEF\xBB\xBF" "Belgi\xEB") << u"byte offset 8"_s;
    QTest::newRow("overlong utf8 with valid utf8") << QByteArray("\xC3\xA9 \xC0\xAF") << u"byte offset 3"_s;
    QTest::newRow("undefined windows-1252 byte") << QByteArray("Belgi\xEB \x81") << u"byte offset 7"_s;
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);

    const auto result = TextDecoder::decode(bytes, u"kamerbrief.txt"_s);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().message.contains(u"kamerbrief.txt"_s), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestTextDecoder::windows1252Table()
{
    // The five undefined bytes map to nothing; the others to their own letters.
    for (const unsigned char undefinedByte : {0x81, 0x8D, 0x8F, 0x90, 0x9D})
        QCOMPARE(TextDecoder::windows1252ToUnicode(undefinedByte), u'\0');
    QCOMPARE(TextDecoder::windows1252ToUnicode(0x80), u'€');
    QCOMPARE(TextDecoder::windows1252ToUnicode(0x9F), u'Ÿ');
    QCOMPARE(TextDecoder::windows1252ToUnicode(0xA0), u'\u00A0');
    QCOMPARE(TextDecoder::windows1252ToUnicode(0xFF), u'ÿ');
    QCOMPARE(TextDecoder::windows1252ToUnicode('A'), u'A');
}

void TestTextDecoder::decodesFixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedPart");
    QTest::addColumn<TextDecoder::Encoding>("encoding");

    QTest::newRow("windows-1252 letter") << u"import/windows-1252.txt"_s << u"€ 5 miljoen uit voor Oekraïne en België"_s
                                         << TextDecoder::Encoding::Windows1252;
    QTest::newRow("crlf letter") << u"import/crlf.txt"_s << u"over één regel.\n\nDit is de tweede alinea.\nMet"_s << TextDecoder::Encoding::Utf8;
    QTest::newRow("example letter") << u"kamerbrief-2025-03-04-oekraine.txt"_s << u"Timmermans-Yeşilgöz"_s << TextDecoder::Encoding::Utf8;
}

void TestTextDecoder::decodesFixtureFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedPart);
    QFETCH(TextDecoder::Encoding, encoding);

    const auto result = TextDecoder::decodeFile(QStringLiteral(PROMISSA_TEST_DATA) + u'/' + file);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QVERIFY(result->text.contains(expectedPart));
    QVERIFY(!result->text.contains(u'\r'));
    QCOMPARE(result->encoding, encoding);
}

void TestTextDecoder::rejectsFixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty file") << u"import/empty.txt"_s << u"is empty"_s;
    QTest::newRow("whitespace-only file") << u"import/whitespace-only.txt"_s << u"is empty"_s;
    QTest::newRow("binary file") << u"import/binary.bin"_s << u"is not a text file"_s;
    QTest::newRow("broken utf-8 file") << u"import/broken-utf8.txt"_s << u"byte offset 39"_s;
    QTest::newRow("missing file") << u"import/does-not-exist.txt"_s << u"does not exist"_s;
    QTest::newRow("folder") << u"import"_s << u"is a folder"_s;
}

void TestTextDecoder::rejectsFixtureFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);

    const QString path = QStringLiteral(PROMISSA_TEST_DATA) + u'/' + file;
    const auto result = TextDecoder::decodeFile(path);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
