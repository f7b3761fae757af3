// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/followupfinder.h"

#include "analysis/actormatcher.h"
#include "analysis/clauseparser.h"
#include "analysis/lexicon.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

bool startsWithAny(QStringView w, std::initializer_list<QStringView> prefixes)
{
    for (QStringView p : prefixes) {
        if (w.startsWith(p))
            return true;
    }
    return false;
}

// What the government announces, judged from the words outside conditional
// clauses; none when the commitment is an action rather than a document or decision.
std::optional<FollowUpType> governmentType(const ParsedSentence &s)
{
    bool reaction = false, letter = false, information = false, decision = false, consultation = false, proposal = false,
         publication = false;
    for (const Clause &c : s.clauses) {
        if (c.conditional)
            continue;
        for (int k = c.begin; k < c.end; ++k) {
            const QStringView w = s.tokens[k].word;
            if (!s.tokens[k].isWord)
                continue;
            reaction = reaction || startsWithAny(w, {u"reactie", u"kabinetsreactie", u"appreciatie", u"kabinetsstandpunt", u"beantwoording"});
            // "in deze brief" is the letter itself, not one to come.
            const bool thisLetter = s.isWord(k - 1, u"deze") || s.isWord(k - 1, u"onderhavige");
            letter = letter || (w.endsWith(u"brief") && !thisLetter) || w == u"sturen" || w == u"stuur" || w == u"stuurt" || w == u"toesturen"
                || w == u"zenden" || w == u"terug";
            information = information || startsWithAny(w, {u"informeer", u"informeren", u"geïnformeerd", u"geinformeerd"})
                || (w == u"hoogte" && s.isWord(k - 1, u"de") && s.isWord(k - 2, u"op"));
            decision = decision || startsWithAny(w, {u"besluit", u"beslis", u"beslui"});
            consultation = consultation || startsWithAny(w, {u"consult", u"raadpleg", u"samenspraak"}) || w.contains(u"consultatie")
                || (w == u"overleg" && s.isWord(k + 1, u"met") && s.isWord(k + 3, u"kamer"));
            proposal = proposal || startsWithAny(w, {u"wetsvoorstel", u"voorstel", u"indienen", u"amvb"});
            publication = publication || startsWithAny(w, {u"publice", u"rapport", u"evaluatie", u"visie", u"strategie", u"actieplan", u"nota"});
        }
    }
    if (reaction)
        return FollowUpType::Reaction;
    if (letter)
        return FollowUpType::Letter;
    if (information)
        return FollowUpType::Information;
    if (decision)
        return FollowUpType::Decision;
    if (consultation)
        return FollowUpType::Consultation;
    if (proposal)
        return FollowUpType::Proposal;
    if (publication)
        return FollowUpType::Publication;
    return std::nullopt;
}

std::optional<TimeExpression> nearestFuture(std::span<const TimeExpression> times, TextRange range)
{
    std::optional<TimeExpression> best;
    qsizetype bestDistance = 0;
    for (const TimeExpression &t : times) {
        if (t.relation == Relation::Past)
            continue;
        const qsizetype d = t.range.end <= range.start ? range.start - t.range.end : (t.range.start >= range.end ? t.range.start - range.end : 0);
        if (!best || d < bestDistance) {
            best = t;
            bestDistance = d;
        }
    }
    return best;
}

// "De Commissie zal op korte termijn een witboek publiceren": a third party
// announces a document, proposal or decision with zal/zullen.
std::optional<FollowUp> externalIn(const ParsedSentence &s, std::span<const TimeExpression> times)
{
    for (const Clause &c : s.clauses) {
        if (c.conditional || c.infinitival)
            continue;
        for (int v = c.begin; v < c.end; ++v) {
            const QStringView w = s.tokens[v].word;
            if (s.tokens[v].parenthetical || !(w == u"zal" || w == u"zullen"))
                continue;
            const ActorMatch subject = ActorMatcher::subjectOf(s, c, v);
            if (subject.cls != ActorClass::ThirdParty || s.tokens[subject.begin].word == u"er")
                continue;
            int lastWord = -1;
            bool proposal = false, decision = false, modal = false;
            const int end = std::min(c.end, v + 1 + SearchWindow);
            for (int k = v + 1; k < end; ++k) {
                const QStringView n = s.tokens[k].word;
                if (n == u"moeten" || n == u"kunnen")
                    modal = true;
                if (!Lexicon::publicationWords().contains(n))
                    continue;
                lastWord = k;
                proposal = proposal || n.startsWith(u"voorstel") || n == u"wetsvoorstel" || n == u"verordening" || n == u"richtlijn"
                    || n == u"pakket" || n == u"indienen";
                decision = decision || n.startsWith(u"besluit") || n == u"uitspraak" || n == u"aannemen" || n == u"vaststellen";
            }
            if (lastWord < 0 || modal)
                continue;
            FollowUp f;
            f.external = true;
            f.type = proposal ? FollowUpType::Proposal : (decision ? FollowUpType::Decision : FollowUpType::Publication);
            const int actorEnd = subject.begin < v ? v - 1 : subject.end - 1;
            f.actor = s.original(subject.begin, actorEnd).toString();
            const int first = std::min(subject.begin, v);
            f.range = TextRange{s.tokens[first].start, s.tokens[std::max(lastWord, actorEnd)].end};
            f.when = nearestFuture(times, f.range);
            return f;
        }
    }
    return std::nullopt;
}

} // namespace

QList<FollowUp> FollowUpFinder::find(const Letter &letter, const QList<TimeExpression> &times) const
{
    return m_detector.scan(letter, times).followUps;
}

std::optional<FollowUp> FollowUpFinder::inSentence(const ParsedSentence &s, const std::optional<Commitment> &commitment, std::span<const TimeExpression> sentenceTimes)
{
    if (!commitment)
        return externalIn(s, sentenceTimes);
    const std::optional<FollowUpType> type = commitment->negated ? std::nullopt : governmentType(s);
    if (!type)
        return std::nullopt;
    FollowUp f;
    f.range = commitment->phrase;
    f.type = *type;
    f.external = false;
    f.actor = commitment->actor;
    f.when = commitment->deadline;
    return f;
}

} // namespace Promissa
