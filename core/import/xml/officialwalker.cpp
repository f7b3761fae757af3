// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/officialwalker.h"

#include "import/letterhead.h"
#include "import/linetext.h"
#include "import/signatureblock.h"
#include "import/wordmarkup.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

// Every recursion below follows the tree, whose depth the readers cap at
// MarkupNode::maxDepth.

namespace Promissa
{

namespace
{

QString withoutMarkers(QString s)
{
    s.removeIf([](QChar c) {
        return WordMarkup::isMarker(c);
    });
    return LineText::collapse(s);
}

// "Nr. 2208" -> "2208"; Eerste Kamer documents are lettered ("Nr. B").
QString ondernummerFromText(const QString &text)
{
    static const QRegularExpression number(u"\\b(?i:nr)\\.?\\s*([0-9]+[A-Za-z]?|[A-Z]{1,3})\\b"_s);
    return number.match(text).captured(1);
}

} // namespace

Expected<Letter> OfficialWalker::run(const MarkupNode &document, const QString &fileName)
{
    OfficialLetter letter(fileName);
    m_letter = &letter;
    m_noteNumbers.clear();
    collectMeta(document, 0);
    collectNotes(document);
    walkChildren(contentRoot(document), Context{});
    m_letter = nullptr;
    return letter.finish();
}

bool OfficialWalker::isInlineRole(Role role) const
{
    switch (role) {
    case Role::Inline:
    case Role::Break:
    case Role::Note:
    case Role::NoteRef:
    case Role::NoteLabel:
    case Role::DateValue:
    case Role::Ondernummer:
    case Role::ItemNumber:
        return true;
    default:
        return false;
    }
}

bool OfficialWalker::holdsOnlyInline(const MarkupNode &node) const
{
    for (const MarkupNode &child : node.children) {
        if (child.isElement() && !isInlineRole(roleOf(child)))
            return false;
    }
    return true;
}

void OfficialWalker::appendInline(const MarkupNode &node, QString &out, std::optional<Role> exclude) const
{
    for (const MarkupNode &child : node.children) {
        if (child.isText()) {
            out += OfficialLetter::cleanText(child.text);
            continue;
        }
        const Role role = roleOf(child);
        if (exclude && role == *exclude)
            continue;
        switch (role) {
        case Role::Skip:
        case Role::ItemNumber:
        case Role::NoteLabel:
            break;
        case Role::Note:
            if (const int number = m_noteNumbers.value(&child); number > 0)
                out += WordMarkup::marker(number);
            break;
        case Role::NoteRef:
            if (const int number = m_letter->noteNumber(noteTarget(child)); number > 0)
                out += WordMarkup::marker(number);
            break;
        case Role::Break:
            out += u' ';
            break;
        default:
            if (isInlineRole(role)) {
                appendInline(child, out, exclude);
            } else {
                // Block parts ("<nr>1.</nr><titel>Inleiding</titel>") are words apart.
                out += u' ';
                appendInline(child, out, exclude);
                out += u' ';
            }
        }
    }
}

QString OfficialWalker::inlineText(const MarkupNode &node, std::optional<Role> exclude) const
{
    QString out;
    appendInline(node, out, exclude);
    return out;
}

const MarkupNode *OfficialWalker::findRole(const MarkupNode &node, Role role) const
{
    for (const MarkupNode &child : node.children) {
        if (child.isText())
            continue;
        if (roleOf(child) == role)
            return &child;
        if (const MarkupNode *found = findRole(child, role))
            return found;
    }
    return nullptr;
}

void OfficialWalker::collectMeta(const MarkupNode &node, int depth)
{
    if (depth > MarkupNode::maxDepth)
        return;
    for (const MarkupNode &child : node.children) {
        if (child.isText())
            continue;
        if (child.name == u"meta" || child.name == u"metadata") {
            const QString name = child.attribute(u"name");
            if (!name.isEmpty())
                m_letter->addMeta(name, child.attribute(u"content"));
        }
        collectMeta(child, depth + 1);
    }
}

void OfficialWalker::walkChildren(const MarkupNode &node, Context context)
{
    for (const MarkupNode &child : node.children)
        visit(child, context);
}

void OfficialWalker::addText(const Context &context, const QString &text)
{
    if (!LineText::hasVisibleText(text))
        return;
    ParagraphKind kind = context.kind.value_or(ParagraphKind::Body);
    if (context.bulletPending && *context.bulletPending) {
        *context.bulletPending = false;
        if (!context.kind)
            kind = ParagraphKind::Bullet;
    } else if (!context.kind && !context.bulletPending) {
        // Most letters in the XML have no <aanhef> or <slotformule>; their
        // "Geachte voorzitter," and "Hoogachtend," are plain paragraphs.
        const QString visible = withoutMarkers(text);
        if (LineText::isSalutation(visible))
            kind = ParagraphKind::Salutation;
        else if (LineText::isClosing(visible))
            kind = ParagraphKind::Closing;
    }
    m_letter->addParagraph(kind, text);
}

void OfficialWalker::visit(const MarkupNode &node, Context context)
{
    if (node.isText()) {
        addText(context, OfficialLetter::cleanText(node.text)); // text straight inside a block
        return;
    }
    switch (roleOf(node)) {
    case Role::Skip:
    case Role::ItemNumber:
    case Role::NoteLabel:
    case Role::Note:
    case Role::NoteRef:
        return;
    case Role::Dossier:
        dossier(node);
        return;
    case Role::Stuk:
        stuk(node, context);
        return;
    case Role::StukHeading:
        stukHeading(node);
        return;
    case Role::DateLine:
        dateLine(node);
        return;
    case Role::Signature:
        signature(node);
        return;
    case Role::Heading:
    case Role::Title:
        m_letter->addParagraph(ParagraphKind::Heading, inlineText(node));
        return;
    case Role::List:
        walkChildren(node, Context{});
        return;
    case Role::Item: {
        bool pending = true;
        const Context item{std::nullopt, &pending};
        if (holdsOnlyInline(node))
            addText(item, inlineText(node));
        else
            walkChildren(node, item);
        return;
    }
    case Role::Table:
        table(node, context);
        return;
    case Role::Paragraph:
        addText(context, inlineText(node));
        return;
    case Role::Address:
        context.kind = ParagraphKind::Header;
        break;
    case Role::Salutation:
        context.kind = ParagraphKind::Salutation;
        break;
    case Role::Closing:
        context.kind = ParagraphKind::Closing;
        break;
    default:
        break;
    }
    if (holdsOnlyInline(node))
        addText(context, inlineText(node));
    else
        walkChildren(node, context);
}

void OfficialWalker::dossier(const MarkupNode &node)
{
    m_letter->addParagraph(ParagraphKind::Header, inlineText(node));
    const MarkupNode *number = findRole(node, Role::DossierNumber);
    m_letter->setDossier(number ? withoutMarkers(inlineText(*number)) : QString(), withoutMarkers(inlineText(node, Role::DossierNumber)));
}

void OfficialWalker::stuk(const MarkupNode &node, const Context &context)
{
    const MarkupNode *number = nullptr;
    const MarkupNode *title = nullptr;
    for (const MarkupNode &child : node.children) {
        if (child.isText())
            continue;
        const Role role = roleOf(child);
        if (role == Role::StukNumber && !number)
            number = &child;
        else if (role == Role::Title && !title)
            title = &child;
    }
    // Printed as one line: "Nr. 2208 BRIEF VAN DE MINISTER VAN ...".
    QString heading;
    if (number)
        heading += inlineText(*number) + u' ';
    if (title)
        heading += inlineText(*title);
    m_letter->addParagraph(ParagraphKind::Header, heading);
    if (number) {
        const MarkupNode *ondernummer = findRole(*number, Role::Ondernummer);
        m_letter->setOndernummer(ondernummer ? withoutMarkers(inlineText(*ondernummer)) : ondernummerFromText(withoutMarkers(inlineText(*number))));
    }
    for (const MarkupNode &child : node.children) {
        if (&child != number && &child != title)
            visit(child, context);
    }
}

void OfficialWalker::stukHeading(const MarkupNode &node)
{
    const QString heading = inlineText(node);
    m_letter->addParagraph(ParagraphKind::Header, heading);
    const MarkupNode *ondernummer = findRole(node, Role::Ondernummer);
    m_letter->setOndernummer(ondernummer ? withoutMarkers(inlineText(*ondernummer)) : ondernummerFromText(withoutMarkers(heading)));
}

void OfficialWalker::dateLine(const MarkupNode &node)
{
    const QString line = inlineText(node);
    m_letter->addParagraph(ParagraphKind::Header, line);
    QDate date;
    QString dateText;
    if (const MarkupNode *value = findRole(node, Role::DateValue)) {
        dateText = withoutMarkers(inlineText(*value));
        for (const QStringView attribute : {u"isodatum", u"datetime", u"data-isodatum"}) {
            date = QDate::fromString(value->attribute(attribute).left(10), Qt::ISODate);
            if (date.isValid())
                break;
        }
        if (!date.isValid())
            date = Letterhead::parseDutchDate(dateText);
    }
    if (!date.isValid()) {
        // "Den Haag, 4 maart 2025": the date follows the place.
        const QString visible = withoutMarkers(line);
        dateText = visible.mid(visible.lastIndexOf(u',') + 1).trimmed();
        date = Letterhead::parseDutchDate(dateText);
    }
    m_letter->setDate(date, dateText);
}

// Function and name parts pair up in reading order; loose text before a
// name belongs to the function ("<functie>De Minister</functie> voor
// Rechtsbescherming,").
void OfficialWalker::signatureParts(const MarkupNode &node, Signatory &current, QList<Signatory> &found, bool &structured) const
{
    for (const MarkupNode &child : node.children) {
        if (child.isText()) {
            const QString text = OfficialLetter::cleanText(child.text);
            if (!LineText::hasVisibleText(text))
                continue;
            if (!current.name.isEmpty()) {
                found.append(current);
                current = {};
            }
            current.function += text;
            continue;
        }
        switch (roleOf(child)) {
        case Role::Skip:
            break;
        case Role::Function:
            structured = true;
            if (!current.name.isEmpty()) {
                found.append(current);
                current = {};
            }
            current.function += u' ' + withoutMarkers(inlineText(child));
            break;
        case Role::Name:
            structured = true;
            current.name += u' ' + withoutMarkers(inlineText(child));
            break;
        case Role::Break:
            current.function += u' ';
            break;
        default:
            signatureParts(child, current, found, structured);
        }
    }
}

void OfficialWalker::signatureLines(const MarkupNode &node, QStringList &lines, QString &line) const
{
    for (const MarkupNode &child : node.children) {
        if (child.isText()) {
            line += OfficialLetter::cleanText(child.text);
            continue;
        }
        const Role role = roleOf(child);
        if (role == Role::Skip)
            continue;
        if (role == Role::Break || !isInlineRole(role)) {
            lines.append(std::exchange(line, QString()));
            if (role != Role::Break) {
                signatureLines(child, lines, line);
                lines.append(std::exchange(line, QString()));
            }
            continue;
        }
        signatureLines(child, lines, line);
    }
}

void OfficialWalker::signature(const MarkupNode &node)
{
    QList<Signatory> found;
    Signatory current;
    bool structured = false;
    signatureParts(node, current, found, structured);
    if (structured) {
        found.append(current);
        for (const Signatory &signatory : std::as_const(found))
            m_letter->addSignatory(signatory);
        return;
    }
    // No <functie>/<naam> markup: read the lines as a printed signature block.
    QStringList lines;
    QString line;
    signatureLines(node, lines, line);
    lines.append(line);
    QList<QStringList> rows;
    for (const QString &l : std::as_const(lines)) {
        const QString cell = withoutMarkers(l);
        if (!cell.isEmpty())
            rows.append(QStringList{cell});
    }
    const QList<Signatory> signatories = SignatureBlock::signatories(rows);
    for (const Signatory &signatory : signatories)
        m_letter->addSignatory(signatory);
    if (signatories.isEmpty())
        m_letter->addParagraph(ParagraphKind::Signature, inlineText(node));
}

void OfficialWalker::collectRows(const MarkupNode &node, QList<const MarkupNode *> &rows) const
{
    for (const MarkupNode &child : node.children) {
        if (child.isText())
            continue;
        const Role role = roleOf(child);
        if (role == Role::Row)
            rows.append(&child);
        else if (role != Role::Table && role != Role::Skip)
            collectRows(child, rows);
    }
}

// A table row becomes one paragraph, its cells apart, as the plain text
// importer reads a tab-separated row.
void OfficialWalker::table(const MarkupNode &node, const Context &context)
{
    QList<const MarkupNode *> rows;
    collectRows(node, rows);
    if (rows.isEmpty()) {
        walkChildren(node, context);
        return;
    }
    for (const MarkupNode *row : std::as_const(rows)) {
        QStringList cells;
        for (const MarkupNode &cell : row->children) {
            if (cell.isElement() && roleOf(cell) == Role::Cell)
                cells.append(LineText::collapse(inlineText(cell)));
        }
        m_letter->addParagraph(ParagraphKind::Body, cells.join(u'\t'));
    }
}

} // namespace Promissa
