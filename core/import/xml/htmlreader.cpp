// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/htmlreader.h"

#include "import/textdecoder.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr qsizetype maxEntityLength = 32;

const QHash<QString, char32_t> &namedEntities()
{
    // The references a Dutch government page uses; an unknown one is kept
    // as text rather than guessed.
    static const QHash<QString, char32_t> table{
        {u"amp"_s, U'&'},       {u"lt"_s, U'<'},        {u"gt"_s, U'>'},        {u"quot"_s, U'"'},      {u"apos"_s, U'\''},
        {u"nbsp"_s, 0x00A0},    {u"shy"_s, 0x00AD},     {u"ndash"_s, 0x2013},   {u"mdash"_s, 0x2014},   {u"lsquo"_s, 0x2018},
        {u"rsquo"_s, 0x2019},   {u"sbquo"_s, 0x201A},   {u"ldquo"_s, 0x201C},   {u"rdquo"_s, 0x201D},   {u"bdquo"_s, 0x201E},
        {u"laquo"_s, 0x00AB},   {u"raquo"_s, 0x00BB},   {u"hellip"_s, 0x2026},  {u"euro"_s, 0x20AC},    {u"middot"_s, 0x00B7},
        {u"bull"_s, 0x2022},    {u"deg"_s, 0x00B0},     {u"sect"_s, 0x00A7},    {u"para"_s, 0x00B6},    {u"copy"_s, 0x00A9},
        {u"reg"_s, 0x00AE},     {u"trade"_s, 0x2122},   {u"times"_s, 0x00D7},   {u"divide"_s, 0x00F7},  {u"plusmn"_s, 0x00B1},
        {u"frac12"_s, 0x00BD},  {u"frac14"_s, 0x00BC},  {u"frac34"_s, 0x00BE},  {u"sup1"_s, 0x00B9},    {u"sup2"_s, 0x00B2},
        {u"sup3"_s, 0x00B3},    {u"aacute"_s, 0x00E1},  {u"agrave"_s, 0x00E0},  {u"acirc"_s, 0x00E2},   {u"auml"_s, 0x00E4},
        {u"eacute"_s, 0x00E9},  {u"egrave"_s, 0x00E8},  {u"ecirc"_s, 0x00EA},   {u"euml"_s, 0x00EB},    {u"iacute"_s, 0x00ED},
        {u"igrave"_s, 0x00EC},  {u"icirc"_s, 0x00EE},   {u"iuml"_s, 0x00EF},    {u"oacute"_s, 0x00F3},  {u"ograve"_s, 0x00F2},
        {u"ocirc"_s, 0x00F4},   {u"ouml"_s, 0x00F6},    {u"uacute"_s, 0x00FA},  {u"ugrave"_s, 0x00F9},  {u"ucirc"_s, 0x00FB},
        {u"uuml"_s, 0x00FC},    {u"ccedil"_s, 0x00E7},  {u"ntilde"_s, 0x00F1},  {u"Eacute"_s, 0x00C9},  {u"Egrave"_s, 0x00C8},
        {u"Euml"_s, 0x00CB},    {u"Iuml"_s, 0x00CF},    {u"Ouml"_s, 0x00D6},    {u"Uuml"_s, 0x00DC},    {u"Auml"_s, 0x00C4},
        {u"zwsp"_s, 0x200B},    {u"thinsp"_s, 0x2009},  {u"ensp"_s, 0x2002},    {u"emsp"_s, 0x2003},
    };
    return table;
}

bool isVoidElement(QStringView name)
{
    static const QStringList voids{u"area"_s, u"base"_s, u"br"_s, u"col"_s,  u"embed"_s,  u"hr"_s,    u"img"_s,
                                   u"input"_s, u"link"_s, u"meta"_s, u"param"_s, u"source"_s, u"track"_s, u"wbr"_s};
    return voids.contains(name);
}

