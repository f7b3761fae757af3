// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/commitmentdetector.h"

#include "analysis/actormatcher.h"
#include "analysis/clauseparser.h"
#include "analysis/clausereader.h"
#include "analysis/followupfinder.h"
#include "analysis/lexicon.h"
#include "analysis/repeatmarker.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

struct Hit {
    int clause = -1;
    int verb = -1;
    TriggerReading reading;
    ActorMatch actor;
    QString implicitActor; ///< set when the actor is implied (passives, "ontvangt uw Kamer")
};

bool in(QStringView w, std::initializer_list<QStringView> words)
{
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool normativeBefore(const ParsedSentence &s, const Clause &c, int v)
{
    const int stop = std::max(c.begin, v - SearchWindow);
    for (int k = v - 1; k >= stop; --k) {
        const QStringView w = s.tokens[k].word;
        if (w == u"en" || w == u"maar")
            return false;
        if (Lexicon::normativeModals().contains(w))
            return true;
    }
    return false;
}

bool hasFutureCue(const ParsedSentence &s, std::span<const TimeExpression> times, int letterYear)
{
    for (const TimeExpression &t : times) {
        if (t.relation != Relation::Past)
            return true;
    }
    for (int k = 0; k < s.tokens.size(); ++k) {
        const Token &t = s.tokens[k];
        if (!t.isWord)
            continue;
        if (Lexicon::futureAdverbs().contains(t.word))
            return true;
        // "bij de augustusbesluitvorming": a decision round still to come.
        if (t.word.endsWith(u"besluitvorming") && s.isWord(k - 1, u"de") && (s.isWord(k - 2, u"bij") || s.isWord(k - 2, u"tijdens")))
            return true;
        // "binnen de gebruikelijke termijn van zes weken", "binnen drie maanden"
        if (t.word == u"binnen") {
            const int last = std::min(int(s.tokens.size()), k + 6);
            for (int m = k + 1; m < last; ++m) {
                if (in(s.tokens[m].word, {u"termijn", u"week", u"weken", u"maand", u"maanden", u"dagen"}))
                    return true;
            }
        }
        // "in 2026", "voor het opleidingsjaar 2025", "schooljaar 2025"
        if (letterYear > 0 && t.word.size() == 4 && t.word.front().isDigit() && k > 0
            && (in(s.tokens[k - 1].word, {u"in", u"vanaf", u"voor", u"per", u"uiterlijk", u"medio", u"eind", u"begin", u"najaar", u"voorjaar"})
                || s.tokens[k - 1].word.endsWith(u"jaar"))) {
            bool ok = false;
            const int year = t.word.toInt(&ok);
            if (ok && year >= letterYear)
                return true;
        }
    }
    return false;
}

// Whether clause c names another agent for its passive: "door de Commissie".
bool hasOtherAgent(const ParsedSentence &s, const Clause &c)
{
    for (int k = c.begin; k + 1 < c.end; ++k) {
        if (s.tokens[k].word == u"door") {
            const ActorMatch agent = ActorMatcher::at(s, k + 1, c.end);
            if (agent.cls == ActorClass::ThirdParty || agent.cls == ActorClass::Kamer)
                return true;
        }
    }
    return false;
}

// The government passive "zal ... worden uitgewerkt": no third-party agent
// ("door de Commissie") and a subject that is the government's own work.
bool governmentPassive(const ParsedSentence &s, bool otherAgent, const ActorMatch &subject)
{
    if (otherAgent)
        return false;
    if (subject.cls == ActorClass::Kamer)
        return true;
    if (subject.cls == ActorClass::ThirdParty && !(subject.head >= 0 && s.tokens[subject.head].word == u"er"))
        return false;
    const bool workNoun = subject.head >= 0 && Lexicon::governmentWork().contains(s.tokens[subject.head].word);
    return workNoun || s.mentionsGovernment;
}

} // namespace

CommitmentDetector::CommitmentDetector()
{
    // Build the word sets now, not on the first sentence of the first letter.
    Lexicon::subordinators();
    Lexicon::presentActionVerbs();
    Lexicon::governmentWork();
}

