// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QSqlQuery>
#include <QVariant>

// Internal to core/tracker: how the value types are laid out in rows, in one
// place, so that every query reads and writes them alike.

namespace Promissa::Rows
{

QVariant dateValue(QDate date); ///< "yyyy-mm-dd", or NULL
QDate toDate(const QVariant &value);
QString timestamp(const QDateTime &time); ///< ISO 8601, UTC, milliseconds
QDateTime toDateTime(const QVariant &value);

QString stringListJson(const QStringList &list);
QStringList stringList(const QVariant &json);
QString signatoriesJson(const QList<Signatory> &signatories);
QList<Signatory> signatories(const QVariant &json);

/// A letter's paragraphs, sentences and footnotes, so that its model comes
/// back exactly as imported (the stored offsets point into it).
QString structureJson(const Letter &letter);
void readStructure(const QVariant &json, Letter &letter);

std::optional<CommitmentKind> kindFromName(QStringView name);
std::optional<Precision> precisionFromName(QStringView name);
std::optional<ReferenceKind> referenceKindFromName(QStringView name);

/// The columns commitmentFromRow() reads, for "SELECT <columns> FROM commitments c".
extern const QString CommitmentColumns;
TrackedCommitment commitmentFromRow(const QSqlQuery &query, int first = 0);

/// INSERT of a whole commitment (all but the key) and its values in order.
extern const QString InsertCommitment;
QVariantList commitmentValues(const TrackedCommitment &c, int numberYear, int numberSeq, const QString &createdAt);

/// The columns letterFromRow() reads (never the text), for "... FROM letters l".
extern const QString LetterColumns;
TrackedLetter letterFromRow(const QSqlQuery &query, int first = 0);

} // namespace Promissa::Rows
