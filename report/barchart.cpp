// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "barchart.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr int maxBuckets = 24;

QDate periodStart(QDate d, DeadlineChart::Scale scale)
{
    switch (scale) {
    case DeadlineChart::Scale::Month:
        return QDate(d.year(), d.month(), 1);
    case DeadlineChart::Scale::Quarter:
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case DeadlineChart::Scale::Year:
        return QDate(d.year(), 1, 1);
    }
    return d;
}

QDate nextPeriod(QDate start, DeadlineChart::Scale scale)
{
    switch (scale) {
    case DeadlineChart::Scale::Month:
        return start.addMonths(1);
    case DeadlineChart::Scale::Quarter:
        return start.addMonths(3);
    case DeadlineChart::Scale::Year:
        return start.addYears(1);
    }
    return start;
}

int periodIndex(QDate first, QDate d, DeadlineChart::Scale scale)
{
    const int months = (d.year() - first.year()) * 12 + d.month() - first.month();
    switch (scale) {
    case DeadlineChart::Scale::Month:
        return months;
    case DeadlineChart::Scale::Quarter:
        return months / 3;
    case DeadlineChart::Scale::Year:
        return d.year() - first.year();
    }
    return 0;
}

// 1, 2, 5, 10, 20, 50 ...: the smallest step that needs at most five gridlines.
int niceStep(int maximum)
{
    int step = 1;
    while (true) {
        for (int factor : {1, 2, 5}) {
            if (maximum <= step * factor * 5)
                return step * factor;
        }
        step *= 10;
    }
}

} // namespace

int DeadlineChart::maximum() const
{
    int m = 0;
    for (const Bucket &b : buckets)
        m = std::max(m, b.total());
    return m;
}

DeadlineChart deadlineChart(const QList<TrackedCommitment> &commitments, ReportLanguage language)
{
    DeadlineChart chart;
    QDate first, last;
    for (const TrackedCommitment &c : commitments) {
        const QDate d = c.deadline.date;
        if (!d.isValid())
            continue;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    if (!first.isValid())
        return chart;

    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (months > maxBuckets * 3)
        chart.scale = DeadlineChart::Scale::Year;
    else if (months > maxBuckets)
        chart.scale = DeadlineChart::Scale::Quarter;
    const QDate start = periodStart(first, chart.scale);

    for (QDate p = start; p <= last; p = nextPeriod(p, chart.scale)) {
        DeadlineChart::Bucket b;
        b.start = p;
        const bool firstBucket = chart.buckets.isEmpty();
        switch (chart.scale) {
        case DeadlineChart::Scale::Month:
            b.label = shortMonth(language, p.month());
            if (firstBucket || p.month() == 1)
                b.yearLabel = QString::number(p.year());
            break;
        case DeadlineChart::Scale::Quarter:
            b.label = (language == ReportLanguage::Dutch ? u"K"_s : u"Q"_s) + QString::number((p.month() - 1) / 3 + 1);
            if (firstBucket || p.month() == 1)
                b.yearLabel = QString::number(p.year());
            break;
        case DeadlineChart::Scale::Year:
            b.label = QString::number(p.year());
            break;
        }
        chart.buckets.append(b);
    }
    for (const TrackedCommitment &c : commitments) {
        if (c.deadline.date.isValid())
            ++chart.buckets[periodIndex(start, c.deadline.date, chart.scale)].counts[int(c.status)];
    }
    return chart;
}

void paintDeadlineChart(QPainter &painter, const QRectF &area, const DeadlineChart &chart, const ReportStyle &style)
{
    if (chart.isEmpty())
        return;
    painter.save();
    const QFontMetricsF metrics(style.small, painter.device());
    const qreal lineHeight = metrics.height();
    const int step = niceStep(std::max(1, chart.maximum()));
    const int top = int(std::ceil(double(std::max(1, chart.maximum())) / step)) * step;
    const qreal axisWidth = metrics.horizontalAdvance(QString::number(top)) + style.mm(2);
    // Room above the plot for the count over the highest bar, below it for two label lines.
    const QRectF plot = area.adjusted(axisWidth, lineHeight * 1.2, 0, -lineHeight * 2.4);

    painter.setFont(style.small);
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        painter.setPen(QPen(v == 0 ? style.muted : style.grid, style.mm(v == 0 ? 0.25 : 0.15)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.muted);
        painter.drawText(QRectF(area.left(), y - lineHeight / 2, axisWidth - style.mm(1.5), lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(v));
    }

    const qreal slot = plot.width() / chart.buckets.size();
    const qreal barWidth = std::min(slot * 0.62, style.mm(12));
    for (qsizetype i = 0; i < chart.buckets.size(); ++i) {
        const DeadlineChart::Bucket &b = chart.buckets.at(i);
        const qreal centre = plot.left() + slot * (i + 0.5);
        qreal y = plot.bottom();
        for (int s = 0; s < 4; ++s) {
            if (b.counts[s] == 0)
                continue;
            const qreal h = plot.height() * b.counts[s] / top;
            painter.fillRect(QRectF(centre - barWidth / 2, y - h, barWidth, h), ReportStyle::statusColour(Status(s)));
            y -= h;
        }
        painter.setPen(style.text);
        if (b.total() > 0) {
            painter.drawText(QRectF(centre - slot / 2, y - lineHeight * 1.1, slot, lineHeight),
                             Qt::AlignHCenter | Qt::AlignBottom,
                             QString::number(b.total()));
        }
        painter.drawText(QRectF(centre - slot / 2, plot.bottom() + lineHeight * 0.2, slot, lineHeight), Qt::AlignHCenter | Qt::AlignTop, b.label);
        if (!b.yearLabel.isEmpty()) {
            painter.setPen(style.muted);
            // The year may be wider than a month's slot: centred under it, it may use the neighbours' room.
            painter.drawText(QRectF(centre - slot * 1.5, plot.bottom() + lineHeight * 1.2, slot * 3, lineHeight),
                             Qt::AlignHCenter | Qt::AlignTop,
                             b.yearLabel);
        }
    }
    painter.restore();
}

} // namespace Promissa
