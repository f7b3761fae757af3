// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docxxml.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr QStringView transitionalNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView strictNs = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr QStringView relationshipsNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr QStringView strictRelationshipsNs = u"http://purl.oclc.org/ooxml/officeDocument/relationships";

bool isWordNamespace(QStringView ns)
{
    return ns == transitionalNs || ns == strictNs;
}

} // namespace

bool DocxXml::isWord(const QXmlStreamReader &reader, QStringView localName)
{
    return reader.name() == localName && isWordNamespace(reader.namespaceUri());
}

bool DocxXml::isWord(const QXmlStreamReader &reader)
{
    return isWordNamespace(reader.namespaceUri());
}

QString DocxXml::attribute(const QXmlStreamReader &reader, QStringView localName)
{
    const QXmlStreamAttributes attributes = reader.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && isWordNamespace(a.namespaceUri()))
            return a.value().toString();
    }
    return {};
}

QString DocxXml::relationshipId(const QXmlStreamReader &reader)
{
    const QXmlStreamAttributes attributes = reader.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && (a.namespaceUri() == relationshipsNs || a.namespaceUri() == strictRelationshipsNs))
            return a.value().toString();
    }
    return {};
}

bool DocxXml::isOn(QStringView value)
{
    return value.isEmpty() || value == u"1" || value == u"true" || value == u"on";
}

Expected<void> DocxXml::checkToken(const QXmlStreamReader &reader, const QString &fileName, const QString &part)
{
    // QXmlStreamReader never fetches external entities, but it does expand
    // internal ones; a Word part has no business declaring any.
    if (reader.tokenType() == QXmlStreamReader::DTD && !reader.entityDeclarations().isEmpty())
        return fail(u"%1: %2 uses a DTD with entity declarations, which Promissa refuses."_s.arg(fileName, part));
    return {};
}

Error DocxXml::xmlError(const QXmlStreamReader &reader, const QString &fileName, const QString &part)
{
    QString reason = reader.errorString();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    return Error{u"%1: %2 is not well-formed XML (line %3, column %4: %5)."_s.arg(fileName, part)
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reason)};
}

Error DocxXml::tooDeep(const QString &fileName, const QString &part)
{
    return Error{u"%1: %2 nests its elements more than %3 levels deep; the document is damaged or hostile."_s.arg(fileName, part).arg(maxDepth)};
}

} // namespace Promissa
