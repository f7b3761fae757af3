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
/// file's content and extension. Every failure is an Error whose message
/// names the file and what is wrong (missing, empty, binary, bad encoding).
Expected<Letter> importLetter(const QString &path);

/// Same, for bytes already in memory; fileName is used in messages only.
Expected<Letter> importLetterData(const QByteArray &data, const QString &fileName);

} // namespace Promissa
