// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "text/letter.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Reads a Word document (.docx, Office Open XML) into the core Letter:
/// paragraphs with their kinds from styles and list numbering, footnotes
/// from word/footnotes.xml at the places of their references, tables one
/// row per paragraph, and the Rijksoverheid letterhead ("Datum", "Betreft",
/// "Ons kenmerk", in the text, in text boxes or in the page headers) in the
/// metadata. Headers, footers and text boxes are never body text.
///
/// A pure function of its input (for fuzzing): fileName is used in
/// Letter::fileName and in messages only. Hostile input gets an Error that
/// names the file and the problem: not a ZIP archive, truncated, no
/// word/document.xml, more than 200 MB, more than 10,000 entries, more
/// than 50 MB of XML once unpacked (zip bombs), XML that is not
/// well-formed (with line and column), a DTD with entity declarations.
Expected<Letter> importDocx(const QByteArray &data, const QString &fileName);

/// A cheap test of a file's first bytes: a ZIP archive that lists
/// word/document.xml. Give the whole file when you have it: the ZIP
/// directory at its end is then read; with only a head, the local headers
/// in it are looked at.
bool looksLikeDocx(const QByteArray &head);

} // namespace Promissa
