// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QByteArray>
#include <QHash>

namespace Promissa
{

/// How the CSV is written. The defaults open correctly in Excel with Dutch
/// regional settings, where the list separator is ';' (',' is the decimal
/// sign there) and a UTF-8 file is only recognised by its byte-order mark:
/// without it "Oekraïne" shows as "OekraÃ¯ne". LibreOffice reads both.
struct CsvOptions {
    char separator = ';';
    bool byteOrderMark = true;
};

/// One row per commitment, with a header row; CRLF line ends (RFC 4180);
/// fields quoted when they hold the separator, a quote or a line break.
/// A field that starts with '=', '+', '-' or '@' gets a leading apostrophe so
/// that a spreadsheet shows it as text instead of running it as a formula.
/// `letters` supplies the letter date and subject columns.
QByteArray commitmentsToCsv(const QList<TrackedCommitment> &commitments,
                            const QHash<qint64, TrackedLetter> &letters,
                            QDate today,
                            const CsvOptions &options = {});

} // namespace Promissa
