// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

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

    /// Keeps what a classified line says in the letter's metadata: the first
    /// date, subject and ministry win (a later page repeats them in its
    /// column), every distinct reference is kept. Furniture and ordinary
    /// text leave it as it was. Every importer that reads a letterhead
    /// (plain text, PDF, DOCX) fills its metadata through this.
    static void record(const Line &line, LetterMetadata &metadata);

    /// A letterhead's lines longer than this are letter text, not a value.
    static constexpr qsizetype maxColumnValue = 40;

    struct ColumnReading {
        /// A "Betreft" alone may take a longer next line than other labels
        /// (a DOCX letterhead holds the whole subject there).
        qsizetype maxSubject = maxColumnValue;
        /// Whether line i + 1 stands close enough below line i to continue
        /// a ministry's name (a PDF knows where its lines are); unset: always.
        std::function<bool(qsizetype i)> closeBelow;
    };

    /// A letterhead or right-hand column top to bottom, classified: a label
    /// alone takes its value from the line below ("Datum" / "12 mei 2025"),
    /// a ministry's name may wrap onto the next line ("Ministerie van
    /// Sociale Zaken en" / "Werkgelegenheid"); a trailing comma is dropped.
    /// Shared by the plain-text, PDF and DOCX importers.
    static QList<Line> readColumn(const QStringList &lines, const ColumnReading &reading);
    static QList<Line> readColumn(const QStringList &lines);

    /// "Pagina 2 van 8", "Page 2 of 8", "- 3 -" or a bare page number.
    static bool isPageNumber(QStringView line);

    /// "4 maart 2025", "4-3-2025", "04.03.2025"; invalid when not a date.
    static QDate parseDutchDate(QStringView text);

    /// "De minister van Buitenlandse Zaken" -> "Buitenlandse Zaken";
    /// empty when the function names no ministry.
    static QString ministryFromFunction(QStringView function);
};

} // namespace Promissa
