// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "text/letter.h"

#include <QByteArray>
#include <QString>

namespace Promissa
{

/// Reads a Kamerstuk as officielebekendmakingen.nl publishes it in XML
/// (root <officiele-publicatie> or <kamerstuk>): the dossier and document
/// number, title and date lines as Header paragraphs, <al> paragraphs,
/// <kop> headings, <lijst>/<li> items as bullets, tables row by row,
/// <noot> footnotes with their markers (and <nootref> repeats), and the
/// <ondertekening> signatories. Metadata: the Kamerstuk number
/// ("21501-20-2208"), the letter's date, the subject (from the DC.title meta
/// tag, else the dossier title), the ministry (from the first signatory,
/// else the meta tags) and the signatories.
///
/// A pure function of its input, so that it can be fuzzed; fileName is used
/// in the Letter and in messages only. Refused: more than 50 MB, DTDs with
/// entity declarations, nesting deeper than 200, other XML documents.
Expected<Letter> importOfficialXml(const QByteArray &data, const QString &fileName);

/// The HTML page officielebekendmakingen.nl renders from the same XML:
/// gives the same Letter. Paragraphs are <p> (class "al" or none), headings
/// <h2>..<h6> or class "kop"/"tussenkop", list items <li>, footnote markers
/// links of class "nootnum" that point at footnote blocks of class "noot",
/// signatories the "ondertekening" block with its "functie" and "naam"
/// parts; the meta tags in <head> as in the XML.
Expected<Letter> importOfficialHtml(const QByteArray &data, const QString &fileName);

/// Whether the first bytes of a file look like an officielebekendmakingen
/// Kamerstuk in XML (for the importer's choice by content).
bool looksLikeOfficialXml(const QByteArray &head);

/// Whether the first bytes of a file look like an HTML page.
bool looksLikeHtml(const QByteArray &head);

} // namespace Promissa
