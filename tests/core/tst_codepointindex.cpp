// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "text/codepointindex.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestCodePointIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void converts_data();
    void converts();
    void clampsOutOfRange();
    void emptyText();
};

void TestCodePointIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCodePointIndex::converts_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << u"Geachte voorzitter,"_s;
    QTest::newRow("latin-1 and bmp letters") << u"Oekraïne – Yeşilgöz €"_s;
    QTest::newRow("one surrogate pair") << u"a\U0001F600b"_s;
    QTest::newRow("pairs at both ends") << u"\U0001D11Emidden\U0001F600"_s;
    QTest::newRow("adjacent pairs") << u"\U0001F600\U0001F601\U0001F602x"_s;
}

void TestCodePointIndex::converts()
{
    QFETCH(QString, text);

    const CodePointIndex index(text);
    const QList<uint> codePoints = text.toUcs4();
    QCOMPARE(index.size(), text.size());
    QCOMPARE(index.codePointCount(), codePoints.size());

    // Compare every offset with a count done the slow way.
    qsizetype expectedCp = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        QCOMPARE(index.toCodePoint(i), expectedCp);
        if (i < text.size() && !text.at(i).isLowSurrogate())
            ++expectedCp;
    }
    // And back: code point k starts where the k-th code point starts.
    qsizetype utf16 = 0;
    for (qsizetype k = 0; k < codePoints.size(); ++k) {
        QCOMPARE(index.toUtf16(k), utf16);
        utf16 += QChar::requiresSurrogates(codePoints.at(k)) ? 2 : 1;
    }
    QCOMPARE(index.toUtf16(codePoints.size()), text.size());
}

void TestCodePointIndex::clampsOutOfRange()
{
    const QString text = u"x\U0001F600y"_s;
    const CodePointIndex index(text);
    QCOMPARE(index.toCodePoint(-5), qsizetype(0));
    QCOMPARE(index.toCodePoint(100), qsizetype(3));
    QCOMPARE(index.toUtf16(-1), qsizetype(0));
    QCOMPARE(index.toUtf16(100), qsizetype(4));
    // The offset between the two halves counts the pair as started.
    QCOMPARE(index.toCodePoint(2), qsizetype(2));
}

void TestCodePointIndex::emptyText()
{
    const CodePointIndex index{QString()};
    QCOMPARE(index.codePointCount(), qsizetype(0));
    QCOMPARE(index.toCodePoint(0), qsizetype(0));
    QCOMPARE(index.toUtf16(0), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestCodePointIndex)
#include "tst_codepointindex.moc"