// Elements whose start closes an open <p>, as browsers do.
bool closesParagraph(QStringView name)
{
    static const QStringList blocks{u"p"_s,       u"div"_s,   u"ul"_s,     u"ol"_s,         u"dl"_s,     u"table"_s,  u"h1"_s,
                                    u"h2"_s,      u"h3"_s,    u"h4"_s,     u"h5"_s,         u"h6"_s,     u"blockquote"_s, u"pre"_s,
                                    u"section"_s, u"article"_s, u"header"_s, u"footer"_s,   u"nav"_s,    u"main"_s,   u"aside"_s,
                                    u"hr"_s,      u"form"_s,  u"figure"_s, u"address"_s,    u"fieldset"_s};
    return blocks.contains(name);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

class Parser
{
public:
    Parser(const QString &text, const QString &fileName)
        : m_text(text)
        , m_fileName(fileName)
    {
        m_document.name = u"#document"_s;
        m_open.push_back(&m_document);
    }

    Expected<MarkupNode> run();

private:
    Expected<void> startTag();
    void endTag();
    void skipRawText(QStringView name);
    Expected<void> push(MarkupNode element, bool selfClosing);
    Expected<void> appendText(QStringView raw);
    void popTo(qsizetype index) { m_open.resize(index); }
    qsizetype findOpen(QStringView name, QStringView stopAt) const;
    QString internedName(QStringView name);

    const QString &m_text;
    const QString &m_fileName;
    qsizetype m_pos = 0;
    qsizetype m_nodes = 0;
    MarkupNode m_document;
    // Ancestors of the insertion point; only the last child of each is ever
    // appended to, so these pointers stay valid.
    std::vector<MarkupNode *> m_open;
    QHash<QString, QString> m_names;
};

QString Parser::internedName(QStringView name)
{
    QString lower = name.toString().toLower();
    if (const qsizetype colon = lower.lastIndexOf(u':'); colon >= 0)
        lower = lower.mid(colon + 1);
    const auto it = m_names.constFind(lower);
    if (it != m_names.cend())
        return *it;
    m_names.insert(lower, lower);
    return lower;
}

// Index in m_open of the innermost open element called name, searching
// outwards but not past an element called one of stopAt ('|'-separated).
qsizetype Parser::findOpen(QStringView name, QStringView stopAt) const
{
    for (qsizetype k = qsizetype(m_open.size()) - 1; k > 0; --k) {
        const QString &open = m_open[size_t(k)]->name;
        if (open == name)
            return k;
        if (!stopAt.isEmpty()) {
            for (const QStringView stop : stopAt.tokenize(u'|')) {
                if (open == stop)
                    return -1;
            }
        }
    }
    return -1;
}

Expected<void> Parser::appendText(QStringView raw)
{
    MarkupNode *parent = m_open.back();
    if (!parent->children.empty() && parent->children.back().isText()) {
        parent->children.back().text += HtmlReader::decodeEntities(raw);
        return {};
    }
    if (++m_nodes > MarkupNode::maxNodes)
        return fail(u"%1 has more than %2 elements and text runs; Promissa refuses such files."_s.arg(m_fileName).arg(MarkupNode::maxNodes),
                    Error::Kind::Refused);
    MarkupNode text;
    text.text = HtmlReader::decodeEntities(raw);
    parent->children.push_back(std::move(text));
    return {};
}

Expected<void> Parser::push(MarkupNode element, bool selfClosing)
{
    const QString &name = element.name;
    // The implied end tags browsers insert.
    if (closesParagraph(name) && m_open.back()->name == u"p")
        m_open.pop_back();
    if (name == u"li") {
        if (const qsizetype k = findOpen(u"li", u"ul|ol"); k > 0)
            popTo(k);
    } else if (name == u"dt" || name == u"dd") {
        qsizetype k = findOpen(u"dt", u"dl");
        if (k < 0)
            k = findOpen(u"dd", u"dl");
        if (k > 0)
            popTo(k);
    } else if (name == u"tr") {
        if (const qsizetype k = findOpen(u"tr", u"table"); k > 0)
            popTo(k);
    } else if (name == u"td" || name == u"th") {
        qsizetype k = findOpen(u"td", u"tr|table");
        if (k < 0)
            k = findOpen(u"th", u"tr|table");
        if (k > 0)
            popTo(k);
    }

    if (int(m_open.size()) > MarkupNode::maxDepth)
        return fail(u"%1 nests its elements more than %2 deep; Promissa refuses such files."_s.arg(m_fileName).arg(MarkupNode::maxDepth),
                    Error::Kind::Refused);
    if (++m_nodes > MarkupNode::maxNodes)
        return fail(u"%1 has more than %2 elements and text runs; Promissa refuses such files."_s.arg(m_fileName).arg(MarkupNode::maxNodes),
                    Error::Kind::Refused);
    const bool isVoid = selfClosing || isVoidElement(name);
    MarkupNode *parent = m_open.back();
    parent->children.push_back(std::move(element));
    if (!isVoid)
        m_open.push_back(&parent->children.back());
    return {};
}

// Script and style hold no letter text; skip to their end tag.
void Parser::skipRawText(QStringView name)
{
    const QString end = u"</"_s + name;
    const qsizetype found = m_text.indexOf(end, m_pos, Qt::CaseInsensitive);
    if (found < 0) {
        m_pos = m_text.size();
        return;
    }
    const qsizetype close = m_text.indexOf(u'>', found);
    m_pos = close < 0 ? m_text.size() : close + 1;
    if (m_open.size() > 1)
        m_open.pop_back();
}

Expected<void> Parser::startTag()
{
    // m_pos is at '<', followed by a letter.
    const qsizetype n = m_text.size();
    qsizetype i = m_pos + 1;
    const qsizetype nameStart = i;
    while (i < n && isNameChar(m_text.at(i)))
        ++i;
    MarkupNode element;
    element.name = internedName(QStringView(m_text).mid(nameStart, i - nameStart));
    bool selfClosing = false;
    while (i < n) {
        const QChar c = m_text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'>') {
            ++i;
            break;
        } else if (c == u'/') {
            selfClosing = i + 1 < n && m_text.at(i + 1) == u'>';
            i += selfClosing ? 2 : 1;
            if (selfClosing)
                break;
        } else {
            const qsizetype attrStart = i;
            while (i < n && !m_text.at(i).isSpace() && m_text.at(i) != u'=' && m_text.at(i) != u'>' && m_text.at(i) != u'/')
                ++i;
            const QStringView attrName = QStringView(m_text).mid(attrStart, i - attrStart);
            while (i < n && m_text.at(i).isSpace())
                ++i;
            QString value;
            if (i < n && m_text.at(i) == u'=') {
                ++i;
                while (i < n && m_text.at(i).isSpace())
                    ++i;
                if (i < n && (m_text.at(i) == u'"' || m_text.at(i) == u'\'')) {
                    const QChar quote = m_text.at(i);
                    qsizetype close = m_text.indexOf(quote, i + 1);
                    if (close < 0)
                        close = n;
                    value = HtmlReader::decodeEntities(QStringView(m_text).mid(i + 1, close - i - 1));
                    i = std::min(close + 1, n);
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && !m_text.at(i).isSpace() && m_text.at(i) != u'>')
                        ++i;
                    value = HtmlReader::decodeEntities(QStringView(m_text).mid(valueStart, i - valueStart));
                }
            }
            if (!attrName.isEmpty())
                element.attributes.append({internedName(attrName), value});
        }
    }
    m_pos = i;
    const QString name = element.name;
    if (auto pushed = push(std::move(element), selfClosing); !pushed)
        return pushed;
    if (!selfClosing && (name == u"script" || name == u"style"))
        skipRawText(name);
    return {};
}

