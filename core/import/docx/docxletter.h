// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/docx/docxreader.h"
#include "text/letter.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Promissa
{

/// What the parts of a .docx file hold, read into blocks.
struct DocxContent {
    QList<DocxBlock> document; ///< word/document.xml, text boxes included
    QList<DocxBlock> furniture; ///< headers (first page first), then footers
    QMap<int, QString> footnotes; ///< shown number -> text
};

/// Turns the blocks of a Word letter into the core Letter: the letterhead
/// before the salutation ("Datum", "Betreft" rows) becomes Header
/// paragraphs and metadata; text boxes, headers and footers give metadata
/// only (they are the side column and page furniture, not the letter);
/// styles, list numbering and bold short lines give headings and list
/// items; the signatures at the end become signatories.
class DocxLetter
{
public:
    static Expected<Letter> build(const DocxContent &content, const QString &fileName);
};

} // namespace Promissa
