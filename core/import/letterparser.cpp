// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/letterparser.h"

#include "import/letterbuilder.h"
#include "import/letterhead.h"
#include "import/lineendhyphen.h"
#include "import/linetext.h"
#include "import/pagefootnotes.h"
#include "import/rightcolumn.h"
#include "import/signatureblock.h"
#include "import/wordmarkup.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Promissa::LineText;

namespace Promissa
{

namespace
{

// Layout thresholds (characters). Word exports put a paragraph on one line,
// so many lines are long; PDF text is wrapped well under this.
constexpr qsizetype longLine = 150;
constexpr qsizetype mediumLine = 60;
constexpr qsizetype maxColumnLine = 60; // right-hand column lines are short
constexpr qsizetype maxRepeatedLine = 100;
constexpr qsizetype maxTitle = 200;
constexpr int minRepeats = 3;
constexpr qsizetype pageEdgeLines = 4; // a running header or footer is among these
constexpr qsizetype minPageLines = 15; // lines between two running headers, at least

enum class Role {
    Blank,
    Drop, ///< page furniture; its value, if any, went into the metadata
    Header,
    Salutation,
    Closing,
    Heading,
    Bullet,
    Text,
    Signature,
};

struct Line {
    QString raw; ///< markup removed, tabs kept (signature columns need them)
    QString text; ///< trimmed, runs of spaces and tabs collapsed
    int page = 0;
    Role role = Role::Text;
    QString paragraphText; ///< Header: "Datum 4 maart 2025"; Bullet: text without its bullet
};

using Draft = LetterBuilder::Draft;


// The date line of a web-page copy ("Kamerbrief | 22-03-2024"), as opposed
// to the "Datum" line of the letter itself.
bool isWebDate(const Letterhead::Line &lh)
{
    return lh.kind == Letterhead::Kind::Date && !lh.value.isEmpty() && lh.label.compare(u"Datum"_s, Qt::CaseInsensitive) != 0;
}

class Parser
{
public:
    Parser(const QString &text, const QString &fileName)
        : m_fileName(fileName)
    {
        readLines(text);
    }

    Expected<Letter> run();

private:
    void readLines(const QString &text);
    void recordColumnPieces();
    void detectLayout();
    qsizetype nextKept(qsizetype i, qsizetype end) const;
    qsizetype takeValueFromNextLine(qsizetype i, qsizetype end, Letterhead::Line &lh);
    void continueValueOnNextLine(qsizetype i, qsizetype end, Letterhead::Line &lh);
    void markHeaderArea();
    void markColumnFurniture();
    void markRepeatedLines();
    void markPageFootnotes();
    void markSignatureBlock();
    void classifyBody();
    QList<Draft> draftParagraphs() const;
    bool endsParagraph(const Line &line, const Line *next) const;
    bool isWrappedLine(const Line &line) const;

