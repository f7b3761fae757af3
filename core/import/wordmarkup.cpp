// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/wordmarkup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr char16_t markerBase = 0xE000;
constexpr char16_t markerLast = 0xEFFF;

} // namespace

bool WordMarkup::isMarker(QChar c)
{
    return c.unicode() >= markerBase && c.unicode() <= markerLast;
}

QChar WordMarkup::marker(int number)
{
    Q_ASSERT(number > 0 && number <= maxFootnoteNumber);
    return QChar(char16_t(markerBase + number));
}

int WordMarkup::markerNumber(QChar c)
{
    return isMarker(c) ? c.unicode() - markerBase : 0;
}

QString WordMarkup::strip(QStringView line, QMap<int, QString> &footnotes)
{
    static const QRegularExpression footnoteRef(u"\\G\\[footnoteRef:\\s*(\\d{1,4})\\]"_s);
    static const QRegularExpression footnoteDef(u"\\G\\[(\\d{1,4}):"_s);
    static const QString bookmark = u"[bookmark:"_s;

    QString out;
    out.reserve(line.size());
    const QString s = line.toString();
    const qsizetype n = s.size();
    // Bounds the bracket scans so that unclosed markup stays linear.
    const qsizetype lastClose = s.lastIndexOf(u']');
    bool defScanFailed = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'[' && i < lastClose) {
            if (QStringView(s).mid(i).startsWith(bookmark)) {
                const qsizetype close = s.indexOf(u']', i);
                if (close >= 0) {
                    i = close + 1;
                    continue;
                }
            } else if (const auto ref = footnoteRef.match(s, i); ref.hasMatch()) {
                const int number = ref.captured(1).toInt();
                if (number > 0 && number <= maxFootnoteNumber)
                    out.append(marker(number));
                i = ref.capturedEnd();
                continue;
            } else if (const auto def = defScanFailed ? QRegularExpressionMatch() : footnoteDef.match(s, i); def.hasMatch()) {
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
                    const int number = def.captured(1).toInt();
                    const QString text = s.mid(def.capturedEnd(), k - 1 - def.capturedEnd()).simplified();
                    if (number > 0 && number <= maxFootnoteNumber && footnotes.value(number).isEmpty())
                        footnotes.insert(number, text);
                    i = k;
                    continue;
                }
                defScanFailed = true;
            }
        }
        if (!isMarker(c) && c != u'\u00AD' && c != u'\u200B' && c != u'\uFEFF')
            out.append(c);
        ++i;
    }
    return out;
}

} // namespace Promissa
