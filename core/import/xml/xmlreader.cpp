// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/xmlreader.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Many elements share a handful of names; keep one copy of each.
QString internedName(QStringView name, QHash<QString, QString> &names)
{
    QString lower = name.toString().toLower();
    const auto it = names.constFind(lower);
    if (it != names.cend())
        return *it;
    names.insert(lower, lower);
    return lower;
}

std::unexpected<Error> streamError(const QXmlStreamReader &reader, const QString &fileName)
{
    const QString where = u"%1: line %2, column %3"_s.arg(fileName).arg(reader.lineNumber()).arg(reader.columnNumber());
    if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return fail(u"%1: the XML ends too early; the file may be cut off."_s.arg(where));
    return fail(u"%1: the XML is malformed (%2)."_s.arg(where, reader.errorString()));
}

} // namespace

Expected<MarkupNode> XmlReader::read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MarkupNode::maxInputBytes)
        return fail(u"%1 is larger than 50 MB; Promissa does not read XML files that large."_s.arg(fileName));
    if (data.trimmed().isEmpty())
        return fail(u"%1 is empty."_s.arg(fileName));

    QXmlStreamReader reader(data);
    QHash<QString, QString> names;
    MarkupNode document; // holds the root element as its only child
    document.name = u"#document"_s;
    // Ancestors of the element being read. Only the last child of each is
    // ever appended to, so these pointers stay valid.
    std::vector<MarkupNode *> open{&document};
    qsizetype nodes = 0;

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // QXmlStreamReader loads no external entities, but it does
            // expand internal ones; declarations have no place in a
            // publication or a register export, so refuse them outright.
            if (!reader.entityDeclarations().isEmpty() || reader.text().contains(u"<!ENTITY"))
                return fail(u"%1 uses a DTD with entity declarations, which Promissa refuses."_s.arg(fileName), Error::Kind::Refused);
            break;
        case QXmlStreamReader::StartElement: {
            if (int(open.size()) > MarkupNode::maxDepth)
                return fail(u"%1 nests its elements more than %2 deep; Promissa refuses such files."_s.arg(fileName).arg(MarkupNode::maxDepth),
                            Error::Kind::Refused);
            if (++nodes > MarkupNode::maxNodes)
                return fail(u"%1 has more than %2 elements and text runs; Promissa refuses such files."_s.arg(fileName).arg(MarkupNode::maxNodes),
                            Error::Kind::Refused);
            MarkupNode element;
            element.name = internedName(reader.name(), names);
            const QXmlStreamAttributes attributes = reader.attributes();
            element.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute &attribute : attributes)
                element.attributes.append({internedName(attribute.name(), names), attribute.value().toString()});
            MarkupNode *parent = open.back();
            parent->children.push_back(std::move(element));
            open.push_back(&parent->children.back());
            break;
        }
        case QXmlStreamReader::EndElement:
            if (open.size() > 1)
                open.pop_back();
            break;
        case QXmlStreamReader::Characters: {
            MarkupNode *parent = open.back();
            if (parent == &document)
                break; // white space around the root element
            if (!parent->children.empty() && parent->children.back().isText()) {
                parent->children.back().text += reader.text(); // CDATA after text
                break;
            }
            if (++nodes > MarkupNode::maxNodes)
                return fail(u"%1 has more than %2 elements and text runs; Promissa refuses such files."_s.arg(fileName).arg(MarkupNode::maxNodes),
                            Error::Kind::Refused);
            MarkupNode text;
            text.text = reader.text().toString();
            parent->children.push_back(std::move(text));
            break;
        }
        default:
            break; // comments, processing instructions, the XML declaration
        }
    }
    if (reader.hasError())
        return streamError(reader, fileName);
    if (document.children.empty())
        return fail(u"%1 holds no XML element."_s.arg(fileName));
    return std::move(document.children.front());
}

} // namespace Promissa
