// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/searchquery.h"

using namespace Qt::StringLiterals;

namespace Promissa::SearchQuery
{

namespace
{

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The accented letters of Dutch (and of the names in Dutch letters) and their
// bases. Built in pairs, so that both translate() arguments stay aligned.
const std::pair<QString, QString> &foldTable()
{
    static const std::pair<QString, QString> table = [] {
        const std::pair<QChar, QString> accents[] = {
            {u'a', u"àáâãäå"_s},
            {u'e', u"èéêë"_s},
            {u'i', u"ìíîï"_s},
            {u'o', u"òóôõö"_s},
            {u'u', u"ùúûü"_s},
            {u'y', u"ýÿ"_s},
            {u'c', u"ç"_s},
            {u'n', u"ñ"_s},
        };
        QString from, to;
        for (const auto &[base, variants] : accents) {
            for (QChar v : variants) {
                from += v;
                to += base;
                if (v.toUpper() != v) {
                    from += v.toUpper();
                    to += base.toUpper();
                }
            }
        }
        return std::pair{from, to};
    }();
    return table;
}

} // namespace

QStringList terms(const QString &text)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && isWordChar(text.at(i));
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            out << text.mid(start, i - start);
            start = -1;
        }
    }
    return out;
}

QString sqliteMatch(const QString &text)
{
    QStringList quoted;
    for (const QString &t : terms(text))
        quoted << u'"' + t + u'"'; // terms hold no quote: only letters, digits, marks
    return quoted.join(u' ');
}

QString postgresText(const QString &text)
{
    return terms(text).join(u' ');
}

QString postgresFold(const QString &sqlExpression)
{
    const auto &[from, to] = foldTable();
    return u"translate(%1, '%2', '%3')"_s.arg(sqlExpression, from, to);
}

namespace
{

// One character for one, so that positions in the folded text are positions
// in the original.
QString foldedPerChar(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty() && decomposed.at(0).isLetter())
            c = decomposed.at(0);
        c = c.toLower();
    }
    return out;
}

} // namespace

QString snippet(const QString &text, const QStringList &terms, qsizetype width)
{
    const QString folded = foldedPerChar(text);
    qsizetype hit = -1;
    for (const QString &term : terms) {
        const QString t = foldedPerChar(term);
        for (qsizetype at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) {
            // The start of a word: "munitie" in "munitieleveringen", not in "communitie".
            if (at == 0 || !isWordChar(folded.at(at - 1))) {
                if (hit < 0 || at < hit)
                    hit = at;
                break;
            }
        }
    }
    if (hit < 0)
        hit = 0;
    qsizetype start = std::max<qsizetype>(0, hit - width / 3);
    while (start > 0 && !text.at(start - 1).isSpace() && hit - start < width / 2)
        --start; // do not cut a word in two
    qsizetype end = std::min(text.size(), start + width);
    while (end < text.size() && !text.at(end).isSpace() && end - start < width + 20)
        ++end;
    QString out = text.mid(start, end - start).simplified();
    if (start > 0)
        out.prepend(u'…');
    if (end < text.size())
        out.append(u'…');
    return out;
}

} // namespace Promissa::SearchQuery
