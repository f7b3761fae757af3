// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docxreader.h"

#include "import/docx/docxxml.h"
#include "import/wordmarkup.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr QStringView markupCompatibilityNs = u"http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr qsizetype maxOpenFields = 64;
constexpr qsizetype maxSectionReferences = 256;
constexpr qsizetype maxAcrossColumns = 8;

bool hasContent(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) {
        return !c.isSpace();
    });
}

// Characters that must not reach the letter text: the marker range (our
// footnote markers), soft hyphen, zero width space and byte order mark.
bool isDropped(QChar c)
{
    const char16_t u = c.unicode();
    return WordMarkup::isMarker(c) || u == 0x00AD || u == 0x200B || u == 0xFEFF;
}

struct OpenParagraph {
    QString text;
    DocxStyles::Role role = DocxStyles::Role::Body;
    bool numbered = false;
    bool frame = false; ///< w:framePr: a positioned paragraph of the side column
    bool dropCap = false; ///< w:framePr w:dropCap: the large first letter of the next paragraph
    bool styleBold = false;
    bool runBold = false; ///< of the run being read
    bool runHidden = false;
    bool allBold = true;
    bool visible = false;
};

struct OpenContainer {
    enum class Kind { Frame, Cell };
    Kind kind = Kind::Frame;
    QStringList lines; ///< Cell: its non-empty lines
};

class Parser
{
public:
    Parser(const DocxStyles &styles, QHash<QString, int> *footnoteNumbers, const QByteArray &xml, const QString &fileName, const QString &part)
        : m_styles(styles)
        , m_footnoteNumbers(footnoteNumbers)
        , m_reader(xml)
        , m_fileName(fileName)
        , m_part(part)
    {
    }

    Expected<DocxReader::Result> run();

private:
    bool start();
    void end();
    void startParagraph();
    void finishParagraph();
    void readParagraphProperties(OpenParagraph &p);
    void readRunProperties(OpenParagraph &p);
    void readSectionProperties();
    void appendText(QStringView s);
    void appendLayout(QChar c);
    void addFootnoteReference();
    void field(QStringView type);
    void deliverRow(QList<QStringList> &&cells);
    bool skip()
    {
        m_reader.skipCurrentElement();
        return true;
    }

    const DocxStyles &m_styles;
    QHash<QString, int> *m_footnoteNumbers;
    QXmlStreamReader m_reader;
    QString m_fileName;
    QString m_part;
    // Open elements; each stack is bounded by DocxXml::maxDepth.
    QList<OpenParagraph> m_paragraphs;
    QList<OpenContainer> m_containers;
    QList<QList<QStringList>> m_rows; ///< per open table: the cells of its current row
    QList<bool> m_fields; ///< per open complex field: still in its instruction
    qsizetype m_instructionFields = 0;
    qsizetype m_overflowFields = 0;
    bool m_inText = false;
    QString m_dropCap; ///< waits for the paragraph it starts
    QString m_note;
    DocxReader::Result m_result;
};

Expected<DocxReader::Result> Parser::run()
{
    int depth = 0;
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (auto ok = DocxXml::checkToken(m_reader, m_fileName, m_part); !ok)
            return std::unexpected(ok.error());
        switch (token) {
        case QXmlStreamReader::StartElement:
            if (++depth > DocxXml::maxDepth)
                return std::unexpected(DocxXml::tooDeep(m_fileName, m_part));
            if (start())
                --depth; // it read up to the element's end tag
            break;
        case QXmlStreamReader::EndElement:
            end();
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (m_inText)
                appendText(m_reader.text());
            break;
        default:
            break;
        }
    }
    if (m_reader.hasError())
        return std::unexpected(DocxXml::xmlError(m_reader, m_fileName, m_part));
    return std::move(m_result);
}

