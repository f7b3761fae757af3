// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/pdf/pdflayout.h"

#include "import/letterbuilder.h"
#include "import/letterhead.h"
#include "import/lineendhyphen.h"
#include "import/linetext.h"
#include "import/pdf/pdffootnotes.h"
#include "import/pdf/pdflines.h"
#include "import/signatureblock.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Promissa::LineText;

namespace Promissa
{

namespace
{

// In units of the body text's line height unless said otherwise.
constexpr qreal paragraphGap = 1.4; ///< of the usual line distance: a wider gap ends a paragraph
constexpr qreal firstLineIndent = 0.5;
constexpr qreal spaceWidth = 0.25;
constexpr qreal sameHeight = 0.15; ///< relative difference of lines in the body font
constexpr qreal repeatTolerance = 0.6; ///< furniture comes back at the same height, give or take this
constexpr qreal marginZone = 0.12; ///< of the page height: top and bottom margins
constexpr qsizetype maxRepeatedLine = 100;

enum class Role {
    Text,
    Drop, ///< furniture or letterhead: its value, if any, is in the metadata
    Header,
    Salutation,
    Closing,
    Heading,
    Bullet,
    Signature,
};

using Draft = LetterBuilder::Draft;

class Layout
{
public:
    Layout(const QList<PdfPage> &pages, const QString &fileName);
    Expected<Letter> run();

private:
    void readColumn(const QList<PdfLine> &column);
    void recordCells(const PdfLine &line);
    void measure();
    void markFurniture();
    void markHeaderArea();
    void takeValue(qsizetype i, qsizetype end, Letterhead::Line &lh);
    void markFootnotes();
    void markSignatureBlock();
    void classifyBody();
    bool startsParagraph(qsizetype i) const;
    bool breakBetween(qsizetype a, qsizetype b, qreal hangLeft) const;
    bool nextWordFits(const PdfLine &line, const PdfLine &next) const;
    qsizetype nextKept(qsizetype i, qsizetype end) const;
    qsizetype previousKept(qsizetype i) const;
    QList<Draft> draftParagraphs() const;

