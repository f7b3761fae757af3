// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The commitments as a table, grouped by deadline month, letter or status,
// with its header row repeated at the top of every page it runs over.

#include "pdfsections.h"

#include <QFontMetricsF>
#include <QPainter>

#include <array>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

struct Group {
    QString title;
    QList<const ReportEntry *> entries;
};

// A table cell: text boxes stacked with a small gap.
struct Cell {
    QList<TextBox> parts;
    qreal gap = 0;

    qreal height() const
    {
        qreal h = 0;
        for (const TextBox &b : parts)
            h += b.height();
        return h + gap * std::max<qsizetype>(0, parts.size() - 1);
    }
    void draw(QPainter &p, QPointF at) const
    {
        for (const TextBox &b : parts) {
            b.draw(p, at);
            at.ry() += b.height() + gap;
        }
    }
};

bool byDeadline(const ReportEntry *a, const ReportEntry *b)
{
    const QDate da = a->commitment.deadline.date;
    const QDate db = b->commitment.deadline.date;
    if (da.isValid() != db.isValid())
        return da.isValid();
    if (da != db)
        return da < db;
    return a->commitment.number < b->commitment.number;
}

QList<Group> groupEntries(const PdfContext &ctx)
{
    const ReportLanguage lang = ctx.options.language;
    QList<Group> groups;
    switch (ctx.options.groupBy) {
    case GroupBy::Month: {
        std::map<QDate, Group> months;
        Group undated{ctx.text(Word::WithoutDeadline), {}};
        for (const ReportEntry &e : ctx.data.entries) {
            const QDate d = e.commitment.deadline.date;
            if (!d.isValid()) {
                undated.entries.append(&e);
                continue;
            }
            Group &g = months[QDate(d.year(), d.month(), 1)];
            if (g.title.isEmpty())
                g.title = monthTitle(lang, d);
            g.entries.append(&e);
        }
        for (auto &[month, g] : months)
            groups.append(std::move(g));
        if (!undated.entries.isEmpty())
            groups.append(std::move(undated));
        break;
    }
    case GroupBy::Letter: {
        std::map<std::pair<QDate, qint64>, Group> letters;
        for (const ReportEntry &e : ctx.data.entries) {
            const TrackedLetter letter = ctx.data.letters.value(e.commitment.letterId);
            Group &g = letters[{letter.date, e.commitment.letterId}];
            if (g.title.isEmpty())
                g.title = letterTitle(lang, letter);
            g.entries.append(&e);
        }
        for (auto &[key, g] : letters)
            groups.append(std::move(g));
        break;
    }
    case GroupBy::Status: {
        std::map<int, Group> statuses;
        for (const ReportEntry &e : ctx.data.entries) {
            Group &g = statuses[int(e.commitment.status)];
            if (g.title.isEmpty())
                g.title = statusText(lang, e.commitment.status);
            g.entries.append(&e);
        }
        for (auto &[status, g] : statuses)
            groups.append(std::move(g));
        break;
    }
    }
    for (Group &g : groups)
        std::stable_sort(g.entries.begin(), g.entries.end(), byDeadline);
    return groups;
}

QStringList linkTexts(const PdfContext &ctx, const ReportEntry &e)
{
    const ReportLanguage lang = ctx.options.language;
    const TrackedCommitment &c = e.commitment;
    QStringList texts;
    QList<qint64> fulfilling;
    auto letterName = [&](qint64 id) {
        const auto it = ctx.data.letters.constFind(id);
        return it != ctx.data.letters.constEnd() ? letterTitle(lang, *it) : QString::number(id);
    };
    for (const CommitmentLink &l : e.links) {
        if (l.type == LinkType::Fulfils) {
            if (l.toCommitment == c.id && l.fromLetter != 0 && !fulfilling.contains(l.fromLetter)) {
                fulfilling.append(l.fromLetter);
                texts << ctx.text(Word::FulfilledBy).arg(letterName(l.fromLetter));
            }
            continue;
        }
        const bool outgoing = l.fromCommitment == c.id;
        const QString other = ctx.data.numberOf(outgoing ? l.toCommitment : l.fromCommitment);
        Word w = Word::Repeats;
        switch (l.type) {
        case LinkType::Repeats:
            w = outgoing ? Word::Repeats : Word::RepeatedBy;
            break;
        case LinkType::Supplements:
            w = outgoing ? Word::Supplements : Word::SupplementedBy;
            break;
        case LinkType::Changes:
            w = outgoing ? Word::Changes : Word::ChangedBy;
            break;
        case LinkType::Fulfils:
            break;
        }
        texts << ctx.text(w).arg(other);
    }
    if (c.fulfilledByLetter != 0 && !fulfilling.contains(c.fulfilledByLetter))
        texts << ctx.text(Word::FulfilledBy).arg(letterName(c.fulfilledByLetter));
    return texts;
}

