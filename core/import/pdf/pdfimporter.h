// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "text/letter.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Reads a PDF letter into the core model with Poppler's text layer (word
/// positions): the right-hand column and page furniture go into the
/// metadata, footnotes stay footnotes, lines are re-flowed into paragraphs
/// (PdfLayout). A pure function of its input, so that it can be fuzzed;
/// fileName goes into Letter::fileName and into error messages.
///
/// Refused with a message that names the file: more than 200 MB, no PDF,
/// cut off before its end, damaged, encrypted with a password, more than
/// 2,000 pages, more than a million words, no text layer (a scan), or more
/// than a minute of work.
Expected<Letter> importPdf(const QByteArray &data, const QString &fileName);

} // namespace Promissa
