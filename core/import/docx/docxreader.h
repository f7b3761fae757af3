// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/docx/docxstyles.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Promissa
{

/// One paragraph or one table row of a WordprocessingML part, as text.
struct DocxBlock {
    enum class Place {
        Body, ///< the flow of the page
        Frame, ///< a text box (w:txbxContent) or framed paragraph (w:framePr): the letter's side column
    };

    Place place = Place::Body;
    bool tableRow = false;
    /// Paragraph: its text, with '\t' for tabs, '\n' for line breaks and
    /// WordMarkup marker characters where footnote references stand.
    /// Table row: the cells, each cell's paragraphs joined by a space,
    /// separated by '\t'.
    QString text;
    QList<QStringList> cells; ///< table row: each cell's non-empty paragraphs
    DocxStyles::Role role = DocxStyles::Role::Body;
    bool numbered = false; ///< a list item (w:numPr, directly or by its style)
    bool bold = false; ///< all its visible text is bold
    QString note; ///< footnotes.xml: the w:id of the footnote it belongs to

    /// The lines as laid out: a paragraph split at its line breaks; a table
    /// row whose cells hold several paragraphs read across, line by line
    /// (a label column beside a value column, two signatures side by side).
    QStringList lines() const;
    /// The text on one line: line breaks become spaces.
    QString flatText() const;
};

/// Reads a WordprocessingML part (document, header, footer or footnotes)
/// into blocks, in document order. Deleted text (w:del, w:moveFrom), field
/// instructions, hidden text, bookmarks and the fallback copy of alternate
/// content are dropped; inserted text and field results are kept.
class DocxReader
{
public:
    struct Reference {
        QString type; ///< "first", "default", "even"
        QString id; ///< relationship id
    };

    struct Result {
        QList<DocxBlock> blocks;
        QList<Reference> headers; ///< from the section properties
        QList<Reference> footers;
    };

    /// footnoteNumbers maps footnote ids to the numbers they show, assigned
    /// in the order their references first appear; it is filled while the
    /// main document is read and may be null for other parts.
    DocxReader(const DocxStyles &styles, QHash<QString, int> *footnoteNumbers)
        : m_styles(styles)
        , m_footnoteNumbers(footnoteNumbers)
    {
    }

    Expected<Result> read(const QByteArray &xml, const QString &fileName, const QString &part) const;

private:
    const DocxStyles &m_styles;
    QHash<QString, int> *m_footnoteNumbers;
};

} // namespace Promissa
