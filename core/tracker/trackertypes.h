// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "text/letter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The value types of the tracker: what the service hands out and takes in.
// Field names follow the Tweede Kamer's open-data entity `Toezegging` where
// one exists (nummer, tekst, status, datumNakoming, kamerbriefNakoming,
// toegezegdAan, activiteit, isHerhalingVan / isAanvullingOp / isWijzigingVan).

namespace Promissa
{

/// The four statuses of the register. Raw strings from anywhere ("Openstaand",
/// "Deels voldaan", "Afgedaan", ...) map onto these through the status
/// vocabulary table in the database, never through comparisons in code.
/// "Overdue" is not a status: it is derived from the deadline and today.
enum class Status { Open, PartlyDone, Done, Lapsed };
QString statusName(Status s); ///< "open", "partly-done", "done", "lapsed"
std::optional<Status> statusFromName(QStringView name); ///< inverse of statusName

/// Where a commitment came from.
enum class Origin { Detected, Manual, Official };
QString originName(Origin o); ///< "detected", "manual", "official"
std::optional<Origin> originFromName(QStringView name);

/// Typed links between commitments. from --type--> to reads:
/// "from repeats to" (isHerhalingVan), "from supplements to" (isAanvullingOp),
/// "from changes to" (isWijzigingVan). Fulfils links a *letter* to the
/// commitment it fulfils (kamerbriefNakoming); see LinkSuggestion.
enum class LinkType { Repeats, Supplements, Changes, Fulfils };
QString linkTypeName(LinkType t); ///< "repeats", "supplements", "changes", "fulfils"
std::optional<LinkType> linkTypeFromName(QStringView name);

/// Where the tracker lives: a SQLite file (any path; ".promissa" is ours) or
/// a PostgreSQL database ("postgresql://user@host:port/db", or
/// "postgresql:///db?host=/run/postgresql" for a Unix socket).
enum class Backend { Sqlite, Postgres };

struct TrackedLetter {
    qint64 id = 0;
    QString hash; ///< SHA-256 (hex) of the normalized text: the same letter twice is one letter
    QString fileName;
    QDate date;
    QString subject;
    QString ministry;
    QList<Signatory> signatories;
    QStringList referenceNumbers; ///< "Ons kenmerk" and similar, as printed
    QString kamerstuk; ///< its own Kamerstuk number when known: "21501-20-2208"
    QString documentNumber; ///< its Tweede Kamer document number when known: "2025D08281"
    QString text; ///< Letter::text; empty in listings that do not ask for it
    QString importedBy;
    QDateTime importedAt;
    int openCommitments = 0; ///< filled in by listings: open or partly done
    int overdueCommitments = 0; ///< open or partly done with a deadline before today
};

/// A deadline as stored: the phrase, the day it resolved to (the last day a
/// "before" deadline allows), how precise that is and the calendar event.
struct Deadline {
    QString text; ///< "uiterlijk bij de Voorjaarsnota"; empty when there is none
    QDate date; ///< datumNakoming; invalid for vague phrases
    Precision precision = Precision::Vague;
    QString event;

    bool isSet() const { return !text.isEmpty() || date.isValid(); }
    static Deadline fromTime(const TimeExpression &t);
};

struct TrackedCommitment {
    QString id; ///< UUID, stable across databases (merge matches on it)
    QString number; ///< "PR-2025-0001": year of the letter, running number
    qint64 letterId = 0;
    int sentence = -1;
    TextRange sentenceRange; ///< in the letter's text (UTF-16 offsets)
    TextRange span; ///< the commitment phrase
    QString text; ///< tekst: the sentence the commitment stands in
    QString phrase; ///< the text of span
    CommitmentKind kind = CommitmentKind::Firm;
    QString actor; ///< as written
    QString actorName; ///< naam bewindspersoon, when known
    QString actorFunction; ///< functie: "De minister van Defensie"
    QString ministry; ///< ministerie
    QString condition;
    QString toegezegdAan; ///< to whom: usually "Tweede Kamer" or a member
    QString activiteit; ///< the debate or activity where it was made, if any
    Deadline deadline;
    Status status = Status::Open;
    qint64 fulfilledByLetter = 0; ///< kamerbriefNakoming: the letter that fulfilled it
    QString owner;
    QStringList tags;
    Origin origin = Origin::Detected;
    double confidence = 0.0;
    bool rejected = false; ///< a user said "not a commitment"; stays so after re-analysis
    bool touched = false; ///< a user edited it; re-analysis never removes it
    int revision = 1; ///< optimistic concurrency: bumped by every change
    QString changedBy;
    QDateTime changedAt;

