// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The summary page: key figures, counts by status, kind and ministry, and the
// bar chart of deadlines.

#include "barchart.h"
#include "pdfsections.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

struct CountRow {
    QString label;
    int count = 0;
    QColor swatch; ///< invalid: none
};

// A two-column table (label, count) under a small heading, placed at the
// composer's current y without advancing; returns its height.
qreal countTable(const PdfContext &ctx, qreal x, qreal width, const QString &title, const QList<CountRow> &rows)
{
    const ReportStyle &s = ctx.style;
    const QFontMetricsF metrics(s.body, ctx.device);
    const TextBox heading = ctx.box(title, s.subheading, width, s.accent);
    const qreal rowHeight = metrics.height() + s.mm(2.4);
    const qreal top = ctx.composer.y();
    const qreal height = heading.height() + s.mm(1.5) + rowHeight * rows.size();
    ctx.composer.add([=, &s](QPainter &p) {
        heading.draw(p, QPointF(x, top));
        qreal y = top + heading.height() + s.mm(1.5);
        p.setPen(QPen(s.rule, s.mm(0.2)));
        p.drawLine(QPointF(x, y), QPointF(x + width, y));
        for (const CountRow &row : rows) {
            qreal textLeft = x + s.mm(1);
            if (row.swatch.isValid()) {
                const qreal side = s.mm(2.6);
                p.fillRect(QRectF(textLeft, y + (rowHeight - side) / 2, side, side), row.swatch);
                textLeft += side + s.mm(2);
            }
            const QRectF cell(textLeft, y, x + width - s.mm(14) - textLeft, rowHeight);
            p.setFont(s.body);
            p.setPen(s.text);
            p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(row.label, Qt::ElideRight, cell.width()));
            p.setFont(s.bodyBold);
            p.drawText(QRectF(x, y, width - s.mm(1), rowHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(row.count));
            y += rowHeight;
            p.setPen(QPen(s.grid, s.mm(0.15)));
            p.drawLine(QPointF(x, y), QPointF(x + width, y));
        }
    });
    return height;
}

void figures(const PdfContext &ctx)
{
    const ReportStyle &s = ctx.style;
    PageComposer &c = ctx.composer;
    const QDate today = ctx.data.today;
    int overdue = 0, due30 = 0, due90 = 0;
    for (const ReportEntry &e : ctx.data.entries) {
        const TrackedCommitment &cm = e.commitment;
        if (cm.isOverdue(today))
            ++overdue;
        const bool pending = cm.status == Status::Open || cm.status == Status::PartlyDone;
        if (pending && !cm.rejected && cm.deadline.date.isValid() && today.isValid() && cm.deadline.date >= today) {
            const qint64 days = today.daysTo(cm.deadline.date);
            due30 += days <= 30;
            due90 += days <= 90;
        }
    }
    const struct {
        int value;
        Word label;
        bool alarm;
    } boxes[] = {
        {int(ctx.data.entries.size()), Word::TotalCommitments, false},
        {overdue, Word::Overdue, overdue > 0},
        {due30, Word::Due30, false},
        {due90, Word::Due90, false},
    };
    const qreal gap = s.mm(4);
    const qreal width = (c.body().width() - 3 * gap) / 4;
    const qreal height = s.mm(21);
    const qreal top = c.y();
    for (int i = 0; i < 4; ++i) {
        const qreal x = c.body().left() + i * (width + gap);
        const QColor colour = boxes[i].alarm ? s.overdue : s.accent;
        const TextBox value = ctx.box(QString::number(boxes[i].value), s.figure, width - s.mm(6), colour);
        const TextBox label = ctx.box(ctx.text(boxes[i].label), s.small, width - s.mm(6), s.muted);
        c.add([value, label, colour, x, top, width, height, &s](QPainter &p) {
            p.fillRect(QRectF(x, top, width, height), s.band);
            p.fillRect(QRectF(x, top, s.mm(1), height), colour);
            value.draw(p, QPointF(x + s.mm(4), top + s.mm(2)));
            label.draw(p, QPointF(x + s.mm(4), top + s.mm(2) + value.height()));
        });
    }
    c.advance(height + s.mm(3));
    const TextBox note = ctx.box(ctx.text(Word::OverdueExplained).arg(formatDate(ctx.options.language, today)), s.small, c.body().width(), s.muted);
    const QPointF at(c.body().left(), c.y());
    c.add([note, at](QPainter &p) {
        note.draw(p, at);
    });
    c.advance(note.height() + s.mm(7));
}

