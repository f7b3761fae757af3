// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The Tweede Kamer's Toezegging register exports: OData JSON and SyncFeed XML.

#include "import/xml/toezeggingreader.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Promissa::readToezeggingen(bytes, u"fuzz.json"_s);
    return 0;
}
