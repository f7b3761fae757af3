// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The officielebekendmakingen importers: the same bytes as Kamerstuk XML
// and as its HTML rendering (the lenient HTML reader sees the most).

#include "fuzzchecks.h"
#include "import/xml/officialxmlimporter.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray head = bytes.left(4096);
    (void)Promissa::looksLikeOfficialXml(head);
    (void)Promissa::looksLikeHtml(head);
    if (const auto letter = Promissa::importOfficialXml(bytes, u"fuzz.xml"_s))
        Promissa::FuzzChecks::checkLetter(*letter);
    if (const auto letter = Promissa::importOfficialHtml(bytes, u"fuzz.html"_s))
        Promissa::FuzzChecks::checkLetter(*letter);
    return 0;
}