    QString m_fileName;
    QList<Line> m_lines;
    QMap<int, QString> m_footnotes;
    QStringList m_columnPieces; ///< cut off the right-hand column by readLines()
    int m_pageCount = 1;
    bool m_lineMode = true;
    bool m_pdfLike = false;
    qsizetype m_bodyStart = 0;
    qsizetype m_signatureStart = -1;
    qsizetype m_width = 0; ///< usual line width of wrapped text
    LetterMetadata m_metadata;
};

void Parser::readLines(const QString &text)
{
    const QList<QStringView> pages = QStringView(text).split(u'\f');
    QList<QStringView> rawLines;
    rawLines.reserve(text.count(u'\n') + pages.size());
    for (const QStringView page : pages)
        rawLines.append(page.split(u'\n'));
    const qsizetype column = RightColumn::find(rawLines);

    m_lines.reserve(rawLines.size());
    m_pageCount = 0;
    for (const QStringView page : pages) {
        if (page.trimmed().isEmpty() && m_pageCount > 0)
            continue;
        for (const QStringView fullLine : page.tokenize(u'\n')) {
            const RightColumn::Split split = RightColumn::split(fullLine, column);
            if (!split.column.isEmpty()) {
                m_columnPieces.append(split.column.toString());
                // A line of the column alone is no blank line of the body:
                // the column's line spacing differs from the body's.
                if (split.body.trimmed().isEmpty())
                    continue;
            }
            Line line;
            line.raw = WordMarkup::strip(split.body, m_footnotes);
            line.page = m_pageCount;
            if (hasVisibleText(line.raw)) {
                line.text = isCollapsed(line.raw) ? line.raw : collapse(line.raw);
            } else {
                // A line of markers only (Word repeats the notes at the end)
                // carries no position in the text: it counts as blank.
                line.raw.clear();
                line.role = Role::Blank;
            }
            m_lines.append(std::move(line));
        }
        ++m_pageCount;
    }
    m_pdfLike = pages.size() > 1 || column >= 0;
}

// The pieces cut off the right-hand column, in reading order.
void Parser::recordColumnPieces()
{
    for (const Letterhead::Line &lh : Letterhead::readColumn(m_columnPieces))
        Letterhead::record(lh, m_metadata);
}

void Parser::detectLayout()
{
    qsizetype longCount = 0;
    qsizetype mediumCount = 0;
    for (const Line &line : std::as_const(m_lines)) {
        if (line.role == Role::Blank)
            continue;
        if (line.text.size() > longLine)
            ++longCount;
        if (line.text.size() >= mediumLine)
            ++mediumCount;
    }
    m_lineMode = longCount > 0 && longCount * 3 >= mediumCount;
    m_pdfLike = m_pdfLike || !m_lineMode;
}

qsizetype Parser::nextKept(qsizetype i, qsizetype end) const
{
    for (qsizetype k = i + 1; k < end; ++k) {
        if (m_lines.at(k).role != Role::Blank && m_lines.at(k).role != Role::Drop)
            return k;
    }
    return -1;
}

// "Datum" alone on a line, its value on the next: moves the value into lh
// and drops that line. Returns the index of the consumed line or -1.
qsizetype Parser::takeValueFromNextLine(qsizetype i, qsizetype end, Letterhead::Line &lh)
{
    if (!lh.valueOnNextLine())
        return -1;
    const qsizetype k = nextKept(i, end);
    if (k < 0)
        return -1;
    const QString &value = m_lines.at(k).text;
    if (value.size() > Letterhead::maxColumnValue || value.endsWith(u'.') || Letterhead::classify(value).kind != Letterhead::Kind::None)
        return -1;
    lh.value = value;
    m_lines[k].role = Role::Drop;
    return k;
}

// A value wrapped onto the next line of the column: append that line when it
// is no label of its own, and drop it.
void Parser::continueValueOnNextLine(qsizetype i, qsizetype end, Letterhead::Line &lh)
{
    const qsizetype k = nextKept(i, end);
    if (k < 0 || k != i + 1)
        return;
    const QString &rest = m_lines.at(k).text;
    if (rest.size() > Letterhead::maxColumnValue || Letterhead::classify(rest).kind != Letterhead::Kind::None)
        return;
    lh.value += u' ' + rest;
    m_lines[k].role = Role::Drop;
}

// Before the salutation stands the letterhead: date and subject lines become
// Header paragraphs, everything else there (addresses, references) is
// dropped once its value is in the metadata.
void Parser::markHeaderArea()
{
    qsizetype salutation = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        if (line.role != Role::Blank && isSalutation(line.text)) {
            salutation = i;
            break;
        }
    }
    // Without a salutation only the leading run of letterhead lines counts.
    const bool leadingOnly = salutation < 0;
    const qsizetype end = leadingOnly ? m_lines.size() : salutation;
    qsizetype i = 0;
    for (; i < end; ++i) {
        Line &line = m_lines[i];
        if (line.role != Role::Text)
            continue;
        Letterhead::Line lh = Letterhead::classify(line.text);
        const qsizetype k = nextKept(i, end);
        const bool titleOfWebPage = lh.kind == Letterhead::Kind::None && k >= 0 && isWebDate(Letterhead::classify(m_lines.at(k).text));
        if (leadingOnly && lh.kind == Letterhead::Kind::None && !Letterhead::isPageNumber(line.text) && !titleOfWebPage)
            break;
        if (titleOfWebPage && line.text.size() <= maxTitle && !endsWithTerminal(line.text)) {
            // The title above "Kamerbrief | 22-03-2024" names the subject.
            if (m_metadata.subject.isEmpty())
                m_metadata.subject = line.text;
            line.role = Role::Header;
            line.paragraphText = line.text;
            continue;
        }
        takeValueFromNextLine(i, end, lh);
        if (lh.kind == Letterhead::Kind::Ministry && lh.value.endsWith(u','))
            continueValueOnNextLine(i, end, lh); // "Ministerie van Volksgezondheid," / "Welzijn en Sport"
        Letterhead::record(lh, m_metadata);
        if (lh.kind == Letterhead::Kind::Date || lh.kind == Letterhead::Kind::Subject) {
            line.role = Role::Header;
            line.paragraphText = lh.value.isEmpty() ? lh.label : lh.label + u' ' + lh.value;
        } else {
            line.role = Role::Drop;
        }
    }
    if (salutation >= 0) {
        m_lines[salutation].role = Role::Salutation;
        m_bodyStart = salutation + 1;
    } else {
        m_bodyStart = i;
    }
}

// In PDF text the right-hand column comes back on later pages as separate
// short lines; drop them, keeping their values.
void Parser::markColumnFurniture()
{
    for (qsizetype i = m_bodyStart; i < m_lines.size(); ++i) {
        Line &line = m_lines[i];
        if (line.role != Role::Text)
            continue;
        if (Letterhead::isPageNumber(line.text)) {
            line.role = Role::Drop;
            continue;
        }
        if (!m_pdfLike || line.text.size() > maxColumnLine)
            continue;
        Letterhead::Line lh = Letterhead::classify(line.text);
        if (lh.kind == Letterhead::Kind::None)
            continue;
        takeValueFromNextLine(i, m_lines.size(), lh);
        Letterhead::record(lh, m_metadata);
        line.role = Role::Drop;
    }
}

// Headers and footers: short lines that recur (digits ignored, so "Pagina
// 2" and "Pagina 3" are the same line) at least three times or on every page.
// Recurring is not enough: a list of Kamerstukken or a column of a table
// recurs too, and is text. With page breaks, a header or footer stands at
// the top or the foot of its page, once per page. Without them (text copied
// out of a PDF) it comes back once a page: never a few lines apart.
void Parser::markRepeatedLines()
{
    if (!m_pdfLike)
        return;
    static const QRegularExpression digits(u"\\d+"_s);
    struct Seen {
        int count = 0;
        QSet<int> pages;
        bool inBody = false; ///< seen away from a page's edge, or close to itself
        qsizetype last = -1; ///< the body line of its last occurrence
    };
    // The first and last few body lines of each page are its edges.
    QHash<int, QList<qsizetype>> bodyLines;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).role != Role::Blank)
            bodyLines[m_lines.at(i).page].append(i);
    }
    QHash<qsizetype, bool> atEdge;
    for (const QList<qsizetype> &lines : std::as_const(bodyLines)) {
        for (qsizetype n = 0; n < lines.size(); ++n)
            atEdge.insert(lines.at(n), n < pageEdgeLines || n >= lines.size() - pageEdgeLines);
    }
    const bool paged = m_pageCount >= 2;
    QHash<QString, Seen> seen;
    QList<QString> keys(m_lines.size());
    qsizetype bodyIndex = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        if (line.role == Role::Blank)
            continue;
        ++bodyIndex;
        if (line.text.size() > maxRepeatedLine)
            continue;
        keys[i] = line.text.toLower().replace(digits, u"#"_s);
        Seen &s = seen[keys[i]];
        ++s.count;
        s.pages.insert(line.page);
        // The letterhead area was judged already; only the text counts.
        if (line.role == Role::Text && (paged ? !atEdge.value(i) : (s.last >= 0 && bodyIndex - s.last < minPageLines)))
            s.inBody = true;
        s.last = bodyIndex;
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        Line &line = m_lines[i];
        if (keys.at(i).isEmpty() || (line.role != Role::Text && line.role != Role::Drop))
            continue;
        const Seen &s = seen.value(keys.at(i));
        if (s.inBody)
            continue;
        const int occurrences = paged ? int(s.pages.size()) : s.count;
        // Page 1 carries the letterhead instead of the running header.
        const bool everyPage = paged
            && (s.pages.size() == m_pageCount || (m_pageCount >= 3 && s.pages.size() == m_pageCount - 1 && !s.pages.contains(0)));
        if (occurrences >= minRepeats || everyPage)
            line.role = Role::Drop;
    }
}