    /// Derived, never stored: open or partly done with a dated deadline before today.
    bool isOverdue(QDate today) const;
};

/// One change, in the append-only history.
struct HistoryEntry {
    qint64 id = 0;
    QString commitmentId;
    QString field; ///< "status", "deadline", "owner", "tags", "span", "kind", "actor", "rejected", "link", "created", "merged"
    QString oldValue;
    QString newValue;
    QString author;
    QDateTime at; ///< UTC
    QString reason;
};

/// A note on a span of a letter's text, optionally about one commitment.
struct Note {
    QString id; ///< UUID
    qint64 letterId = 0;
    TextRange range;
    QString commitmentId; ///< empty when the note is about the text only
    QString text;
    QString author;
    QDateTime at;
};

/// A confirmed link between two commitments (Repeats, Supplements, Changes)
/// or between a letter and the commitment it fulfils (Fulfils: fromLetter set,
/// fromCommitment empty).
struct CommitmentLink {
    qint64 id = 0;
    LinkType type = LinkType::Repeats;
    QString fromCommitment;
    qint64 fromLetter = 0;
    QString toCommitment;
    QString author;
    QDateTime at;
};

enum class SuggestionState { Pending, Confirmed, Rejected };

/// A proposed link, with its score (0..1) and the evidence a person can check.
struct LinkSuggestion {
    qint64 id = 0;
    LinkType type = LinkType::Repeats;
    QString fromCommitment; ///< the new commitment; empty for a letter-level Fulfils
    qint64 fromLetter = 0; ///< the new letter
    QString toCommitment; ///< the tracked commitment it links to
    double score = 0.0;
    QStringList evidence; ///< "shared terms: munitie, Oekraïne", "same event: NAVO-top 2025", "refers to Kamerstuk 21501-20-2208"
    SuggestionState state = SuggestionState::Pending;
};

/// One reference of a letter and, when the tracker has it, the letter it names.
struct ResolvedReference {
    Reference reference;
    qint64 targetLetter = 0; ///< 0 when the referenced letter is not in the tracker
};

/// Which commitments a listing returns. Empty fields do not filter.
struct CommitmentFilter {
    QList<Status> statuses;
    QList<CommitmentKind> kinds;
    QString ministry;
    QDate dueFrom; ///< deadline date >= dueFrom
    QDate dueBefore; ///< deadline date < dueBefore
    bool overdueOnly = false;
    bool includeRejected = false;
    qint64 letterId = 0;
    QString text; ///< full-text query over the commitment's sentence and phrase
    int limit = 0; ///< 0: all
};

struct SearchHit {
    enum class Kind { Letter, Commitment } kind = Kind::Commitment;
    qint64 letterId = 0;
    QString commitmentId; ///< for commitment hits
    QString title; ///< letter subject or commitment number
    QString snippet; ///< a short excerpt around the match
    double rank = 0.0; ///< higher is better
};

struct ImportResult {
    qint64 letterId = 0;
    bool alreadyPresent = false; ///< same content hash: nothing was added
    int commitmentsAdded = 0;
    int suggestionsAdded = 0;
};

struct ReanalysisResult {
    int added = 0; ///< new detections
    int removed = 0; ///< vanished detections nobody had touched
    int kept = 0; ///< still detected, or manual, or touched by a user
};

struct MergeReport {
    int lettersAdded = 0;
    int commitmentsAdded = 0;
    int commitmentsUpdated = 0; ///< fields the other side changed (or changed later) were taken over
    int commitmentsRemoved = 0; ///< the other side removed them and nobody here changed them since
    int notesAdded = 0;
    int historyAdded = 0;
    int linksAdded = 0;
    QStringList conflicts; ///< both sides changed the same field: "PR-2025-0003 status: open (anna, 2025-03-05) vs done (bert, 2025-03-06); kept done"
};

/// What importing (a file of) the Tweede Kamer's commitment register did.
struct RegisterImportResult {
    int added = 0; ///< records new to the tracker: official commitments made
    int updated = 0; ///< records whose status or deadline the register changed since the last import
    int unchanged = 0; ///< records the tracker had as the register has them
    int linked = 0; ///< fulfils links made to tracked letters named by kamerbriefNakoming
};

/// One edit of a commitment. Only the fields that are set change. The edit
/// names the revision it was based on: when the row has moved on since, the
/// edit is refused with Error::Kind::Conflict naming who changed what.
struct CommitmentEdit {
    QString id;
    int baseRevision = 0;
    std::optional<Status> status;
    std::optional<Deadline> deadline;
    std::optional<QString> owner;
    std::optional<QStringList> tags;
    std::optional<TextRange> span;
    std::optional<CommitmentKind> kind;
    std::optional<QString> actor;
    std::optional<bool> rejected;
    QString reason;
};

/// A commitment a user marks by hand.
struct NewCommitment {
    qint64 letterId = 0;
    TextRange span;
    CommitmentKind kind = CommitmentKind::Firm;
    QString actor;
    Deadline deadline;
    QString owner;
    QStringList tags;
};

} // namespace Promissa
