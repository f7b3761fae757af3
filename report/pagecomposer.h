// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QTextLayout>

#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;

namespace Promissa
{

/// A block of wrapped text, laid out once for a width on the target device;
/// drawn whole or line by line (so a long paragraph can run over a page).
class TextBox
{
public:
    TextBox() = default;
    /// `colour` is the text's colour where `formats` set none; formats are
    /// only needed for what differs within the text (a bold phrase, highlighting).
    TextBox(const QString &text,
            const QFont &font,
            qreal width,
            QPaintDevice *device,
            const QColor &colour,
            const QList<QTextLayout::FormatRange> &formats = {},
            Qt::Alignment alignment = Qt::AlignLeft);

    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    bool isEmpty() const { return !m_layout || m_layout->lineCount() == 0; }
    int lineCount() const { return m_layout ? m_layout->lineCount() : 0; }
    qreal lineTop(int line) const;
    qreal lineBottom(int line) const;

    void draw(QPainter &painter, QPointF topLeft) const;
    /// Draws lines [from, to) with line `from` at `topLeft`.
    void drawLines(QPainter &painter, QPointF topLeft, int from, int to) const;

private:
    std::shared_ptr<QTextLayout> m_layout; // shared: the page list keeps it until painting
    qreal m_height = 0;
    qreal m_width = 0;
    QColor m_colour;
};

/// Collects what goes on which page before anything is painted, so that the
/// page count is known when the headers and footers ("Pagina X van Y") are
/// drawn. Coordinates are device units; y runs down the body of the page.
class PageComposer
{
public:
    using Paint = std::function<void(QPainter &)>;

    explicit PageComposer(QRectF body);

    QRectF body() const { return m_body; }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    int pageCount() const { return int(m_pages.size()); }
    /// Whether nothing but the page-start material is on the current page.
    bool atPageStart() const { return m_atStart; }

    /// Starts a new page and runs the page-start hook (a repeated table header).
    void newPage();
    /// Starts a new page unless `height` still fits on this one, or this page
    /// is still empty (a block taller than a page then starts at the top).
    void ensureRoom(qreal height);
    /// Puts a paint operation on the current page; it is not moved by y.
    void add(Paint paint);
    /// Moves down by `height`.
    void advance(qreal height);

    /// Places `box` at (x, y) and advances past it, running over as many pages
    /// as it needs, one whole line at a time.
    void flow(const TextBox &box, qreal x);

    /// Called at the start of every later page until cleared.
    void setPageStartHook(std::function<void()> hook) { m_hook = std::move(hook); }

    const QList<QList<Paint>> &pages() const { return m_pages; }

private:
    QRectF m_body;
    qreal m_y = 0;
    bool m_atStart = true;
    std::function<void()> m_hook;
    QList<QList<Paint>> m_pages;
};

} // namespace Promissa
