// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The plain-text importer: decoding (UTF-8, Windows-1252) and the letter
// parser (Word-export markup, wrapped PDF text, pdftotext -layout columns).

#include "fuzzchecks.h"
#include "import/letterparser.h"
#include "import/textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = Promissa::TextDecoder::decode(bytes, u"fuzz.txt"_s);
    if (decoded) {
        const auto letter = Promissa::LetterParser::parse(decoded->text, u"fuzz.txt"_s);
        if (letter)
            Promissa::FuzzChecks::checkLetter(*letter);
    }
    return 0;
}
