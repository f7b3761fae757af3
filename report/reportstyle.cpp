// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "reportstyle.h"

#include <QPaintDevice>

using namespace Qt::StringLiterals;

namespace Promissa
{

ReportStyle::ReportStyle(const QPaintDevice *device)
    : m_unitsPerMm(device->logicalDpiY() / 25.4)
{
    title = font(26, true);
    subtitle = font(13);
    heading = font(15, true);
    subheading = font(10.5, true);
    body = font(9);
    bodyBold = font(9, true);
    small = font(7.5);
    smallBold = font(7.5, true);
    smallItalic = font(7.5, false, true);
    figure = font(20, true);
}

QFont ReportStyle::font(qreal pointSize, bool bold, bool italic) const
{
    QFont f;
    // Noto Sans and DejaVu Sans cover Dutch, including the diacritics of
    // names ("Yeşilgöz"); both are in every Linux distribution's core fonts.
    f.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // No shaping for Latin text: no "fi"/"fl" ligature glyphs, so text copied
    // or extracted from the PDF reads as the letters that were written.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor ReportStyle::statusColour(Status status)
{
    switch (status) {
    case Status::Open:
        return QColor(0x2b, 0x6c, 0xb0);
    case Status::PartlyDone:
        return QColor(0xd0, 0x86, 0x1a);
    case Status::Done:
        return QColor(0x2f, 0x85, 0x4a);
    case Status::Lapsed:
        return QColor(0x8a, 0x8f, 0x96);
    }
    return QColor(0x2b, 0x6c, 0xb0);
}

} // namespace Promissa
