// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "letterlists.h"

#include "analysis/analyzer.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Promissa::LetterLists
{

QString dataPath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA) + u'/' + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList bodySentences(const Letter &letter)
{
    QStringList result;
    for (const Sentence &s : letter.sentences) {
        if (letter.paragraphs.at(s.paragraph).kind != ParagraphKind::Footnote)
            result.append(letter.slice(s.range).toString());
    }
    return result;
}

QStringList paragraphs(const Letter &letter, ParagraphKind kind)
{
    QStringList result;
    for (const Paragraph &p : letter.paragraphs) {
        if (p.kind == kind)
            result.append(letter.slice(p.range).toString());
    }
    return result;
}

QStringList sentencesWithoutHeader(const Letter &letter)
{
    QStringList result;
    for (const Sentence &s : letter.sentences) {
        const ParagraphKind kind = letter.paragraphs.at(s.paragraph).kind;
        if (kind != ParagraphKind::Header)
            result.append(paragraphKindName(kind) + u": "_s + letter.slice(s.range).toString());
    }
    return result;
}

QStringList footnotesWithPlaces(const Letter &letter)
{
    QStringList result;
    for (const Footnote &note : letter.footnotes) {
        QString entry = QString::number(note.number) + u": "_s + letter.slice(note.range).toString();
        for (const qsizetype marker : note.markers) {
            const int s = letter.sentenceAt(marker > 0 ? marker - 1 : marker);
            entry += u" | in: "_s + (s < 0 ? u"?"_s : letter.slice(letter.sentences.at(s).range).toString());
        }
        result.append(entry);
    }
    return result;
}

QStringList commitmentPhrases(const Letter &letter)
{
    const Analyzer analyzer;
    const Analysis analysis = analyzer.analyze(letter);
    QStringList result;
    for (const Commitment &c : analysis.commitments)
        result.append(commitmentKindName(c.kind) + u": "_s + letter.slice(c.phrase).toString());
    return result;
}

bool sameList(const QStringList &actual, const QStringList &expected, QString &why)
{
    const qsizetype n = std::min(actual.size(), expected.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (actual.at(i) != expected.at(i)) {
            why = u"item %1 differs:\n  actual:   %2\n  expected: %3"_s.arg(i).arg(actual.at(i), expected.at(i));
            return false;
        }
    }
    if (actual.size() != expected.size()) {
        why = u"%1 items, expected %2; first extra: %3"_s.arg(actual.size()).arg(expected.size()).arg(actual.size() > n ? actual.at(n) : expected.at(n));
        return false;
    }
    return true;
}

} // namespace Promissa::LetterLists