namespace
{

// The conditional clause that governs clause `hit`: a conditional clause
// governs the first main clause after it, or else the last one before it.
// Returns the token range of the condition, or {-1, -1}.
std::pair<int, int> governingCondition(const ParsedSentence &s, int hit)
{
    const Clause &h = s.clauses[hit];
    if (h.innerConditional && h.innerSubordinator >= 0) {
        // "indien nodig", "zo mogelijk": a hedge between commas, not a condition.
        int words = 0;
        bool hedgeOnly = true;
        for (int k = h.innerSubordinator + 1; k < h.innerEnd; ++k) {
            if (!s.tokens[k].isWord)
                continue;
            ++words;
            if (!in(s.tokens[k].word, {u"nodig", u"mogelijk", u"gewenst", u"noodzakelijk", u"dat", u"is", u"het", u"kan"}))
                hedgeOnly = false;
        }
        if (words > 0 && !hedgeOnly)
            return {h.innerSubordinator, h.innerEnd};
    }
    auto isMain = [&](int j) {
        const Clause &c = s.clauses[j];
        if (c.subordinator >= 0 || c.infinitival)
            return false;
        int words = 0;
        for (int k = c.begin; k < c.end && words < 2; ++k)
            words += s.tokens[k].isWord && !s.tokens[k].parenthetical ? 1 : 0;
        return words >= 2;
    };
    // A condition governs the first main clause after it, else the last one
    // before it. So the hit is governed by the first condition between the
    // main clause before it and itself, or else, when no main clause follows
    // it, by the first condition after it: one pass, not one per condition.
    const int count = int(s.clauses.size());
    if (!isMain(hit))
        return {-1, -1};
    int previousMain = -1;
    for (int j = hit - 1; j >= 0 && previousMain < 0; --j) {
        if (isMain(j))
            previousMain = j;
    }
    int governing = -1;
    for (int k = previousMain + 1; k < hit && governing < 0; ++k) {
        if (s.clauses[k].conditional)
            governing = k;
    }
    if (governing < 0) {
        int later = -1;
        bool mainLater = false;
        for (int k = hit + 1; k < count && !mainLater; ++k) {
            mainLater = isMain(k);
            if (later < 0 && s.clauses[k].conditional)
                later = k;
        }
        if (!mainLater)
            governing = later;
    }
    if (governing >= 0) {
        const Clause &c = s.clauses[governing];
        int start = c.subordinator;
        // "in het geval dat", "op voorwaarde dat": the condition starts at the preposition.
        if (s.isWord(start, u"dat") && (s.isWord(start - 1, u"geval") || s.isWord(start - 1, u"voorwaarde"))) {
            start -= 1;
            if (s.isWord(start - 1, u"het"))
                start -= 1;
            if (s.isWord(start - 1, u"in") || s.isWord(start - 1, u"op"))
                start -= 1;
        }
        // "Indien de raming laat zien dat het saldo ... overschrijdt, zal ...":
        // the clauses nested in the condition belong to it. Before the hit
        // every clause up to it is nested (the hit is the first main clause
        // after the condition); after the hit only complement clauses are.
        int end = c.end;
        for (int j = governing + 1; j < count && j != hit && !isMain(j) && !s.clauses[j].conditional; ++j) {
            const Clause &nested = s.clauses[j];
            if (governing > hit && !(nested.infinitival || s.isWord(nested.subordinator, u"dat") || s.isWord(nested.subordinator, u"of")))
                break;
            end = nested.end;
        }
        return {start, end};
    }
    return {-1, -1};
}

// "zal het bij de Voorjaarsnota": the government noun that a subject "het"
// right after the finite verb stands for, looked for in the earlier clauses
// of the sentence; empty when "het" is an article or none is found.
QString pronounAntecedent(const ParsedSentence &s, const Clause &c, int v)
{
    if (c.subordinator >= 0 || !s.isWord(v + 1, u"het"))
        return {};
    const QStringView next = s.word(v + 2);
    if (!(Lexicon::adverbialStarts().contains(next) || in(next, {u"niet", u"geen", u"nog"})))
        return {};
    for (int k = c.begin - 1; k > 0 && k >= v - SearchWindow; --k) {
        if (s.isWord(k, u"kabinet") && s.isWord(k - 1, u"het"))
            return u"het kabinet"_s;
    }
    return {};
}

QStringList hedgesIn(const ParsedSentence &s)
{
    static const std::initializer_list<QStringView> hedges[] = {
        {u"waar", u"mogelijk"},  {u"waar", u"nodig"},       {u"zo", u"mogelijk"},    {u"zo", u"nodig"},
        {u"eventueel"},          {u"naar", u"verwachting"}, {u"in", u"principe"},    {u"in", u"beginsel"},
        {u"indien", u"nodig"},   {u"indien", u"mogelijk"},  {u"voor", u"zover", u"mogelijk"}, {u"zoveel", u"mogelijk"},
        {u"zo", u"veel", u"mogelijk"}, {u"waar", u"dat", u"kan"}, {u"in", u"de", u"regel"}, {u"op", u"termijn"}};
    QStringList found;
    const int n = int(s.tokens.size());
    for (int k = 0; k < n; ++k) {
        if (!s.tokens[k].isWord)
            continue;
        for (const auto &hedge : hedges) {
            if (s.tokens[k].word != *hedge.begin())
                continue;
            int m = k;
            bool match = true;
            for (QStringView part : hedge) {
                if (m >= n || s.tokens[m].word != part) {
                    match = false;
                    break;
                }
                ++m;
            }
            if (match) {
                QString text;
                for (QStringView part : hedge)
                    text += (text.isEmpty() ? QString() : u" "_s) + part.toString();
                if (!found.contains(text))
                    found.append(text);
            }
        }
    }
    return found;
}

// Whether the main verb of a commitment is negated: "zal ... niet verhogen",
// "Ik ben niet voornemens", "geen ... meer verlenen". Only the clause's own
// words between the actor and the verb cluster count, and for an intent only
// those before its head word: "voornemens ... niet in te zetten" and a
// negation in an embedded clause negate something else.
bool mainVerbNegated(const ParsedSentence &s, const Clause &c, int from, const TriggerReading &r)
{
    const int to = r.head >= 0 ? r.head : r.clusterEnd;
    for (int k = std::max(from, c.begin); k <= to && k < c.end; ++k) {
        const Token &t = s.tokens[k];
        if (!t.isWord || t.parenthetical || (c.innerSubordinator >= 0 && k >= c.innerSubordinator && k < c.innerEnd))
            continue;
        const QStringView w = t.word;
        if (w == u"niet" && !(s.isWord(k + 1, u"alleen") || s.isWord(k + 1, u"enkel") || s.isWord(k + 1, u"slechts")))
            return true;
        if (w == u"geen" || w == u"nooit" || w == u"niets")
            return true;
    }
    return false;
}

// "in 2023 en 2024 jaarlijks", "in 2025 en 2026": a time that opens a list of
// periods or a yearly rhythm names when something runs, not when it is due.
bool opensSpan(const ParsedSentence &s, const TimeExpression &t)
{
    const int last = s.tokenAt(t.range.end - 1);
    if (s.isWord(last + 1, u"jaarlijks") || (s.isWord(last + 1, u"per") && s.isWord(last + 2, u"jaar")))
        return true;
    if (!s.isWord(last + 1, u"en"))
        return false;
    const int next = s.isWord(last + 2, u"in") ? last + 3 : last + 2;
    const QStringView w = s.word(next);
    return w.size() == 4 && w.front().isDigit() && s.tokens[next].isWord;
}

std::optional<TimeExpression> pickDeadline(const ParsedSentence &s, int hitClause, TextRange phrase, std::span<const TimeExpression> times,
                                           std::pair<int, int> condition, int letterYear)
{
    // Whether a clause is a third party's, asked once per clause however
    // many time phrases it holds.
    enum : signed char { Unknown, Own, Others };
    QVarLengthArray<signed char, 32> owner(s.clauses.size(), Unknown);
    qsizetype best = -1;
    qsizetype bestScore = 0;
    for (qsizetype i = 0; i < qsizetype(times.size()); ++i) {
        const TimeExpression &t = times[i];
        if (t.relation == Relation::Past)
            continue;
        // A time inside the condition says when the condition holds, not when the promise is due.
        const int token = s.tokenAt(t.range.start);
        if (token >= condition.first && token < condition.second)
            continue;
        // A span that has already begun is no deadline: "stel ik in 2023 en 2024 jaarlijks ... beschikbaar".
        if (letterYear > 0 && t.start.isValid() && t.start.year() <= letterYear && opensSpan(s, t))
            continue;
        const int clause = s.clauseOf(token);
        if (clause >= 0 && clause != hitClause) {
            const Clause &c = s.clauses[clause];
            if (c.conditional)
                continue;
            if (owner[clause] == Unknown)
                owner[clause] = ActorMatcher::at(s, c.begin, c.end).cls == ActorClass::ThirdParty ? Others : Own;
            if (owner[clause] == Others)
                continue;
        }
        qsizetype score = 0;
        if (t.range.end <= phrase.start)
            score = phrase.start - t.range.end;
        else if (t.range.start >= phrase.end)
            score = t.range.start - phrase.end;
        if (t.bound == Bound::Before)
            score -= 50;
        if (t.type == TimeType::Event)
            score -= 25;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best < 0)
        return std::nullopt;
    return times[best];
}

QString actorText(const ParsedSentence &s, const ActorMatch &a)
{
    QString text = s.original(a.begin, a.end - 1).toString();
    // "Het kabinet" at the start of a sentence is "het kabinet"; names keep their capital.
    if (!text.isEmpty() && (Lexicon::determiners().contains(s.tokens[a.begin].word) || in(s.tokens[a.begin].word, {u"we", u"wij", u"ik"})))
        text[0] = text[0].toLower();
    return text;
}

} // namespace

