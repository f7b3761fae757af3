// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/docx/docxpackage.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QtEndian>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 endRecordSize = 22;
constexpr qint64 centralHeaderSize = 46;
constexpr qint64 localHeaderSize = 30;
constexpr qint64 readChunk = 64 * 1024;
constexpr qint64 mebibyte = 1024 * 1024;

const QString mainPart = u"word/document.xml"_s;

// Little-endian fields of a byte range, each read checked against its end.
class Bytes
{
public:
    explicit Bytes(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData()))
        , m_size(data.size())
    {
    }

    qint64 size() const { return m_size; }
    bool has(quint64 at, quint64 length) const { return at <= quint64(m_size) && length <= quint64(m_size) - at; }
    quint16 u16(qint64 at) const { return qFromLittleEndian<quint16>(m_data + at); }
    quint32 u32(qint64 at) const { return qFromLittleEndian<quint32>(m_data + at); }
    quint64 u64(qint64 at) const { return qFromLittleEndian<quint64>(m_data + at); }
    QString name(qint64 at, qint64 length) const { return QString::fromUtf8(reinterpret_cast<const char *>(m_data + at), length); }

private:
    const uchar *m_data;
    qint64 m_size;
};

struct Directory {
    quint64 offset = 0;
    quint64 size = 0;
    quint64 count = 0;
};

// The end-of-central-directory record sits in the last 64 KiB (its comment
// may be up to 65535 bytes long); ZIP64 files point on to a larger record.
std::optional<Directory> findDirectory(const Bytes &b)
{
    if (b.size() < endRecordSize)
        return std::nullopt;
    const qint64 lowest = std::max<qint64>(0, b.size() - endRecordSize - 0xFFFF);
    for (qint64 at = b.size() - endRecordSize; at >= lowest; --at) {
        if (b.u32(at) != endSignature || !b.has(at + endRecordSize, b.u16(at + 20)))
            continue;
        Directory dir{b.u32(at + 16), b.u32(at + 12), b.u16(at + 10)};
        if (dir.count == 0xFFFF || dir.size == 0xFFFFFFFF || dir.offset == 0xFFFFFFFF) {
            const qint64 locator = at - 20;
            if (locator < 0 || b.u32(locator) != zip64LocatorSignature)
                return std::nullopt;
            const quint64 record = b.u64(locator + 8);
            if (!b.has(record, 56) || b.u32(qint64(record)) != zip64EndSignature)
                return std::nullopt;
            dir = Directory{b.u64(qint64(record) + 48), b.u64(qint64(record) + 40), b.u64(qint64(record) + 32)};
        }
        if (!b.has(dir.offset, dir.size))
            return std::nullopt;
        return dir;
    }
    return std::nullopt;
}

// The unpacked size from a ZIP64 extra field, for entries whose 32-bit
// field says 0xFFFFFFFF.
quint64 zip64Size(const Bytes &b, qint64 extra, qint64 length, quint64 fallback)
{
    for (qint64 at = extra; at + 4 <= extra + length;) {
        const quint16 id = b.u16(at);
        const quint16 size = b.u16(at + 2);
        if (id == 0x0001 && size >= 8 && at + 4 + 8 <= extra + length)
            return b.u64(at + 4);
        at += 4 + size;
    }
    return fallback;
}

struct DirectoryEntry {
    QString name;
    quint64 size = 0;
    bool encrypted = false;
};

// Every entry of the central directory, or nothing when it is damaged.
std::optional<QList<DirectoryEntry>> readDirectory(const Bytes &b, const Directory &dir)
{
    QList<DirectoryEntry> entries;
    entries.reserve(qsizetype(std::min<quint64>(dir.count, DocxPackage::maxEntries)));
    qint64 at = qint64(dir.offset);
    const qint64 end = qint64(dir.offset + dir.size);
    for (quint64 i = 0; i < dir.count; ++i) {
        if (at + centralHeaderSize > end || b.u32(at) != centralHeaderSignature)
            return std::nullopt;
        const quint16 flags = b.u16(at + 8);
        const quint32 size = b.u32(at + 24);
        const qint64 nameLength = b.u16(at + 28);
        const qint64 extraLength = b.u16(at + 30);
        const qint64 commentLength = b.u16(at + 32);
        if (at + centralHeaderSize + nameLength + extraLength + commentLength > end)
            return std::nullopt;
        DirectoryEntry entry;
        entry.name = b.name(at + centralHeaderSize, nameLength);
        entry.size = size == 0xFFFFFFFF ? zip64Size(b, at + centralHeaderSize + nameLength, extraLength, size) : size;
        entry.encrypted = flags & 0x0001;
        entries.append(std::move(entry));
        at += centralHeaderSize + nameLength + extraLength + commentLength;
    }
    return entries;
}