    QString m_fileName;
    QList<PdfLine> m_lines;
    QList<Role> m_roles;
    QList<QString> m_paragraphTexts; ///< Header: "Datum 12 mei 2025"; Bullet: the item without its bullet
    QList<QSizeF> m_pageSizes;
    qreal m_height = 0; ///< of a body line
    qreal m_pitch = 0; ///< usual distance between the baselines of two body lines
    qreal m_right = 0; ///< right edge of full body lines
    qsizetype m_bodyStart = 0;
    qsizetype m_signatureStart = -1;
    QMap<int, QString> m_footnotes;
    LetterMetadata m_metadata;
};

Layout::Layout(const QList<PdfPage> &pages, const QString &fileName)
    : m_fileName(fileName)
{
    for (qsizetype p = 0; p < pages.size(); ++p) {
        PdfLines::Page page = PdfLines::read(pages.at(p), int(p));
        m_pageSizes.append(pages.at(p).size);
        readColumn(page.column);
        m_lines.append(std::move(page.body));
    }
    m_roles.fill(Role::Text, m_lines.size());
    m_paragraphTexts.resize(m_lines.size());
}

// Furniture such as "Ons kenmerk IENW/123  Pagina 2 van 3": each cell may
// hold a value.
void Layout::recordCells(const PdfLine &line)
{
    const Letterhead::Line whole = Letterhead::classify(line.text);
    if (whole.kind != Letterhead::Kind::None && line.cells.size() < 2) {
        Letterhead::record(whole, m_metadata);
        return;
    }
    for (const QString &cell : line.cells) {
        if (!Letterhead::isPageNumber(cell))
            Letterhead::record(Letterhead::classify(cell), m_metadata);
    }
}

// The column top to bottom; a ministry's name wraps only onto a line
// close below it.
void Layout::readColumn(const QList<PdfLine> &column)
{
    QStringList texts;
    texts.reserve(column.size());
    for (const PdfLine &line : column)
        texts.append(line.text);
    Letterhead::ColumnReading reading;
    reading.closeBelow = [&column](qsizetype i) {
        return column.at(i + 1).box.bottom() - column.at(i).box.bottom() <= 2 * column.at(i).height;
    };
    for (const Letterhead::Line &lh : Letterhead::readColumn(texts, reading))
        Letterhead::record(lh, m_metadata);
}

void Layout::measure()
{
    // The body font: the line height most characters have.
    QList<std::pair<qreal, qsizetype>> heights;
    qsizetype total = 0;
    for (const PdfLine &line : std::as_const(m_lines)) {
        heights.append({line.height, line.text.size()});
        total += line.text.size();
    }
    std::sort(heights.begin(), heights.end());
    qsizetype seen = 0;
    for (const auto &[h, n] : std::as_const(heights)) {
        seen += n;
        if (seen * 2 >= total) {
            m_height = h;
            break;
        }
    }
    if (m_height <= 0)
        m_height = 10;

    QList<qreal> distances;
    QList<qreal> rights;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const PdfLine &line = m_lines.at(i);
        if (std::abs(line.height - m_height) > sameHeight * m_height)
            continue;
        rights.append(line.box.right());
        if (i + 1 < m_lines.size()) {
            const PdfLine &next = m_lines.at(i + 1);
            const qreal d = next.box.bottom() - line.box.bottom();
            if (next.page == line.page && std::abs(next.height - m_height) <= sameHeight * m_height && d > 0.8 * m_height && d < 2.5 * m_height)
                distances.append(d);
        }
    }
    // The lower quartile: in a letter of one-line paragraphs most distances
    // are paragraph distances, yet the line distance is the smaller one.
    std::sort(distances.begin(), distances.end());
    m_pitch = distances.isEmpty() ? 1.2 * m_height : distances.at((distances.size() - 1) / 4);
    // Right edge of full lines: high in the distribution, but not the one
    // line that sticks out.
    std::sort(rights.begin(), rights.end());
    m_right = rights.isEmpty() ? 0 : rights.at((rights.size() - 1) * 9 / 10);
}

void Layout::markFurniture()
{
    static const QRegularExpression digits(u"\\d+"_s);
    struct Seen {
        qsizetype line;
        qreal y;
    };
    QHash<QString, QList<Seen>> byText;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const PdfLine &line = m_lines.at(i);
        if (line.text.size() > maxRepeatedLine)
            continue;
        byText[line.text.toLower().replace(digits, u"#"_s)].append({i, line.box.center().y()});
    }
    const qreal tolerance = std::max<qreal>(4, repeatTolerance * m_height);
    for (auto it = byText.begin(); it != byText.end(); ++it) {
        QList<Seen> &seen = it.value();
        if (seen.size() < 2)
            continue;
        std::sort(seen.begin(), seen.end(), [](const Seen &a, const Seen &b) {
            return a.y < b.y;
        });
        // Sorted by height: a line is furniture when one at about the same
        // height stands on another page. Each look stops at the first such
        // line, so that a footer on every one of 2,000 pages stays linear.
        auto otherPageNear = [&](qsizetype a, qsizetype step) {
            const int page = m_lines.at(seen.at(a).line).page;
            for (qsizetype b = a + step; b >= 0 && b < seen.size() && std::abs(seen.at(b).y - seen.at(a).y) <= tolerance; b += step) {
                if (m_lines.at(seen.at(b).line).page != page)
                    return true;
            }
            return false;
        };
        for (qsizetype a = 0; a < seen.size(); ++a) {
            if (otherPageNear(a, 1) || otherPageNear(a, -1))
                m_roles[seen.at(a).line] = Role::Drop;
        }
    }

    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const PdfLine &line = m_lines.at(i);
        if (m_roles.at(i) == Role::Drop) {
            recordCells(line);
            continue;
        }
        const QSizeF page = m_pageSizes.value(line.page);
        const qreal y = line.box.center().y();
        const bool inMargin = page.height() > 0 && (y < marginZone * page.height() || y > (1 - marginZone) * page.height());
        if (!inMargin)
            continue;
        // A cell "Pagina 2 van 3" beside other furniture counts; a bare
        // number in a cell may be a table's.
        const bool pageNumber = Letterhead::isPageNumber(line.text) || std::any_of(line.cells.cbegin(), line.cells.cend(), [](const QString &cell) {
                                    return Letterhead::isPageNumber(cell) && std::any_of(cell.cbegin(), cell.cend(), [](QChar c) {
                                               return c.isLetter();
                                           });
                                });
        const Letterhead::Kind kind = Letterhead::classify(line.text).kind;
        if (pageNumber || kind == Letterhead::Kind::Reference) {
            recordCells(line);
            m_roles[i] = Role::Drop;
        }
    }
}

