// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/linetext.h"

#include "import/wordmarkup.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Promissa::LineText
{

namespace
{

constexpr qsizetype maxHeadingLength = 80;
constexpr qsizetype maxHeadingWords = 10;

const QRegularExpression &salutationPattern()
{
    static const QRegularExpression re(u"^(?:Geachte|Hooggeachte|Zeer geachte|Beste)\\b.{0,80}$"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &closingPattern()
{
    static const QRegularExpression re(
        u"^(?:Hoogachtend|Met (?:de meeste )?hoogachting|Met (?:vriendelijke|collegiale) groet(?:en)?|Vriendelijke groet(?:en)?)\\b[\\s,.!]*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Symbol bullets, and "1." / "a)" list items; the capture is the item text.
const QRegularExpression &bulletPattern()
{
    static const QRegularExpression re(u"^(?:[·•●▪◦○■□\\x{F0B7}\\x{F0A7}–*-]|(\\d{1,2}[.)])|[a-z][.)])\\s+(\\S.*)$"_s);
    return re;
}

} // namespace

// Runs of spaces and tabs become one space; white space at both ends goes.
QString collapse(QStringView s)
{
    // Written through a raw buffer: the result is never longer than s.
    QString out(s.size(), Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype len = 0;
    bool space = false;
    for (const QChar c : s) {
        if (c == u' ' || c == u'\t') {
            space = true;
            continue;
        }
        if (space && len > 0)
            o[len++] = u' ';
        space = false;
        o[len++] = c;
    }
    out.truncate(len);
    // Other white space (no-break space) at the ends goes too; trimming the
    // rvalue does it in place.
    return std::move(out).trimmed();
}

bool isCollapsed(QStringView s)
{
    if (s.isEmpty())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return false;
    // Blocks without early exit inside, so that the compiler can vectorise.
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    constexpr qsizetype block = 64;
    qsizetype i = 1;
    for (; i + block <= n; i += block) {
        unsigned bad = 0;
        for (qsizetype k = i; k < i + block; ++k)
            bad |= unsigned(d[k] == u'\t') | (unsigned(d[k] == u' ') & unsigned(d[k - 1] == u' '));
        if (bad)
            return false;
    }
    for (; i < n; ++i) {
        if (d[i] == u'\t' || (d[i] == u' ' && d[i - 1] == u' '))
            return false;
    }
    return true;
}

bool hasVisibleText(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) {
        return !WordMarkup::isMarker(c) && !c.isSpace();
    });
}

// The text without trailing markers and footnote digits glued to a final
// full stop ("agressie.3"), for decisions about how a line ends.
QStringView visibleEnd(QStringView s)
{
    while (!s.isEmpty() && (WordMarkup::isMarker(s.back()) || s.back().isSpace()))
        s.chop(1);
    qsizetype d = s.size();
    while (d > 0 && s.size() - d < 3 && s.at(d - 1).isDigit())
        --d;
    if (d < s.size() && d > 0 && (s.at(d - 1) == u'.' || s.at(d - 1) == u')'))
        s.truncate(d);
    return s;
}

bool endsWithTerminal(QStringView s)
{
    s = visibleEnd(s);
    while (!s.isEmpty() && QStringView(u")]\"'’”»").contains(s.back()))
        s.chop(1);
    return !s.isEmpty() && QStringView(u".:!?…").contains(s.back());
}

bool isHeadingShaped(QStringView s)
{
    s = visibleEnd(s);
    if (s.isEmpty() || s.size() > maxHeadingLength || s.count(u' ') + 1 > maxHeadingWords)
        return false;
    if (QStringView(u".,;:?!-").contains(s.back()))
        return false;
    return s.front().isUpper() || s.front().isDigit();
}

qsizetype firstWordLength(QStringView s)
{
    const qsizetype space = s.indexOf(u' ');
    return space < 0 ? s.size() : space;
}

// The patterns above only match lines that start with one of a few
// characters; checking that first spares the regex engine nearly every line.
bool isSalutation(const QString &line)
{
    return !line.isEmpty() && QStringView(u"GgHhZzBb").contains(line.front()) && salutationPattern().match(line).hasMatch();
}

bool isClosing(const QString &line)
{
    return !line.isEmpty() && QStringView(u"HhMmVv").contains(line.front()) && closingPattern().match(line).hasMatch();
}

QRegularExpressionMatch matchBullet(const QString &line)
{
    if (line.isEmpty())
        return {};
    const QChar c = line.front();
    const bool candidate = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || QStringView(u"·•●▪◦○■□\uF0B7\uF0A7–*-").contains(c);
    return candidate ? bulletPattern().match(line) : QRegularExpressionMatch();
}

bool isTableRow(QStringView raw)
{
    if (!raw.contains(u'\t'))
        return false;
    int cells = 0;
    bool number = false;
    for (QStringView cell : raw.tokenize(u'\t', Qt::SkipEmptyParts)) {
        cell = cell.trimmed();
        if (cell.isEmpty())
            continue;
        ++cells;
        while (!cell.isEmpty() && QStringView(u"+-−€$% ").contains(cell.front()))
            cell = cell.mid(1);
        if (cells > 1 && !cell.isEmpty() && cell.front().isDigit())
            number = true;
    }
    return cells >= 3 && number;
}

} // namespace Promissa::LineText
