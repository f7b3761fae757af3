// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QColor>
#include <QFont>

class QPaintDevice;

namespace Promissa
{

/// Fonts, colours and measures of the printed report, in one place.
/// Colours are opaque on purpose: PDF/A-1 forbids transparency.
struct ReportStyle {
    explicit ReportStyle(const QPaintDevice *device);

    qreal mm(qreal millimetres) const { return millimetres * m_unitsPerMm; }

    QFont font(qreal pointSize, bool bold = false, bool italic = false) const;

    QFont title;
    QFont subtitle;
    QFont heading;
    QFont subheading;
    QFont body;
    QFont bodyBold;
    QFont small;
    QFont smallBold;
    QFont smallItalic;
    QFont figure; ///< the big numbers of the summary

    QColor text{0x1d, 0x1d, 0x1f};
    QColor muted{0x5f, 0x63, 0x68};
    QColor accent{0x15, 0x3d, 0x6e};
    QColor rule{0xc8, 0xcc, 0xd2};
    QColor band{0xee, 0xf1, 0xf5};
    QColor overdue{0xb3, 0x26, 0x1e};
    QColor marker{0xff, 0xee, 0x93}; ///< the commitment phrase in the appendix
    QColor grid{0xe2, 0xe5, 0xe9};

    static QColor statusColour(Status status);

private:
    qreal m_unitsPerMm = 1;
};

} // namespace Promissa
