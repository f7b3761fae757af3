// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "text/sentencesplitter.h"

#include <QSet>
#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Abbreviations whose full stop does not end a sentence, lowercased and
// without the final full stop. Dotted abbreviations made of single letters
// ("t.a.v", "o.b.v") are recognised by their shape as well, so this list
// only has to be complete for the multi-letter ones.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = {
        // time and reference
        u"jl"_s, u"a.s"_s, u"d.d"_s, u"nr"_s, u"nrs"_s, u"blz"_s, u"art"_s, u"artt"_s, u"par"_s, u"hfst"_s,
        u"pag"_s, u"bijl"_s, u"kst"_s, u"stb"_s, u"stcrt"_s, u"vgl"_s, u"cf"_s,
        // months as abbreviated in dates (not the days: "zo." ends sentences)
        u"jan"_s, u"feb"_s, u"febr"_s, u"mrt"_s, u"apr"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"sept"_s,
        u"okt"_s, u"nov"_s, u"dec"_s,
        // titles
        u"mr"_s, u"dr"_s, u"prof"_s, u"ir"_s, u"ing"_s, u"drs"_s, u"bc"_s, u"dhr"_s, u"mw"_s, u"mevr"_s,
        u"jhr"_s, u"jkvr"_s, u"jr"_s, u"sr"_s, u"st"_s, u"ds"_s,
        // connectives
        u"bijv"_s, u"bv"_s, u"ca"_s, u"resp"_s, u"zgn"_s, u"zg"_s, u"enz"_s, u"etc"_s, u"vs"_s, u"min"_s,
        u"max"_s, u"incl"_s, u"excl"_s, u"evt"_s, u"ong"_s, u"nl"_s, u"afd"_s, u"gem"_s, u"mln"_s,
        u"mld"_s, u"mrd"_s, u"bln"_s, u"tel"_s, u"vz"_s, u"aant"_s, u"alg"_s,
    };
    return set;
}

// Abbreviations that stand at the end of a phrase, after a date or a list.
bool endsPhrase(QStringView word)
{
    static const QStringList words{u"jl"_s, u"a.s"_s, u"enz"_s, u"etc"_s, u"e.d"_s, u"e.a"_s};
    return std::any_of(words.cbegin(), words.cend(), [&](const QString &w) {
        return word.compare(w, Qt::CaseInsensitive) == 0;
    });
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u')':
    case u']':
    case u'}':
    case u'"':
    case u'\'':
    case u'’':
    case u'”':
    case u'»':
    case u'›':
        return true;
    default:
        return false;
    }
}

bool isOpening(QChar c)
{
    switch (c.unicode()) {
    case u'(':
    case u'[':
    case u'"':
    case u'\'':
    case u'‘':
    case u'“':
    case u'„':
    case u'«':
    case u'‹':
        return true;
    default:
        return false;
    }
}

bool canStartSentence(QChar c)
{
    return c.isUpper() || c.isTitleCase() || c.isDigit() || isOpening(c);
}

// The word before a full stop at dot: letters, digits, dots and slashes back
// to white space or an opening bracket/quote.
QStringView wordBefore(QStringView text, qsizetype dot)
{
    qsizetype b = dot;
    while (b > 0) {
        const QChar c = text.at(b - 1);
        if (c.isLetterOrNumber() || c == u'.' || c == u'/' || c == u'-' || c.category() == QChar::Mark_NonSpacing)
            --b;
        else
            break;
    }
    return text.mid(b, dot - b);
}

// "M.A.M", "t.a.v", "J": single letters joined by full stops.
bool isInitialsShape(QStringView word)
{
    if (word.isEmpty())
        return false;
    if (word.size() == 1)
        return word.at(0).isUpper();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const bool letterSlot = i % 2 == 0;
        if (letterSlot != word.at(i).isLetter())
            return false;
        if (!letterSlot && word.at(i) != u'.')
            return false;
    }
    return word.size() % 2 == 1;
}

} // namespace

bool SentenceSplitter::isAbbreviation(QStringView word)
{
    if (isInitialsShape(word))
        return true;
    // "vs." (versus) and "Nr." are abbreviations, "VS." (the United States)
    // is not: accept the listed spelling and its capitalised form only.
    const QString lower = word.toString().toLower();
    if (word.size() > 1 && word.mid(1) != QStringView(lower).mid(1))
        return false;
    return abbreviations().contains(lower);
}

QList<TextRange> SentenceSplitter::split(QStringView paragraph, qsizetype offset)
{
    QList<TextRange> result;
    const qsizetype n = paragraph.size();

    auto addSentence = [&](qsizetype from, qsizetype to) {
        while (from < to && paragraph.at(from).isSpace())
            ++from;
        while (to > from && paragraph.at(to - 1).isSpace())
            --to;
        if (from < to)
            result.append(TextRange{offset + from, offset + to});
    };

    qsizetype sentenceStart = 0;
    qsizetype i = 0;
    const char16_t *units = paragraph.utf16();
    while (i < n) {
        // Skip text without terminators in blocks; no early exit inside, so
        // that the compiler can vectorise.
        constexpr qsizetype block = 32;
        while (i + block <= n) {
            unsigned any = 0;
            for (qsizetype k = i; k < i + block; ++k)
                any |= unsigned(units[k] == u'.') | unsigned(units[k] == u'!') | unsigned(units[k] == u'?') | unsigned(units[k] == u'…');
            if (any)
                break;
            i += block;
        }
        while (i < n && !isTerminator(paragraph.at(i)))
            ++i;
        if (i >= n)
            break;
        const qsizetype runStart = i;
        while (i < n && isTerminator(paragraph.at(i)))
            ++i;
        const qsizetype runEnd = i;
        while (i < n && isClosing(paragraph.at(i)))
            ++i;
        // A footnote number printed right after the full stop ("Raad.3 Het")
        // belongs to the sentence it follows; only after a word, so that
        // "paragraaf 2.3 Het" keeps its number.
        const bool afterWord = runStart > 0 && paragraph.at(runStart - 1).isLetter();
        qsizetype end = i;
        if (afterWord) {
            qsizetype d = i;
            while (d < n && d - i < 3 && paragraph.at(d).isDigit())
                ++d;
            if (d > i && (d == n || paragraph.at(d).isSpace()))
                end = d;
        }
        qsizetype next = end;
        while (next < n && paragraph.at(next).isSpace())
            ++next;
        if (next == end || next == n)
            continue; // no white space after it, or the paragraph ends anyway
        if (!canStartSentence(paragraph.at(next)))
            continue;

        const QStringView run = paragraph.mid(runStart, runEnd - runStart);
        if (run == u".") {
            const QStringView word = wordBefore(paragraph, runStart);
            // Abbreviations that close a phrase ("2 maart jl.", "6 maart a.s.",
            // "enz.") usually close the sentence too when a capital follows.
            const bool closesPhrase = endsPhrase(word) && paragraph.at(next).isUpper();
            if (isAbbreviation(word) && !closesPhrase)
                continue;
            // "lid" is a word too ("Nederland is lid."); as the abbreviation it
            // is followed by a number ("art. 3 lid. 2" is rare, "lid 2" usual).
            if (word.compare(u"lid", Qt::CaseInsensitive) == 0 && paragraph.at(next).isDigit())
                continue;
        } else if (runStart > 0 && (paragraph.at(runStart - 1) == u'(' || paragraph.at(runStart - 1) == u'[')) {
            continue; // "(...)" marks an omission inside a quotation
        }
        addSentence(sentenceStart, end);
        sentenceStart = end;
        i = next;
    }
    addSentence(sentenceStart, n);
    return result;
}

} // namespace Promissa
