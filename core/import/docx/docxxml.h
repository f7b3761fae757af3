// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace Promissa
{

/// What every reader of a DOCX part shares: WordprocessingML names in both
/// of their namespaces (transitional and strict), the refusal of entity
/// declarations, and error messages that say where the XML is broken.
class DocxXml
{
public:
    /// Elements nest deeper than this only in a hostile file; the readers
    /// keep one stack entry per level at most.
    static constexpr int maxDepth = 256;

    /// The current element is w:<localName> (either WordprocessingML namespace).
    static bool isWord(const QXmlStreamReader &reader, QStringView localName);
    /// The current element is in a WordprocessingML namespace.
    static bool isWord(const QXmlStreamReader &reader);

    /// The w:<localName> attribute of the current element; empty when absent.
    static QString attribute(const QXmlStreamReader &reader, QStringView localName);
    /// The r:id attribute (officeDocument relationships) of the current element.
    static QString relationshipId(const QXmlStreamReader &reader);

    /// A w:val style toggle: absent, "1", "true" and "on" switch it on.
    static bool isOn(QStringView value);

    /// Refuses a DTD that declares entities (billion laughs, external
    /// entities); call it for every token of a part.
    static Expected<void> checkToken(const QXmlStreamReader &reader, const QString &fileName, const QString &part);

    /// "<file>: <part> is not well-formed XML (line 3, column 7: ...)".
    static Error xmlError(const QXmlStreamReader &reader, const QString &fileName, const QString &part);

    static Error tooDeep(const QString &fileName, const QString &part);

    /// Calls visit() on each child element of the current element, with the
    /// reader on the child's start tag, skips the child's content and stops
    /// after the current element's end tag. For property elements (w:rPr,
    /// w:sectPr) whose children are read for their attributes only.
    template<typename Visit>
    static void forEachChild(QXmlStreamReader &reader, Visit visit)
    {
        while (reader.readNextStartElement()) {
            visit();
            reader.skipCurrentElement();
        }
    }
};

} // namespace Promissa
