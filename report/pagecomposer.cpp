// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "pagecomposer.h"

#include <QPainter>
#include <QTextLine>

namespace Promissa
{

TextBox::TextBox(const QString &text,
                 const QFont &font,
                 qreal width,
                 QPaintDevice *device,
                 const QColor &colour,
                 const QList<QTextLayout::FormatRange> &formats,
                 Qt::Alignment alignment)
    : m_layout(std::make_shared<QTextLayout>(text, font, device))
    , m_width(width)
    , m_colour(colour)
{
    QTextOption option(alignment);
    // Paths and UUIDs have no spaces; they must still wrap inside their column.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setFormats(formats);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_height = y;
}

qreal TextBox::lineTop(int line) const
{
    return m_layout->lineAt(line).y();
}

qreal TextBox::lineBottom(int line) const
{
    const QTextLine l = m_layout->lineAt(line);
    return l.y() + l.height();
}

void TextBox::draw(QPainter &painter, QPointF topLeft) const
{
    if (!m_layout)
        return;
    painter.setPen(m_colour);
    m_layout->draw(&painter, topLeft);
}

void TextBox::drawLines(QPainter &painter, QPointF topLeft, int from, int to) const
{
    if (!m_layout || from >= to)
        return;
    painter.setPen(m_colour);
    // QTextLine::draw places the line at origin + its own position.
    const QPointF origin = topLeft - QPointF(0, lineTop(from));
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
}

PageComposer::PageComposer(QRectF body)
    : m_body(body)
{
    m_pages.emplaceBack();
    m_y = body.top();
}

void PageComposer::newPage()
{
    m_pages.emplaceBack();
    m_y = m_body.top();
    m_atStart = true;
    if (m_hook) {
        m_hook();
        m_atStart = true;
    }
}

void PageComposer::ensureRoom(qreal height)
{
    if (height > remaining() && !m_atStart)
        newPage();
}

void PageComposer::add(Paint paint)
{
    m_pages.last().append(std::move(paint));
    m_atStart = false;
}

void PageComposer::advance(qreal height)
{
    m_y += height;
}

void PageComposer::flow(const TextBox &box, qreal x)
{
    int line = 0;
    const int count = box.lineCount();
    while (line < count) {
        // How many whole lines fit from here down.
        int end = line;
        while (end < count && box.lineBottom(end) - box.lineTop(line) <= remaining())
            ++end;
        if (end == line) {
            if (m_atStart) {
                end = line + 1; // a line taller than the page: put it anyway
            } else {
                newPage();
                continue;
            }
        }
        const QPointF at(x, m_y);
        const int from = line;
        add([box, at, from, end](QPainter &p) {
            box.drawLines(p, at, from, end);
        });
        advance(box.lineBottom(end - 1) - box.lineTop(from));
        line = end;
        if (line < count)
            newPage();
    }
}

} // namespace Promissa
