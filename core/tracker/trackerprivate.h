// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/database.h"
#include "tracker/tracker.h"

// Internal to core/tracker: the state behind a Tracker, shared by the .cpp
// files that implement its parts (letters, commitments, links, notes, search).

namespace Promissa
{

struct Tracker::Private {
    std::unique_ptr<Database> db;
    TrackerOptions options;
    QString author;
    int schemaVersion = 0;

    /// Letters without text, for ReferenceResolver; grows as letters arrive
    /// (letters are never changed after import, so rows once read stay right).
    /// Holds committed letters only: it is read before an import inserts.
    QList<TrackedLetter> letterCache;

    /// Opens `location` and brings its schema to `targetVersion` (tests make
    /// databases of earlier versions with a lower one).
    static Expected<std::unique_ptr<Tracker>> open(const QString &location, const TrackerOptions &options, int targetVersion);

    QString location() const { return db->location().display; }
    QDate today() const;
    static QString now(); ///< the current time as stored: ISO 8601 UTC

    /// Refuses a write in read-only mode, naming what was not done.
    Expected<void> writable(const QString &action) const;
    std::unexpected<Error> notFound(const QString &what) const;

    /// The UUID of a commitment given by UUID or by number.
    Expected<QString> commitmentUuid(const QString &idOrNumber) const;
    Expected<TrackedCommitment> loadCommitment(const QString &idOrNumber) const;

    /// One row of the history.
    Expected<void> addHistory(const QString &commitmentUuid,
                              int revision,
                              const QString &field,
                              const QString &oldValue,
                              const QString &newValue,
                              const QString &reason);

    /// Reserves `count` running numbers for `year` inside the open transaction
    /// and returns the first.
    Expected<int> reserveNumbers(int year, int count);
    /// Inserts a new commitment (number, uuid and times filled in here) with
    /// its "created" history row; returns it as stored.
    Expected<TrackedCommitment> insertCommitment(TrackedCommitment c, int year, int seq, const QString &reason);

    /// Inserts a letter row inside the open transaction: its id, and whether
    /// it is new (false: a letter with the same content hash was there).
    Expected<std::pair<qint64, bool>> insertLetter(const Letter &letter, QDate date);

    Expected<QList<TrackedLetter>> allLetters();
    Expected<Letter> letterModel(qint64 id) const;

    /// The ids of the tracked commitments a new letter's suggestions are
    /// computed against (linkcandidates.cpp): open ones that share selective
    /// words with it, stand in letters it refers to, or are due at an event
    /// it names; capped.
    Expected<QList<qint64>> linkCandidateIds(qint64 letterId, const Letter &letter, const Analysis &analysis, const QList<qint64> &referencedLetters);

    /// Computes link suggestions for a letter's new commitments against the
    /// open tracked ones and stores them; returns how many. `letters`: all
    /// letters (without text), the new one included.
    Expected<int> storeSuggestions(qint64 letterId,
                                   const Letter &letter,
                                   const Analysis &analysis,
                                   const QStringList &commitmentIds,
                                   const QList<qint64> &referencedLetters,
                                   const QList<TrackedLetter> &letters);

    /// Makes a link inside the open transaction, with its history row; for
    /// Fulfils also sets the fulfilling letter. Returns the stored link.
    Expected<CommitmentLink> insertLink(CommitmentLink link, const QString &reason);
    /// Removes a link inside the open transaction, with its history rows; for
    /// Fulfils also clears the fulfilling letter.
    Expected<void> deleteLink(const CommitmentLink &link, const QString &reason);

    /// Applies an edit to `current` inside the open transaction: the changed
    /// fields, a new revision and their history rows (Conflict when the row
    /// moved on from edit.baseRevision). Returns the commitment as stored.
    Expected<TrackedCommitment> applyEdit(const TrackedCommitment &current, const CommitmentEdit &edit);

    /// Links an official commitment to the tracked letters its
    /// kamerbriefNakoming names ("2025D08990; 2025D10001"), inside the open
    /// transaction; returns how many links it made.
    Expected<int> linkFulfilment(const QString &commitmentUuid, const QString &kamerbriefNakoming, const QString &reason);
    /// The other way round: a newly imported letter with this document number
    /// fulfils the register's commitments that name it.
    Expected<int> linkRegisterFulfilments(const QString &documentNumber);

    /// Conflict: `current` moved on from `baseRevision`; says who changed what.
    Error conflict(const TrackedCommitment &current, int baseRevision) const;
};

/// Test support: opens a tracker whose schema is brought only up to
/// `schemaVersion` (to make databases of earlier versions). Not for the app.
Expected<std::unique_ptr<Tracker>> openTrackerAtSchema(const QString &location, const TrackerOptions &options, int schemaVersion);

/// A detected commitment as the tracker stores it (no id, number or letter yet).
TrackedCommitment commitmentFromDetection(const Letter &letter, const Commitment &commitment);

/// A deadline as one history value: "voor de zomer (2025-07-04)".
QString describeDeadline(const Deadline &deadline);

/// The content hash of a letter: SHA-256 (hex) of its normalized text.
QString letterHash(const Letter &letter);

} // namespace Promissa