// PDF footnotes stand at the foot of their page and their markers are
// digits glued to a word: lift both into the footnote model, as the Word
// markup does.
void Parser::markPageFootnotes()
{
    if (!m_pdfLike)
        return;
    QList<PageFootnotes::Line> kept;
    QList<qsizetype> index;
    for (qsizetype i = m_bodyStart; i < m_lines.size(); ++i) {
        if (m_lines.at(i).role != Role::Text)
            continue;
        kept.append({m_lines.at(i).text, m_lines.at(i).page});
        index.append(i);
    }
    const PageFootnotes::Result found = PageFootnotes::find(kept);
    for (const PageFootnotes::Note &note : found.notes) {
        if (note.number <= WordMarkup::maxFootnoteNumber && m_footnotes.value(note.number).isEmpty())
            m_footnotes.insert(note.number, note.text);
        for (const qsizetype k : note.lines)
            m_lines[index.at(k)].role = Role::Drop;
    }
    // Markers come in text order; replacing from the last keeps the earlier
    // positions on the same line valid.
    for (auto it = found.markers.crbegin(); it != found.markers.crend(); ++it) {
        if (it->number <= WordMarkup::maxFootnoteNumber)
            m_lines[index.at(it->line)].text.replace(it->position, it->length, WordMarkup::marker(it->number));
    }
}

