// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The appendix: every paragraph that holds a reported commitment, highlighted
// with the Kamerbrief syntax definition, the commitments marked in it.

#include "excerpthighlighter.h"
#include "pdfsections.h"

#include <QPainter>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

struct Excerpt {
    TextRange paragraph;
    QList<const ReportEntry *> entries;
};

// Where the paragraphs of a letter end: Letter::text holds one paragraph per
// line. Found in one pass, so that many commitments in one long paragraph do
// not each scan it again.
QList<qsizetype> lineEnds(const QString &text)
{
    QList<qsizetype> ends;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            ends.append(i);
    }
    ends.append(text.size());
    return ends;
}

// The paragraph around `pos`.
TextRange paragraphAt(const QList<qsizetype> &ends, qsizetype pos)
{
    pos = std::clamp<qsizetype>(pos, 0, ends.last());
    const auto end = std::lower_bound(ends.cbegin(), ends.cend(), pos);
    const qsizetype start = end == ends.cbegin() ? 0 : *(end - 1) + 1;
    return {start, end == ends.cend() ? ends.last() : *end};
}

void legend(const PdfContext &ctx, const ExcerptHighlighter &highlighter)
{
    const ReportStyle &s = ctx.style;
    QString text = ctx.text(Word::Legend) + u":   "_s;
    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);
    label.setForeground(s.muted);
    QList<QTextLayout::FormatRange> formats{{0, int(text.size()), label}};
    auto append = [&](const QString &name, const QTextCharFormat &format) {
        formats.append({int(text.size()), int(name.size()), format});
        text += name + u"    "_s;
    };
    for (const ExcerptHighlighter::LegendItem &item : highlighter.legend(ctx.options.language))
        append(item.label, item.format);
    QTextCharFormat marked;
    marked.setBackground(s.marker);
    marked.setFontWeight(QFont::Bold);
    append(ctx.text(Word::MarkedCommitment), marked);
    const TextBox box(text.trimmed(), s.small, ctx.composer.body().width(), ctx.device, s.text, formats);
    const QPointF at(ctx.composer.body().left(), ctx.composer.y());
    ctx.composer.add([box, at](QPainter &p) {
        box.draw(p, at);
    });
    ctx.composer.advance(box.height() + s.mm(6));
}

} // namespace

void composeAppendix(const PdfContext &ctx, ExcerptHighlighter &highlighter)
{
    const ReportStyle &s = ctx.style;
    PageComposer &c = ctx.composer;
    const ReportLanguage lang = ctx.options.language;
    const qreal left = c.body().left();
    const qreal width = c.body().width();

    ctx.heading(ctx.text(Word::Appendix), s.heading, s.mm(3));
    const TextBox intro = ctx.box(ctx.text(Word::AppendixIntro), s.small, width, s.muted);
    const QPointF introAt(left, c.y());
    c.add([intro, introAt](QPainter &p) {
        intro.draw(p, introAt);
    });
    c.advance(intro.height() + s.mm(3));
    legend(ctx, highlighter);

    // Letters by date, paragraphs in text order; a paragraph with several
    // commitments appears once.
    std::map<std::pair<QDate, qint64>, std::map<qsizetype, Excerpt>> letters;
    QHash<qint64, QList<qsizetype>> paragraphEnds;
    for (const ReportEntry &e : ctx.data.entries) {
        const auto letter = ctx.data.letters.constFind(e.commitment.letterId);
        if (letter == ctx.data.letters.constEnd() || letter->text.isEmpty())
            continue;
        auto ends = paragraphEnds.find(letter->id);
        if (ends == paragraphEnds.end())
            ends = paragraphEnds.insert(letter->id, lineEnds(letter->text));
        const TextRange paragraph = paragraphAt(*ends, e.commitment.sentenceRange.start);
        Excerpt &excerpt = letters[{letter->date, letter->id}][paragraph.start];
        excerpt.paragraph = paragraph;
        excerpt.entries.append(&e);
    }

    for (const auto &[key, excerpts] : letters) {
        const TrackedLetter &letter = *ctx.data.letters.constFind(key.second);
        ctx.heading(letterTitle(lang, letter), s.subheading, s.mm(3));
        for (const auto &[start, excerpt] : excerpts) {
            const QString paragraph = letter.text.mid(excerpt.paragraph.start, excerpt.paragraph.length());
            QList<QTextLayout::FormatRange> formats = highlighter.formats(paragraph);
            QStringList numbers;
            QTextCharFormat marked;
            marked.setBackground(s.marker);
            for (const ReportEntry *e : excerpt.entries) {
                numbers << e->commitment.number;
                const qsizetype from = std::max(e->commitment.span.start, excerpt.paragraph.start) - excerpt.paragraph.start;
                const qsizetype to = std::min(e->commitment.span.end, excerpt.paragraph.end) - excerpt.paragraph.start;
                if (to > from)
                    formats.append({int(from), int(to - from), marked});
            }
            numbers.removeDuplicates();
            const TextBox label = ctx.box(numbers.join(u", "_s), s.smallBold, width, s.accent);
            const TextBox text(paragraph, s.body, width, ctx.device, s.text, formats);
            // The label stays with the first lines of its paragraph.
            const int keep = std::min(text.lineCount(), 3);
            c.ensureRoom(label.height() + s.mm(1) + (keep > 0 ? text.lineBottom(keep - 1) : 0));
            const QPointF at(left, c.y());
            c.add([label, at](QPainter &p) {
                label.draw(p, at);
            });
            c.advance(label.height() + s.mm(1));
            c.flow(text, left);
            c.advance(s.mm(4));
        }
        c.advance(s.mm(2));
    }
}

} // namespace Promissa