std::optional<Commitment> CommitmentDetector::detectInSentence(const ParsedSentence &s, std::span<const TimeExpression> times, int letterYear) const
{
    if (s.question || s.tokens.isEmpty())
        return std::nullopt;
    std::optional<Hit> found;
    // Sentence- and clause-wide answers, computed at most once however many
    // verbs ask for them.
    std::optional<bool> futureCue;
    for (int ci = 0; ci < s.clauses.size() && !found; ++ci) {
        const Clause &c = s.clauses[ci];
        if (c.conditional || c.infinitival)
            continue;
        std::optional<bool> otherAgent;
        std::optional<bool> underCondition; // once per clause: governingCondition scans neighbouring clauses
        for (int v = c.begin; v < c.end && !found; ++v) {
            const Token &t = s.tokens[v];
            if (!t.isWord || t.parenthetical || s.isWord(v - 1, u"te"))
                continue;
            const std::optional<TriggerReading> reading = ClauseReader::read(s, c, v);
            if (!reading || normativeBefore(s, c, v))
                continue;
            const ActorMatch subject = ActorMatcher::subjectOf(s, c, v);
            Hit h;
            h.clause = ci;
            h.verb = v;
            h.reading = *reading;
            h.actor = subject;
            bool ok = false;
            if (reading->stanceSubject) {
                // "De kabinetsinzet blijft dat ...": the cabinet's stated aim continues.
                const QStringView head = subject.head >= 0 ? s.tokens[subject.head].word : QStringView();
                ok = head == u"kabinetsinzet" || (head == u"inzet" && s.isWord(subject.head + 1, u"van") && s.isWord(subject.head + 3, u"kabinet"))
                    || (head == u"streven" && in(s.tokens[subject.begin].word, {u"het", u"ons", u"mijn"}));
                h.implicitActor = u"het kabinet"_s;
            } else if (reading->passive) {
                if (subject.cls == ActorClass::Kamer) {
                    ok = false;
                    for (int k = v; k <= reading->clusterEnd; ++k)
                        ok = ok || ClauseReader::isInformParticiple(s.tokens[k].word);
                    h.reading.confidence = 0.7;
                } else {
                    ok = subject.cls != ActorClass::Government && !reading->kamerSubject;
                    if (ok) {
                        if (!otherAgent)
                            otherAgent = hasOtherAgent(s, c);
                        ok = governmentPassive(s, *otherAgent, subject);
                    }
                }
                h.implicitActor = s.kabinetEnParlement ? u"kabinet en parlement"_s : u"het kabinet"_s;
            } else if (reading->kamerSubject) {
                // "De volgende voortgangsbrief ontvangt u in mei": the object
                // comes first, the Kamer stands after the verb.
                ok = subject.cls == ActorClass::Kamer || ActorMatcher::at(s, v + 1, c.end).cls == ActorClass::Kamer;
                h.implicitActor = u"het kabinet"_s;
            } else {
                ok = subject.cls == ActorClass::Government;
                // "Omdat het kabinet demissionair is, zal het bij de
                // Voorjaarsnota ...": "het" before an adverbial is a pronoun
                // for the government named earlier in the sentence.
                const QString antecedent = ok ? QString() : pronounAntecedent(s, c, v);
                if (!antecedent.isEmpty()) {
                    ok = true;
                    h.implicitActor = antecedent;
                }
            }
            if (ok && reading->needsFuture) {
                if (!futureCue)
                    futureCue = hasFutureCue(s, times, letterYear);
                // "Zodra dat plan gereed is, stuur ik het naar uw Kamer": a
                // condition puts the present tense in the future.
                if (!*futureCue && !underCondition)
                    underCondition = governingCondition(s, ci).first >= 0;
                const bool future = *futureCue || *underCondition;
                ok = future && !ClauseReader::refersToThisLetter(s);
            }
            if (ok && reading->firmWithFuture) {
                if (!futureCue)
                    futureCue = hasFutureCue(s, times, letterYear);
                if (*futureCue)
                    h.reading.kind = CommitmentKind::Firm;
            }
            // "Ik ben niet voornemens ...", "wil ... niet": a refusal, no intent.
            if (ok && reading->kind == CommitmentKind::Intent && !reading->stanceSubject
                && mainVerbNegated(s, c, subject.begin >= 0 ? std::min(v, subject.begin) : v, *reading))
                ok = false;
            if (ok)
                found = h;
        }
    }
    if (!found)
        return std::nullopt;

    const Hit &h = *found;
    Commitment c;
    c.kind = h.reading.kind;
    c.confidence = h.reading.confidence;
    const bool explicitActor = h.implicitActor.isEmpty();
    int first = h.verb;
    int last = std::max(h.verb, h.reading.clusterEnd);
    if (explicitActor) {
        c.actor = actorText(s, h.actor);
        first = std::min(first, h.actor.begin);
        last = std::max(last, h.actor.end - 1);
    } else {
        c.actor = h.implicitActor;
    }
    c.phrase = TextRange{s.tokens[first].start, s.tokens[last].end};
    c.negated = mainVerbNegated(s, s.clauses[h.clause], first, h.reading);
    c.hedges = hedgesIn(s);
    const std::pair<int, int> condition = governingCondition(s, h.clause);
    const auto [condStart, condEnd] = condition;
    if (condStart >= 0) {
        c.kind = CommitmentKind::Conditional;
        c.condition = s.original(condStart, condEnd - 1).toString();
    }
    c.deadline = pickDeadline(s, h.clause, c.phrase, times, condition, letterYear);
    return c;
}