// Only the start of the file: the names in the local headers found there.
bool localHeadersName(const Bytes &b, const QString &wanted)
{
    qint64 at = 0;
    while (b.has(at, localHeaderSize) && b.u32(at) == localHeaderSignature) {
        const quint16 flags = b.u16(at + 6);
        const quint32 compressed = b.u32(at + 18);
        const qint64 nameLength = b.u16(at + 26);
        const qint64 extraLength = b.u16(at + 28);
        if (!b.has(at + localHeaderSize, nameLength))
            return false;
        if (b.name(at + localHeaderSize, nameLength) == wanted)
            return true;
        // With a data descriptor the size comes after the data: we cannot skip it.
        if ((flags & 0x0008) && compressed == 0)
            return false;
        at += localHeaderSize + nameLength + extraLength + compressed;
    }
    return false;
}

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + mebibyte - 1) / mebibyte);
}

} // namespace

DocxPackage::DocxPackage(DocxPackage &&) noexcept = default;
DocxPackage &DocxPackage::operator=(DocxPackage &&) noexcept = default;
DocxPackage::~DocxPackage() = default;

bool DocxPackage::looksLikeDocx(const QByteArray &head)
{
    if (!head.startsWith("PK\x03\x04"))
        return false;
    const Bytes b(head);
    if (const auto dir = findDirectory(b); dir && dir->count <= quint64(maxEntries)) {
        if (const auto entries = readDirectory(b, *dir)) {
            return std::any_of(entries->cbegin(), entries->cend(), [](const DirectoryEntry &e) {
                return e.name == mainPart;
            });
        }
    }
    return localHeadersName(b, mainPart);
}

Expected<DocxPackage> DocxPackage::open(const QByteArray &data, const QString &fileName)
{
    if (data.size() > maxFileSize)
        return fail(u"%1: the file is %2 MB; Promissa reads Word documents up to %3 MB."_s.arg(fileName, megabytes(data.size()), megabytes(maxFileSize)));
    if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return fail(u"%1: this is a password-protected Word document or an old Word 97-2003 (.doc) file; "
                    u"Promissa reads unprotected .docx files. Remove the password or save it as .docx in Word."_s.arg(fileName));
    }
    if (!data.startsWith("PK"))
        return fail(u"%1: this is not a DOCX file (a .docx file is a ZIP archive, and this file is not one)."_s.arg(fileName));

    const Bytes b(data);
    const auto dir = findDirectory(b);
    if (!dir)
        return fail(u"%1: the file is damaged or incomplete: the ZIP directory at its end is missing (was the download cut short?)."_s.arg(fileName));
    if (dir->count > quint64(maxEntries))
        return fail(u"%1: the archive holds %2 entries; a Word document has a few dozen, so Promissa refuses it."_s.arg(fileName).arg(dir->count));
    const auto entries = readDirectory(b, *dir);
    if (!entries)
        return fail(u"%1: the file is damaged: its ZIP directory cannot be read."_s.arg(fileName));

    DocxPackage package;
    package.m_fileName = fileName;
    for (const DirectoryEntry &e : *entries) {
        if (package.m_entries.contains(e.name))
            continue;
        package.m_entries.insert(e.name, Entry{e.size, e.encrypted});
        package.m_names.append(e.name);
    }
    package.m_buffer = std::make_unique<QBuffer>();
    package.m_buffer->setData(data);
    package.m_zip = std::make_unique<KZip>(package.m_buffer.get());
    if (!package.m_zip->open(QIODevice::ReadOnly))
        return fail(u"%1: the file is damaged: it cannot be opened as a ZIP archive (%2)."_s.arg(fileName, package.m_zip->errorString()));
    return package;
}

Expected<QByteArray> DocxPackage::read(const QString &part)
{
    const auto entry = m_entries.constFind(part);
    if (entry == m_entries.cend())
        return fail(u"%1: %2 is missing from the archive."_s.arg(m_fileName, part));
    if (entry->encrypted)
        return fail(u"%1: %2 is encrypted; remove the password in Word and save the document again."_s.arg(m_fileName, part));
    auto tooLarge = [this, &part] {
        return fail(u"%1: %2 unpacks to more than the %3 MB of XML that Promissa reads from one document (a zip bomb?)."_s.arg(
            m_fileName, part, megabytes(maxXmlBytes)));
    };
    if (entry->size > quint64(m_budget))
        return tooLarge();

    const KArchiveFile *file = m_zip->directory()->file(part);
    if (!file)
        return fail(u"%1: %2 is listed in the ZIP directory but cannot be found in the archive."_s.arg(m_fileName, part));
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return fail(u"%1: %2 is damaged: it cannot be unpacked."_s.arg(m_fileName, part));

    // Read with our own cap: the sizes in the directory may lie.
    QByteArray out;
    out.reserve(qsizetype(entry->size));
    QByteArray chunk(readChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(chunk.data(), chunk.size());
        if (got < 0)
            return fail(u"%1: %2 is damaged: it cannot be unpacked."_s.arg(m_fileName, part));
        if (got == 0)
            break;
        if (out.size() + got > m_budget)
            return tooLarge();
        out.append(chunk.constData(), got);
    }
    if (quint64(out.size()) != entry->size) {
        return fail(u"%1: %2 is damaged: it unpacks to %3 bytes where the ZIP directory says %4."_s.arg(m_fileName, part)
                        .arg(out.size())
                        .arg(entry->size));
    }
    m_budget -= out.size();
    return out;
}

} // namespace Promissa
