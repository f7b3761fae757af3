// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/xml/markupnode.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Reads well-formed XML into a MarkupNode tree with QXmlStreamReader, which
/// never loads external entities. Hostile input is refused before it can
/// cost much: more than 50 MB, a DTD that declares entities (billion laughs,
/// external entities), elements nested more than 200 deep, more than a
/// million nodes. Malformed XML is an Error that gives line and column.
///
/// Element and attribute names lose their namespace prefix and are lower
/// cased; comments and processing instructions are dropped.
class XmlReader
{
public:
    /// The document's root element. fileName is used in messages only.
    static Expected<MarkupNode> read(const QByteArray &data, const QString &fileName);
};

} // namespace Promissa