// Where the phrase stands in the sentence: by the stored offsets when they
// agree with the text, else by searching it.
qsizetype phraseOffset(const TrackedCommitment &c)
{
    const qsizetype offset = c.span.start - c.sentenceRange.start;
    if (offset >= 0 && offset + c.phrase.size() <= c.text.size() && QStringView(c.text).mid(offset, c.phrase.size()) == c.phrase)
        return offset;
    return c.phrase.isEmpty() ? -1 : c.text.indexOf(c.phrase);
}

Cell commitmentCell(const PdfContext &ctx, const ReportEntry &e, qreal width)
{
    const ReportStyle &s = ctx.style;
    const TrackedCommitment &c = e.commitment;
    const ReportLanguage lang = ctx.options.language;
    Cell cell;
    cell.gap = s.mm(1);

    const QString sentence = c.text.isEmpty() ? c.phrase : c.text;
    QList<QTextLayout::FormatRange> formats;
    const qsizetype at = phraseOffset(c);
    if (at >= 0 && !c.text.isEmpty()) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        formats.append({int(at), int(c.phrase.size()), bold});
    }
    cell.parts << TextBox(sentence, s.body, width, ctx.device, s.text, formats);

    auto field = [&](Word label, const QString &value) {
        return ctx.text(label) + u": "_s + value;
    };
    QStringList meta;
    if (!c.actor.isEmpty())
        meta << field(Word::Actor, c.actor);
    meta << field(Word::Kind, kindText(lang, c.kind));
    if (!c.ministry.isEmpty())
        meta << field(Word::Ministry, c.ministry);
    if (!c.owner.isEmpty())
        meta << field(Word::Owner, c.owner);
    cell.parts << ctx.box(meta.join(u" · "_s), s.small, width, s.muted);
    if (!c.condition.isEmpty())
        cell.parts << ctx.box(field(Word::Condition, c.condition), s.small, width, s.muted);
    const QStringList links = linkTexts(ctx, e);
    if (!links.isEmpty())
        cell.parts << ctx.box(links.join(u" · "_s), s.small, width, s.accent);
    if (ctx.options.groupBy != GroupBy::Letter) {
        const auto letter = ctx.data.letters.constFind(c.letterId);
        if (letter != ctx.data.letters.constEnd())
            cell.parts << ctx.box(field(Word::Letter, letterTitle(lang, *letter)), s.small, width, s.muted);
    }
    return cell;
}

Cell deadlineCell(const PdfContext &ctx, const TrackedCommitment &c, qreal width)
{
    const ReportStyle &s = ctx.style;
    Cell cell;
    cell.gap = s.mm(0.6);
    if (!c.deadline.isSet()) {
        cell.parts << ctx.box(ctx.text(Word::NoDeadline), s.small, width, s.muted);
        return cell;
    }
    if (c.deadline.date.isValid())
        cell.parts << ctx.box(formatShortDate(ctx.options.language, c.deadline.date), s.bodyBold, width, s.text);
    else
        cell.parts << ctx.box(ctx.text(Word::NoDate), s.small, width, s.muted);
    if (!c.deadline.text.isEmpty())
        cell.parts << ctx.box(u"“"_s + c.deadline.text + u"”"_s, s.small, width, s.text);
    if (!c.deadline.event.isEmpty())
        cell.parts << ctx.box(c.deadline.event, s.small, width, s.muted);
    if (c.isOverdue(ctx.data.today))
        cell.parts << ctx.box(ctx.text(Word::OverdueMark), s.smallBold, width, s.overdue);
    return cell;
}

Cell statusCell(const PdfContext &ctx, const ReportEntry &e, qreal width)
{
    const ReportStyle &s = ctx.style;
    const ReportLanguage lang = ctx.options.language;
    Cell cell;
    cell.gap = s.mm(0.6);
    cell.parts << ctx.box(statusText(lang, e.commitment.status), s.bodyBold, width, ReportStyle::statusColour(e.commitment.status));
    if (e.lastStatusChange) {
        const HistoryEntry &h = *e.lastStatusChange;
        QString since = ctx.text(Word::Since).arg(formatShortDate(lang, h.at.toLocalTime().date()));
        if (!h.author.isEmpty())
            since += u" · "_s + h.author;
        cell.parts << ctx.box(since, s.small, width, s.muted);
        if (!h.reason.isEmpty())
            cell.parts << ctx.box(u"“"_s + h.reason + u"”"_s, s.smallItalic, width, s.text);
    }
    return cell;
}

} // namespace

