// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

    /// The common end of every layout importer (plain text, PDF, DOCX): the
    /// signature rows become Signature paragraphs and the signatories, the
    /// footnotes (shown number -> text) follow as Footnote paragraphs, and a
    /// letter without a ministry takes it from its first signatory. The
    /// caller says what it means when the letter has no paragraphs.
    static Letter finish(QList<Draft> drafts, const QList<QStringList> &signatureRows, const QMap<int, QString> &footnotes, const QString &fileName,
                         const LetterMetadata &metadata);
};

} // namespace Promissa
