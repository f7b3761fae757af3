// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/importer.h"

#include "import/docx/docximporter.h"
#include "import/letterparser.h"
#include "import/textdecoder.h"
#include "import/xml/officialxmlimporter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Every importer caps its own input; this cap keeps a huge file from being
// read into memory at all. Real letters are well under a megabyte of text
// and a few megabytes of PDF.
constexpr qint64 MaximumFileSize = 200LL * 1024 * 1024;

FormatImporter s_pdfImporter = nullptr;

// The first bytes after a UTF-8 byte-order mark and leading white space.
QByteArrayView contentStart(const QByteArray &data)
{
    QByteArrayView view(data);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    qsizetype i = 0;
    while (i < view.size() && i < 4096 && (view[i] == ' ' || view[i] == '\t' || view[i] == '\r' || view[i] == '\n'))
        ++i;
    return view.sliced(i);
}

// "brief.pdf is 500 MB; ...": whole megabytes, as the importers' own
// limits are stated.
std::unexpected<Error> tooLarge(const QString &fileName, qint64 size)
{
    constexpr qint64 megabyte = 1024 * 1024;
    return fail(u"%1 is %2 MB; Promissa reads letters of up to %3 MB."_s.arg(fileName).arg(size / megabyte).arg(MaximumFileSize / megabyte));
}

} // namespace

void setPdfImporter(FormatImporter importer)
{
    s_pdfImporter = importer;
}

Expected<Letter> importLetterData(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaximumFileSize)
        return tooLarge(fileName, data.size());
    // Chosen by content: an extension says what a file should be, its bytes
    // what it is.
    if (data.startsWith("%PDF-")) {
        if (!s_pdfImporter)
            return fail(u"%1 is a PDF file, and this program was built without PDF support."_s.arg(fileName));
        return s_pdfImporter(data, fileName);
    }
    if (data.startsWith("PK\x03\x04")) {
        if (looksLikeDocx(data))
            return importDocx(data, fileName);
        return fail(u"%1 is a ZIP package but not a Word document (.docx): it has no word/document.xml. Save the letter as .docx, PDF or plain text."_s.arg(fileName));
    }
    if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail(u"%1 is an old Word 97-2003 document (.doc); Promissa reads .docx, PDF, XML and plain text. Save it as .docx."_s.arg(fileName));
    const QByteArrayView start = contentStart(data);
    if (start.startsWith("<")) {
        const QByteArray head = start.first(std::min<qsizetype>(start.size(), 4096)).toByteArray();
        if (looksLikeOfficialXml(head))
            return importOfficialXml(data, fileName);
        if (looksLikeHtml(head))
            return importOfficialHtml(data, fileName);
        if (start.startsWith("<?xml"))
            return importOfficialXml(data, fileName); // names what kind of XML it is not
    }
    const auto decoded = TextDecoder::decode(data, fileName);
    if (!decoded)
        return std::unexpected(decoded.error());
    return LetterParser::parse(decoded->text, fileName);
}

Expected<Letter> importLetter(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > MaximumFileSize)
        return tooLarge(path, info.size());
    const auto data = TextDecoder::readFile(path);
    if (!data)
        return std::unexpected(data.error());
    return importLetterData(*data, path);
}

} // namespace Promissa