// Returns true when the element was read to its end (skipped or consumed).
bool Parser::start()
{
    const QStringView name = m_reader.name();
    if (!DocxXml::isWord(m_reader)) {
        // Alternate content repeats a text box for older readers: read the
        // first choice only.
        return name == u"Fallback" && m_reader.namespaceUri() == markupCompatibilityNs && skip();
    }
    if (name == u"p") {
        startParagraph();
    } else if (name == u"pPr") {
        if (m_paragraphs.isEmpty())
            return skip();
        readParagraphProperties(m_paragraphs.last());
        return true;
    } else if (name == u"r") {
        if (!m_paragraphs.isEmpty()) {
            OpenParagraph &p = m_paragraphs.last();
            p.runBold = p.styleBold;
            p.runHidden = false;
        }
    } else if (name == u"rPr") {
        if (m_paragraphs.isEmpty())
            return skip();
        readRunProperties(m_paragraphs.last());
        return true;
    } else if (name == u"t") {
        m_inText = true;
    } else if (name == u"tab" || name == u"ptab") {
        appendLayout(u'\t');
    } else if (name == u"br" || name == u"cr") {
        const QString type = DocxXml::attribute(m_reader, u"type");
        appendLayout(type == u"page" || type == u"column" ? u' ' : u'\n');
    } else if (name == u"noBreakHyphen") {
        appendText(u"-");
    } else if (name == u"sym") {
        bool ok = false;
        const uint code = DocxXml::attribute(m_reader, u"char").toUInt(&ok, 16);
        if (ok && code >= 0x20 && code <= 0xFFFF) {
            const QChar c{char16_t(code)};
            appendText(QStringView(&c, 1));
        }
    } else if (name == u"footnoteReference") {
        addFootnoteReference();
    } else if (name == u"fldChar") {
        field(DocxXml::attribute(m_reader, u"fldCharType"));
    } else if (name == u"sectPr") {
        readSectionProperties();
        return true;
    } else if (name == u"txbxContent") {
        m_containers.append(OpenContainer{OpenContainer::Kind::Frame, {}});
    } else if (name == u"tbl") {
        m_rows.append(QList<QStringList>());
    } else if (name == u"tr") {
        if (!m_rows.isEmpty())
            m_rows.last().clear();
    } else if (name == u"tc") {
        m_containers.append(OpenContainer{OpenContainer::Kind::Cell, {}});
    } else if (name == u"footnote" || name == u"endnote") {
        const QString type = DocxXml::attribute(m_reader, u"type");
        if (!type.isEmpty() && type != u"normal")
            return skip(); // separator lines and continuation notices
        m_note = DocxXml::attribute(m_reader, u"id");
    } else if (name == u"del" || name == u"moveFrom" || name == u"delText" || name == u"instrText" || name == u"delInstrText"
               || name == u"sdtPr" || name == u"tblPr" || name == u"trPr" || name == u"tcPr" || name == u"tblGrid" || name == u"fldData"
               || name == u"footnotePr" || name == u"endnotePr" || name == u"customXmlPr" || name == u"smartTagPr") {
        // Deleted text, field instructions and properties without text.
        return skip();
    }
    return false;
}

void Parser::end()
{
    if (!DocxXml::isWord(m_reader))
        return;
    const QStringView name = m_reader.name();
    if (name == u"t") {
        m_inText = false;
    } else if (name == u"p") {
        finishParagraph();
    } else if (name == u"txbxContent") {
        if (!m_containers.isEmpty())
            m_containers.removeLast();
    } else if (name == u"tc") {
        if (m_containers.isEmpty())
            return;
        QStringList lines = std::move(m_containers.last().lines);
        m_containers.removeLast();
        if (!m_rows.isEmpty())
            m_rows.last().append(std::move(lines));
    } else if (name == u"tr") {
        if (!m_rows.isEmpty())
            deliverRow(std::exchange(m_rows.last(), {}));
    } else if (name == u"tbl") {
        if (!m_rows.isEmpty())
            m_rows.removeLast();
    } else if (name == u"footnote" || name == u"endnote") {
        m_note.clear();
    }
}

void Parser::startParagraph()
{
    OpenParagraph p;
    const DocxStyles::Style style = m_styles.paragraphStyle(QString());
    p.role = style.role;
    p.numbered = style.numbered;
    p.styleBold = style.bold;
    m_paragraphs.append(std::move(p));
}