void composeCommitmentTable(const PdfContext &ctx)
{
    const ReportStyle &s = ctx.style;
    PageComposer &c = ctx.composer;
    ctx.heading(ctx.text(Word::Commitments), s.heading, s.mm(5));

    const qreal pad = s.mm(1.5);
    const qreal left = c.body().left();
    const qreal total = c.body().width();
    // Nr. | Toezegging | Deadline | Status, in millimetres of the 170 mm body.
    const std::array<qreal, 4> widths{s.mm(25), total - s.mm(25 + 31 + 31), s.mm(31), s.mm(31)};
    const std::array<qreal, 4> xs{left, left + widths[0], left + widths[0] + widths[1], left + widths[0] + widths[1] + widths[2]};

    const Word headers[] = {Word::ColumnNumber, Word::ColumnCommitment, Word::ColumnDeadline, Word::ColumnStatus};
    QList<TextBox> headerBoxes;
    for (int i = 0; i < 4; ++i)
        headerBoxes << ctx.box(ctx.text(headers[i]), s.smallBold, widths[i] - 2 * pad, s.muted);
    const qreal headerHeight = headerBoxes.first().height() + 2 * pad;

    // A group's title over its first row, and again, marked as continued, at
    // the top of every further page the group runs over.
    auto placeTitle = [&c, &s, left, total, pad](const TextBox &title) {
        const qreal titleHeight = title.height() + 2 * pad;
        const qreal top = c.y();
        c.add([title, top, left, total, titleHeight, pad, &s](QPainter &p) {
            title.draw(p, QPointF(left + pad, top + pad + s.mm(0.8)));
            p.setPen(QPen(s.accent, s.mm(0.3)));
            p.drawLine(QPointF(left, top + titleHeight), QPointF(left + total, top + titleHeight));
        });
        c.advance(titleHeight);
    };
    std::optional<TextBox> continuing;
    auto placeHeader = [&c, &s, &continuing, &placeTitle, headerBoxes, headerHeight, left, total, pad, xs]() {
        const qreal top = c.y();
        c.add([=, &s](QPainter &p) {
            p.fillRect(QRectF(left, top, total, headerHeight), s.band);
            for (int i = 0; i < 4; ++i)
                headerBoxes.at(i).draw(p, QPointF(xs[i] + pad, top + pad));
            p.setPen(QPen(s.muted, s.mm(0.25)));
            p.drawLine(QPointF(left, top + headerHeight), QPointF(left + total, top + headerHeight));
        });
        c.advance(headerHeight);
        if (continuing)
            placeTitle(*continuing);
    };
    placeHeader();
    c.setPageStartHook(placeHeader);

    for (const Group &group : groupEntries(ctx)) {
        const QString count = QString::number(group.entries.size());
        const TextBox title = ctx.box(group.title + u"  ("_s + count + u')', s.subheading, total - 2 * pad, s.accent);
        bool first = true;
        for (const ReportEntry *e : group.entries) {
            const std::array<Cell, 4> row{
                Cell{{ctx.box(e->commitment.number, s.bodyBold, widths[0] - 2 * pad, s.text)}, 0},
                commitmentCell(ctx, *e, widths[1] - 2 * pad),
                deadlineCell(ctx, e->commitment, widths[2] - 2 * pad),
                statusCell(ctx, *e, widths[3] - 2 * pad),
            };
            qreal rowHeight = 0;
            for (const Cell &cell : row)
                rowHeight = std::max(rowHeight, cell.height());
            rowHeight += 2 * pad;
            if (first) {
                // The group's title stays with its first row.
                c.ensureRoom(title.height() + 2 * pad + rowHeight);
                placeTitle(title);
                continuing = ctx.box(group.title + u"  ("_s + count + u", "_s + ctx.text(Word::Continued) + u')', s.subheading, total - 2 * pad, s.accent);
                first = false;
            }
            c.ensureRoom(rowHeight);
            const qreal top = c.y();
            c.add([row, top, rowHeight, left, total, pad, xs, &s](QPainter &p) {
                for (int i = 0; i < 4; ++i)
                    row[i].draw(p, QPointF(xs[i] + pad, top + pad));
                p.setPen(QPen(s.rule, s.mm(0.15)));
                p.drawLine(QPointF(left, top + rowHeight), QPointF(left + total, top + rowHeight));
            });
            c.advance(rowHeight);
        }
        continuing.reset();
        c.advance(s.mm(4));
    }
    // The hook refers to this function's locals: it must not outlive them.
    c.setPageStartHook({});
}

} // namespace Promissa
