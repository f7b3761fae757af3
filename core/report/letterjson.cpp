// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "report/letterjson.h"

#include "text/codepointindex.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Promissa
{

QJsonObject letterToJson(const Letter &letter)
{
    const CodePointIndex cp(letter.text);
    auto range = [&](QJsonObject &o, TextRange r) {
        o[u"start"_s] = qint64(cp.toCodePoint(r.start));
        o[u"end"_s] = qint64(cp.toCodePoint(r.end));
    };

    QJsonArray signatories;
    for (const Signatory &s : letter.metadata.signatories)
        signatories.append(QJsonObject{{u"function"_s, s.function}, {u"name"_s, s.name}});
    QJsonObject meta{
        {u"date"_s, letter.metadata.date.isValid() ? QJsonValue(letter.metadata.date.toString(Qt::ISODate)) : QJsonValue()},
        {u"date_text"_s, letter.metadata.dateText},
        {u"subject"_s, letter.metadata.subject},
        {u"ministry"_s, letter.metadata.ministry},
        {u"signatories"_s, signatories},
        {u"references"_s, QJsonArray::fromStringList(letter.metadata.references)},
    };

    QJsonArray paragraphs;
    for (const Paragraph &p : letter.paragraphs) {
        QJsonObject o{{u"kind"_s, paragraphKindName(p.kind)}, {u"text"_s, letter.slice(p.range).toString()}};
        range(o, p.range);
        paragraphs.append(o);
    }
    QJsonArray sentences;
    for (const Sentence &s : letter.sentences) {
        QJsonObject o{{u"text"_s, letter.slice(s.range).toString()}, {u"paragraph"_s, s.paragraph}};
        range(o, s.range);
        sentences.append(o);
    }
    QJsonArray footnotes;
    for (const Footnote &f : letter.footnotes) {
        QJsonArray markers;
        for (qsizetype m : f.markers)
            markers.append(qint64(cp.toCodePoint(m)));
        QJsonObject o{{u"number"_s, f.number}, {u"text"_s, letter.slice(f.range).toString()}, {u"markers"_s, markers}};
        range(o, f.range);
        footnotes.append(o);
    }
    return QJsonObject{
        {u"file"_s, letter.fileName},
        {u"title"_s, letter.title()},
        {u"text"_s, letter.text},
        {u"metadata"_s, meta},
        {u"paragraphs"_s, paragraphs},
        {u"sentences"_s, sentences},
        {u"footnotes"_s, footnotes},
    };
}

QString letterToText(const Letter &letter)
{
    QString out;
    const auto &m = letter.metadata;
    out += u"File:        "_s + letter.fileName + u'\n';
    out += u"Title:       "_s + letter.title() + u'\n';
    if (m.date.isValid())
        out += u"Date:        "_s + m.date.toString(Qt::ISODate) + u'\n';
    if (!m.ministry.isEmpty())
        out += u"Ministry:    "_s + m.ministry + u'\n';
    for (const Signatory &s : m.signatories)
        out += u"Signatory:   "_s + s.function + (s.name.isEmpty() ? QString() : u" ("_s + s.name + u')') + u'\n';
    for (const QString &r : m.references)
        out += u"Reference:   "_s + r + u'\n';
    out += u"Structure:   %1 paragraphs, %2 sentences, %3 footnotes\n\n"_s.arg(letter.paragraphs.size())
               .arg(letter.sentences.size())
               .arg(letter.footnotes.size());

    qsizetype next = 0; // sentences are in paragraph order
    int number = 0;
    for (qsizetype p = 0; p < letter.paragraphs.size(); ++p) {
        const Paragraph &para = letter.paragraphs.at(p);
        out += u'[' + paragraphKindName(para.kind) + u"]\n"_s;
        while (next < letter.sentences.size() && letter.sentences.at(next).paragraph == p) {
            out += u"  %1. "_s.arg(++number, 3) + letter.slice(letter.sentences.at(next).range) + u'\n';
            ++next;
        }
    }
    for (const Footnote &f : letter.footnotes)
        out += u"Footnote %1: "_s.arg(f.number) + letter.slice(f.range) + u'\n';
    return out;
}

} // namespace Promissa
