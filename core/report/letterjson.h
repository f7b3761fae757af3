// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QJsonObject>

namespace Promissa
{

/// The letter's structure as JSON (`promissa-cli letter --format json`):
/// file, title, text, metadata, paragraphs, sentences, footnotes. Offsets
/// count Unicode code points in `text`, as the analysis contract does.
QJsonObject letterToJson(const Letter &letter);

/// The same structure as readable text: metadata, then each paragraph with
/// its kind and its sentences numbered.
QString letterToText(const Letter &letter);

} // namespace Promissa
