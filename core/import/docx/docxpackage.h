// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class KZip;
class QBuffer;

namespace Promissa
{

/// The ZIP container of a .docx file, opened from memory with limits.
///
/// The ZIP directory is checked by hand before KZip sees the file, so that a
/// truncated file, a hostile entry count or an encrypted part gets a message
/// of its own; parts are then unpacked through KZip with a budget of
/// decompressed bytes, whatever sizes the directory declares (zip bombs).
class DocxPackage
{
public:
    static constexpr qint64 maxFileSize = 200 * 1024 * 1024;
    static constexpr qint64 maxXmlBytes = 50 * 1024 * 1024; ///< all parts read, unpacked
    static constexpr qint64 maxEntries = 10000; ///< a Word document has a few dozen

    static Expected<DocxPackage> open(const QByteArray &data, const QString &fileName);

    /// A ZIP archive whose directory lists word/document.xml. head may be
    /// the whole file (then the directory at its end is read) or only its
    /// start (then the local headers there are looked at).
    static bool looksLikeDocx(const QByteArray &head);

    DocxPackage(DocxPackage &&) noexcept;
    DocxPackage &operator=(DocxPackage &&) noexcept;
    ~DocxPackage();

    bool contains(const QString &part) const { return m_entries.contains(part); }
    const QStringList &parts() const { return m_names; } ///< in directory order

    /// The part unpacked; counts against maxXmlBytes for the whole package.
    Expected<QByteArray> read(const QString &part);

private:
    struct Entry {
        quint64 size = 0; ///< declared, unpacked
        bool encrypted = false;
    };

    DocxPackage() = default;

    QString m_fileName;
    QHash<QString, Entry> m_entries;
    QStringList m_names;
    qint64 m_budget = maxXmlBytes;
    // The archive reads from the buffer: declared first, destroyed last.
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<KZip> m_zip;
};

} // namespace Promissa
