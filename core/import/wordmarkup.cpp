// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/wordmarkup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// What strip() has to look at: markup openers, and the characters it drops
// (markers in the input, soft hyphen, zero width space, BOM).
inline bool needsCare(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0xAD)
        return u == u'[';
    return u == 0x00AD || u == 0x200B || u == 0xFEFF || WordMarkup::isMarker(c);
}

} // namespace

QChar WordMarkup::marker(int number)
{
    Q_ASSERT(number > 0 && number <= maxFootnoteNumber);
    return QChar(char16_t(markerBase + number));
}

bool WordMarkup::containsMarker(QStringView s)
{
    // Blocks without early exit inside, so that the compiler can vectorise.
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    constexpr qsizetype block = 64;
    qsizetype i = 0;
    for (; i + block <= n; i += block) {
        unsigned any = 0;
        for (qsizetype k = i; k < i + block; ++k)
            any |= unsigned(char16_t(d[k] - WordMarkup::markerBase) <= WordMarkup::markerLast - WordMarkup::markerBase);
        if (any)
            return true;
    }
    for (; i < n; ++i) {
        if (isMarker(QChar(d[i])))
            return true;
    }
    return false;
}

QString WordMarkup::strip(QStringView s, QMap<int, QString> &footnotes)
{
    static const QRegularExpression footnoteRef(u"\\G\\[footnoteRef:\\s*(\\d{1,4})\\]"_s);
    static const QRegularExpression footnoteDef(u"\\G\\[(\\d{1,4}):"_s);
    static constexpr QStringView bookmark = u"[bookmark:";

    const qsizetype n = s.size();
    // Most lines hold no markup and nothing to drop: return them unchanged
    // without looking at them character by character again.
    qsizetype first = 0;
    const char16_t *d = s.utf16();
    constexpr qsizetype block = 64; // no early exit inside: the compiler vectorises
    for (; first + block <= n; first += block) {
        unsigned any = 0;
        for (qsizetype k = first; k < first + block; ++k)
            any |= unsigned(d[k] == u'[') | unsigned(d[k] == 0x00AD) | unsigned(d[k] == 0x200B) | unsigned(d[k] == 0xFEFF)
                | unsigned(char16_t(d[k] - WordMarkup::markerBase) <= WordMarkup::markerLast - WordMarkup::markerBase);
        if (any)
            break;
    }
    while (first < n && !needsCare(s.at(first)))
        ++first;
    if (first == n)
        return s.toString();

    QString out;
    out.reserve(n);
    // Bounds the bracket scans so that unclosed markup stays linear.
    const qsizetype lastClose = s.lastIndexOf(u']');
    bool defScanFailed = false;
    // Plain text is copied in runs: [runStart, i) is kept but not yet appended.
    qsizetype runStart = 0;
    qsizetype i = first;
    auto skipTo = [&](qsizetype to) {
        out.append(s.sliced(runStart, i - runStart));
        i = to;
        runStart = to;
    };
    while (i < n) {
        const QChar c = s.at(i);
        if (!needsCare(c)) {
            ++i;
            continue;
        }
        if (c == u'[') {
            if (i < lastClose) {
                if (s.sliced(i).startsWith(bookmark)) {
                    const qsizetype close = s.indexOf(u']', i);
                    if (close >= 0) {
                        skipTo(close + 1);
                        continue;
                    }
                } else if (const auto ref = footnoteRef.matchView(s, i); ref.hasMatch()) {
                    const int number = ref.capturedView(1).toInt();
                    out.append(s.sliced(runStart, i - runStart));
                    if (number > 0 && number <= maxFootnoteNumber)
                        out.append(marker(number));
                    i = ref.capturedEnd();
                    runStart = i;
                    continue;
                } else if (const auto def = defScanFailed ? QRegularExpressionMatch() : footnoteDef.matchView(s, i); def.hasMatch()) {
                    // The note text may hold brackets itself: find the matching one.
                    qsizetype depth = 1;
                    qsizetype k = def.capturedEnd();
                    for (; k < n && depth > 0; ++k) {
                        if (s.at(k) == u'[')
                            ++depth;
                        else if (s.at(k) == u']')
                            --depth;
                    }
                    if (depth == 0) {
                        const int number = def.capturedView(1).toInt();
                        const QString text = s.sliced(def.capturedEnd(), k - 1 - def.capturedEnd()).toString().simplified();
                        if (number > 0 && number <= maxFootnoteNumber && footnotes.value(number).isEmpty())
                            footnotes.insert(number, text);
                        skipTo(k);
                        continue;
                    }
                    defScanFailed = true;
                }
            }
            ++i; // a plain bracket is kept
            continue;
        }
        // Input markers and invisible characters are dropped.
        skipTo(i + 1);
    }
    out.append(s.sliced(runStart, n - runStart));
    return out;
}

} // namespace Promissa
