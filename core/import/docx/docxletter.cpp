// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docxletter.h"

#include "import/letterbuilder.h"
#include "import/letterhead.h"
#include "import/linetext.h"
#include "import/signatureblock.h"
#include "import/wordmarkup.h"

using namespace Qt::StringLiterals;
using namespace Promissa::LineText;

namespace Promissa
{

namespace
{

// A value on the line after its label ("Datum" / "4 maart 2025") is short;
// a subject may be a long line.
constexpr qsizetype maxSubject = 200;

using Draft = LetterBuilder::Draft;
using Role = DocxStyles::Role;

// One line of letterhead or side column, cleaned for Letterhead::classify.
QString pieceText(QStringView line)
{
    QString text = collapse(line);
    text.removeIf([](QChar c) {
        return WordMarkup::isMarker(c);
    });
    return text;
}

// A tab separates columns: "Datum<tab>4 maart 2025" or "Ons kenmerk X<tab>
// Pagina 1 van 3" are two pieces each (a label alone takes the next piece
// as its value again).
QStringList pieces(const DocxBlock &block)
{
    QStringList result;
    for (const QString &line : block.lines()) {
        for (const QStringView column : QStringView(line).tokenize(u'\t')) {
            QString text = pieceText(column);
            if (!text.isEmpty())
                result.append(std::move(text));
        }
    }
    return result;
}

// The columns of a line for SignatureBlock; a footnote marker after a
// sentence's full stop must not make it look like a function line.
QStringList signatureCells(QString line)
{
    line.removeIf([](QChar c) {
        return WordMarkup::isMarker(c);
    });
    return SignatureBlock::cells(line);
}

bool isSignatureRow(const QStringList &cells)
{
    return SignatureBlock::isFunctionRow(cells) || SignatureBlock::isNameRow(cells) || SignatureBlock::isContinuationRow(cells);
}

class Assembler
{
public:
    Assembler(const DocxContent &content, const QString &fileName);
    Expected<Letter> run();

private:
    void readLetterhead(const QStringList &lines, bool headers);
    qsizetype markHeaderArea();
    qsizetype findSignature(qsizetype from) const;
    void draftBody(qsizetype from, qsizetype to);
    bool opensSection(qsizetype i, qsizetype to) const;

    const DocxContent &m_content;
    QString m_fileName;
    QList<const DocxBlock *> m_flow; ///< body blocks, without text boxes
    QStringList m_text; ///< per flow block: on one line, collapsed
    QList<Draft> m_drafts;
    LetterMetadata m_metadata;
    QString m_title;
};

Assembler::Assembler(const DocxContent &content, const QString &fileName)
    : m_content(content)
    , m_fileName(fileName)
{
    for (const DocxBlock &block : content.document) {
        if (block.place != DocxBlock::Place::Body)
            continue;
        QString text = collapse(block.flatText());
        if (!hasVisibleText(text))
            continue;
        m_flow.append(&block);
        m_text.append(std::move(text));
    }
}

// Letterhead lines in reading order. With headers set, date and subject
// become Header paragraphs of the letter.
void Assembler::readLetterhead(const QStringList &lines, bool headers)
{
    Letterhead::ColumnReading reading;
    reading.maxSubject = maxSubject;
    for (const Letterhead::Line &lh : Letterhead::readColumn(lines, reading)) {
        Letterhead::record(lh, m_metadata);
        if (headers && (lh.kind == Letterhead::Kind::Date || lh.kind == Letterhead::Kind::Subject) && !lh.value.isEmpty())
            m_drafts.append({ParagraphKind::Header, lh.label + u' ' + lh.value});
    }
}

// Before the salutation stands the letterhead: its date and subject become
// Header paragraphs, the rest (address, references) metadata or nothing.
// Without a salutation only a leading run of letterhead lines counts.
// Returns the index of the first body block.
qsizetype Assembler::markHeaderArea()
{
    qsizetype salutation = -1;
    for (qsizetype i = 0; i < m_flow.size(); ++i) {
        if (!m_flow.at(i)->tableRow && isSalutation(m_text.at(i))) {
            salutation = i;
            break;
        }
    }
    const qsizetype end = salutation < 0 ? m_flow.size() : salutation;
    QStringList lines;
    qsizetype i = 0;
    for (; i < end; ++i) {
        const DocxBlock &block = *m_flow.at(i);
        if (block.role == Role::Title) {
            readLetterhead(std::exchange(lines, {}), true);
            m_drafts.append({ParagraphKind::Header, m_text.at(i)});
            if (m_title.isEmpty())
                m_title = pieceText(m_text.at(i));
            continue;
        }
        const QStringList blockLines = pieces(block);
        if (salutation < 0) {
            // Every piece a letterhead line, or the value after a label
            // alone ("Datum" | "4 maart 2025" in two cells).
            bool awaitsValue = !lines.isEmpty() && Letterhead::classify(lines.last()).valueOnNextLine();
            bool letterhead = true;
            for (const QString &piece : blockLines) {
                const Letterhead::Line lh = Letterhead::classify(piece);
                if (lh.kind == Letterhead::Kind::None && !awaitsValue && !Letterhead::isPageNumber(piece)) {
                    letterhead = false;
                    break;
                }
                awaitsValue = lh.valueOnNextLine();
            }
            if (!letterhead)
                break;
        }
        lines.append(blockLines);
    }
    readLetterhead(lines, true);
    if (salutation < 0)
        return i;
    m_drafts.append({ParagraphKind::Salutation, m_text.at(salutation)});
    return salutation + 1;
}

// The signature block is the run of function rows, name rows and blank
// lines that ends the letter, from its first function row on.
qsizetype Assembler::findSignature(qsizetype from) const
{
    qsizetype first = m_flow.size();
    for (qsizetype i = m_flow.size() - 1; i >= from; --i) {
        const QStringList lines = m_flow.at(i)->lines();
        bool any = false;
        bool all = true;
        for (const QString &line : lines) {
            const QStringList cells = signatureCells(line);
            if (cells.isEmpty())
                continue;
            any = true;
            if (!isSignatureRow(cells)) {
                all = false;
                break;
            }
        }
        if (!all || !any)
            break;
        first = i;
    }
    for (qsizetype i = first; i < m_flow.size(); ++i) {
        const QStringList lines = m_flow.at(i)->lines();
        const bool function = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return SignatureBlock::isFunctionRow(signatureCells(line));
        });
        if (function)
            return i;
    }
    return m_flow.size();
}

