// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docxrelationships.h"

#include "import/docx/docxxml.h"

#include <QDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr QStringView packageNs = u"http://schemas.openxmlformats.org/package/2006/relationships";
constexpr qsizetype maxRelationships = 10000;

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// "styles.xml" beside word/document.xml is "word/styles.xml"; "/word/x.xml"
// is absolute; ".." climbs. Targets outside the package resolve to "".
QString resolve(const QString &sourcePart, QStringView target)
{
    const QString joined = target.startsWith(u'/') ? target.toString() : folderOf(sourcePart) + target;
    QString clean = QDir::cleanPath(u"/"_s + joined);
    if (clean.startsWith(u"/.."))
        return {};
    return clean.mid(1);
}

} // namespace

QString DocxRelationships::relationshipsPart(const QString &sourcePart)
{
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    return folderOf(sourcePart) + u"_rels/"_s + sourcePart.mid(slash + 1) + u".rels"_s;
}

Expected<DocxRelationships> DocxRelationships::read(const QByteArray &xml, const QString &fileName, const QString &sourcePart)
{
    const QString part = relationshipsPart(sourcePart);
    DocxRelationships result;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (auto ok = DocxXml::checkToken(reader, fileName, part); !ok)
            return std::unexpected(ok.error());
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > DocxXml::maxDepth)
            return std::unexpected(DocxXml::tooDeep(fileName, part));
        if (reader.name() != u"Relationship" || reader.namespaceUri() != packageNs)
            continue;
        if (result.m_relationships.size() >= maxRelationships)
            return fail(u"%1: %2 lists more than %3 relationships; the document is damaged or hostile."_s.arg(fileName, part).arg(maxRelationships));
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.value(u"TargetMode") == u"External")
            continue; // hyperlinks and linked files are no parts of ours
        const QStringView type = attributes.value(u"Type");
        Relationship relationship;
        relationship.id = attributes.value(u"Id").toString();
        relationship.type = type.mid(type.lastIndexOf(u'/') + 1).toString();
        relationship.target = resolve(sourcePart, attributes.value(u"Target"));
        if (!relationship.target.isEmpty())
            result.m_relationships.append(std::move(relationship));
    }
    if (reader.hasError())
        return std::unexpected(DocxXml::xmlError(reader, fileName, part));
    return result;
}

QString DocxRelationships::target(QStringView type) const
{
    for (const Relationship &r : m_relationships) {
        if (r.type == type)
            return r.target;
    }
    return {};
}

QString DocxRelationships::targetOfId(QStringView id) const
{
    for (const Relationship &r : m_relationships) {
        if (r.id == id)
            return r.target;
    }
    return {};
}

QList<QString> DocxRelationships::targets(QStringView type) const
{
    QList<QString> result;
    for (const Relationship &r : m_relationships) {
        if (r.type == type)
            result.append(r.target);
    }
    return result;
}

} // namespace Promissa
