// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QString>
#include <QStringList>

// Internal to core/tracker: turning what a user types into full-text queries
// that can never break the query syntax.

namespace Promissa::SearchQuery
{

/// The words of a user's query: runs of letters, digits and marks. All
/// punctuation and operators are dropped, so nothing the user types is read
/// as query syntax.
QStringList terms(const QString &text);

/// An FTS5 MATCH expression: every term double-quoted (all must occur).
/// Empty when the text holds no word.
QString sqliteMatch(const QString &text);

/// The same words, separated by spaces, for plainto_tsquery().
QString postgresText(const QString &text);

/// `sqlExpression` with the Latin diacritics of Dutch text folded away
/// (translate()), used on both the indexed and the query side in PostgreSQL.
QString postgresFold(const QString &sqlExpression);

/// A short excerpt of `text` around the first place where one of `terms`
/// starts (ignoring case and diacritics), with "…" where it was cut.
QString snippet(const QString &text, const QStringList &terms, qsizetype width = 160);

} // namespace Promissa::SearchQuery
