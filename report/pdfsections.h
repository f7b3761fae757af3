// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// Internal to promissa_report: the sections of the PDF report, each composed
// onto the PageComposer by its own function.

#include "pagecomposer.h"
#include "pdfreport.h"
#include "reportstyle.h"

namespace Promissa
{

class ExcerptHighlighter;

struct PdfContext {
    const ReportData &data;
    const PdfReportOptions &options;
    const ReportStyle &style;
    PageComposer &composer;
    QPaintDevice *device;

    QString text(Word w) const { return word(options.language, w); }
    QString title() const { return data.title.isEmpty() ? text(Word::DefaultTitle) : data.title; }
    /// A TextBox of one font and colour.
    TextBox box(const QString &s, const QFont &font, qreal width, const QColor &colour, Qt::Alignment alignment = Qt::AlignLeft) const;
    /// Places a heading (section or sub-section) and advances past it.
    void heading(const QString &s, const QFont &font, qreal spaceAfter) const;
};

void composeTitlePage(const PdfContext &ctx);
void composeSummary(const PdfContext &ctx);
void composeCommitmentTable(const PdfContext &ctx);
void composeAppendix(const PdfContext &ctx, ExcerptHighlighter &highlighter);

} // namespace Promissa
