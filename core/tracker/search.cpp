// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: full-text search over letters and commitments.

#include "tracker/tracker.h"

#include "tracker/searchquery.h"
#include "tracker/trackerprivate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr int SnippetTokens = 16;

Expected<QList<SearchHit>> searchSqlite(const Database &db, const QString &query, int limit)
{
    const QString match = SearchQuery::sqliteMatch(query);
    QList<SearchHit> hits;
    // bm25() is lower for better matches; SearchHit::rank is higher for better.
    auto letters = db.exec(u"SELECT l.id, l.subject, l.file_name, snippet(letters_fts, -1, '', '', '…', %1), bm25(letters_fts) "
                           "FROM letters_fts JOIN letters l ON l.id = letters_fts.rowid WHERE letters_fts MATCH ? "
                           "ORDER BY bm25(letters_fts) LIMIT ?"_s.arg(SnippetTokens),
                           {match, limit});
    if (!letters)
        return std::unexpected(letters.error());
    while (letters->next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Letter;
        h.letterId = letters->value(0).toLongLong();
        h.title = letters->value(1).toString().isEmpty() ? letters->value(2).toString() : letters->value(1).toString();
        h.snippet = letters->value(3).toString().simplified();
        h.rank = -letters->value(4).toDouble();
        hits << h;
    }
    auto commitments = db.exec(u"SELECT c.uuid, c.number, c.letter_id, snippet(commitments_fts, -1, '', '', '…', %1), bm25(commitments_fts) "
                               "FROM commitments_fts JOIN commitments c ON c.id = commitments_fts.rowid "
                               "WHERE commitments_fts MATCH ? AND c.rejected = 0 ORDER BY bm25(commitments_fts) LIMIT ?"_s.arg(SnippetTokens),
                               {match, limit});
    if (!commitments)
        return std::unexpected(commitments.error());
    while (commitments->next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Commitment;
        h.commitmentId = commitments->value(0).toString();
        h.title = commitments->value(1).toString();
        h.letterId = commitments->value(2).toLongLong();
        h.snippet = commitments->value(3).toString().simplified();
        h.rank = -commitments->value(4).toDouble();
        hits << h;
    }
    return hits;
}

Expected<QList<SearchHit>> searchPostgres(const Database &db, const QString &query, int limit)
{
    const QString text = SearchQuery::postgresText(query);
    const QStringList terms = SearchQuery::terms(query);
    const QString tsquery = u"plainto_tsquery('dutch', %1)"_s.arg(SearchQuery::postgresFold(u"?"_s));
    QList<SearchHit> hits;
    auto letters = db.exec(u"SELECT l.id, l.subject, l.file_name, l.body, ts_rank(l.search, q) AS r FROM letters l, %1 q "
                           "WHERE l.search @@ q ORDER BY r DESC, l.id LIMIT ?"_s.arg(tsquery),
                           {text, limit});
    if (!letters)
        return std::unexpected(letters.error());
    while (letters->next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Letter;
        h.letterId = letters->value(0).toLongLong();
        h.title = letters->value(1).toString().isEmpty() ? letters->value(2).toString() : letters->value(1).toString();
        h.snippet = SearchQuery::snippet(letters->value(3).toString(), terms);
        h.rank = letters->value(4).toDouble();
        hits << h;
    }
    auto commitments = db.exec(u"SELECT c.uuid, c.number, c.letter_id, c.sentence_text, ts_rank(c.search, q) AS r FROM commitments c, %1 q "
                               "WHERE c.search @@ q AND c.rejected = 0 ORDER BY r DESC, c.id LIMIT ?"_s.arg(tsquery),
                               {text, limit});
    if (!commitments)
        return std::unexpected(commitments.error());
    while (commitments->next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Commitment;
        h.commitmentId = commitments->value(0).toString();
        h.title = commitments->value(1).toString();
        h.letterId = commitments->value(2).toLongLong();
        h.snippet = SearchQuery::snippet(commitments->value(3).toString(), terms);
        h.rank = commitments->value(4).toDouble();
        hits << h;
    }
    return hits;
}

} // namespace

Expected<QList<SearchHit>> Tracker::search(const QString &query, int limit) const
{
    if (SearchQuery::terms(query).isEmpty())
        return QList<SearchHit>(); // no word to look for
    const int n = limit > 0 ? limit : 50;
    auto hits = d->db->isSqlite() ? searchSqlite(*d->db, query, n) : searchPostgres(*d->db, query, n);
    if (!hits)
        return hits;
    std::stable_sort(hits->begin(), hits->end(), [](const SearchHit &a, const SearchHit &b) {
        return a.rank > b.rank;
    });
    if (hits->size() > n)
        hits->resize(n);
    return hits;
}

} // namespace Promissa
