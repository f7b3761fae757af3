// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The PDF importer: Poppler's parser and text layer, then Promissa's page
// layout (column, furniture, footnotes, re-flow). Poppler itself is not
// instrumented; what it hands over is.

#include "fuzzchecks.h"
#include "import/pdf/pdfimporter.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto letter = Promissa::importPdf(bytes, u"fuzz.pdf"_s))
        Promissa::FuzzChecks::checkLetter(*letter);
    return 0;
}