qsizetype Layout::nextKept(qsizetype i, qsizetype end) const
{
    for (qsizetype k = i + 1; k < end; ++k) {
        if (m_roles.at(k) != Role::Drop)
            return k;
    }
    return -1;
}

qsizetype Layout::previousKept(qsizetype i) const
{
    for (qsizetype k = i - 1; k >= m_bodyStart; --k) {
        if (m_roles.at(k) != Role::Drop)
            return k;
    }
    return -1;
}

// A label alone ("Datum") takes the line below as its value; a subject that
// wraps goes on below its first line, starting where the value started.
void Layout::takeValue(qsizetype i, qsizetype end, Letterhead::Line &lh)
{
    const PdfLine &line = m_lines.at(i);
    qsizetype k = nextKept(i, end);
    if (lh.valueOnNextLine()) {
        if (k < 0)
            return;
        const QString &value = m_lines.at(k).text;
        if (value.size() > Letterhead::maxColumnValue || value.endsWith(u'.') || Letterhead::classify(value).kind != Letterhead::Kind::None)
            return;
        lh.value = value;
        m_roles[k] = Role::Drop;
        return;
    }
    if (lh.kind != Letterhead::Kind::Subject && lh.kind != Letterhead::Kind::Ministry)
        return;
    const qreal valueLeft = line.cellLefts.size() >= 2 ? line.cellLefts.at(1) : line.box.left();
    qsizetype previous = i;
    while (k >= 0) {
        const PdfLine &next = m_lines.at(k);
        const bool below = next.page == line.page && next.box.bottom() - m_lines.at(previous).box.bottom() <= paragraphGap * m_pitch;
        const bool aligned = std::abs(next.box.left() - valueLeft) <= 2;
        if (!below || !aligned || Letterhead::classify(next.text).kind != Letterhead::Kind::None || isSalutation(next.text))
            return;
        // A ministry's name wraps after "en" or a comma ("Ministerie van
        // Volksgezondheid," / "Welzijn en Sport"); other lines below it are
        // the address.
        if (lh.kind == Letterhead::Kind::Ministry && !lh.value.endsWith(u',') && !lh.value.endsWith(u" en"_s) && !next.text.startsWith(u"en "_s))
            return;
        LineEndHyphen::append(lh.value, next.text);
        m_roles[k] = Role::Drop;
        previous = k;
        k = nextKept(k, end);
    }
}

