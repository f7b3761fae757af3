// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/pdf/pdffootnotes.h"

#include "import/lineendhyphen.h"
#include "import/pagefootnotes.h"
#include "import/wordmarkup.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr qreal smallFont = 0.93; ///< of the body's line height: note text is smaller (Word: 10 pt notes under 11 pt text)
constexpr qreal noteLineGap = 1.9; ///< of a note line's height: the next line of the same note stands closer
constexpr int maxNoteDigits = 3;
constexpr qsizetype maxBlockLines = 60;

struct PageRange {
    qsizetype begin = 0;
    qsizetype end = 0;
};

class Finder
{
public:
    Finder(QList<PdfLine> &lines, const QList<bool> &candidate, qreal bodyHeight)
        : m_lines(lines)
        , m_candidate(candidate)
        , m_bodyHeight(bodyHeight)
    {
    }

    PdfFootnotes::Result run();

private:
    void indexMarkers();
    void readPage(const QList<qsizetype> &page, const QList<qsizetype> &previousPage);
    bool hasMarker(int number, qsizetype before, const QList<qsizetype> &page, const QList<qsizetype> &previousPage);
    void restoreUnmatchedMarkers();

    QList<PdfLine> &m_lines;
    const QList<bool> &m_candidate;
    qreal m_bodyHeight = 0;
    QHash<int, QList<qsizetype>> m_markers; ///< raised markers: number -> lines, in order
    PdfFootnotes::Result m_result;
    int m_last = 0; ///< number of the last note found
    qsizetype m_lastLine = -1; ///< its last line, for notes that run over a page
};

void Finder::indexMarkers()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_candidate.at(i))
            continue;
        for (const QChar c : std::as_const(m_lines.at(i).text)) {
            if (WordMarkup::isMarker(c))
                m_markers[WordMarkup::markerNumber(c)].append(i);
        }
    }
}

// A raised marker for the note above the note block, or digits glued to a
// word on this page or the one before (those become a marker now).
bool Finder::hasMarker(int number, qsizetype before, const QList<qsizetype> &page, const QList<qsizetype> &previousPage)
{
    const auto it = m_markers.constFind(number);
    if (it != m_markers.cend() && !it->isEmpty() && it->front() < before)
        return true;
    if (number > WordMarkup::maxFootnoteNumber)
        return false;
    for (const QList<qsizetype> *lines : {&previousPage, &page}) {
        for (const qsizetype i : *lines) {
            if (i >= before || m_result.noteLines.contains(i))
                continue;
            QString &text = m_lines[i].text;
            const qsizetype at = PageFootnotes::findMarker(text, number);
            if (at >= 0) {
                text.replace(at, QString::number(number).size(), WordMarkup::marker(number));
                m_markers[number].append(i);
                return true;
            }
        }
    }
    return false;
}

void Finder::readPage(const QList<qsizetype> &page, const QList<qsizetype> &previousPage)
{
    // The block of small lines at the foot of the page; notes fill a few
    // dozen lines at most, and the cap keeps the marker search linear.
    qsizetype first = page.size();
    while (first > 0 && page.size() - first < maxBlockLines) {
        const PdfLine &line = m_lines.at(page.at(first - 1));
        if (line.height <= 0 || line.height > smallFont * m_bodyHeight)
            break;
        --first;
    }
    if (first == page.size())
        return;

    const bool carriesOver = m_lastLine >= 0 && !previousPage.isEmpty() && m_result.noteLines.contains(previousPage.back());
    qsizetype previous = -1; // the line above within the current note
    int current = 0;
    for (qsizetype k = first; k < page.size(); ++k) {
        const qsizetype i = page.at(k);
        const PdfLine &line = m_lines.at(i);
        qsizetype textStart = 0;
        const int n = PdfFootnotes::noteStart(line.text, textStart);
        if (n > m_last && hasMarker(n, page.at(first), page, previousPage)) {
            current = n;
            m_last = n;
            m_result.notes.insert(n, line.text.sliced(textStart).trimmed());
        } else if (current > 0 && previous >= 0 && line.box.bottom() - m_lines.at(previous).box.bottom() <= noteLineGap * line.height) {
            LineEndHyphen::append(m_result.notes[current], line.text);
        } else if (current == 0 && k == first && carriesOver) {
            current = m_last; // the note of the page before runs on here
            LineEndHyphen::append(m_result.notes[current], line.text);
        } else {
            break; // no note: the lines stay body text
        }
        m_result.noteLines.insert(i);
        previous = i;
        m_lastLine = i;
    }
}

void Finder::restoreUnmatchedMarkers()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        QString &text = m_lines[i].text;
        if (!WordMarkup::containsMarker(text))
            continue;
        const bool inNote = m_result.noteLines.contains(i);
        QString out;
        out.reserve(text.size());
        for (const QChar c : std::as_const(text)) {
            const int n = WordMarkup::markerNumber(c);
            if (n > 0 && (inNote || !m_result.notes.contains(n)))
                out.append(QString::number(n));
            else
                out.append(c);
        }
        text = out;
    }
    // Note texts hold no markers of their own.
    for (QString &note : m_result.notes) {
        QString out;
        for (const QChar c : std::as_const(note))
            out.append(WordMarkup::isMarker(c) ? QString::number(WordMarkup::markerNumber(c)) : QString(c));
        note = out;
    }
}

PdfFootnotes::Result Finder::run()
{
    indexMarkers();
    QList<qsizetype> previousPage;
    qsizetype i = 0;
    while (i < m_lines.size()) {
        const int pageIndex = m_lines.at(i).page;
        QList<qsizetype> page;
        for (; i < m_lines.size() && m_lines.at(i).page == pageIndex; ++i) {
            if (m_candidate.at(i))
                page.append(i);
        }
        readPage(page, previousPage);
        previousPage = std::move(page);
    }
    restoreUnmatchedMarkers();
    return m_result;
}

} // namespace

int PdfFootnotes::noteStart(QStringView text, qsizetype &textStart)
{
    qsizetype lead = 0;
    while (lead < text.size() && text.at(lead).isSpace())
        ++lead;
    text = text.sliced(lead);
    if (text.isEmpty())
        return 0;
    qsizetype i = 0;
    int number = 0;
    if (WordMarkup::isMarker(text.front())) {
        number = WordMarkup::markerNumber(text.front());
        i = 1;
    } else {
        while (i < text.size() && i < maxNoteDigits && text.at(i).isDigit()) {
            number = number * 10 + text.at(i).digitValue();
            ++i;
        }
        // "12 Kamerstuk", "12. Kamerstuk"; "2.000 woningen" and "1,2" are no note.
        if (i == 0 || i >= text.size() || (text.at(i) != u' ' && text.at(i) != u'.'))
            return 0;
        if (text.at(i) == u'.')
            ++i;
    }
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (number == 0 || i >= text.size())
        return 0;
    const QChar c = text.at(i);
    if (!(c.isLetter() || c == u'(' || c == u'“' || c == u'"' || c == u'‘' || c == u'\''))
        return 0;
    textStart = lead + i;
    return number;
}

PdfFootnotes::Result PdfFootnotes::find(QList<PdfLine> &lines, const QList<bool> &candidate, qreal bodyHeight)
{
    return Finder(lines, candidate, bodyHeight).run();
}

} // namespace Promissa
