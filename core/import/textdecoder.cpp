// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/textdecoder.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; 0 marks the bytes the
// code page leaves undefined. Our own table so that decoding does not depend
// on which codecs the Qt build (ICU or not) happens to ship.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000, // 88-8F
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178, // 98-9F
};

// Binary files: any NUL byte, or more than this share of control characters
// (other than tab, line feed, form feed, carriage return) in the first 4 KiB.
constexpr qsizetype binarySniffBytes = 4096;
constexpr qsizetype maxControlPercent = 5;

struct Utf8Scan {
    qsizetype validMultiByte = 0;
    qsizetype firstInvalid = -1;
};

// Length of the valid UTF-8 sequence starting at data[i], or 0 when the bytes
// there are not a well-formed sequence (overlongs, surrogates and code points
// above U+10FFFF are ill-formed, as in the Unicode standard's table 3-7).
qsizetype validSequenceLength(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char b0 = data[i];
    if (b0 < 0x80)
        return 1;
    auto cont = [&](qsizetype k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i + k < size && data[i + k] >= lo && data[i + k] <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (b0 == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b0 == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

Utf8Scan scanUtf8(const QByteArray &data, qsizetype from)
{
    Utf8Scan scan;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = from;
    while (i < size) {
        // Letters are mostly ASCII: skip it eight bytes at a time.
        while (i + 8 <= size) {
            quint64 block;
            std::memcpy(&block, bytes + i, sizeof block);
            if (block & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const qsizetype len = validSequenceLength(bytes, size, i);
        if (len == 0) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
            continue;
        }
        if (len > 1)
            ++scan.validMultiByte;
        i += len;
    }
    return scan;
}

bool looksBinary(const QByteArray &data)
{
    if (data.contains('\0'))
        return true;
    const qsizetype n = std::min(data.size(), binarySniffBytes);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return controls * 100 > n * maxControlPercent;
}

// CRLF and lone CR become LF, in one pass.
QString normalizeLineEnds(const QString &in)
{
    if (!in.contains(u'\r'))
        return in;
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in.at(i);
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < n && in.at(i + 1) == u'\n')
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

char16_t TextDecoder::windows1252ToUnicode(unsigned char byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return cp1252High[byte - 0x80];
    return byte;
}

Expected<TextDecoder::Result> TextDecoder::decode(const QByteArray &data, const QString &fileName)
{
    if (data.isEmpty())
        return fail(u"%1 is empty."_s.arg(fileName));
    if (looksBinary(data))
        return fail(u"%1 is not a text file (it contains binary data)."_s.arg(fileName));

    const bool hasBom = data.startsWith("\xEF\xBB\xBF");
    const qsizetype start = hasBom ? 3 : 0;
    const Utf8Scan scan = scanUtf8(data, start);

    Result result;
    if (scan.firstInvalid < 0) {
        result.encoding = Encoding::Utf8;
        result.text = QString::fromUtf8(data.constData() + start, data.size() - start);
    } else if (hasBom || scan.validMultiByte > 0) {
        // A BOM or any valid multi-byte sequence says the writer meant UTF-8.
        return fail(u"%1 is not valid UTF-8: invalid byte 0x%2 at byte offset %3."_s.arg(fileName)
                        .arg(uint(static_cast<unsigned char>(data.at(scan.firstInvalid))), 2, 16, QLatin1Char('0'))
                        .arg(scan.firstInvalid));
    } else {
        result.encoding = Encoding::Windows1252;
        result.text.reserve(data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const auto byte = static_cast<unsigned char>(data.at(i));
            const char16_t u = windows1252ToUnicode(byte);
            if (u == 0 && byte != 0)
                return fail(u"%1 is neither UTF-8 nor Windows-1252: byte 0x%2 at byte offset %3 is undefined in Windows-1252."_s
                                .arg(fileName)
                                .arg(uint(byte), 2, 16, QLatin1Char('0'))
                                .arg(i));
            result.text.append(QChar(u));
        }
    }

    result.text = normalizeLineEnds(result.text);
    // Not trimmed(): that copies the whole text when it ends in a newline.
    const bool blank = std::all_of(result.text.cbegin(), result.text.cend(), [](QChar c) {
        return c.isSpace();
    });
    if (blank)
        return fail(u"%1 is empty (it contains only white space)."_s.arg(fileName));
    return result;
}

Expected<QByteArray> TextDecoder::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"%1 does not exist."_s.arg(path));
    if (info.isDir())
        return fail(u"%1 is a folder, not a letter file."_s.arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1 cannot be read: %2"_s.arg(path, file.errorString()));
    return file.readAll();
}

Expected<TextDecoder::Result> TextDecoder::decodeFile(const QString &path)
{
    const auto data = readFile(path);
    if (!data)
        return std::unexpected(data.error());
    return decode(*data, path);
}

} // namespace Promissa
