// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// Recognises the letterhead and right-hand column lines of a Rijksoverheid
/// letter ("Datum 4 maart 2025", "Ons kenmerk BZ/123", "Postbus 20061") and
/// PDF page furniture ("Pagina 2 van 8"). Lines are expected trimmed, with
/// white space runs collapsed.
class Letterhead
{
public:
    enum class Kind {
        None, ///< ordinary letter text
        Date, ///< "Datum ...", or a web page's "Kamerbrief | 22-03-2024" / "Publicatiedatum 22-03-2024"
        Subject, ///< "Betreft ..."
        Reference, ///< "Ons kenmerk ...", "Onze referentie ...", "Uw kenmerk ...", "Uw brief (kenmerk) ..."
        Ministry, ///< "Ministerie van ..."
        Furniture, ///< address, contact and other column lines without a value we keep
    };

    struct Line {
        Kind kind = Kind::None;
        QString label; ///< as printed: "Datum", "Ons kenmerk"
        QString value; ///< what follows the label; empty when it is on the next line
        bool valueOnNextLine() const { return kind != Kind::None && value.isEmpty(); }
    };

    static Line classify(QStringView line);

    /// "Pagina 2 van 8", "Page 2 of 8", "- 3 -" or a bare page number.
    static bool isPageNumber(QStringView line);

    /// "4 maart 2025", "4-3-2025", "04.03.2025"; invalid when not a date.
    static QDate parseDutchDate(QStringView text);

    /// "De minister van Buitenlandse Zaken" -> "Buitenlandse Zaken";
    /// empty when the function names no ministry.
    static QString ministryFromFunction(QStringView function);
};

} // namespace Promissa