void Parser::endTag()
{
    // m_pos is at "</".
    const qsizetype n = m_text.size();
    qsizetype i = m_pos + 2;
    const qsizetype nameStart = i;
    while (i < n && isNameChar(m_text.at(i)))
        ++i;
    const QString name = internedName(QStringView(m_text).mid(nameStart, i - nameStart));
    const qsizetype close = m_text.indexOf(u'>', i);
    m_pos = close < 0 ? n : close + 1;
    // An end tag without a matching open element is ignored, as browsers do.
    if (const qsizetype k = findOpen(name, {}); k > 0)
        popTo(k);
}

Expected<MarkupNode> Parser::run()
{
    const qsizetype n = m_text.size();
    while (m_pos < n) {
        qsizetype lt = m_text.indexOf(u'<', m_pos);
        if (lt < 0)
            lt = n;
        if (lt > m_pos) {
            if (auto added = appendText(QStringView(m_text).mid(m_pos, lt - m_pos)); !added)
                return std::unexpected(added.error());
            m_pos = lt;
            continue;
        }
        const QChar next = m_pos + 1 < n ? m_text.at(m_pos + 1) : QChar();
        if (QStringView(m_text).mid(m_pos).startsWith(u"<!--")) {
            const qsizetype end = m_text.indexOf(u"-->", m_pos + 4);
            m_pos = end < 0 ? n : end + 3;
        } else if (next == u'!' || next == u'?') {
            const qsizetype end = m_text.indexOf(u'>', m_pos);
            m_pos = end < 0 ? n : end + 1;
        } else if (next == u'/') {
            endTag();
        } else if (next.isLetter()) {
            if (auto started = startTag(); !started)
                return std::unexpected(started.error());
        } else {
            if (auto added = appendText(u"<"); !added)
                return std::unexpected(added.error());
            ++m_pos;
        }
    }
    return std::move(m_document);
}

} // namespace

QString HtmlReader::decodeEntities(QStringView raw)
{
    const qsizetype amp = raw.indexOf(u'&');
    if (amp < 0)
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    out += raw.left(amp);
    const qsizetype n = raw.size();
    for (qsizetype i = amp; i < n;) {
        const QChar c = raw.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semicolon = raw.mid(i + 1, maxEntityLength).indexOf(u';');
        if (semicolon <= 0) {
            out += c;
            ++i;
            continue;
        }
        const QStringView name = raw.mid(i + 1, semicolon);
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            // NUL, surrogates and values beyond Unicode become U+FFFD, as in browsers.
            code = !ok ? 0 : (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) ? 0xFFFD : char32_t(value);
        } else {
            code = namedEntities().value(name.toString(), 0);
        }
        if (code == 0) {
            out += c;
            ++i;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i += semicolon + 2;
    }
    return out;
}

Expected<MarkupNode> HtmlReader::read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MarkupNode::maxInputBytes)
        return fail(u"%1 is larger than 50 MB; Promissa does not read HTML files that large."_s.arg(fileName));
    const auto decoded = TextDecoder::decode(data, fileName);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (decoded->text.trimmed().isEmpty())
        return fail(u"%1 is empty."_s.arg(fileName));
    return Parser(decoded->text, fileName).run();
}

} // namespace Promissa
