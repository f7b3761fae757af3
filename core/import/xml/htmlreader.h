// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/xml/markupnode.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Reads an HTML page into a MarkupNode tree. Web pages are rarely
/// well-formed XML, so this is a small forgiving tokenizer rather than an
/// XML parser: unclosed <p> and <li> close themselves, void elements (<br>,
/// <meta>) take no end tag, stray end tags are ignored, script and style
/// contents are skipped, and character references (&amp;nbsp; &amp;#233;)
/// are resolved. It never fetches anything.
///
/// The same limits as XmlReader apply: 50 MB, 200 levels, a million nodes.
class HtmlReader
{
public:
    /// A "#document" node holding the page's top-level nodes. The bytes are
    /// decoded as UTF-8 or Windows-1252 (TextDecoder); fileName is used in
    /// messages only.
    static Expected<MarkupNode> read(const QByteArray &data, const QString &fileName);

    /// Resolves character references in text; unknown names stay as they are.
    static QString decodeEntities(QStringView raw);
};

} // namespace Promissa
