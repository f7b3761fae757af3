// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docximporter.h"

#include "import/docx/docxletter.h"
#include "import/docx/docxpackage.h"
#include "import/docx/docxreader.h"
#include "import/docx/docxrelationships.h"
#include "import/docx/docxstyles.h"
#include "import/linetext.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

const QString conventionalMain = u"word/document.xml"_s;

class Importer
{
public:
    Importer(DocxPackage &package, const QString &fileName)
        : m_package(package)
        , m_fileName(fileName)
    {
    }

    Expected<Letter> run();

private:
    Expected<std::optional<DocxRelationships>> relationships(const QString &sourcePart);
    Expected<void> readStyles();
    Expected<void> readFootnotes(const QString &part);
    Expected<void> readFurniture(const QList<QString> &parts);
    QList<QString> furnitureParts(const QList<DocxReader::Reference> &references, QStringView type, const QRegularExpression &conventional) const;

    DocxPackage &m_package;
    QString m_fileName;
    QString m_main;
    std::optional<DocxRelationships> m_relationships; ///< of the main part
    DocxStyles m_styles;
    QHash<QString, int> m_footnoteNumbers;
    DocxContent m_content;
};

Expected<std::optional<DocxRelationships>> Importer::relationships(const QString &sourcePart)
{
    const QString part = DocxRelationships::relationshipsPart(sourcePart);
    if (!m_package.contains(part))
        return std::optional<DocxRelationships>();
    const auto xml = m_package.read(part);
    if (!xml)
        return std::unexpected(xml.error());
    auto relationships = DocxRelationships::read(*xml, m_fileName, sourcePart);
    if (!relationships)
        return std::unexpected(relationships.error());
    return std::optional<DocxRelationships>(std::move(*relationships));
}

Expected<void> Importer::readStyles()
{
    const QString part = m_relationships ? m_relationships->target(u"styles") : u"word/styles.xml"_s;
    if (part.isEmpty() || !m_package.contains(part))
        return {};
    const auto xml = m_package.read(part);
    if (!xml)
        return std::unexpected(xml.error());
    auto styles = DocxStyles::read(*xml, m_fileName, part);
    if (!styles)
        return std::unexpected(styles.error());
    m_styles = std::move(*styles);
    return {};
}

// Footnote texts by the numbers their references got in the main part;
// notes nobody refers to are left out.
Expected<void> Importer::readFootnotes(const QString &part)
{
    if (part.isEmpty() || !m_package.contains(part) || m_footnoteNumbers.isEmpty())
        return {};
    const auto xml = m_package.read(part);
    if (!xml)
        return std::unexpected(xml.error());
    const auto notes = DocxReader(m_styles, nullptr).read(*xml, m_fileName, part);
    if (!notes)
        return std::unexpected(notes.error());
    for (const DocxBlock &block : notes->blocks) {
        const int number = m_footnoteNumbers.value(block.note, 0);
        if (number == 0)
            continue;
        QString &text = m_content.footnotes[number];
        const QString line = LineText::collapse(block.flatText());
        if (!text.isEmpty() && !line.isEmpty())
            text.append(u' ');
        text.append(line);
    }
    return {};
}

Expected<void> Importer::readFurniture(const QList<QString> &parts)
{
    for (const QString &part : parts) {
        const auto xml = m_package.read(part);
        if (!xml)
            return std::unexpected(xml.error());
        auto result = DocxReader(m_styles, nullptr).read(*xml, m_fileName, part);
        if (!result)
            return std::unexpected(result.error());
        m_content.furniture.append(std::move(result->blocks));
    }
    return {};
}

// The headers (or footers) the sections use, the first page's before the
// others (the Rijksoverheid side column is on the first page); then any
// other listed ones. Without relationships, the conventional part names.
QList<QString> Importer::furnitureParts(const QList<DocxReader::Reference> &references, QStringView type, const QRegularExpression &conventional) const
{
    QList<QString> parts;
    QSet<QString> seen;
    auto add = [&](const QString &part) {
        if (!part.isEmpty() && part != m_main && m_package.contains(part) && !seen.contains(part)) {
            seen.insert(part);
            parts.append(part);
        }
    };
    if (!m_relationships) {
        for (const QString &part : m_package.parts()) {
            if (conventional.matchView(part).hasMatch())
                add(part);
        }
        return parts;
    }
    for (const QStringView kind : {u"first", u"default", u"even"}) {
        for (const DocxReader::Reference &ref : references) {
            if (ref.type == kind || (kind == u"default" && ref.type.isEmpty()))
                add(m_relationships->targetOfId(ref.id));
        }
    }
    for (const QString &part : m_relationships->targets(type))
        add(part);
    return parts;
}

Expected<Letter> Importer::run()
{
    const auto root = relationships(QString());
    if (!root)
        return std::unexpected(root.error());
    m_main = *root ? (*root)->target(u"officeDocument") : QString();
    if (m_main.isEmpty() || !m_package.contains(m_main))
        m_main = conventionalMain;
    if (!m_package.contains(m_main))
        return fail(u"%1: the archive contains no word/document.xml, so it is not a Word document (.docx)."_s.arg(m_fileName));
    auto own = relationships(m_main);
    if (!own)
        return std::unexpected(own.error());
    m_relationships = std::move(*own);

    if (auto ok = readStyles(); !ok)
        return std::unexpected(ok.error());
    const auto xml = m_package.read(m_main);
    if (!xml)
        return std::unexpected(xml.error());
    auto document = DocxReader(m_styles, &m_footnoteNumbers).read(*xml, m_fileName, m_main);
    if (!document)
        return std::unexpected(document.error());
    m_content.document = std::move(document->blocks);

    const QString footnotes = m_relationships ? m_relationships->target(u"footnotes") : u"word/footnotes.xml"_s;
    if (auto ok = readFootnotes(footnotes); !ok)
        return std::unexpected(ok.error());
    static const QRegularExpression headerPattern(u"^word/header\\d*\\.xml$"_s);
    static const QRegularExpression footerPattern(u"^word/footer\\d*\\.xml$"_s);
    if (auto ok = readFurniture(furnitureParts(document->headers, u"header", headerPattern)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readFurniture(furnitureParts(document->footers, u"footer", footerPattern)); !ok)
        return std::unexpected(ok.error());
    return DocxLetter::build(m_content, m_fileName);
}

} // namespace

Expected<Letter> importDocx(const QByteArray &data, const QString &fileName)
{
    auto package = DocxPackage::open(data, fileName);
    if (!package)
        return std::unexpected(package.error());
    return Importer(*package, fileName).run();
}

bool looksLikeDocx(const QByteArray &head)
{
    return DocxPackage::looksLikeDocx(head);
}

} // namespace Promissa
