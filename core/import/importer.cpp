// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/importer.h"

#include "import/letterparser.h"
#include "import/textdecoder.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Formats we recognise by their signature but cannot read yet; naming them
// helps more than "is not a text file".
Expected<void> checkSupportedFormat(const QByteArray &data, const QString &fileName)
{
    if (data.startsWith("%PDF-"))
        return fail(u"%1 is a PDF file; Promissa cannot read PDF yet. Save the letter as plain text (.txt) and open that."_s.arg(fileName));
    if (data.startsWith("PK\x03\x04"))
        return fail(u"%1 is a packaged document (such as .docx or .odt); Promissa cannot read it yet. Save the letter as plain text (.txt) and open that."_s.arg(fileName));
    return {};
}

} // namespace

Expected<Letter> importLetterData(const QByteArray &data, const QString &fileName)
{
    if (auto supported = checkSupportedFormat(data, fileName); !supported)
        return std::unexpected(supported.error());
    const auto decoded = TextDecoder::decode(data, fileName);
    if (!decoded)
        return std::unexpected(decoded.error());
    return LetterParser::parse(decoded->text, fileName);
}

Expected<Letter> importLetter(const QString &path)
{
    // Every extension (.txt or none or unknown) goes through the plain text
    // importer for now; the content checks reject what it cannot read.
    const auto data = TextDecoder::readFile(path);
    if (!data)
        return std::unexpected(data.error());
    return importLetterData(*data, path);
}

} // namespace Promissa