void composeChart(const PdfContext &ctx)
{
    const ReportStyle &s = ctx.style;
    PageComposer &c = ctx.composer;
    const DeadlineChart chart = deadlineChart(ctx.data.commitments(), ctx.options.language);
    const Word title = chart.scale == DeadlineChart::Scale::Year ? Word::DeadlinesPerYear
        : chart.scale == DeadlineChart::Scale::Quarter           ? Word::DeadlinesPerQuarter
                                                                 : Word::DeadlinesPerMonth;
    const qreal chartHeight = s.mm(60);
    c.ensureRoom(s.mm(10) + chartHeight + s.mm(10));
    ctx.heading(ctx.text(title), s.subheading, s.mm(3));
    if (chart.isEmpty()) {
        const TextBox none = ctx.box(ctx.text(Word::NoDatedDeadlines), s.body, c.body().width(), s.muted);
        const QPointF at(c.body().left(), c.y());
        c.add([none, at](QPainter &p) {
            none.draw(p, at);
        });
        c.advance(none.height());
        return;
    }
    const QRectF area(c.body().left(), c.y(), c.body().width(), chartHeight);
    c.add([chart, area, &s](QPainter &p) {
        paintDeadlineChart(p, area, chart, s);
    });
    c.advance(chartHeight + s.mm(3));

    // Legend: one swatch per status, in the bars' stacking order (bottom up).
    const QFontMetricsF metrics(s.small, ctx.device);
    const qreal top = c.y();
    QList<std::pair<QString, QColor>> items;
    for (Status st : {Status::Open, Status::PartlyDone, Status::Done, Status::Lapsed})
        items.append({statusText(ctx.options.language, st), ReportStyle::statusColour(st)});
    const qreal left = c.body().left() + s.mm(8);
    c.add([items, top, left, metrics, &s](QPainter &p) {
        p.setFont(s.small);
        p.setPen(s.text);
        qreal x = left;
        const qreal side = s.mm(2.6);
        for (const auto &[label, colour] : items) {
            p.fillRect(QRectF(x, top + (metrics.height() - side) / 2, side, side), colour);
            x += side + s.mm(1.5);
            p.drawText(QPointF(x, top + metrics.ascent()), label);
            x += metrics.horizontalAdvance(label) + s.mm(6);
        }
    });
    c.advance(metrics.height() + s.mm(4));
}

} // namespace

void composeSummary(const PdfContext &ctx)
{
    const ReportStyle &s = ctx.style;
    PageComposer &c = ctx.composer;
    const ReportLanguage lang = ctx.options.language;
    ctx.heading(ctx.text(Word::Summary), s.heading, s.mm(6));
    figures(ctx);

    std::array<int, 4> statuses{};
    std::array<int, 5> kinds{};
    QHash<QString, int> ministries;
    for (const ReportEntry &e : ctx.data.entries) {
        ++statuses[int(e.commitment.status)];
        ++kinds[int(e.commitment.kind)];
        ++ministries[e.commitment.ministry];
    }
    QList<CountRow> statusRows;
    for (Status st : {Status::Open, Status::PartlyDone, Status::Done, Status::Lapsed})
        statusRows.append({statusText(lang, st), statuses[int(st)], ReportStyle::statusColour(st)});
    QList<CountRow> kindRows;
    for (CommitmentKind k : {CommitmentKind::Firm, CommitmentKind::Ongoing, CommitmentKind::Effort, CommitmentKind::Intent, CommitmentKind::Conditional})
        kindRows.append({kindText(lang, k), kinds[int(k)], {}});
    QList<CountRow> ministryRows;
    for (auto it = ministries.cbegin(); it != ministries.cend(); ++it)
        ministryRows.append({it.key().isEmpty() ? ctx.text(Word::NoMinistry) : it.key(), it.value(), {}});
    // Most commitments first; names break ties so the order is stable.
    std::sort(ministryRows.begin(), ministryRows.end(), [](const CountRow &a, const CountRow &b) {
        return a.count != b.count ? a.count > b.count : a.label.localeAwareCompare(b.label) < 0;
    });

    const qreal gap = s.mm(8);
    const qreal half = (c.body().width() - gap) / 2;
    const qreal left = c.body().left();
    const qreal h1 = countTable(ctx, left, half, ctx.text(Word::ByStatus), statusRows);
    const qreal h2 = countTable(ctx, left + half + gap, half, ctx.text(Word::ByKind), kindRows);
    c.advance(std::max(h1, h2) + s.mm(7));
    const QFontMetricsF metrics(s.body, ctx.device);
    c.ensureRoom(s.mm(8) + (metrics.height() + s.mm(2.4)) * ministryRows.size());
    c.advance(countTable(ctx, left, c.body().width(), ctx.text(Word::ByMinistry), ministryRows) + s.mm(8));
    composeChart(ctx);
}

} // namespace Promissa
