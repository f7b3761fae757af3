// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Promissa
{

/// A half-open range [start, end) of UTF-16 offsets into Letter::text.
/// (The CLI converts to Unicode code points when it prints offsets.)
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(TextRange other) const { return start < other.end && other.start < end; }
    friend bool operator==(TextRange, TextRange) = default;
};

enum class ParagraphKind {
    Header, ///< letterhead lines before the salutation: "Datum ...", "Betreft ...", "Ons kenmerk ..."
    Salutation, ///< "Geachte voorzitter,"
    Heading, ///< a section title inside the body
    Body,
    Bullet, ///< one list item; the bullet character itself is not part of the text
    Closing, ///< "Hoogachtend,"
    Signature, ///< one signatory: function and (when printed) name
    Footnote, ///< the text of one footnote, placed after the letter body
};

QString paragraphKindName(ParagraphKind kind);

struct Paragraph {
    ParagraphKind kind = ParagraphKind::Body;
    TextRange range;
};

struct Footnote {
    int number = 0;
    TextRange range; ///< the footnote's own text (a ParagraphKind::Footnote paragraph)
    QList<qsizetype> markers; ///< positions in the body where a marker for this note stood
};

struct Sentence {
    TextRange range;
    int paragraph = -1; ///< index into Letter::paragraphs
};

struct Signatory {
    QString function; ///< "De minister van Defensie"
    QString name; ///< "Ruben Brekelmans", empty when the text prints none
};

struct LetterMetadata {
    QDate date; ///< as printed in a "Datum" line; invalid when the text states none
    QString dateText;
    QString subject; ///< "Betreft"
    QString ministry;
    QList<Signatory> signatories;
    QStringList references; ///< "Ons kenmerk", "Uw kenmerk", "Onze referentie" values as printed
    QString kamerstuk; ///< the letter's own Kamerstuk number when the source states it: "21501-20-2208" (dossier-stuknr)
    QString documentNumber; ///< the Tweede Kamer document number when stated: "2025D08281"
};

/// A letter in the core model: normalized text, one paragraph per line
/// (paragraphs are joined by a single '\n'), with its structure on top.
/// Footnote texts follow the body as ParagraphKind::Footnote paragraphs; the
/// markers themselves are removed from the body and kept as positions.
struct Letter {
    QString fileName; ///< where it was read from, for messages and titles
    QString text;
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences;
    QList<Footnote> footnotes;
    LetterMetadata metadata;

    QStringView slice(TextRange r) const { return QStringView(text).mid(r.start, r.length()); }
    QString title() const; ///< subject when known, else the file's base name
    int sentenceAt(qsizetype pos) const; ///< index of the sentence holding pos, or -1
};

} // namespace Promissa
