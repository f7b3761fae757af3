// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Footnote markers of PDF text, glued to the word before them: which digits
// are a marker and which belong to a number.

#include "import/pagefootnotes.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;

class TestPageFootnotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findMarker_data();
    void findMarker();
};

void TestPageFootnotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPageFootnotes::findMarker_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("position");
    QTest::newRow("after-a-word") << u"de motie-Westerveld1 is"_s << 1 << 19;
    QTest::newRow("after-an-abbreviation") << u"van 5 februari jl.2 heb"_s << 2 << 18;
    QTest::newRow("after-a-closing-bracket") << u"(c.s.)12 over"_s << 12 << 6;
    QTest::newRow("after-a-year") << u"op 20 december 20231 is"_s << 1 << 19;
    QTest::newRow("after-a-year-and-a-full-stop") << u"ten opzichte van 2020.4"_s << 4 << 22;
    QTest::newRow("after-a-year-a-full-stop-and-more-text") << u"in het eerste kwartaal van 2026.5 Tot die tijd"_s << 5 << 32;
    QTest::newRow("section-number-is-no-marker") << u"zie paragraaf 2.4 van de nota"_s << 4 << -1;
    QTest::newRow("thousands-group-is-no-year") << u"ruim 2.000.4 woningen"_s << 4 << -1;
    QTest::newRow("digit-acronym-is-no-marker") << u"de uitstoot van CO2 daalt"_s << 2 << -1;
    QTest::newRow("range-is-no-marker") << u"de periode 2025-2030 is"_s << 30 << -1;
    QTest::newRow("five-digit-number-is-no-year") << u"postcode 120201 is"_s << 1 << -1;
}

void TestPageFootnotes::findMarker()
{
    QFETCH(QString, line);
    QFETCH(int, number);
    QFETCH(int, position);
    QCOMPARE(PageFootnotes::findMarker(line, number), qsizetype(position));
}

QTEST_GUILESS_MAIN(TestPageFootnotes)
#include "tst_pagefootnotes.moc"