void Parser::finishParagraph()
{
    if (m_paragraphs.isEmpty())
        return;
    OpenParagraph p = m_paragraphs.takeLast();
    if (p.dropCap) {
        m_dropCap += p.text.trimmed();
        return;
    }
    if (!hasContent(p.text))
        return;
    if (!m_dropCap.isEmpty())
        p.text.prepend(std::exchange(m_dropCap, {}));
    if (!m_containers.isEmpty() && m_containers.last().kind == OpenContainer::Kind::Cell) {
        for (const QStringView line : QStringView(p.text).tokenize(u'\n')) {
            if (hasContent(line))
                m_containers.last().lines.append(line.toString());
        }
        return;
    }
    DocxBlock block;
    block.place = p.frame || !m_containers.isEmpty() ? DocxBlock::Place::Frame : DocxBlock::Place::Body;
    block.text = std::move(p.text);
    block.role = p.role;
    block.numbered = p.numbered;
    block.bold = p.visible && p.allBold;
    block.note = m_note;
    m_result.blocks.append(std::move(block));
}

void Parser::deliverRow(QList<QStringList> &&cells)
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const QStringList &cell : cells)
        texts.append(cell.join(u' '));
    QString text = texts.join(u'\t');
    if (!hasContent(text))
        return;
    if (!m_containers.isEmpty() && m_containers.last().kind == OpenContainer::Kind::Cell) {
        // A table inside a cell: each of its rows is a line of that cell.
        m_containers.last().lines.append(std::move(text));
        return;
    }
    DocxBlock block;
    block.place = m_containers.isEmpty() ? DocxBlock::Place::Body : DocxBlock::Place::Frame;
    block.tableRow = true;
    block.text = std::move(text);
    block.cells = std::move(cells);
    block.note = m_note;
    m_result.blocks.append(std::move(block));
}

// The direct children of w:pPr that matter; reads up to its end tag.
void Parser::readParagraphProperties(OpenParagraph &p)
{
    QString styleId;
    std::optional<bool> numbered;
    std::optional<int> outlineLevel;
    bool inNumbering = false;
    int depth = 0;
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            if (--depth == 0)
                inNumbering = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const bool word = DocxXml::isWord(m_reader);
        const QStringView name = m_reader.name();
        if (word && depth == 1 && name == u"numPr") {
            inNumbering = true;
            continue;
        }
        if (word && depth == 1 && name == u"pStyle") {
            styleId = DocxXml::attribute(m_reader, u"val");
        } else if (word && depth == 2 && inNumbering && name == u"numId") {
            numbered = DocxXml::attribute(m_reader, u"val") != u"0";
        } else if (word && depth == 1 && name == u"outlineLvl") {
            bool ok = false;
            const int level = DocxXml::attribute(m_reader, u"val").toInt(&ok);
            if (ok)
                outlineLevel = level;
        } else if (word && depth == 1 && name == u"framePr") {
            const QString dropCap = DocxXml::attribute(m_reader, u"dropCap");
            if (dropCap.isEmpty() || dropCap == u"none")
                p.frame = true;
            else
                p.dropCap = true;
        } else if (word && depth == 1 && name == u"sectPr") {
            readSectionProperties();
            --depth;
            continue;
        }
        m_reader.skipCurrentElement();
        --depth;
    }
    const DocxStyles::Style style = m_styles.paragraphStyle(styleId);
    p.role = style.role;
    if (p.role == DocxStyles::Role::Body && outlineLevel && *outlineLevel >= 0 && *outlineLevel <= 8)
        p.role = DocxStyles::Role::Heading;
    p.numbered = numbered.value_or(style.numbered);
    p.styleBold = style.bold;
}

void Parser::readRunProperties(OpenParagraph &p)
{
    DocxXml::forEachChild(m_reader, [&] {
        if (!DocxXml::isWord(m_reader))
            return;
        const QStringView name = m_reader.name();
        if (name == u"b")
            p.runBold = DocxXml::isOn(DocxXml::attribute(m_reader, u"val"));
        else if (name == u"rStyle" && m_styles.isBoldCharacterStyle(DocxXml::attribute(m_reader, u"val")))
            p.runBold = true;
        else if (name == u"vanish")
            p.runHidden = DocxXml::isOn(DocxXml::attribute(m_reader, u"val"));
    });
}