// The signature block is the run of function rows and name rows (and blank
// lines) that ends the letter, starting at a function row.
void Parser::markSignatureBlock()
{
    qsizetype first = m_lines.size();
    for (qsizetype i = m_lines.size() - 1; i >= m_bodyStart; --i) {
        const Line &line = m_lines.at(i);
        if (line.role == Role::Blank || line.role == Role::Drop)
            continue;
        const QStringList cells = SignatureBlock::cells(line.raw);
        if (line.role != Role::Text
            || !(SignatureBlock::isFunctionRow(cells) || SignatureBlock::isNameRow(cells) || SignatureBlock::isContinuationRow(cells)))
            break;
        first = i;
    }
    for (qsizetype i = first; i < m_lines.size(); ++i) {
        if (m_lines.at(i).role == Role::Text && SignatureBlock::isFunctionRow(SignatureBlock::cells(m_lines.at(i).raw))) {
            m_signatureStart = i;
            break;
        }
    }
    if (m_signatureStart < 0)
        return;
    for (qsizetype i = m_signatureStart; i < m_lines.size(); ++i) {
        if (m_lines.at(i).role == Role::Text)
            m_lines[i].role = Role::Signature;
    }
}

void Parser::classifyBody()
{
    const qsizetype end = m_signatureStart < 0 ? m_lines.size() : m_signatureStart;
    for (qsizetype i = m_bodyStart; i < end; ++i) {
        Line &line = m_lines[i];
        if (line.role != Role::Text)
            continue;
        if (isSalutation(line.text))
            line.role = Role::Salutation;
        else if (isClosing(line.text))
            line.role = Role::Closing;
    }

    // Usual width of wrapped text: a high percentile of the text lines, so
    // that one stray long line does not set it.
    QList<qsizetype> lengths;
    for (qsizetype i = m_bodyStart; i < end; ++i) {
        if (m_lines.at(i).role == Role::Text)
            lengths.append(m_lines.at(i).text.size());
    }
    std::sort(lengths.begin(), lengths.end());
    m_width = lengths.isEmpty() ? 0 : lengths.at((lengths.size() - 1) * 9 / 10);

    qsizetype previous = -1;
    for (qsizetype i = m_bodyStart; i < end; ++i) {
        Line &line = m_lines[i];
        if (line.role != Role::Text)
            continue;
        const qsizetype k = nextKept(i, end);
        const Line *next = k < 0 ? nullptr : &m_lines.at(k);
        const auto bullet = matchBullet(line.text);
        const bool symbolBullet = bullet.hasMatch() && bullet.captured(1).isEmpty();
        bool heading = !symbolBullet && !isTableRow(line.raw) && isHeadingShaped(line.text) && next && next->role == Role::Text
            && (matchBullet(next->text).hasMatch() || !isHeadingShaped(next->text) || isWrappedLine(*next));
        if (heading && !m_lineMode) {
            // Wrapped text: a heading stands after a paragraph end and is
            // followed by the start of a sentence.
            const Line *prev = previous < 0 ? nullptr : &m_lines.at(previous);
            const bool afterBreak = !prev || prev->role != Role::Text || i - previous > 1 || endsWithTerminal(prev->text);
            heading = afterBreak && (next->text.front().isUpper() || next->text.front().isDigit());
        }
        if (heading) {
            line.role = Role::Heading;
        } else if (bullet.hasMatch()) {
            line.role = Role::Bullet;
            line.paragraphText = bullet.captured(2);
        }
        previous = i;
    }
}

