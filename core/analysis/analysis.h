// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Promissa
{

// ---- time ------------------------------------------------------------------

/// How a time phrase is typed in the JSON contract ("type" of a deadline).
enum class TimeType { Date, Month, Event, Period, Vague };

/// How precisely the phrase pins down time.
enum class Precision { Day, Month, Quarter, Season, Year, Period, Vague };

/// Relative to the letter date.
enum class Relation { Past, Future, SameDay };

/// What the phrase says about the resolved range: "op 6 maart" is At,
/// "uiterlijk 1 juli" / "voor de zomer" / "voor 2030" is Before,
/// "na het zomerreces" / "vanaf 2026" is After, "binnen twee weken" is Within.
enum class Bound { At, Before, After, Within };

/// One time phrase in the letter: a date, month, season, quarter, year,
/// period, a named calendar event, or a vague phrase ("op korte termijn").
struct TimeExpression {
    TextRange range; ///< in Letter::text
    QString text;
    TimeType type = TimeType::Date;
    Precision precision = Precision::Day;
    Relation relation = Relation::Future;
    Bound bound = Bound::At;
    QDate start; ///< first day of the resolved range; invalid for vague phrases
    QDate end; ///< last day (inclusive); equals start for a single day
    QDate date; ///< the representative day: the day itself, an event's first day, a deadline's last day
    QString vague; ///< for Precision::Vague: "short-term", "soon", "asap", "later"
    QString event; ///< the calendar event it resolved through, e.g. "NAVO-top 2025 (Den Haag, 24-25 juni)"
};

// ---- commitments -----------------------------------------------------------

enum class CommitmentKind { Firm, Ongoing, Effort, Intent, Conditional };

struct Commitment {
    int sentence = -1; ///< index into Letter::sentences
    TextRange phrase; ///< the commitment phrase: actor through verb cluster
    CommitmentKind kind = CommitmentKind::Firm;
    QString actor; ///< as written: "het kabinet", "Nederland", "we", "ik", "de minister van Defensie"
    QString condition; ///< for conditional ones: "zodra er een concreet plan ligt ..."
    bool negated = false; ///< "zal niet", "geen ... meer"
    QStringList hedges; ///< "waar mogelijk", "eventueel", "naar verwachting"
    int repeats = -1; ///< index of an earlier commitment in this letter that this one repeats
    double confidence = 0.0; ///< 0..1
    std::optional<TimeExpression> deadline;
};

// ---- references and follow-ups ---------------------------------------------

enum class ReferenceKind { Kamerstuk, DocumentNumber, Motion, Letter, NamedDocument };

struct Reference {
    TextRange range;
    QString text;
    ReferenceKind kind = ReferenceKind::Kamerstuk;
    QString key; ///< normalised: "36045-191", "2025D08281", "motie Timmermans-Yeşilgöz", "brief 2025-02-17"
    int footnote = 0; ///< number of the footnote the reference stands in, or in whose marker's sentence it is; 0 if none
};

enum class FollowUpType { Letter, Reaction, Decision, Information, Consultation, Publication, Proposal, Other };

struct FollowUp {
    int sentence = -1;
    TextRange range; ///< the announcing phrase
    FollowUpType type = FollowUpType::Other;
    bool external = false; ///< announced by a third party (the Commission, the Council, ...), to watch, never a commitment
    QString actor;
    std::optional<TimeExpression> when;
};

// ---- the whole ---------------------------------------------------------------

struct LetterDate {
    QDate date;
    QString evidence; ///< human-readable: where the date came from
};

struct Analysis {
    LetterDate letterDate;
    QList<TimeExpression> times; ///< every time phrase in text order
    QList<Commitment> commitments; ///< in text order
    QList<Reference> references; ///< in text order
    QList<FollowUp> followUps; ///< in text order
};

QString timeTypeName(TimeType t); ///< "date", "month", "event", "period", "vague"
QString precisionName(Precision p); ///< "day", "month", "quarter", "season", "year", "period", "vague"
QString relationName(Relation r); ///< "past", "future", "same-day"
QString boundName(Bound b); ///< "at", "before", "after", "within"
QString commitmentKindName(CommitmentKind k); ///< "firm", "ongoing", "effort", "intent", "conditional"
QString referenceKindName(ReferenceKind k); ///< "kamerstuk", "document-number", "motion", "letter", "named-document"
QString followUpTypeName(FollowUpType t); ///< "letter", "reaction", "decision", "information", "consultation", "publication", "proposal", "other"

} // namespace Promissa
