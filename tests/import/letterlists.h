// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// What the import tests compare between two readings of one letter, as
// lists of lines, and a comparison that names the first line that differs
// (QCOMPARE on long lists names only their sizes).

#include "text/letter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Promissa::LetterLists
{

/// tests/data/<name>
QString dataPath(const QString &name);
/// The bytes of tests/data/<name>; a missing fixture stops the test program.
QByteArray readData(const QString &name);

/// The sentences of the body: every paragraph but the footnotes.
QStringList bodySentences(const Letter &letter);
/// The paragraphs of one kind.
QStringList paragraphs(const Letter &letter, ParagraphKind kind);
/// "kind: sentence" for every paragraph but the letterhead's Header lines
/// (a Kamerstuk prints dossier lines where a letter prints Datum/Betreft).
QStringList sentencesWithoutHeader(const Letter &letter);
/// "3: <note text> | in: <the sentence that holds marker 3>"
QStringList footnotesWithPlaces(const Letter &letter);
/// "firm: <phrase>" for every commitment the analyzer finds.
QStringList commitmentPhrases(const Letter &letter);

/// True when equal; otherwise why says where they first differ.
bool sameList(const QStringList &actual, const QStringList &expected, QString &why);

} // namespace Promissa::LetterLists

#define COMPARE_LISTS(actual, expected)                                                                                                              \
    do {                                                                                                                                             \
        QString why;                                                                                                                                 \
        QVERIFY2(Promissa::LetterLists::sameList((actual), (expected), why), qPrintable(why));                                                       \
    } while (false)