// Wrapped text: a short line without final punctuation may still be the
// first line of a paragraph ("Sinds 1 januari 2025 handhaaft de ... op")
// when it fills most of the usual width.
bool Parser::isWrappedLine(const Line &line) const
{
    return !m_lineMode && !endsWithTerminal(line.text) && line.text.size() * 10 >= m_width * 7;
}

// Wrapped text: a line ends its paragraph when a different kind of line
// follows, or when it ends a sentence and the next line's first word would
// still have fitted on it (so the line was broken on purpose).
bool Parser::endsParagraph(const Line &line, const Line *next) const
{
    if (!next || next->role != Role::Text)
        return true;
    if (!endsWithTerminal(line.text))
        return false;
    const qsizetype needed = line.text.size() + 1 + firstWordLength(next->text);
    return needed * 10 <= m_width * 9;
}

QList<Draft> Parser::draftParagraphs() const
{
    QList<Draft> drafts;
    const qsizetype end = m_signatureStart < 0 ? m_lines.size() : m_signatureStart;
    bool open = false; // the last draft may still take the next line
    bool blankSeen = false;
    int lastPage = -1;
    for (qsizetype i = 0; i < end; ++i) {
        const Line &line = m_lines.at(i);
        switch (line.role) {
        case Role::Blank:
            blankSeen = true;
            continue;
        case Role::Drop:
        case Role::Signature:
            continue;
        case Role::Header:
            drafts.append({ParagraphKind::Header, line.paragraphText});
            open = false;
            break;
        case Role::Salutation:
            drafts.append({ParagraphKind::Salutation, line.text});
            open = false;
            break;
        case Role::Closing:
            drafts.append({ParagraphKind::Closing, line.text});
            open = false;
            break;
        case Role::Heading:
            drafts.append({ParagraphKind::Heading, line.text});
            open = false;
            break;
        case Role::Bullet:
        case Role::Text: {
            // Blank lines around a page break are layout, not paragraph ends.
            const bool continues = open && !m_lineMode && line.role == Role::Text && (!blankSeen || line.page != lastPage);
            if (continues) {
                // "verant-" + "woordelijkheid", but "Noord-" + "Holland" and
                // "EU-" + "lidstaten": the same rules as for a PDF.
                LineEndHyphen::append(drafts.last().text, line.text);
            } else {
                drafts.append({line.role == Role::Bullet ? ParagraphKind::Bullet : ParagraphKind::Body,
                               line.role == Role::Bullet ? line.paragraphText : line.text});
            }
            const qsizetype k = nextKept(i, end);
            open = !m_lineMode && !endsParagraph(line, k < 0 ? nullptr : &m_lines.at(k));
            break;
        }
        }
        blankSeen = false;
        lastPage = line.page;
    }
    return drafts;
}

Expected<Letter> Parser::run()
{
    detectLayout();
    markHeaderArea();
    recordColumnPieces();
    markColumnFurniture();
    markRepeatedLines();
    markPageFootnotes();
    markSignatureBlock();
    classifyBody();

    QList<Draft> drafts = draftParagraphs();
    QList<QStringList> rows;
    if (m_signatureStart >= 0) {
        for (qsizetype i = m_signatureStart; i < m_lines.size(); ++i) {
            if (m_lines.at(i).role == Role::Signature)
                rows.append(SignatureBlock::cells(m_lines.at(i).raw));
        }
    }
    Letter letter = LetterBuilder::finish(std::move(drafts), rows, m_footnotes, m_fileName, m_metadata);
    if (letter.paragraphs.isEmpty())
        return fail(u"%1 contains no letter text."_s.arg(m_fileName));
    return letter;
}

} // namespace

Expected<Letter> LetterParser::parse(const QString &text, const QString &fileName)
{
    return Parser(text, fileName).run();
}

} // namespace Promissa
