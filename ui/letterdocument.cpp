// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "letterdocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace Promissa
{

void LetterDocument::build(QTextDocument *doc, const Letter &letter, const QFont &base)
{
    doc->clear();
    doc->setPlainText(letter.text);

    const qreal lineHeight = QFontMetricsF(base).lineSpacing();
    const qreal pointSize = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextList *bullets = nullptr;
    QTextList *notes = nullptr;
    ParagraphKind previous = ParagraphKind::Body;

    for (const Paragraph &paragraph : letter.paragraphs) {
        const QTextBlock block = doc->findBlock(int(paragraph.range.start));
        if (!block.isValid())
            continue;
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);

        QTextBlockFormat blockFormat;
        QTextCharFormat charFormat;
        blockFormat.setBottomMargin(lineHeight * 0.6);
        blockFormat.setLineHeight(125, QTextBlockFormat::ProportionalHeight);

        switch (paragraph.kind) {
        case ParagraphKind::Header:
            blockFormat.setBottomMargin(0);
            blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            charFormat.setFontPointSize(pointSize * 0.9);
            break;
        case ParagraphKind::Heading:
            blockFormat.setTopMargin(lineHeight * 0.8);
            blockFormat.setBottomMargin(lineHeight * 0.3);
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(pointSize * 1.1);
            break;
        case ParagraphKind::Bullet:
            blockFormat.setBottomMargin(lineHeight * 0.25);
            break;
        case ParagraphKind::Closing:
            blockFormat.setTopMargin(lineHeight * 0.6);
            break;
        case ParagraphKind::Signature:
            blockFormat.setBottomMargin(lineHeight * 0.2);
            break;
        case ParagraphKind::Footnote:
            // The first note is set apart from the letter body.
            if (previous != ParagraphKind::Footnote)
                blockFormat.setTopMargin(lineHeight * 1.5);
            blockFormat.setBottomMargin(lineHeight * 0.2);
            blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            charFormat.setFontPointSize(pointSize * 0.85);
            break;
        case ParagraphKind::Salutation:
        case ParagraphKind::Body:
            break;
        }
        if (previous == ParagraphKind::Header && paragraph.kind != ParagraphKind::Header)
            blockFormat.setTopMargin(std::max(blockFormat.topMargin(), lineHeight));

        cursor.setBlockFormat(blockFormat);
        cursor.mergeCharFormat(charFormat);

        // Bullets and footnote numbers are drawn by the list, so the document
        // text stays exactly the letter's text.
        if (paragraph.kind == ParagraphKind::Bullet) {
            if (previous == ParagraphKind::Bullet && bullets) {
                bullets->add(cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(QTextListFormat::ListDisc);
                listFormat.setIndent(1);
                bullets = cursor.createList(listFormat);
            }
        } else if (paragraph.kind == ParagraphKind::Footnote) {
            if (notes) {
                notes->add(cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(QTextListFormat::ListDecimal);
                listFormat.setIndent(1);
                listFormat.setNumberSuffix(QString());
                notes = cursor.createList(listFormat);
            }
        }
        previous = paragraph.kind;
    }
    cursor.endEditBlock();
    // Numbering the notes 1..n is only right when the letter numbers them so.
    if (notes) {
        bool sequential = true;
        for (qsizetype i = 0; i < letter.footnotes.size(); ++i)
            sequential = sequential && letter.footnotes.at(i).number == i + 1;
        if (!sequential || letter.footnotes.size() != notes->count()) {
            QTextListFormat listFormat = notes->format();
            listFormat.setStyle(QTextListFormat::ListStyleUndefined);
            notes->setFormat(listFormat);
        }
    }
}

} // namespace Promissa