// A short unstyled line opens a section when the paragraph after it reads
// as text: as the plain-text importer decides for Word exports.
bool Assembler::opensSection(qsizetype i, qsizetype to) const
{
    if (i + 1 >= to)
        return false;
    const DocxBlock &next = *m_flow.at(i + 1);
    const QString &text = m_text.at(i + 1);
    if (next.tableRow || isClosing(text) || isSalutation(text))
        return false;
    return next.numbered || next.role == Role::List || matchBullet(text).hasMatch() || !isHeadingShaped(text);
}

void Assembler::draftBody(qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const DocxBlock &block = *m_flow.at(i);
        const QString &text = m_text.at(i);
        if (block.tableRow) {
            m_drafts.append({ParagraphKind::Body, block.flatText()});
            continue;
        }
        if (isSalutation(text)) {
            m_drafts.append({ParagraphKind::Salutation, text});
            continue;
        }
        if (isClosing(text)) {
            m_drafts.append({ParagraphKind::Closing, text});
            continue;
        }
        if (block.role == Role::Heading || block.role == Role::Title) {
            m_drafts.append({ParagraphKind::Heading, text});
            continue;
        }
        const auto bullet = matchBullet(text);
        const bool symbolBullet = bullet.hasMatch() && bullet.captured(1).isEmpty();
        if (block.numbered || block.role == Role::List) {
            // Numbering puts the bullet in front; a typed one is dropped.
            m_drafts.append({ParagraphKind::Bullet, symbolBullet ? bullet.captured(2) : text});
            continue;
        }
        if (!symbolBullet && isHeadingShaped(text) && (block.bold || opensSection(i, to)))
            m_drafts.append({ParagraphKind::Heading, text});
        else if (bullet.hasMatch())
            m_drafts.append({ParagraphKind::Bullet, bullet.captured(2)});
        else
            m_drafts.append({ParagraphKind::Body, text});
    }
}

Expected<Letter> Assembler::run()
{
    const qsizetype bodyStart = markHeaderArea();
    const qsizetype signature = findSignature(bodyStart);
    draftBody(bodyStart, signature);

    // The side column (text boxes) and the page headers and footers hold
    // metadata only; the letterhead in the flow came first.
    QStringList column;
    for (const DocxBlock &block : m_content.document) {
        if (block.place == DocxBlock::Place::Frame)
            column.append(pieces(block));
    }
    readLetterhead(column, false);
    QStringList furniture;
    for (const DocxBlock &block : m_content.furniture)
        furniture.append(pieces(block));
    readLetterhead(furniture, false);
    if (m_metadata.subject.isEmpty())
        m_metadata.subject = m_title;

    QList<QStringList> rows;
    for (qsizetype i = signature; i < m_flow.size(); ++i) {
        for (const QString &line : m_flow.at(i)->lines()) {
            QStringList cells = signatureCells(line);
            if (!cells.isEmpty())
                rows.append(std::move(cells));
        }
    }
    Letter letter = LetterBuilder::finish(std::move(m_drafts), rows, m_content.footnotes, m_fileName, m_metadata);
    if (letter.paragraphs.isEmpty())
        return fail(u"%1: the document contains no letter text."_s.arg(m_fileName));
    return letter;
}

} // namespace

Expected<Letter> DocxLetter::build(const DocxContent &content, const QString &fileName)
{
    return Assembler(content, fileName).run();
}

} // namespace Promissa