void Layout::markHeaderArea()
{
    qsizetype salutation = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_roles.at(i) == Role::Text && isSalutation(m_lines.at(i).text)) {
            salutation = i;
            break;
        }
    }
    // Without a salutation only the leading run of letterhead lines counts.
    const bool leadingOnly = salutation < 0;
    const qsizetype end = leadingOnly ? m_lines.size() : salutation;
    qsizetype i = 0;
    for (; i < end; ++i) {
        if (m_roles.at(i) != Role::Text)
            continue;
        const QString &text = m_lines.at(i).text;
        Letterhead::Line lh = Letterhead::classify(text);
        if (leadingOnly && lh.kind == Letterhead::Kind::None && !Letterhead::isPageNumber(text))
            break;
        takeValue(i, end, lh);
        Letterhead::record(lh, m_metadata);
        if (lh.kind == Letterhead::Kind::Date || lh.kind == Letterhead::Kind::Subject) {
            m_roles[i] = Role::Header;
            m_paragraphTexts[i] = lh.value.isEmpty() ? lh.label : lh.label + u' ' + lh.value;
        } else {
            m_roles[i] = Role::Drop;
        }
    }
    if (salutation >= 0) {
        m_roles[salutation] = Role::Salutation;
        m_bodyStart = salutation + 1;
    } else {
        m_bodyStart = i;
    }
}

void Layout::markFootnotes()
{
    QList<bool> candidate(m_lines.size(), false);
    for (qsizetype i = m_bodyStart; i < m_lines.size(); ++i)
        candidate[i] = m_roles.at(i) == Role::Text;
    const PdfFootnotes::Result found = PdfFootnotes::find(m_lines, candidate, m_height);
    m_footnotes = found.notes;
    for (const qsizetype i : found.noteLines)
        m_roles[i] = Role::Drop;
}

// The signature block is the run of function rows and name rows that ends
// the letter, starting at a function row.
void Layout::markSignatureBlock()
{
    qsizetype first = m_lines.size();
    for (qsizetype i = m_lines.size() - 1; i >= m_bodyStart; --i) {
        if (m_roles.at(i) == Role::Drop)
            continue;
        const QStringList &cells = m_lines.at(i).cells;
        if (m_roles.at(i) != Role::Text
            || !(SignatureBlock::isFunctionRow(cells) || SignatureBlock::isNameRow(cells) || SignatureBlock::isContinuationRow(cells)))
            break;
        first = i;
    }
    for (qsizetype i = first; i < m_lines.size(); ++i) {
        if (m_roles.at(i) == Role::Text && SignatureBlock::isFunctionRow(m_lines.at(i).cells)) {
            m_signatureStart = i;
            break;
        }
    }
    if (m_signatureStart < 0)
        return;
    for (qsizetype i = m_signatureStart; i < m_lines.size(); ++i) {
        if (m_roles.at(i) == Role::Text)
            m_roles[i] = Role::Signature;
    }
}

bool Layout::nextWordFits(const PdfLine &line, const PdfLine &next) const
{
    return m_right > 0 && line.box.right() + spaceWidth * m_height + next.firstWordWidth <= m_right;
}

// Whether line b starts a new paragraph after line a (the last kept line).
// hangLeft: where the lines of the open list item start, NaN outside lists.
bool Layout::breakBetween(qsizetype a, qsizetype b, qreal hangLeft) const
{
    const PdfLine &prev = m_lines.at(a);
    const PdfLine &line = m_lines.at(b);
    if (line.page == prev.page) {
        const qreal d = line.box.bottom() - prev.box.bottom();
        const qreal usual = m_pitch * std::max(line.height, prev.height) / m_height;
        if (d <= 0 || d > paragraphGap * usual)
            return true;
    }
    if (std::isnan(hangLeft)) {
        if (line.box.left() > prev.box.left() + firstLineIndent * m_height)
            return true;
    } else if (line.box.left() < hangLeft - 2) {
        return true; // back at the margin after a list item
    }
    return endsWithTerminal(prev.text) && nextWordFits(prev, line);
}

bool Layout::startsParagraph(qsizetype i) const
{
    const qsizetype prev = previousKept(i);
    if (prev < 0 || (m_roles.at(prev) != Role::Text && m_roles.at(prev) != Role::Bullet))
        return true;
    // Inside a list item the hanging indent is no new paragraph.
    const bool inList = m_roles.at(prev) == Role::Bullet;
    const qreal hang = inList && m_lines.at(prev).wordLefts.size() >= 2 ? m_lines.at(prev).wordLefts.at(1) : qQNaN();
    return breakBetween(prev, i, hang);
}

