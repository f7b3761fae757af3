// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "pdfreport.h"

#include "excerpthighlighter.h"
#include "pdfsections.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Page geometry in millimetres (A4: 210 x 297).
constexpr qreal pageWidth = 210;
constexpr qreal pageHeight = 297;
constexpr qreal marginSide = 20;
constexpr qreal bodyTop = 24;
constexpr qreal bodyBottom = 277;

void paintFurniture(QPainter &p, const PdfContext &ctx, int page, int pages)
{
    const ReportStyle &s = ctx.style;
    const QFontMetricsF metrics(s.small, p.device());
    const qreal left = s.mm(marginSide);
    const qreal width = s.mm(pageWidth - 2 * marginSide);
    p.save();
    p.setFont(s.small);
    if (page > 0) {
        // Running header: what this is and when it was made.
        const QRectF header(left, s.mm(12), width, metrics.height());
        p.setPen(s.muted);
        p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, metrics.elidedText(ctx.title(), Qt::ElideRight, width * 0.65));
        p.drawText(header, Qt::AlignRight | Qt::AlignBottom, formatDate(ctx.options.language, ctx.data.generated.date()));
        p.setPen(QPen(s.rule, s.mm(0.2)));
        p.drawLine(QPointF(left, header.bottom() + s.mm(1.5)), QPointF(left + width, header.bottom() + s.mm(1.5)));
    }
    const qreal footerTop = s.mm(pageHeight - 14);
    p.setPen(QPen(s.rule, s.mm(0.2)));
    p.drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));
    const QRectF footer(left, footerTop + s.mm(1.5), width, metrics.height());
    p.setPen(s.muted);
    QString source = u"Promissa"_s;
    if (!ctx.data.database.isEmpty())
        source += u" · "_s + displayLocation(ctx.data.database);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(source, Qt::ElideMiddle, width * 0.7));
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop, ctx.text(Word::Page).arg(page + 1).arg(pages));
    p.restore();
}

} // namespace

TextBox PdfContext::box(const QString &s, const QFont &font, qreal width, const QColor &colour, Qt::Alignment alignment) const
{
    return TextBox(s, font, width, device, colour, {}, alignment);
}

void PdfContext::heading(const QString &s, const QFont &font, qreal spaceAfter) const
{
    const TextBox b = box(s, font, composer.body().width(), style.accent);
    // Keep a heading with at least a few lines of what follows it.
    composer.ensureRoom(b.height() + style.mm(25));
    const QPointF at(composer.body().left(), composer.y());
    composer.add([b, at](QPainter &p) {
        b.draw(p, at);
    });
    composer.advance(b.height() + spaceAfter);
}

void composeTitlePage(const PdfContext &ctx)
{
    const ReportStyle &s = ctx.style;
    PageComposer &c = ctx.composer;
    const qreal left = c.body().left();
    const qreal width = c.body().width();

    c.advance(s.mm(45));
    const TextBox title = ctx.box(ctx.title(), s.title, width, s.accent);
    const TextBox subtitle = ctx.box(ctx.text(Word::Subtitle), s.subtitle, width, s.muted);
    const qreal titleTop = c.y();
    c.add([title, subtitle, left, titleTop, &s](QPainter &p) {
        title.draw(p, QPointF(left, titleTop));
        subtitle.draw(p, QPointF(left, titleTop + title.height() + s.mm(2)));
        const qreal ruleY = titleTop + title.height() + subtitle.height() + s.mm(7);
        p.fillRect(QRectF(left, ruleY, s.mm(30), s.mm(1.2)), s.accent);
    });
    c.advance(title.height() + subtitle.height() + s.mm(20));

    // The facts a reader needs to trust the report, as label / value rows.
    const ReportLanguage lang = ctx.options.language;
    QStringList filters = describeFilter(lang, ctx.data.filter, ctx.data.letters);
    if (filters.isEmpty())
        filters << ctx.text(Word::NoFilters);
    QList<std::pair<Word, QString>> rows{
        {Word::Filters, filters.join(QChar::LineSeparator)},
        {Word::CommitmentCount, QString::number(ctx.data.entries.size())},
        {Word::ReferenceDay, formatDate(lang, ctx.data.today)},
        {Word::Database, displayLocation(ctx.data.database)},
        {Word::Generated, formatDateTime(lang, ctx.data.generated)},
        {Word::Author, ctx.data.author},
    };
    const qreal labelWidth = s.mm(42);
    for (const auto &[label, value] : std::as_const(rows)) {
        if (value.isEmpty())
            continue;
        const TextBox l = ctx.box(ctx.text(label), s.bodyBold, labelWidth - s.mm(3), s.muted);
        const TextBox v = ctx.box(value, s.body, width - labelWidth, s.text);
        const qreal top = c.y();
        c.add([l, v, left, top, labelWidth](QPainter &p) {
            l.draw(p, QPointF(left, top));
            v.draw(p, QPointF(left + labelWidth, top));
        });
        c.advance(std::max(l.height(), v.height()) + s.mm(3));
    }
}

Expected<int> writePdfReport(const ReportData &data, QIODevice *device, const KSyntaxHighlighting::Repository &repository, const PdfReportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(u"The PDF report needs a QGuiApplication (for its fonts); run with the offscreen platform when there is no display."_s);
    ExcerptHighlighter highlighter(repository);
    if (!highlighter.isValid())
        return fail(u"The Kamerbrief syntax definition (resources/syntax/kamerbrief.xml) is not available to highlight the excerpts."_s);

    QPdfWriter writer(device);
    writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setCreator(u"Promissa"_s);
    const ReportStyle style(&writer);
    const QString title = data.title.isEmpty() ? word(options.language, Word::DefaultTitle) : data.title;
    writer.setTitle(title);

    PageComposer composer(QRectF(style.mm(marginSide), style.mm(bodyTop), style.mm(pageWidth - 2 * marginSide), style.mm(bodyBottom - bodyTop)));
    const PdfContext ctx{data, options, style, composer, &writer};
    composeTitlePage(ctx);
    composer.newPage();
    composeSummary(ctx);
    if (!data.entries.isEmpty()) {
        composer.newPage();
        composeCommitmentTable(ctx);
        composer.newPage();
        composeAppendix(ctx, highlighter);
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(u"Could not start writing the PDF report."_s);
    const int pages = composer.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        paintFurniture(painter, ctx, i, pages);
        // Every paint operation sets the pen and font it uses; a save and
        // restore around each would only add graphics-state operators.
        for (const PageComposer::Paint &paint : composer.pages().at(i))
            paint(painter);
    }
    if (!painter.end())
        return fail(u"Could not finish writing the PDF report."_s);
    return pages;
}

Expected<int> writePdfReport(const ReportData &data, const QString &fileName, const KSyntaxHighlighting::Repository &repository, const PdfReportOptions &options)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"%1: cannot write the PDF report: %2"_s.arg(fileName, file.errorString()));
    auto pages = writePdfReport(data, &file, repository, options);
    if (!pages) {
        file.cancelWriting();
        pages.error().message = fileName + u": "_s + pages.error().message;
        return pages;
    }
    if (!file.commit())
        return fail(u"%1: cannot write the PDF report: %2"_s.arg(fileName, file.errorString()));
    return pages;
}

} // namespace Promissa
