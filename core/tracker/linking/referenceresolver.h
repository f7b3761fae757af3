// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

namespace Promissa
{

/// Finds the tracked letter a reference names: by Kamerstuk number, by
/// document number, by "Kamerbrief d.d. ..." date (with the ministry as a
/// tie-breaker), by a named document matching a subject. Pure: the store
/// passes the letters (without text).
class ReferenceResolver
{
public:
    /// The id of the letter referred to, or 0 when none matches (or the match
    /// is ambiguous). `from` is the referring letter, never its own target.
    static qint64 resolve(const Reference &reference, const TrackedLetter &from, const QList<TrackedLetter> &letters);
};

} // namespace Promissa
