// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/linking/linksuggester.h"

#include "analysis/timewords.h"
#include "tracker/linking/linkwords.h"
#include "tracker/linking/termindex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The score is a weighted sum of parts that are each 0..1:
//
//   score = 0.55 C + min(1, C / 0.5) * (0.15 R + 0.10 E + 0.10 D + 0.10 M + 0.05 S)
//   C = min(1, cosine / 0.6) * min(1, shared terms / 3)
//
// C is the content: the cosine of the two term sets, each term weighted by
// its inverse document frequency over the candidates. Content carries most,
// because a link is about the same thing; R (the new letter refers to the
// candidate's letter), E (same calendar event), D (same deadline, or for a
// change the deadline that moved), M (a marker of the link's type) and S
// (same ministry or actor) make a link checkable or tell its type, but none
// of them says *which* commitment is meant, so they count only as far as
// the content agrees.
constexpr double ContentWeight = 0.55;
constexpr double ReferenceWeight = 0.15;
constexpr double EventWeight = 0.10;
constexpr double DeadlineWeight = 0.10;
constexpr double MarkerWeight = 0.10;
constexpr double SpeakerWeight = 0.05;

// Two sentences about the same commitment are never worded alike: a weighted
// cosine of this much already counts as full overlap.
constexpr double FullContent = 0.6;
// How far naming the candidate's words after "in aanvulling op" lifts the
// content towards full overlap.
constexpr double PointerLift = 0.5;
// Content below this scales down the parts that do not name a commitment.
constexpr double SupportContent = 0.5;
// This many shared terms count as a full amount of agreement; fewer scale
// the content down.
constexpr double FullShared = 3.0;
// A negation that flips says "changes" only when the rest agrees this much.
constexpr double FlipContent = 0.6;
// Without any marker, this much overlap reads as a repeat, less as a supplement.
constexpr double RepeatContent = 0.8;
// A deadline this close to the other (in days) is the same deadline.
constexpr qint64 SameDeadlineDays = 7;
constexpr int ShownTerms = 6;

struct Candidate {
    const LinkCandidate *source = nullptr;
    TermIndex::Terms terms;
    double norm = 0.0; ///< squared
    QString role;
    QList<LinkWords::Ministry> ministries;
    bool negative = false;
    QString event; ///< eventKey() of its deadline's event
    QString reference; ///< evidence when the new letter refers to its letter; empty otherwise
};

/// The parts of one score and the evidence for them.
struct Score {
    double content = 0.0;
    double reference = 0.0;
    double event = 0.0;
    double deadline = 0.0;
    double marker = 0.0;
    double speaker = 0.0;
    QStringList evidence;

    // A reference, an event, a date, a marker and the ministry say that the
    // new text is about *some* earlier commitment, not about which one (many
    // commitments share a letter, a Voorjaarsnota or a ministry): they count
    // in full only when the content agrees (content >= SupportContent).
    double total() const
    {
        const double support = std::min(1.0, content / SupportContent);
        const double sum = ContentWeight * content +
            support * (ReferenceWeight * reference + EventWeight * event + DeadlineWeight * deadline + MarkerWeight * marker + SpeakerWeight * speaker);
        return std::clamp(sum, 0.0, 1.0);
    }
};

QString quoted(const QString &text)
{
    return u"'"_s + text + u"'"_s;
}

QString day(QDate date)
{
    return TimeWords::formatDay(date, true);
}

// "NAVO-top 2025 (Den Haag, 24-25 juni)" -> "NAVO-top 2025".
QString eventKey(const QString &event)
{
    const qsizetype paren = event.indexOf(u" (");
    return (paren < 0 ? event : event.left(paren)).trimmed();
}

