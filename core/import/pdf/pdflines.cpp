// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/pdf/pdflines.h"

#include "import/letterhead.h"
#include "import/linetext.h"
#include "import/wordmarkup.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// All in units of the line's word height (about 1.16 times the font size).
constexpr qreal sameBaseline = 0.3; ///< bottoms closer than this share a line
constexpr qreal smallWord = 0.8; ///< a raised word at most this high is a superscript
constexpr qreal raisedBy = 0.15; ///< a superscript's bottom stands at least this far above the line's
constexpr qreal spaceGap = 0.12; ///< a wider gap between two boxes is a space
constexpr qreal cellGap = 1.4; ///< a wider gap separates cells (tab stops, columns)

constexpr qreal gutterStart = 0.55; ///< of the page width: the column stands right of this
constexpr qreal minGutter = 12; ///< points of empty band between body and column
constexpr int maxBins = 20000; ///< pages wider than this many points are scanned coarser
constexpr int maxMarkerDigits = 3;

// The word's text without white space around it and without characters in
// the range of WordMarkup's markers: symbol fonts without a Unicode mapping
// put glyphs there, and they must not pass for footnote markers.
QString wordText(const QString &text)
{
    if (!WordMarkup::containsMarker(text))
        return text.trimmed();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!WordMarkup::isMarker(c))
            out.append(c);
    }
    return out.trimmed();
}

bool usable(const PdfWord &w)
{
    const QRectF &b = w.box;
    return !wordText(w.text).isEmpty() && std::isfinite(b.left()) && std::isfinite(b.right()) && std::isfinite(b.top())
        && std::isfinite(b.bottom()) && b.width() >= 0 && b.height() > 0;
}

bool isMarkerDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > maxMarkerDigits || text.front() == u'0')
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}

struct Cluster {
    std::vector<qsizetype> words;
    std::vector<bool> raised; ///< parallel to words
    qreal top = 0;
    qreal bottom = 0;
    qreal left = 0;
    qreal right = 0;
    qreal height = 0;
};

// The height most of the cluster's characters have: the body font's, not a
// marker's or a label's.
qreal usualHeight(const QList<PdfWord> &words, const Cluster &c)
{
    std::vector<std::pair<qreal, qsizetype>> heights;
    qsizetype total = 0;
    for (std::size_t k = 0; k < c.words.size(); ++k) {
        if (c.raised[k])
            continue;
        const PdfWord &w = words.at(c.words[k]);
        heights.emplace_back(w.box.height(), w.text.size());
        total += w.text.size();
    }
    if (heights.empty())
        return 0;
    std::sort(heights.begin(), heights.end());
    qsizetype seen = 0;
    for (const auto &[h, n] : heights) {
        seen += n;
        if (seen * 2 >= total)
            return h;
    }
    return heights.back().first;
}

void measure(const QList<PdfWord> &words, Cluster &c)
{
    bool first = true;
    for (std::size_t k = 0; k < c.words.size(); ++k) {
        const QRectF &b = words.at(c.words[k]).box;
        if (first) {
            c.top = b.top();
            c.bottom = b.bottom();
            c.left = b.left();
            c.right = b.right();
            first = false;
            continue;
        }
        c.top = std::min(c.top, b.top());
        c.bottom = std::max(c.bottom, b.bottom());
        c.left = std::min(c.left, b.left());
        c.right = std::max(c.right, b.right());
    }
    c.height = usualHeight(words, c);
}

// Small words standing above the baseline of the line below them, within
// its height: superscripts of that line.
bool isSuperscriptOf(const Cluster &small, const Cluster &line)
{
    const qreal h = line.height;
    if (h <= 0 || small.height > smallWord * h)
        return false;
    if (small.top < line.top - 0.35 * h || small.bottom > line.bottom - raisedBy * h || small.bottom <= line.top)
        return false;
    return small.left >= line.left - 2 * h && small.right <= line.right + 2 * h;
}

PdfLine makeLine(const QList<PdfWord> &words, Cluster &c, int pageIndex)
{
    std::vector<std::size_t> order(c.words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return words.at(c.words[a]).box.left() < words.at(c.words[b]).box.left();
    });

    PdfLine line;
    line.page = pageIndex;
    line.height = c.height;
    const qreal h = c.height > 0 ? c.height : c.bottom - c.top;
    QString cell;
    qreal previousRight = 0;
    bool any = false;
    bool boxSet = false;
    for (const std::size_t k : order) {
        const PdfWord &w = words.at(c.words[k]);
        const QString plain = wordText(w.text);
        const bool marker = c.raised[k] && isMarkerDigits(plain);
        const QString text = marker ? QString(WordMarkup::marker(plain.toInt())) : plain;
        const qreal gap = w.box.left() - previousRight;
        if (any && gap > cellGap * h && !marker) {
            line.cells.append(cell);
            cell.clear();
        }
        if (cell.isEmpty()) {
            line.cellLefts.append(w.box.left());
        } else if (!marker && gap > spaceGap * h) {
            cell.append(u' ');
        }
        cell.append(text);
        previousRight = std::max(any ? previousRight : w.box.right(), w.box.right());
        any = true;
        if (marker)
            continue;
        line.wordLefts.append(w.box.left());
        if (!boxSet) {
            line.box = w.box;
            line.firstWordWidth = w.box.width();
            boxSet = true;
        } else {
            line.box = line.box.united(w.box);
        }
    }
    if (!cell.isEmpty())
        line.cells.append(cell);
    if (!boxSet)
        line.box = QRectF(c.left, c.top, c.right - c.left, c.bottom - c.top);
    if (line.height <= 0)
        line.height = line.box.height();
    line.text = line.cells.join(u' ');
    return line;
}

