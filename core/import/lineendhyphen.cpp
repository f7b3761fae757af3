// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/lineendhyphen.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Promissa::LineEndHyphen
{

namespace
{

constexpr char16_t softHyphen = 0x00AD;

bool isHyphen(QChar c)
{
    // U+2010 is what some generators put for a hyphenation point.
    return c == u'-' || c == QChar(softHyphen) || c == QChar(0x2010);
}

bool isVowel(QChar c)
{
    return QStringView(u"aeiouyAEIOUY").contains(c);
}

// Pairs that would read as one sound ("oo", "ei", "ui"): Dutch keeps a
// hyphen between the parts of a compound that meet there.
bool readsAsOneVowel(QChar a, QChar b)
{
    static constexpr std::array<QStringView, 15> pairs{u"aa", u"ae", u"ai", u"au", u"ee", u"ei", u"eu", u"ie", u"ii",
                                                      u"oe", u"oi", u"oo", u"ou", u"ui", u"uu"};
    if (!isVowel(a) || !isVowel(b))
        return false;
    const QString pair = QString(a.toLower()) + b.toLower();
    for (const QStringView p : pairs) {
        if (p == pair)
            return true;
    }
    return false;
}

QStringView lastWord(QStringView s)
{
    qsizetype i = s.size();
    while (i > 0 && !s.at(i - 1).isSpace() && s.at(i - 1) != u'(' && s.at(i - 1) != u'/')
        --i;
    return s.sliced(i);
}

QStringView firstWord(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isLetter())
        ++i;
    return s.first(i);
}

bool alwaysHyphenated(QStringView before, QStringView after)
{
    static const QStringList prefixes{u"oud"_s, u"ex"_s, u"niet"_s, u"vice"_s};
    static const QStringList seconds{u"generaal"_s, u"president"_s};
    // Adjectives that Dutch joins to a second adjective with a hyphen.
    static const QStringList adjectives{u"politiek"_s, u"publiek"_s, u"sociaal"_s, u"nationaal"_s, u"internationaal"_s};
    const QString word = before.toString().toLower();
    const QString next = firstWord(after).toString().toLower();
    if (prefixes.contains(word) || seconds.contains(next))
        return true;
    if (next.size() >= 4 && (adjectives.contains(word) || word.endsWith(u"isch"_s) || word.endsWith(u"ieel"_s)))
        return true;
    return false;
}

} // namespace

Join decide(QStringView line, QStringView next)
{
    line = line.trimmed();
    next = next.trimmed();
    if (line.size() < 2 || next.isEmpty() || !isHyphen(line.back()))
        return Join::Space;
    const QChar before = line.at(line.size() - 2);
    if (!before.isLetterOrNumber())
        return Join::Space; // a dash after a space or a bracket
    if (line.back() == QChar(softHyphen))
        return Join::DropHyphen;
    const QStringView fragment = lastWord(line.first(line.size() - 1));
    const QStringView nextWord = firstWord(next);
    static const QStringList coordinators{u"en"_s, u"of"_s, u"tot"_s, u"noch"_s};
    if (nextWord.size() == next.size() || (nextWord.size() < next.size() && !next.at(nextWord.size()).isLetter())) {
        if (coordinators.contains(nextWord.toString()))
            return Join::KeepHyphenAndSpace;
    }
    const QChar after = next.front();
    if (after.isUpper() || after.isDigit() || !after.isLetter())
        return Join::KeepHyphen;
    if (before.isUpper() || before.isDigit())
        return Join::KeepHyphen;
    if (readsAsOneVowel(before, after))
        return Join::KeepHyphen;
    if (alwaysHyphenated(fragment, next))
        return Join::KeepHyphen;
    return Join::DropHyphen;
}

void append(QString &text, QStringView next)
{
    next = next.trimmed();
    if (next.isEmpty())
        return;
    if (text.isEmpty()) {
        text = next.toString();
        return;
    }
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    switch (decide(text, next)) {
    case Join::Space:
        text.append(u' ');
        break;
    case Join::DropHyphen:
        text.chop(1);
        break;
    case Join::KeepHyphen:
        if (text.back() != u'-')
            text.back() = u'-'; // a soft or Unicode hyphen that stays becomes a plain one
        break;
    case Join::KeepHyphenAndSpace:
        text.back() = u'-';
        text.append(u' ');
        break;
    }
    text.append(next);
}

} // namespace Promissa::LineEndHyphen