QString foldedText(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// How many terms two sorted lists share, without building the list: most
// pairs share too few to be looked at further.
qsizetype countShared(const TermIndex::Terms &a, const TermIndex::Terms &b)
{
    qsizetype n = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

// The weighted cosine of two term lists, scaled to 0..1, and the shared terms.
double contentOf(const TermIndex &index, const TermIndex::Terms &a, double normA, const Candidate &b, TermIndex::Terms &shared)
{
    shared = sharedTerms(a, b.terms);
    if (shared.isEmpty() || normA <= 0.0 || b.norm <= 0.0)
        return 0.0;
    const double cosine = index.squaredNorm(shared) / std::sqrt(normA * b.norm);
    // A short sentence shares a large part of itself by sharing two words;
    // the cosine alone would call that strong.
    const double amount = std::min(1.0, double(shared.size()) / FullShared);
    return std::min(1.0, cosine / FullContent) * amount;
}

QString sharedEvidence(const TermIndex &index, TermIndex::Terms shared)
{
    // The most telling (rarest) terms first.
    std::stable_sort(shared.begin(), shared.end(), [&](int x, int y) {
        return index.weight(x) > index.weight(y);
    });
    QStringList shown;
    for (qsizetype i = 0; i < shared.size() && i < ShownTerms; ++i)
        shown << index.display(shared.at(i));
    return u"shared terms: "_s + shown.join(u", "_s);
}

// The words after a marker run on into the clause ("de eerder aangekondigde
// sancties zet het"); what it points at ends with its last content word.
QString withoutTrailingStopWords(const QString &words)
{
    QList<QStringView> list = QStringView(words).split(u' ', Qt::SkipEmptyParts);
    while (!list.isEmpty() && TermIndex::stem(list.last()).isEmpty())
        list.removeLast();
    QString out;
    for (QStringView w : std::as_const(list))
        out += (out.isEmpty() ? QString() : u" "_s) + w;
    return out;
}

// A link needs more than one common word, unless something else ties the
// two: an explicit reference or the same calendar event.
bool enoughInCommon(qsizetype shared, bool referenced, bool sameEvent)
{
    return shared >= 2 || (shared >= 1 && (referenced || sameEvent));
}

/// How a new deadline relates to a tracked one.
struct DeadlineRelation {
    bool sameEvent = false;
    bool same = false; ///< same or compatible date, or the same vague phrase
    bool moved = false; ///< both dated, and the dates differ
    QString eventEvidence;
    QString deadlineEvidence;
};

// nowEvent and beforeEvent: the eventKey() of each side's event.
DeadlineRelation relate(const std::optional<TimeExpression> &now, const QString &nowEvent, const Deadline &before, const QString &beforeEvent)
{
    DeadlineRelation r;
    if (!now || !before.isSet())
        return r;
    if (!nowEvent.isEmpty() && nowEvent == beforeEvent) {
        r.sameEvent = true;
        r.eventEvidence = u"same event: "_s + nowEvent;
    }
    if (now->date.isValid() && before.date.isValid()) {
        const bool inRange = now->start.isValid() && now->end.isValid() && now->start <= before.date && before.date <= now->end;
        const qint64 days = before.date.daysTo(now->date);
        if (inRange || std::abs(days) <= SameDeadlineDays) {
            r.same = true;
            if (!r.sameEvent)
                r.deadlineEvidence = u"same deadline: "_s + day(before.date);
        } else {
            r.moved = true;
            r.deadlineEvidence = u"deadline moves from "_s + day(before.date) + u" to "_s + day(now->date) + (days > 0 ? u" (later)"_s : u" (earlier)"_s);
        }
    } else if (!now->date.isValid() && !before.date.isValid() && foldedText(now->text) == foldedText(before.text)) {
        r.same = true;
        r.deadlineEvidence = u"same deadline: "_s + quoted(now->text.simplified());
    }
    return r;
}

bool sharesMinistry(const QList<LinkWords::Ministry> &a, const QList<LinkWords::Ministry> &b, QString &name)
{
    for (const LinkWords::Ministry &x : a) {
        for (const LinkWords::Ministry &y : b) {
            if (x.key == y.key) {
                name = y.name;
                return true;
            }
        }
    }
    return false;
}

// Same ministry counts fully; the same named actor too; the collective
// "kabinet" that nearly every commitment has counts half.
void scoreSpeaker(Score &s, const QList<LinkWords::Ministry> &ours, const QString &ourRole, const QString &ourActor, const Candidate &c)
{
    QString name;
    if (sharesMinistry(ours, c.ministries, name)) {
        s.speaker = 1.0;
        s.evidence << u"same ministry: "_s + name;
    } else if (!ourRole.isEmpty() && ourRole == c.role) {
        s.speaker = ourRole == u"kabinet" ? 0.5 : 1.0;
        const QString &theirs = c.source->commitment.actor;
        s.evidence << u"same actor: "_s + ourActor + (ourActor.compare(theirs, Qt::CaseInsensitive) == 0 ? QString() : u" / "_s + theirs);
    }
}

QList<LinkSuggestion> best(QList<LinkSuggestion> list, int perItem, double minimumScore)
{
    list.removeIf([minimumScore](const LinkSuggestion &s) {
        return s.score < minimumScore;
    });
    std::stable_sort(list.begin(), list.end(), [](const LinkSuggestion &a, const LinkSuggestion &b) {
        return a.score > b.score;
    });
    if (list.size() > perItem)
        list.resize(perItem);
    return list;
}

/// One call of LinkSuggester::suggest: the candidates tokenised once, then
/// each new commitment and each delivering sentence scored against them.
class SuggestionRun
{
public:
    SuggestionRun(const NewLetterContext &context, int perItem, double minimumScore)
        : m_context(context)
        , m_letter(*context.letter)
        , m_analysis(*context.analysis)
        , m_perItem(perItem)
        , m_minimumScore(minimumScore)
        , m_ours(LinkWords::ministriesOf(m_letter.metadata.ministry, m_letter.metadata.signatories))
    {
    }

    /// Only what is still to be done can be repeated, changed or fulfilled,
    /// and never by the letter itself.
    bool prepare(const QList<LinkCandidate> &tracked);
    /// Letter -> commitment, best per target; notes the delivering sentences.
    QList<LinkSuggestion> fulfilments();
    /// Commitment -> commitment: repeats, changes, supplements.
    QList<LinkSuggestion> commitmentLinks();

private:
    QString referenceEvidence(const TrackedLetter &l) const;
    QList<LinkSuggestion> linksOf(qsizetype index);

    const NewLetterContext &m_context;
    const Letter &m_letter;
    const Analysis &m_analysis;
    const int m_perItem;
    const double m_minimumScore;
    const QList<LinkWords::Ministry> m_ours;
    TermIndex m_index;
    std::vector<Candidate> m_candidates;
    QSet<int> m_fulfilmentSentences;
    QHash<int, TermIndex::Terms> m_sentenceTerms; ///< commitments that share a sentence tokenise it once
};

// The evidence for a referenced letter names the words the new letter used.
QString SuggestionRun::referenceEvidence(const TrackedLetter &l) const
{
    const QString kamerstuk = QString(l.kamerstuk).remove(u' ').toUpper();
    const QString document = QString(l.documentNumber).remove(u' ').toUpper();
    for (const Reference &r : m_analysis.references) {
        if (r.kind == ReferenceKind::Kamerstuk && !kamerstuk.isEmpty() && r.key == kamerstuk)
            return u"refers to Kamerstuk "_s + l.kamerstuk;
        if (r.kind == ReferenceKind::DocumentNumber && !document.isEmpty() && r.key == document)
            return u"refers to document "_s + l.documentNumber;
    }
    if (l.date.isValid())
        return u"refers to the letter of "_s + day(l.date);
    return u"refers to the letter "_s + quoted(l.subject);
}

bool SuggestionRun::prepare(const QList<LinkCandidate> &tracked)
{
    const QSet<QString> ownIds(m_context.commitmentIds.cbegin(), m_context.commitmentIds.cend());
    const QSet<qint64> referenced(m_context.referencedLetters.cbegin(), m_context.referencedLetters.cend());
    // Most candidates share their letter and their actor with others: what
    // follows from those is worked out once each.
    QHash<qint64, QList<LinkWords::Ministry>> letterMinistries;
    QHash<qint64, QString> letterReferences;
    QHash<QString, QString> roles;
    m_candidates.reserve(std::size_t(tracked.size()));
    for (const LinkCandidate &lc : tracked) {
        const TrackedCommitment &tc = lc.commitment;
        if (tc.rejected || !(tc.status == Status::Open || tc.status == Status::PartlyDone))
            continue;
        if ((m_context.letterId != 0 && tc.letterId == m_context.letterId) || ownIds.contains(tc.id))
            continue;
        Candidate c;
        c.source = &lc;
        c.terms = m_index.terms(tc.text.isEmpty() ? tc.phrase : tc.text);
        auto role = roles.constFind(tc.actor);
        if (role == roles.cend())
            role = roles.insert(tc.actor, LinkWords::actorRole(tc.actor));
        c.role = *role;
        auto ministries = letterMinistries.constFind(lc.letter.id);
        if (ministries == letterMinistries.cend() || lc.letter.id == 0)
            ministries = letterMinistries.insert(lc.letter.id, LinkWords::ministriesOf(lc.letter.ministry, lc.letter.signatories));
        c.ministries = *ministries;
        if (!tc.ministry.isEmpty())
            c.ministries.prepend(LinkWords::ministryOf(tc.ministry));
        if (!tc.actorFunction.isEmpty())
            c.ministries.append(LinkWords::ministryOf(tc.actorFunction));
        c.negative = LinkWords::isNegative(tc.phrase);
        c.event = tc.deadline.event.isEmpty() ? QString() : eventKey(tc.deadline.event);
        if (lc.letter.id != 0 && referenced.contains(lc.letter.id)) {
            auto evidence = letterReferences.constFind(lc.letter.id);
            if (evidence == letterReferences.cend())
                evidence = letterReferences.insert(lc.letter.id, referenceEvidence(lc.letter));
            c.reference = *evidence;
        }
        m_index.addDocument(c.terms);
        m_candidates.push_back(std::move(c));
    }
    // The norms need the weights, which need every candidate counted.
    for (Candidate &c : m_candidates)
        c.norm = m_index.squaredNorm(c.terms);
    return !m_candidates.empty();
}

QList<LinkSuggestion> SuggestionRun::fulfilments()
{
    // The sentence often names the subject only as "deze toezegging"; the
    // letter's subject line says what it is about.
    const TermIndex::Terms subject = m_index.terms(m_letter.metadata.subject);
    QHash<QString, LinkSuggestion> byTarget;
    for (int si = 0; si < m_letter.sentences.size(); ++si) {
        const TextRange range = m_letter.sentences.at(si).range;
        const QStringView sentence = m_letter.slice(range);
        const QString marker = LinkWords::fulfilmentMarker(sentence);
        if (marker.isEmpty())
            continue;
        m_fulfilmentSentences.insert(si);
        const TermIndex::Terms own = m_index.terms(sentence);
        TermIndex::Terms terms;
        std::set_union(own.cbegin(), own.cend(), subject.cbegin(), subject.cend(), std::back_inserter(terms));
        const double norm = m_index.squaredNorm(terms);
        QStringList events;
        for (const TimeExpression &t : m_analysis.times) {
            if (range.overlaps(t.range) && !t.event.isEmpty())
                events << eventKey(t.event);
        }

        QList<LinkSuggestion> mine;
        for (const Candidate &c : m_candidates) {
            const TrackedCommitment &tc = c.source->commitment;
            const bool sameEvent = !c.event.isEmpty() && events.contains(c.event);
            if (!enoughInCommon(countShared(terms, c.terms), !c.reference.isEmpty(), sameEvent))
                continue;
            TermIndex::Terms shared;
            Score s;
            s.content = contentOf(m_index, terms, norm, c, shared);
            s.evidence << sharedEvidence(m_index, shared);
            if (sameEvent) {
                s.event = 1.0;
                s.evidence << u"same event: "_s + c.event;
            }
            // Delivered by the deadline, or within a month after it.
            const QDate sent = m_analysis.letterDate.date;
            if (tc.deadline.date.isValid() && sent.isValid() && sent <= tc.deadline.date.addMonths(1)) {
                s.deadline = 1.0;
                s.evidence << u"sent "_s + day(sent) + u", due "_s + day(tc.deadline.date);
            }
            if (!c.reference.isEmpty()) {
                s.reference = 1.0;
                s.evidence << c.reference;
            }
            scoreSpeaker(s, m_ours, QString(), QString(), c);
            s.marker = 1.0;
            s.evidence << u"marker: "_s + quoted(marker);

            LinkSuggestion l;
            l.type = LinkType::Fulfils;
            l.fromLetter = m_context.letterId;
            l.toCommitment = tc.id;
            l.score = s.total();
            l.evidence = s.evidence;
            mine << l;
        }
        for (const LinkSuggestion &l : best(mine, m_perItem, m_minimumScore)) {
            auto it = byTarget.find(l.toCommitment);
            if (it == byTarget.end())
                byTarget.insert(l.toCommitment, l);
            else if (l.score > it->score)
                *it = l;
        }
    }
    return byTarget.values();
}

QList<LinkSuggestion> SuggestionRun::commitmentLinks()
{
    QList<LinkSuggestion> out;
    for (qsizetype i = 0; i < m_analysis.commitments.size() && i < m_context.commitmentIds.size(); ++i)
        out << linksOf(i);
    return out;
}

QList<LinkSuggestion> SuggestionRun::linksOf(qsizetype i)
{
    const Commitment &nc = m_analysis.commitments.at(i);
    const QString &id = m_context.commitmentIds.at(i);
    // A restatement within the letter links through the one it restates;
    // a sentence that delivers is a fulfilment, not a new promise.
    if (id.isEmpty() || nc.repeats >= 0 || m_fulfilmentSentences.contains(nc.sentence))
        return {};
    const bool hasSentence = nc.sentence >= 0 && nc.sentence < m_letter.sentences.size();
    const QStringView sentence = m_letter.slice(hasSentence ? m_letter.sentences.at(nc.sentence).range : nc.phrase);
    if (!hasSentence || !m_sentenceTerms.contains(nc.sentence))
        m_sentenceTerms.insert(nc.sentence, m_index.terms(sentence));
    const TermIndex::Terms terms = m_sentenceTerms.value(nc.sentence);
    const double norm = m_index.squaredNorm(terms);

    const QString change = LinkWords::changeMarker(sentence);
    const QString repeat = LinkWords::repeatMarker(sentence);
    const QString supplement = LinkWords::supplementMarker(sentence);
    LinkWords::PointingMarker addsTo = LinkWords::explicitSupplementMarker(sentence);
    addsTo.object = withoutTrailingStopWords(addsTo.object);
    const TermIndex::Terms addsToTerms = m_index.terms(addsTo.object);
    const QString role = LinkWords::actorRole(nc.actor);
    const QString event = nc.deadline && !nc.deadline->event.isEmpty() ? eventKey(nc.deadline->event) : QString();

    QList<LinkSuggestion> mine;
    for (const Candidate &c : m_candidates) {
        const TrackedCommitment &tc = c.source->commitment;
        if (!enoughInCommon(countShared(terms, c.terms), !c.reference.isEmpty(), !event.isEmpty() && event == c.event))
            continue;
        TermIndex::Terms shared;
        Score s;
        s.content = contentOf(m_index, terms, norm, c, shared);
        // "In aanvulling op de eerder aangekondigde sancties": a supplement
        // brings words of its own, which the cosine counts against it; that
        // it names what it adds to, and the candidate holds those words,
        // lifts the content part of the way to full.
        const bool pointsHere = !addsToTerms.isEmpty() && countShared(addsToTerms, c.terms) == addsToTerms.size();
        if (pointsHere)
            s.content += (1.0 - s.content) * PointerLift;
        s.evidence << sharedEvidence(m_index, shared);
        const DeadlineRelation dl = relate(nc.deadline, event, tc.deadline, c.event);
        const bool flip = nc.negated != c.negative && s.content >= FlipContent;

        // A change outweighs everything; a sentence that says outright what
        // it adds to is a supplement even when it also says "eerder".
        LinkType type = LinkType::Supplements;
        QString marker;
        if (!change.isEmpty() || dl.moved || flip) {
            type = LinkType::Changes;
            marker = change;
        } else if (!addsTo.text.isEmpty()) {
            marker = addsTo.text;
        } else if (!repeat.isEmpty()) {
            type = LinkType::Repeats;
            marker = repeat;
        } else if (!supplement.isEmpty()) {
            marker = supplement;
        } else if (s.content >= RepeatContent) {
            type = LinkType::Repeats;
        }

        if (dl.sameEvent) {
            s.event = 1.0;
            s.evidence << dl.eventEvidence;
        }
        // A kept deadline supports a repeat or supplement; a moved one is
        // what a change is.
        if ((dl.same && type != LinkType::Changes) || (dl.moved && type == LinkType::Changes)) {
            s.deadline = 1.0;
            if (!dl.deadlineEvidence.isEmpty())
                s.evidence << dl.deadlineEvidence;
        }
        if (flip)
            s.evidence << (nc.negated ? u"now negated: "_s : u"no longer negated: "_s) + quoted(m_letter.slice(nc.phrase).toString());
        if (!c.reference.isEmpty()) {
            s.reference = 1.0;
            s.evidence << c.reference;
        }
        scoreSpeaker(s, m_ours, role, nc.actor, c);
        if (!marker.isEmpty()) {
            s.marker = 1.0;
            s.evidence << u"marker: "_s + quoted(marker);
        }
        if (pointsHere)
            s.evidence << u"adds to: "_s + quoted(addsTo.object);

        LinkSuggestion l;
        l.type = type;
        l.fromCommitment = id;
        l.fromLetter = m_context.letterId;
        l.toCommitment = tc.id;
        l.score = s.total();
        l.evidence = s.evidence;
        mine << l;
    }
    return best(mine, m_perItem, m_minimumScore);
}

} // namespace

QList<LinkSuggestion> LinkSuggester::suggest(const NewLetterContext &context, const QList<LinkCandidate> &tracked, int perCommitment, double minimumScore)
{
    if (!context.letter || !context.analysis || perCommitment <= 0)
        return {};
    SuggestionRun suggestion(context, perCommitment, minimumScore);
    if (!suggestion.prepare(tracked))
        return {};
    // Fulfilments first: they mark the sentences that deliver.
    QList<LinkSuggestion> out = suggestion.fulfilments();
    out << suggestion.commitmentLinks();
    // Best first; ties in a fixed order, whatever order the hashes kept.
    std::stable_sort(out.begin(), out.end(), [](const LinkSuggestion &a, const LinkSuggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.fromCommitment != b.fromCommitment)
            return a.fromCommitment < b.fromCommitment;
        return a.toCommitment < b.toCommitment;
    });
    return out;
}

} // namespace Promissa