// A column only counts when it holds what the Rijksoverheid column holds.
bool looksLikeColumn(const QList<PdfLine> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const PdfLine &line) {
        const QString text = LineText::collapse(line.text);
        const Letterhead::Kind kind = Letterhead::classify(text).kind;
        return (kind != Letterhead::Kind::None && kind != Letterhead::Kind::Subject) || Letterhead::isPageNumber(text);
    });
}

} // namespace

QList<PdfLine> PdfLines::group(const QList<PdfWord> &words, int pageIndex)
{
    std::vector<qsizetype> order;
    order.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (usable(words.at(i)))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return words.at(a).box.bottom() < words.at(b).box.bottom();
    });

    std::vector<Cluster> clusters;
    qreal start = 0;
    qreal tolerance = 0;
    for (const qsizetype i : order) {
        const QRectF &b = words.at(i).box;
        if (clusters.empty() || b.bottom() - start > tolerance) {
            clusters.emplace_back();
            start = b.bottom();
            tolerance = sameBaseline * b.height();
        }
        clusters.back().words.push_back(i);
        clusters.back().raised.push_back(false);
    }
    for (Cluster &c : clusters)
        measure(words, c);

    // Superscripts sort just before the line they belong to (their bottom is
    // higher); fold them into it.
    std::vector<Cluster> lines;
    lines.reserve(clusters.size());
    for (std::size_t k = 0; k < clusters.size(); ++k) {
        Cluster &c = clusters[k];
        if (k + 1 < clusters.size() && isSuperscriptOf(c, clusters[k + 1])) {
            Cluster &host = clusters[k + 1];
            host.words.insert(host.words.end(), c.words.begin(), c.words.end());
            host.raised.insert(host.raised.end(), c.words.size(), true);
            continue;
        }
        lines.push_back(std::move(c));
    }

    QList<PdfLine> result;
    result.reserve(qsizetype(lines.size()));
    for (Cluster &c : lines)
        result.append(makeLine(words, c, pageIndex));
    return result;
}

qreal PdfLines::findGutter(const PdfPage &page)
{
    qreal width = page.size.width();
    for (const PdfWord &w : page.words) {
        if (usable(w))
            width = std::max(width, w.box.right());
    }
    if (!(width > 0) || !std::isfinite(width))
        return -1;
    // Coverage of the x axis by word boxes, in bins of `scale` points,
    // through a difference array: linear in words plus bins.
    const qreal scale = width > maxBins ? width / maxBins : 1.0;
    const int bins = int(std::ceil(width / scale)) + 1;
    std::vector<int> diff(std::size_t(bins) + 1, 0);
    for (const PdfWord &w : page.words) {
        if (!usable(w))
            continue;
        const int a = std::clamp(int(std::floor(std::max<qreal>(w.box.left(), 0) / scale)), 0, bins);
        const int b = std::clamp(int(std::ceil(std::max<qreal>(w.box.right(), 0) / scale)), a + 1, bins);
        ++diff[std::size_t(a)];
        --diff[std::size_t(b)];
    }
    const int from = int(std::ceil(gutterStart * width / scale));
    int covered = 0;
    bool bodySeen = false;
    int runStart = -1;
    for (int x = 0; x < bins; ++x) {
        covered += diff[std::size_t(x)];
        if (x < from) {
            bodySeen = bodySeen || covered > 0;
            continue;
        }
        if (covered == 0) {
            if (runStart < 0)
                runStart = x;
            continue;
        }
        if (runStart >= 0 && (x - runStart) * scale >= minGutter && bodySeen)
            return x * scale;
        bodySeen = true;
        runStart = -1;
    }
    return -1;
}

PdfLines::Page PdfLines::read(const PdfPage &page, int pageIndex)
{
    Page result;
    const qreal gutter = findGutter(page);
    if (gutter >= 0) {
        QList<PdfWord> body;
        QList<PdfWord> column;
        for (const PdfWord &w : page.words)
            (w.box.left() >= gutter - 0.5 ? column : body).append(w);
        QList<PdfLine> columnLines = group(column, pageIndex);
        if (looksLikeColumn(columnLines)) {
            result.body = group(body, pageIndex);
            result.column = std::move(columnLines);
            return result;
        }
    }
    result.body = group(page.words, pageIndex);
    return result;
}

} // namespace Promissa