QList<Commitment> CommitmentDetector::detect(const Letter &letter, const QList<TimeExpression> &times, QDate letterDate) const
{
    return run(letter, times, letterDate, nullptr);
}

CommitmentScan CommitmentDetector::scan(const Letter &letter, const QList<TimeExpression> &times, QDate letterDate) const
{
    CommitmentScan result;
    result.commitments = run(letter, times, letterDate, &result.followUps);
    return result;
}

QList<Commitment> CommitmentDetector::run(const Letter &letter, const QList<TimeExpression> &times, QDate letterDate, QList<FollowUp> *followUps) const
{
    QList<Commitment> result;
    RepeatMarker repeats;
    ParsedSentence parsed;
    if (!letterDate.isValid())
        letterDate = letter.metadata.date;
    const int letterYear = letterDate.isValid() ? letterDate.year() : 0;
    qsizetype nextTime = 0;
    for (int si = 0; si < letter.sentences.size(); ++si) {
        const Sentence &sentence = letter.sentences[si];
        if (sentence.paragraph < 0 || sentence.paragraph >= letter.paragraphs.size())
            continue;
        const ParagraphKind kind = letter.paragraphs[sentence.paragraph].kind;
        if (kind != ParagraphKind::Body && kind != ParagraphKind::Bullet)
            continue;
        // Times are in text order, so one forward pass hands each sentence its own.
        while (nextTime < times.size() && times[nextTime].range.start < sentence.range.start)
            ++nextTime;
        qsizetype timesEnd = nextTime;
        while (timesEnd < times.size() && times[timesEnd].range.start < sentence.range.end)
            ++timesEnd;
        const std::span<const TimeExpression> sentenceTimes(times.constData() + nextTime, std::size_t(timesEnd - nextTime));
        ClauseParser::parse(letter.text, sentence.range, parsed);
        std::optional<Commitment> c = detectInSentence(parsed, sentenceTimes, letterYear);
        if (followUps) {
            std::optional<FollowUp> f = FollowUpFinder::inSentence(parsed, c, sentenceTimes);
            if (f) {
                f->sentence = si;
                followUps->append(std::move(*f));
            }
        }
        if (!c)
            continue;
        c->sentence = si;
        repeats.add(parsed, *c);
        result.append(std::move(*c));
    }
    repeats.mark(result);
    return result;
}

} // namespace Promissa
