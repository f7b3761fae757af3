// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/pdf/pdfimporter.h"

#include "import/pdf/pdflayout.h"
#include "import/pdf/pdfword.h"

#include <QDeadlineTimer>
#include <QVariant>

#include <poppler-qt6.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr qsizetype maxBytes = 200 * 1024 * 1024;
constexpr int maxPages = 2000;
constexpr qsizetype maxWords = 1000000;
constexpr std::chrono::seconds timeBudget(60);
constexpr qsizetype headerWindow = 1024; ///< "%PDF-" and "%%EOF" stand this close to the ends

// Poppler reports every oddity of a damaged file on qDebug; the importer
// gives its own message, and fuzzing would drown in them.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { }, QVariant());
    });
}

bool deadlinePassed(const QVariant &closure)
{
    return reinterpret_cast<const QDeadlineTimer *>(closure.value<quintptr>())->hasExpired();
}

// Ligatures and no-break spaces as the plain characters the text has.
QString plainText(QString text)
{
    for (const QChar c : std::as_const(text)) {
        if ((c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06) || c.unicode() == 0x00A0)
            return text.normalized(QString::NormalizationForm_KC);
    }
    return text;
}

} // namespace

Expected<Letter> importPdf(const QByteArray &data, const QString &fileName)
{
    if (data.size() > maxBytes)
        return fail(u"%1 is %2 MB; Promissa reads PDF files of at most 200 MB."_s.arg(fileName).arg(data.size() / (1024 * 1024)));
    if (data.isEmpty())
        return fail(u"%1 is empty."_s.arg(fileName));
    if (!data.left(headerWindow).contains("%PDF-"))
        return fail(u"%1 is not a PDF file."_s.arg(fileName));
    // Poppler rebuilds a cut-off file from what is left and would give part
    // of the letter without a word; a file without its end marker is refused.
    if (!data.right(headerWindow).contains("%%EOF"))
        return fail(u"%1 is incomplete: the PDF is cut off before its end. Download or save it again."_s.arg(fileName));

    silencePoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document)
        return fail(u"%1 is damaged: Poppler cannot read it as a PDF."_s.arg(fileName));
    if (document->isLocked())
        return fail(u"%1 is encrypted (password protected); Promissa cannot read it. Save an unprotected copy and open that."_s.arg(fileName));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(u"%1 is damaged: it has no pages."_s.arg(fileName));
    if (pageCount > maxPages)
        return fail(u"%1 has %2 pages; Promissa reads letters of at most %3 pages."_s.arg(fileName).arg(pageCount).arg(maxPages));

    const QDeadlineTimer deadline(timeBudget);
    const QVariant closure = QVariant::fromValue(reinterpret_cast<quintptr>(&deadline));
    QList<PdfPage> pages;
    pages.reserve(pageCount);
    qsizetype wordCount = 0;
    for (int p = 0; p < pageCount; ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page)
            return fail(u"%1 is damaged: page %2 cannot be read."_s.arg(fileName).arg(p + 1));
        PdfPage out;
        out.size = page->pageSizeF();
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList(Poppler::Page::Rotate0, deadlinePassed, closure);
        if (deadline.hasExpired())
            return fail(u"%1 took too long to read (over %2 seconds); the PDF may be damaged."_s.arg(fileName).arg(timeBudget.count()));
        wordCount += qsizetype(boxes.size());
        if (wordCount > maxWords)
            return fail(u"%1 holds more than %2 words; that is no letter Promissa can read."_s.arg(fileName).arg(maxWords));
        out.words.reserve(qsizetype(boxes.size()));
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes)
            out.words.append(PdfWord{plainText(box->text()), box->boundingBox()});
        pages.append(std::move(out));
    }
    if (wordCount == 0)
        return fail(u"%1 has no text layer (a scanned image); OCR it first."_s.arg(fileName));
    return PdfLayout::build(pages, fileName);
}

} // namespace Promissa
