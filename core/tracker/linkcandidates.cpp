// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Tracker: which tracked commitments a new letter's link suggestions are
// computed against.
//
// LinkSuggester compares every new item with every candidate; with all open
// commitments as candidates an import would slow down with every letter the
// tracker holds. A link needs shared words, an explicit reference or the same
// calendar event (LinkSuggester's enoughInCommon), so the candidates are
// selected in SQL by exactly those: the full-text index for the words, the
// letters the new one refers to, and the deadline events it names. Words that
// stand in very many commitments say little about which one is meant (their
// weight is low anyway) and would make the selection as slow as a scan, so
// they are left out of it; each part is capped.

#include "analysis/analysis.h"
#include "tracker/linking/linkwords.h"
#include "tracker/linking/termindex.h"
#include "tracker/searchquery.h"
#include "tracker/trackerprivate.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// A word in more commitments than this does not select candidates.
constexpr int MaxWordCommitments = 2000;
// At most this many words of a letter are looked up.
constexpr int MaxWords = 64;
// At most this many candidates from the words, from the references and from
// the events.
constexpr int MaxByWords = 400;
constexpr int MaxByReference = 400;
constexpr int MaxByEvent = 200;

// The event as LinkSuggester compares it: "NAVO-top 2025 (Den Haag)" -> "NAVO-top 2025".
QString eventKey(const QString &event)
{
    const qsizetype paren = event.indexOf(u" (");
    return (paren < 0 ? event : event.left(paren)).trimmed();
}

// The texts LinkSuggester compares with candidates: the new commitments'
// sentences, the sentences that say they deliver something, the subject.
QStringList comparedTexts(const Letter &letter, const Analysis &analysis)
{
    QStringList texts{letter.metadata.subject};
    QSet<int> sentences;
    for (const Commitment &c : analysis.commitments)
        sentences.insert(c.sentence);
    for (int i = 0; i < letter.sentences.size(); ++i) {
        const QStringView sentence = letter.slice(letter.sentences.at(i).range);
        if (sentences.contains(i) || !LinkWords::fulfilmentMarker(sentence).isEmpty())
            texts << sentence.toString();
    }
    return texts;
}

// The content words of those texts (no stop words), each once.
QStringList contentWords(const QStringList &texts)
{
    QStringList words;
    QSet<QString> seen;
    for (const QString &text : texts) {
        for (const QString &word : SearchQuery::terms(text)) {
            const QString folded = word.toCaseFolded();
            if (folded.size() < 4 || TermIndex::stem(folded).isEmpty() || seen.contains(folded))
                continue;
            seen.insert(folded);
            words << folded;
            if (words.size() == MaxWords)
                return words;
        }
    }
    return words;
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u", "_s);
}

} // namespace

Expected<QList<qint64>> Tracker::Private::linkCandidateIds(qint64 letterId, const Letter &letter, const Analysis &analysis, const QList<qint64> &referencedLetters)
{
    const bool sqlite = db->isSqlite();
    // Only what is still to be done can be repeated, changed or fulfilled.
    const QString open = u"c.rejected = 0 AND c.status IN ('%1', '%2') AND c.letter_id <> %3"_s.arg(statusName(Status::Open), statusName(Status::PartlyDone))
                             .arg(letterId);
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto collect = [&](const QString &sql, const QVariantList &values) -> Expected<void> {
        auto q = db->exec(sql, values);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        }
        return {};
    };

    // A tracker held at schema 1 (made by tests of the upgrade) has no
    // full-text index: there every open commitment is a candidate.
    if (schemaVersion < 2) {
        if (auto r = collect(u"SELECT c.id FROM commitments c WHERE %1 ORDER BY c.id"_s.arg(open), {}); !r)
            return std::unexpected(r.error());
        return ids;
    }

    // The words: those that stand in few enough commitments, best matches first.
    const QString wordCount = sqlite ? u"SELECT COUNT(*) FROM (SELECT 1 FROM commitments_fts WHERE commitments_fts MATCH ? LIMIT %1)"_s.arg(MaxWordCommitments + 1)
                                     : u"SELECT COUNT(*) FROM (SELECT 1 FROM commitments c WHERE c.search @@ plainto_tsquery('dutch', %1) LIMIT %2) x"_s.arg(
                                           SearchQuery::postgresFold(u"?"_s))
                                           .arg(MaxWordCommitments + 1);
    auto counter = db->prepare(wordCount);
    if (!counter)
        return std::unexpected(counter.error());
    QStringList selective;
    for (const QString &word : contentWords(comparedTexts(letter, analysis))) {
        if (auto r = db->run(*counter, {sqlite ? SearchQuery::sqliteMatch(word) : SearchQuery::postgresText(word)}); !r)
            return std::unexpected(r.error());
        const int n = counter->next() ? counter->value(0).toInt() : 0;
        counter->finish();
        if (n > 0 && n <= MaxWordCommitments)
            selective << word;
    }
    if (!selective.isEmpty()) {
        if (sqlite) {
            QStringList alternatives;
            for (const QString &word : std::as_const(selective))
                alternatives << SearchQuery::sqliteMatch(word);
            if (auto r = collect(u"SELECT c.id FROM commitments_fts f JOIN commitments c ON c.id = f.rowid WHERE commitments_fts MATCH ? AND %1 "
                                 "ORDER BY f.rank LIMIT %2"_s.arg(open)
                                     .arg(MaxByWords),
                                 {alternatives.join(u" OR "_s)});
                !r)
                return std::unexpected(r.error());
        } else {
            // The words are letters and digits only (SearchQuery::terms), so
            // joined by '|' they are a well-formed tsquery.
            if (auto r = collect(u"SELECT c.id FROM commitments c, to_tsquery('dutch', %1) q WHERE c.search @@ q AND %2 "
                                 "ORDER BY ts_rank(c.search, q) DESC, c.id LIMIT %3"_s.arg(SearchQuery::postgresFold(u"?"_s), open)
                                     .arg(MaxByWords),
                                 {selective.join(u" | "_s)});
                !r)
                return std::unexpected(r.error());
        }
    }

    // The letters it refers to: their open commitments.
    if (!referencedLetters.isEmpty()) {
        if (auto r = collect(u"SELECT c.id FROM commitments c WHERE c.letter_id IN (%1) AND %2 ORDER BY c.id LIMIT %3"_s.arg(idList(referencedLetters), open)
                                 .arg(MaxByReference),
                             {});
            !r)
            return std::unexpected(r.error());
    }

    // The calendar events it names: open commitments due at the same one.
    QStringList events;
    for (const TimeExpression &t : analysis.times) {
        const QString key = eventKey(t.event);
        if (!key.isEmpty() && !events.contains(key))
            events << key;
    }
    for (const QString &event : std::as_const(events)) {
        // Stored events carry their detail ("NAVO-top 2025 (Den Haag, ...)"):
        // the key, or the key followed by " (".
        if (auto r = collect(u"SELECT c.id FROM commitments c WHERE (c.deadline_event = ? OR (c.deadline_event >= ? AND c.deadline_event < ?)) AND %1 "
                             "ORDER BY c.id DESC LIMIT %2"_s.arg(open)
                                 .arg(MaxByEvent),
                             {event, QString(event + u" ("_s), QString(event + u" )"_s)});
            !r)
            return std::unexpected(r.error());
    }
    return ids;
}

} // namespace Promissa
