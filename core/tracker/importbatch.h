// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackerprivate.h"

#include <optional>

// Internal to core/tracker: one import transaction over one letter
// (importLetter) or many (importLetters). Both go through store(), so that a
// letter is stored alike either way; a batch only saves what one letter at a
// time repeats: preparing the statements and reading the letters known.

namespace Promissa
{

struct Tracker::ImportBatch {
    ImportBatch(Tracker::Private &tracker, LinkSuggestions mode)
        : d(tracker)
        , suggestions(mode)
    {
    }

    /// Stores one letter with its analysis inside the open transaction, as
    /// Tracker::importLetter() documents it.
    Expected<ImportResult> store(const Letter &letter, const Analysis &analysis);

private:
    Expected<void> prepare();
    Expected<QList<qint64>> storeReferences(const TrackedLetter &self, const Analysis &analysis);
    Expected<void> resolveEarlierReferences(const TrackedLetter &self);
    Expected<QStringList> storeCommitments(const TrackedLetter &self, const Letter &letter, const Analysis &analysis);

    Tracker::Private &d;
    const LinkSuggestions suggestions;
    /// The letters known (without text), read at the first new letter and
    /// grown with each one stored: never read again inside the batch.
    std::optional<QList<TrackedLetter>> letters;
    // Prepared at the first letter, reused for every one after it.
    std::optional<QSqlQuery> knownHash;
    std::optional<QSqlQuery> insertReference;
    std::optional<QSqlQuery> unresolvedReferences;
    std::optional<QSqlQuery> resolveReference;
    std::optional<QSqlQuery> insertCommitment;
    std::optional<QSqlQuery> insertHistory;
};

/// What every new commitment gets when it is stored: a uuid (unless it has
/// one), its number PR-<year>-<seq>, revision 1, the author and the time.
void stampNewCommitment(TrackedCommitment &c, int year, int seq, const QString &author, const QString &stamp);

/// INSERT of one history row, and its values in order (tracker.cpp).
extern const QString InsertHistory;
QVariantList historyValues(const QString &commitmentUuid,
                           int revision,
                           const QString &field,
                           const QString &oldValue,
                           const QString &newValue,
                           const QString &author,
                           const QString &stamp,
                           const QString &reason);

} // namespace Promissa
