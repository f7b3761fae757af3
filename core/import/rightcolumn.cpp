// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/rightcolumn.h"

#include "import/letterhead.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The column stands in the right half of a line of some 90 to 110
// characters, after at least this many spaces, and its pieces are short.
constexpr qsizetype minStart = 40;
constexpr qsizetype minGap = 3;
constexpr qsizetype maxPiece = 45;
constexpr int minLines = 3;
constexpr int minEvidence = 2;
constexpr qsizetype tolerance = 1; // pdftotext may shift a piece by one

// Start of the last piece that follows a gap of minGap or more spaces (or
// stands alone after leading spaces), or -1. Lines with tabs are tables or
// signature columns, never the pdftotext column.
qsizetype lastPieceStart(QStringView line)
{
    if (line.contains(u'\t'))
        return -1;
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    qsizetype i = end;
    while (i > 0) {
        if (line.at(i - 1) != u' ') {
            --i;
            continue;
        }
        qsizetype gapStart = i - 1;
        while (gapStart > 0 && line.at(gapStart - 1) == u' ')
            --gapStart;
        if (i - gapStart >= minGap || gapStart == 0)
            return i;
        i = gapStart;
    }
    return -1;
}

// A piece that only the letterhead column holds: a label, a full date,
// a reference number ("2025-0000081234", "2025Z02214") or a page number.
bool isColumnEvidence(QStringView piece)
{
    static const QRegularExpression code(u"^(?:\\d{4}-\\d{4,}|\\d{4}Z\\d{4,}|[A-Z]{2,}[/-][\\w/.-]*\\d[\\w/.-]*)$"_s);
    if (Letterhead::classify(piece).kind != Letterhead::Kind::None)
        return true;
    if (piece.size() >= 10 && piece.front().isDigit() && Letterhead::parseDutchDate(piece).isValid())
        return true;
    if (piece.startsWith(u"Pagina"_s) && Letterhead::isPageNumber(piece))
        return true;
    return code.matchView(piece).hasMatch();
}

} // namespace

qsizetype RightColumn::find(const QList<QStringView> &lines)
{
    QHash<qsizetype, int> count;
    QHash<qsizetype, int> evidence;
    for (const QStringView line : lines) {
        const qsizetype start = lastPieceStart(line);
        if (start < minStart)
            continue;
        const QStringView piece = line.mid(start).trimmed();
        if (piece.size() > maxPiece)
            continue;
        ++count[start];
        if (isColumnEvidence(piece))
            ++evidence[start];
    }
    qsizetype best = -1;
    int bestCount = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        int lineCount = 0;
        int evidenceCount = 0;
        for (qsizetype d = -tolerance; d <= tolerance; ++d) {
            lineCount += count.value(it.key() + d);
            evidenceCount += evidence.value(it.key() + d);
        }
        // Prefer the leftmost start on a tie, so that shifted pieces fall
        // inside the tolerance on the right.
        if (lineCount >= minLines && evidenceCount >= minEvidence
            && (lineCount > bestCount || (lineCount == bestCount && it.key() < best))) {
            best = it.key();
            bestCount = lineCount;
        }
    }
    return best;
}

RightColumn::Split RightColumn::split(QStringView line, qsizetype start)
{
    const qsizetype piece = start < 0 ? -1 : lastPieceStart(line);
    if (piece < 0 || piece < start - tolerance || piece > start + tolerance || line.mid(piece).trimmed().size() > maxPiece)
        return {line, {}};
    QStringView body = line.left(piece);
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    return {body, line.mid(piece).trimmed()};
}

} // namespace Promissa
