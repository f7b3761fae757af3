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

// Every search query selects the same columns: letter id, commitment uuid
// (NULL for letters), title, the title to use when that is empty, the excerpt
// (SQLite) or the text to cut one from (PostgreSQL), and the rank.
Expected<void> appendHits(Expected<QSqlQuery> query, SearchHit::Kind kind, const QStringList &cutFrom, double rankSign, QList<SearchHit> &hits)
{
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        SearchHit h;
        h.kind = kind;
        h.letterId = query->value(0).toLongLong();
        h.commitmentId = query->value(1).toString();
        h.title = query->value(2).toString().isEmpty() ? query->value(3).toString() : query->value(2).toString();
        const QString text = query->value(4).toString();
        h.snippet = cutFrom.isEmpty() ? text.simplified() : SearchQuery::snippet(text, cutFrom);
        h.rank = rankSign * query->value(5).toDouble();
        hits << h;
    }
    return {};
}

Expected<QList<SearchHit>> searchSqlite(const Database &db, const QString &query, int limit)
{
    const QString match = SearchQuery::sqliteMatch(query);
    QList<SearchHit> hits;
    // bm25() is lower for better matches; SearchHit::rank is higher for better.
    auto letters = db.exec(u"SELECT l.id, NULL, l.subject, l.file_name, snippet(letters_fts, -1, '', '', '…', %1), bm25(letters_fts) "
                           "FROM letters_fts JOIN letters l ON l.id = letters_fts.rowid WHERE letters_fts MATCH ? "
                           "ORDER BY bm25(letters_fts) LIMIT ?"_s.arg(SnippetTokens),
                           {match, limit});
    if (auto r = appendHits(std::move(letters), SearchHit::Kind::Letter, {}, -1.0, hits); !r)
        return std::unexpected(r.error());
    auto commitments = db.exec(u"SELECT c.letter_id, c.uuid, c.number, c.number, snippet(commitments_fts, -1, '', '', '…', %1), bm25(commitments_fts) "
                               "FROM commitments_fts JOIN commitments c ON c.id = commitments_fts.rowid "
                               "WHERE commitments_fts MATCH ? AND c.rejected = 0 ORDER BY bm25(commitments_fts) LIMIT ?"_s.arg(SnippetTokens),
                               {match, limit});
    if (auto r = appendHits(std::move(commitments), SearchHit::Kind::Commitment, {}, -1.0, hits); !r)
        return std::unexpected(r.error());
    return hits;
}

Expected<QList<SearchHit>> searchPostgres(const Database &db, const QString &query, int limit)
{
    const QString text = SearchQuery::postgresText(query);
    const QStringList terms = SearchQuery::terms(query);
    const QString tsquery = u"plainto_tsquery('dutch', %1)"_s.arg(SearchQuery::postgresFold(u"?"_s));
    QList<SearchHit> hits;
    auto letters = db.exec(u"SELECT l.id, NULL, l.subject, l.file_name, l.body, ts_rank(l.search, q) AS r FROM letters l, %1 q "
                           "WHERE l.search @@ q ORDER BY r DESC, l.id LIMIT ?"_s.arg(tsquery),
                           {text, limit});
    if (auto r = appendHits(std::move(letters), SearchHit::Kind::Letter, terms, 1.0, hits); !r)
        return std::unexpected(r.error());
    auto commitments = db.exec(u"SELECT c.letter_id, c.uuid, c.number, c.number, c.sentence_text, ts_rank(c.search, q) AS r FROM commitments c, %1 q "
                               "WHERE c.search @@ q AND c.rejected = 0 ORDER BY r DESC, c.id LIMIT ?"_s.arg(tsquery),
                               {text, limit});
    if (auto r = appendHits(std::move(commitments), SearchHit::Kind::Commitment, terms, 1.0, hits); !r)
        return std::unexpected(r.error());
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
