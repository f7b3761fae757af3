// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/timeparser.h"
#include "text/letter.h"

namespace Promissa
{

/// The date a letter was sent, with a sentence saying why: (a) its "Datum"
/// line; (b) a dated closing line ("Den Haag, 4 maart 2025"); (c) the dates
/// in its text: a full date that the text calls today (a footnote
/// "Verzonden op 4 maart 2025" for something received "vandaag"), else the
/// latest full date, kept after the latest "jl." date and before the
/// earliest "a.s." date. Without any evidence the date is invalid and the
/// evidence says so; the caller then falls back to the file date or --date.
LetterDate inferLetterDate(const Letter &letter, const TimeParser &parser);

} // namespace Promissa