void Layout::classifyBody()
{
    const qsizetype end = m_signatureStart < 0 ? m_lines.size() : m_signatureStart;
    for (qsizetype i = m_bodyStart; i < end; ++i) {
        if (m_roles.at(i) != Role::Text)
            continue;
        const PdfLine &line = m_lines.at(i);
        if (isSalutation(line.text)) {
            m_roles[i] = Role::Salutation;
            continue;
        }
        if (isClosing(line.text)) {
            m_roles[i] = Role::Closing;
            continue;
        }
        const auto bullet = matchBullet(line.text);
        if (bullet.hasMatch() && startsParagraph(i)) {
            m_roles[i] = Role::Bullet;
            m_paragraphTexts[i] = bullet.captured(2);
            continue;
        }
        if (bullet.hasMatch() && bullet.captured(1).isEmpty()) {
            // A symbol bullet always starts an item, even without a gap.
            m_roles[i] = Role::Bullet;
            m_paragraphTexts[i] = bullet.captured(2);
            continue;
        }
        const qsizetype k = nextKept(i, end);
        if (k < 0 || m_roles.at(k) != Role::Text || !isHeadingShaped(line.text))
            continue;
        const PdfLine &next = m_lines.at(k);
        const bool nextStartsSentence = !next.text.isEmpty() && (next.text.front().isUpper() || next.text.front().isDigit());
        if (nextStartsSentence && startsParagraph(i) && (nextWordFits(line, next) || breakBetween(i, k, qQNaN())))
            m_roles[i] = Role::Heading;
    }
}

QList<Draft> Layout::draftParagraphs() const
{
    QList<Draft> drafts;
    const qsizetype end = m_signatureStart < 0 ? m_lines.size() : m_signatureStart;
    bool open = false; // the last draft may still take the next line
    qreal hangLeft = qQNaN();
    qsizetype last = -1;
    for (qsizetype i = 0; i < end; ++i) {
        const PdfLine &line = m_lines.at(i);
        switch (m_roles.at(i)) {
        case Role::Drop:
        case Role::Signature:
            continue;
        case Role::Header:
            drafts.append({ParagraphKind::Header, m_paragraphTexts.at(i)});
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
            drafts.append({ParagraphKind::Bullet, m_paragraphTexts.at(i)});
            hangLeft = line.wordLefts.size() >= 2 ? line.wordLefts.at(1) : line.box.left() + m_height;
            open = true;
            break;
        case Role::Text:
            if (open && last >= 0 && !breakBetween(last, i, hangLeft)) {
                LineEndHyphen::append(drafts.last().text, line.text);
            } else {
                drafts.append({ParagraphKind::Body, line.text});
                hangLeft = qQNaN();
                open = true;
            }
            break;
        }
        last = i;
    }
    return drafts;
}

Expected<Letter> Layout::run()
{
    measure();
    markFurniture();
    markHeaderArea();
    markFootnotes();
    markSignatureBlock();
    classifyBody();

    QList<Draft> drafts = draftParagraphs();
    QList<QStringList> rows;
    if (m_signatureStart >= 0) {
        for (qsizetype i = m_signatureStart; i < m_lines.size(); ++i) {
            if (m_roles.at(i) == Role::Signature)
                rows.append(m_lines.at(i).cells);
        }
    }
    Letter letter = LetterBuilder::finish(std::move(drafts), rows, m_footnotes, m_fileName, m_metadata);
    if (letter.paragraphs.isEmpty())
        return fail(u"%1 contains no letter text."_s.arg(m_fileName));
    return letter;
}

} // namespace

Expected<Letter> PdfLayout::build(const QList<PdfPage> &pages, const QString &fileName)
{
    return Layout(pages, fileName).run();
}

} // namespace Promissa
