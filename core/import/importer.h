// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "text/letter.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Reads a letter file into the core model, choosing the importer by the
/// file's content (PDF, DOCX, officielebekendmakingen XML or HTML, plain
/// text), not by its extension. Every failure is an Error whose message
/// names the file and what is wrong (missing, empty, binary, bad encoding).
Expected<Letter> importLetter(const QString &path);

/// Same, for bytes already in memory; fileName is used in messages only.
Expected<Letter> importLetterData(const QByteArray &data, const QString &fileName);

/// The PDF importer lives in its own library (promissa_pdf: Poppler links
/// Qt Gui, which the core must not). Programs that link it install it here
/// at start-up with setPdfImporter(&importPdf); without it a PDF gets a clear
/// "built without PDF support" error.
using FormatImporter = Expected<Letter> (*)(const QByteArray &data, const QString &fileName);
void setPdfImporter(FormatImporter importer);

} // namespace Promissa
