// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The DOCX importer: the ZIP container (KF6Archive), the WordprocessingML
// parts and the letter assembled from them.

#include "fuzzchecks.h"
#include "import/docx/docximporter.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Promissa::looksLikeDocx(bytes);
    if (const auto letter = Promissa::importDocx(bytes, u"fuzz.docx"_s))
        Promissa::FuzzChecks::checkLetter(*letter);
    return 0;
}