// The headers and footers a section uses; reads up to the end tag.
void Parser::readSectionProperties()
{
    DocxXml::forEachChild(m_reader, [&] {
        if (!DocxXml::isWord(m_reader))
            return;
        const bool header = m_reader.name() == u"headerReference";
        if ((header || m_reader.name() == u"footerReference") && m_result.headers.size() + m_result.footers.size() < maxSectionReferences) {
            DocxReader::Reference ref{DocxXml::attribute(m_reader, u"type"), DocxXml::relationshipId(m_reader)};
            (header ? m_result.headers : m_result.footers).append(std::move(ref));
        }
    });
}

void Parser::appendText(QStringView s)
{
    if (m_paragraphs.isEmpty() || m_instructionFields > 0 || m_paragraphs.last().runHidden)
        return;
    OpenParagraph &p = m_paragraphs.last();
    bool visible = false;
    for (const QChar c : s) {
        if (isDropped(c))
            continue;
        if (c == u'\n' || c == u'\r') {
            p.text.append(u' ');
            continue;
        }
        visible = visible || !c.isSpace();
        p.text.append(c);
    }
    if (visible) {
        p.visible = true;
        p.allBold = p.allBold && p.runBold;
    }
}

void Parser::appendLayout(QChar c)
{
    if (m_paragraphs.isEmpty() || m_instructionFields > 0 || m_paragraphs.last().runHidden)
        return;
    m_paragraphs.last().text.append(c);
}

void Parser::addFootnoteReference()
{
    if (!m_footnoteNumbers || m_paragraphs.isEmpty() || m_instructionFields > 0)
        return;
    const QString id = DocxXml::attribute(m_reader, u"id");
    if (id.isEmpty())
        return;
    int number = m_footnoteNumbers->value(id, 0);
    if (number == 0) {
        // Word numbers footnotes in the order of their references.
        if (m_footnoteNumbers->size() >= WordMarkup::maxFootnoteNumber)
            return;
        number = int(m_footnoteNumbers->size()) + 1;
        m_footnoteNumbers->insert(id, number);
    }
    m_paragraphs.last().text.append(WordMarkup::marker(number));
}

// Complex fields: begin, instruction, separate, result, end. Only the
// result is text; fields nest.
void Parser::field(QStringView type)
{
    if (type == u"begin") {
        if (m_fields.size() >= maxOpenFields) {
            ++m_overflowFields;
            return;
        }
        m_fields.append(true);
        ++m_instructionFields;
    } else if (type == u"separate") {
        if (m_overflowFields == 0 && !m_fields.isEmpty() && m_fields.last()) {
            m_fields.last() = false;
            --m_instructionFields;
        }
    } else if (type == u"end") {
        if (m_overflowFields > 0) {
            --m_overflowFields;
        } else if (!m_fields.isEmpty()) {
            if (m_fields.takeLast())
                --m_instructionFields;
        }
    }
}

} // namespace

QStringList DocxBlock::lines() const
{
    if (!tableRow)
        return text.split(u'\n');
    qsizetype most = 0;
    for (const QStringList &cell : cells)
        most = std::max(most, cell.size());
    // Read across only for the few columns of a letterhead or signature
    // table; a wide table stays one line (and the work stays linear).
    if (most <= 1 || cells.size() > maxAcrossColumns)
        return {text};
    QStringList out;
    out.reserve(most);
    for (qsizetype i = 0; i < most; ++i) {
        QStringList parts;
        parts.reserve(cells.size());
        for (const QStringList &cell : cells)
            parts.append(i < cell.size() ? cell.at(i) : QString());
        out.append(parts.join(u'\t'));
    }
    return out;
}

QString DocxBlock::flatText() const
{
    QString flat = text;
    flat.replace(u'\n', u' ');
    return flat;
}

Expected<DocxReader::Result> DocxReader::read(const QByteArray &xml, const QString &fileName, const QString &part) const
{
    return Parser(m_styles, m_footnoteNumbers, xml, fileName, part).run();
}

} // namespace Promissa
