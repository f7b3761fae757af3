// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "tracker/trackertypes.h"

#include <functional>
#include <memory>

namespace Promissa
{

class Analyzer;
struct OfficialCommitment;

/// A letter with its analysis: one item of Tracker::importLetters().
struct AnalysedLetter {
    Letter letter;
    Analysis analysis;
};

/// Whether an import computes link suggestions for the new commitments.
enum class LinkSuggestions {
    Compute, ///< as every import does: against the open commitments held
    Skip, ///< none for these letters (a fill or migration; see importLetters)
};

struct TrackerOptions {
    QString author; ///< who edits; defaults to the account name
    bool readOnly = false; ///< open without writing (no migration either)
    bool create = true; ///< create the database when it does not exist yet
    QDate today; ///< "today" for overdue; invalid: the real today (tests pin it)
};

/// The one service over the tracker database. Everything that reads or writes
/// the tracker goes through here; SQL lives only in core/tracker. Every write
/// is one short transaction: it either happens entirely or not at all.
///
/// Not thread-safe: one Tracker per thread (each holds its own connection).
class Tracker
{
public:
    /// Opens (and when needed creates or upgrades) the tracker at location:
    /// a SQLite path or a postgresql:// URL. A file that is not a Promissa
    /// tracker, a schema newer than this program's, or a damaged file is
    /// refused (Error::Kind::Refused) before anything in it is used; the file
    /// is backed up before it is upgraded.
    static Expected<std::unique_ptr<Tracker>> open(const QString &location, const TrackerOptions &options = {});

    /// The default: promissa.promissa in the user's data location.
    static QString defaultLocation();

    ~Tracker();
    Tracker(const Tracker &) = delete;
    Tracker &operator=(const Tracker &) = delete;

    QString location() const;
    Backend backend() const;
    bool isReadOnly() const;
    QString author() const;
    QDate today() const;
    int schemaVersion() const;

    // ---- letters -------------------------------------------------------------

    /// Stores a letter with its analysis (one transaction), resolves its
    /// references and computes link suggestions against open commitments.
    Expected<ImportResult> importLetter(const Letter &letter, const Analysis &analysis);
    /// Stores many letters in ONE transaction: all of them, or on an error
    /// none. Each is stored exactly as importLetter() stores it when called
    /// for them one by one in this order: references resolved against the
    /// letters already here and the earlier ones of the batch, numbers in
    /// order, link suggestions against the open commitments (the batch's
    /// earlier ones included). Faster, because the statements are prepared
    /// once and the letters known are read once. With LinkSuggestions::Skip
    /// no suggestions are made for these letters (the suggestion search is
    /// the dearest part of an import); letters imported later still get
    /// theirs, these letters' commitments among the candidates. One result
    /// per letter, in order; one already here or earlier in the batch comes
    /// back alreadyPresent with that letter's id.
    Expected<QList<ImportResult>> importLetters(const QList<AnalysedLetter> &letters, LinkSuggestions suggestions = LinkSuggestions::Compute);
    /// Reads, analyses and imports a file.
    Expected<ImportResult> importFile(const QString &path, const Analyzer &analyzer);

    /// Replaces the detections of a letter with a new analysis, keeping all
    /// manual work: manual commitments, touched ones, statuses, notes and
    /// links survive; new detections are added; vanished untouched detections
    /// are removed; rejected ones stay rejected.
    Expected<ReanalysisResult> reanalyze(qint64 letterId, const Analysis &analysis);

    Expected<QList<TrackedLetter>> letters() const; ///< by date, without text
    Expected<TrackedLetter> letter(qint64 id) const; ///< with text
    Expected<Letter> letterModel(qint64 id) const; ///< re-imported from the stored text

    /// Imports records of the Tweede Kamer's commitment register (open-data
    /// Toezegging) as official commitments, in one transaction: status mapped
    /// through the status table, a fulfils link to every tracked letter whose
    /// document number kamerbriefNakoming names, idempotent by the register's
    /// id. Importing again changes a commitment only where the register
    /// changed since (with history); a status the table does not know stops
    /// the import before anything is written. `source` names the file in
    /// messages and history.
    Expected<RegisterImportResult> importRegister(const QList<OfficialCommitment> &records, const QString &source);
    /// Reads a register export (OData JSON or SyncFeed XML) and imports it.
    Expected<RegisterImportResult> importRegisterFile(const QString &path);
    Expected<QList<ResolvedReference>> references(qint64 letterId) const;

    // ---- commitments ---------------------------------------------------------

    Expected<QList<TrackedCommitment>> commitments(const CommitmentFilter &filter = {}) const;
    /// By UUID or by number ("PR-2025-0001").
    Expected<TrackedCommitment> commitment(const QString &idOrNumber) const;
    Expected<TrackedCommitment> addCommitment(const NewCommitment &commitment);
    Expected<TrackedCommitment> updateCommitment(const CommitmentEdit &edit);
    /// Deletes a manual commitment (the undo of addCommitment); detected and
    /// official ones are rejected instead, never deleted. Its history keeps a
    /// "removed" row.
    Expected<void> removeCommitment(const QString &id, int baseRevision, const QString &reason = {});
    Expected<QList<HistoryEntry>> history(const QString &idOrNumber) const;
    /// Maps a raw status word from anywhere ("Openstaand", "Deels voldaan",
    /// "afgedaan", "done") through the status vocabulary table, ignoring case
    /// and spacing; NotFound names the strings it knows.
    Expected<Status> statusFromText(const QString &raw) const;

    // ---- notes -----------------------------------------------------------------

    Expected<Note> addNote(qint64 letterId, TextRange range, const QString &text, const QString &commitmentId = {});
    Expected<void> removeNote(const QString &noteId);
    Expected<QList<Note>> notes(qint64 letterId) const;

    // ---- links -----------------------------------------------------------------

    Expected<QList<CommitmentLink>> links(const QString &idOrNumber) const; ///< both directions
    Expected<CommitmentLink> addLink(const CommitmentLink &link, const QString &reason = {});
    Expected<void> removeLink(qint64 linkId, const QString &reason = {});
    /// Pending suggestions for a commitment (either side) or, with an empty
    /// id, all pending ones; best first.
    Expected<QList<LinkSuggestion>> suggestions(const QString &idOrNumber = {}) const;
    /// Confirming makes the link; a confirmed Fulfils also sets
    /// kamerbriefNakoming and returns the status change it proposes.
    Expected<std::optional<Status>> confirmSuggestion(qint64 suggestionId);
    Expected<void> rejectSuggestion(qint64 suggestionId);
    /// Back to pending (the undo of confirm or reject): a confirmed
    /// suggestion's link is removed and a Fulfils' kamerbriefNakoming cleared.
    Expected<void> reopenSuggestion(qint64 suggestionId);

    // ---- search and merge ------------------------------------------------------

    Expected<QList<SearchHit>> search(const QString &query, int limit = 50) const;
    /// Brings another tracker (SQLite path or URL) into this one, in one
    /// transaction; merging the same tracker twice changes nothing.
    Expected<MergeReport> merge(const QString &otherLocation);

private:
    struct Private;
    struct ImportBatch; // importbatch.h: the state of one import transaction
    explicit Tracker(std::unique_ptr<Private> d);
    // Test support (trackerprivate.h): databases of earlier schema versions.
    friend Expected<std::unique_ptr<Tracker>> openTrackerAtSchema(const QString &, const TrackerOptions &, int);
    friend class TrackerMerge; // merge.cpp: works on both trackers' state
    std::unique_ptr<Private> d;
};

} // namespace Promissa
