// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Turns the bytes of a letter file into text with '\n' line ends.
///
/// Encodings: UTF-8 (with or without BOM) and Windows-1252. Bytes that are
/// valid UTF-8 are read as UTF-8; bytes with high bytes but not a single
/// valid multi-byte UTF-8 sequence are read as Windows-1252; a mixture of
/// valid multi-byte sequences and invalid ones is broken UTF-8 and an Error.
class TextDecoder
{
public:
    enum class Encoding {
        Utf8,
        Windows1252,
    };

    struct Result {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    /// fileName is used in error messages only.
    static Expected<Result> decode(const QByteArray &data, const QString &fileName);

    /// Reads a file's bytes; a missing or unreadable file is an Error.
    static Expected<QByteArray> readFile(const QString &path);

    /// Reads and decodes a file; a missing or unreadable file is an Error too.
    static Expected<Result> decodeFile(const QString &path);

    /// The Unicode code point for one Windows-1252 byte, or 0 for the five
    /// bytes the code page leaves undefined (0x81 0x8D 0x8F 0x90 0x9D).
    static char16_t windows1252ToUnicode(unsigned char byte);
};

} // namespace Promissa
