// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QList>
#include <QString>

namespace Promissa
{

/// Last step of the letter parser: joins the paragraph drafts into one
/// normalized text, lifts the footnote markers out of it and splits the
/// paragraphs into sentences.
class LetterBuilder
{
public:
    struct Draft {
        ParagraphKind kind = ParagraphKind::Body;
        QString text; ///< may hold WordMarkup marker characters
        int footnote = 0; ///< for ParagraphKind::Footnote
    };

    static Letter build(const QList<Draft> &drafts, const QString &fileName, const LetterMetadata &metadata);
};

} // namespace Promissa
