// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docxstyles.h"

#include "import/docx/docxxml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Longer w:basedOn chains (or cycles) are cut here.
constexpr int maxInheritance = 16;

struct RawStyle {
    QString name;
    QString basedOn;
    std::optional<bool> numbered;
    std::optional<int> outlineLevel;
    std::optional<bool> bold;
};

// The properties of one w:style element, read up to its end tag.
class StyleReader
{
public:
    explicit StyleReader(QXmlStreamReader &reader)
        : m_reader(reader)
    {
    }

    RawStyle read()
    {
        RawStyle style;
        // Which property element we are in, by its depth under w:style.
        bool inParagraph = false;
        bool inRun = false;
        bool inNumbering = false;
        int depth = 0;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    break;
                if (depth == 1)
                    inParagraph = inRun = false;
                if (depth == 2)
                    inNumbering = false;
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const bool word = DocxXml::isWord(m_reader);
            const QStringView name = m_reader.name();
            if (word && depth == 1 && name == u"name") {
                style.name = DocxXml::attribute(m_reader, u"val");
            } else if (word && depth == 1 && name == u"basedOn") {
                style.basedOn = DocxXml::attribute(m_reader, u"val");
            } else if (word && depth == 1 && name == u"pPr") {
                inParagraph = true;
                continue;
            } else if (word && depth == 1 && name == u"rPr") {
                inRun = true;
                continue;
            } else if (word && depth == 2 && inParagraph && name == u"numPr") {
                inNumbering = true;
                continue;
            } else if (word && depth == 3 && inNumbering && name == u"numId") {
                style.numbered = DocxXml::attribute(m_reader, u"val") != u"0";
            } else if (word && depth == 2 && inParagraph && name == u"outlineLvl") {
                bool ok = false;
                const int level = DocxXml::attribute(m_reader, u"val").toInt(&ok);
                if (ok)
                    style.outlineLevel = level;
            } else if (word && depth == 2 && inRun && name == u"b") {
                style.bold = DocxXml::isOn(DocxXml::attribute(m_reader, u"val"));
            }
            m_reader.skipCurrentElement();
            --depth;
        }
        return style;
    }

private:
    QXmlStreamReader &m_reader;
};

} // namespace

DocxStyles::Role DocxStyles::roleFromName(QStringView name)
{
    static const QRegularExpression heading(u"^(?:heading|kop)\\s*[1-9]$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression title(u"^(?:title|titel)$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression list(u"^(?:list|lijst)"_s, QRegularExpression::CaseInsensitiveOption);
    if (heading.matchView(name).hasMatch())
        return Role::Heading;
    if (title.matchView(name).hasMatch())
        return Role::Title;
    if (list.matchView(name).hasMatch())
        return Role::List;
    return Role::Body;
}

Expected<DocxStyles> DocxStyles::read(const QByteArray &xml, const QString &fileName, const QString &part)
{
    QHash<QString, RawStyle> paragraph;
    QHash<QString, RawStyle> character;
    QString defaultId;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (auto ok = DocxXml::checkToken(reader, fileName, part); !ok)
            return std::unexpected(ok.error());
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > DocxXml::maxDepth)
            return std::unexpected(DocxXml::tooDeep(fileName, part));
        if (!DocxXml::isWord(reader, u"style"))
            continue;
        if (paragraph.size() + character.size() >= maxStyles)
            return fail(u"%1: %2 defines more than %3 styles; the document is damaged or hostile."_s.arg(fileName, part).arg(maxStyles));
        const QString type = DocxXml::attribute(reader, u"type");
        const QString id = DocxXml::attribute(reader, u"styleId");
        const bool isDefault = DocxXml::attribute(reader, u"default") == u"1" || DocxXml::attribute(reader, u"default") == u"true";
        RawStyle style = StyleReader(reader).read();
        --depth; // the reader consumed the end tag
        if (type == u"paragraph" || type.isEmpty()) {
            if (isDefault && defaultId.isEmpty())
                defaultId = id;
            paragraph.insert(id, std::move(style));
        } else if (type == u"character") {
            character.insert(id, std::move(style));
        }
    }
    if (reader.hasError())
        return std::unexpected(DocxXml::xmlError(reader, fileName, part));

    DocxStyles styles;
    styles.m_default = defaultId;
    for (auto it = paragraph.cbegin(); it != paragraph.cend(); ++it) {
        Style resolved;
        std::optional<Role> role;
        std::optional<bool> numbered;
        std::optional<bool> bold;
        const RawStyle *s = &it.value();
        QString id = it.key();
        for (int level = 0; s && level < maxInheritance; ++level) {
            if (!role) {
                Role own = roleFromName(s->name.isEmpty() ? id : s->name);
                if (own == Role::Body && s->outlineLevel && *s->outlineLevel >= 0 && *s->outlineLevel <= 8)
                    own = Role::Heading;
                if (own != Role::Body)
                    role = own;
            }
            if (!numbered)
                numbered = s->numbered;
            if (!bold)
                bold = s->bold;
            if (s->basedOn.isEmpty())
                break;
            id = s->basedOn;
            const auto parent = paragraph.constFind(id);
            s = parent == paragraph.cend() ? nullptr : &parent.value();
        }
        resolved.role = role.value_or(Role::Body);
        resolved.numbered = numbered.value_or(false);
        resolved.bold = bold.value_or(false);
        styles.m_paragraph.insert(it.key(), resolved);
    }
    for (auto it = character.cbegin(); it != character.cend(); ++it) {
        std::optional<bool> bold;
        const RawStyle *s = &it.value();
        for (int level = 0; s && !bold && level < maxInheritance; ++level) {
            bold = s->bold;
            const auto parent = s->basedOn.isEmpty() ? character.cend() : character.constFind(s->basedOn);
            s = parent == character.cend() ? nullptr : &parent.value();
        }
        styles.m_characterBold.insert(it.key(), bold.value_or(false));
    }
    return styles;
}

DocxStyles::Style DocxStyles::paragraphStyle(const QString &id) const
{
    const QString &key = id.isEmpty() ? m_default : id;
    if (const auto it = m_paragraph.constFind(key); it != m_paragraph.cend())
        return it.value();
    return Style{key.isEmpty() ? Role::Body : roleFromName(key), false, false};
}

bool DocxStyles::isBoldCharacterStyle(const QString &id) const
{
    return m_characterBold.value(id, false);
}

} // namespace Promissa
