// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Promissa
{

/// The words the user sees for the tracker's enums, in one place so that the
/// table, the details and the filter bar agree (and are translated once).
/// The stored names (statusName() and friends) are for files and the CLI.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Promissa::Labels)

public:
    static QString status(Status status);
    static QString kind(CommitmentKind kind);
    static QString origin(Origin origin);
    /// "Repeats" when the shown commitment is the link's source, "Repeated by"
    /// when it is the target.
    static QString linkType(LinkType type, bool outgoing);
    /// A history entry's field ("status", "owner", ...) as a heading.
    static QString historyField(const QString &field);
    /// A history value: stored status and kind names become their labels.
    static QString historyValue(const QString &field, const QString &value);
    /// The deadline as a short text: its day in the locale's short format
    /// when it has one, else its phrase.
    static QString deadline(const Deadline &deadline);

    static const QList<Status> &statuses();
    static const QList<CommitmentKind> &kinds();

    /// The colour overdue rows are written in: readable on light and dark
    /// backgrounds alike (Breeze's "negative text").
    static QColor overdueColor();
};

} // namespace Promissa
