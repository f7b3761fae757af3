// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/commitmentdetector.h"

#include "analysis/actormatcher.h"
#include "analysis/clauseparser.h"
#include "analysis/clausereader.h"
#include "analysis/lexicon.h"

#include <QSet>

#include <algorithm>

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
    for (int k = v - 1; k >= c.begin; --k) {
        const QStringView w = s.tokens[k].word;
        if (w == u"en" || w == u"maar")
            return false;
        if (Lexicon::normativeModals().contains(w))
            return true;
    }
    return false;
}

bool hasFutureCue(const ParsedSentence &s, const QList<TimeExpression> &times, int letterYear)
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
        if (letterYear > 0 && t.word.size() == 4 && t.word.front().isDigit() && k > 0
            && in(s.tokens[k - 1].word, {u"in", u"vanaf", u"voor", u"per", u"uiterlijk", u"medio", u"eind", u"begin", u"najaar", u"voorjaar"})) {
            bool ok = false;
            const int year = t.word.toInt(&ok);
            if (ok && year >= letterYear)
                return true;
        }
    }
    return false;
}

// The government passive "zal ... worden uitgewerkt": no third-party agent
// ("door de Commissie") and a subject that is the government's own work.
bool governmentPassive(const ParsedSentence &s, const Clause &c, const ActorMatch &subject)
{
    for (int k = c.begin; k + 1 < c.end; ++k) {
        if (s.tokens[k].word == u"door") {
            const ActorMatch agent = ActorMatcher::at(s, k + 1, c.end);
            if (agent.cls == ActorClass::ThirdParty || agent.cls == ActorClass::Kamer)
                return false;
        }
    }
    if (subject.cls == ActorClass::Kamer)
        return true;
    if (subject.cls == ActorClass::ThirdParty && !(subject.head >= 0 && s.tokens[subject.head].word == u"er"))
        return false;
    const bool workNoun = subject.head >= 0 && Lexicon::governmentWork().contains(s.tokens[subject.head].word);
    return workNoun || ClauseReader::mentions(s, u"kabinet") || ClauseReader::mentions(s, u"regering");
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
        for (int k = c.begin; k < c.end; ++k)
            words += s.tokens[k].isWord && !s.tokens[k].parenthetical ? 1 : 0;
        return words >= 2;
    };
    for (int k = 0; k < s.clauses.size(); ++k) {
        const Clause &c = s.clauses[k];
        if (!c.conditional)
            continue;
        int target = -1;
        for (int j = k + 1; j < s.clauses.size() && target < 0; ++j) {
            if (isMain(j))
                target = j;
        }
        for (int j = k - 1; j >= 0 && target < 0; --j) {
            if (isMain(j))
                target = j;
        }
        if (target != hit)
            continue;
        int start = c.subordinator;
        // "in het geval dat", "op voorwaarde dat": the condition starts at the preposition.
        if (s.isWord(start, u"dat") && (s.isWord(start - 1, u"geval") || s.isWord(start - 1, u"voorwaarde"))) {
            start -= 1;
            if (s.isWord(start - 1, u"het"))
                start -= 1;
            if (s.isWord(start - 1, u"in") || s.isWord(start - 1, u"op"))
                start -= 1;
        }
        return {start, c.end};
    }
    return {-1, -1};
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

bool negatedBetween(const ParsedSentence &s, int from, int to)
{
    for (int k = from; k <= to && k < s.tokens.size(); ++k) {
        const QStringView w = s.tokens[k].word;
        if (w == u"niet" && !(s.isWord(k + 1, u"alleen") || s.isWord(k + 1, u"enkel") || s.isWord(k + 1, u"slechts")))
            return true;
        if (w == u"geen" || w == u"nooit" || w == u"niets")
            return true;
    }
    return false;
}

int tokenAt(const ParsedSentence &s, qsizetype pos)
{
    for (int k = 0; k < s.tokens.size(); ++k) {
        if (s.tokens[k].end > pos)
            return k;
    }
    return int(s.tokens.size()) - 1;
}

std::optional<TimeExpression> pickDeadline(const ParsedSentence &s, int hitClause, TextRange phrase, const QList<TimeExpression> &times)
{
    std::optional<TimeExpression> best;
    qsizetype bestScore = 0;
    for (const TimeExpression &t : times) {
        if (t.relation == Relation::Past)
            continue;
        const int clause = s.clauseOf(tokenAt(s, t.range.start));
        if (clause >= 0 && clause != hitClause) {
            const Clause &c = s.clauses[clause];
            if (c.conditional)
                continue;
            if (ActorMatcher::at(s, c.begin, c.end).cls == ActorClass::ThirdParty)
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
        if (!best || score < bestScore) {
            best = t;
            bestScore = score;
        }
    }
    return best;
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

std::optional<Commitment> CommitmentDetector::detectInSentence(const ParsedSentence &s, const QList<TimeExpression> &times, int letterYear) const
{
    if (s.question || s.tokens.isEmpty())
        return std::nullopt;
    std::optional<Hit> found;
    for (int ci = 0; ci < s.clauses.size() && !found; ++ci) {
        const Clause &c = s.clauses[ci];
        if (c.conditional || c.infinitival)
            continue;
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
                ok = head == u"kabinetsinzet" || (head == u"inzet" && s.isWord(subject.head + 1, u"van") && s.isWord(subject.head + 3, u"kabinet"));
                h.implicitActor = u"het kabinet"_s;
            } else if (reading->passive) {
                if (subject.cls == ActorClass::Kamer) {
                    ok = false;
                    for (int k = v; k <= reading->clusterEnd; ++k)
                        ok = ok || ClauseReader::isInformParticiple(s.tokens[k].word);
                    h.reading.confidence = 0.7;
                } else {
                    ok = subject.cls != ActorClass::Government && !reading->kamerSubject && governmentPassive(s, c, subject);
                }
                bool parliament = false;
                for (int k = 0; k + 2 < s.tokens.size(); ++k)
                    parliament = parliament || (s.tokens[k].word == u"kabinet" && s.tokens[k + 1].word == u"en" && s.tokens[k + 2].word == u"parlement");
                h.implicitActor = parliament ? u"kabinet en parlement"_s : u"het kabinet"_s;
            } else if (reading->kamerSubject) {
                ok = subject.cls == ActorClass::Kamer;
                h.implicitActor = u"het kabinet"_s;
            } else {
                ok = subject.cls == ActorClass::Government;
            }
            if (ok && reading->needsFuture)
                ok = hasFutureCue(s, times, letterYear) && !ClauseReader::refersToThisLetter(s);
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
    c.negated = negatedBetween(s, first, last);
    c.hedges = hedgesIn(s);
    const auto [condStart, condEnd] = governingCondition(s, h.clause);
    if (condStart >= 0) {
        c.kind = CommitmentKind::Conditional;
        c.condition = s.original(condStart, condEnd - 1).toString();
    }
    c.deadline = pickDeadline(s, h.clause, c.phrase, times);
    return c;
}

QList<Commitment> CommitmentDetector::detect(const Letter &letter, const QList<TimeExpression> &times) const
{
    QList<Commitment> result;
    ParsedSentence parsed;
    QList<TimeExpression> sentenceTimes;
    const int letterYear = letter.metadata.date.isValid() ? letter.metadata.date.year() : 0;
    qsizetype nextTime = 0;
    for (int si = 0; si < letter.sentences.size(); ++si) {
        const Sentence &sentence = letter.sentences[si];
        if (sentence.paragraph < 0 || sentence.paragraph >= letter.paragraphs.size())
            continue;
        const ParagraphKind kind = letter.paragraphs[sentence.paragraph].kind;
        if (kind != ParagraphKind::Body && kind != ParagraphKind::Bullet)
            continue;
        // Times are in text order, so one forward pass hands each sentence its own.
        sentenceTimes.clear();
        while (nextTime < times.size() && times[nextTime].range.start < sentence.range.start)
            ++nextTime;
        for (qsizetype k = nextTime; k < times.size() && times[k].range.start < sentence.range.end; ++k)
            sentenceTimes.append(times[k]);
        ClauseParser::parse(letter.text, sentence.range, parsed);
        std::optional<Commitment> c = detectInSentence(parsed, sentenceTimes, letterYear);
        if (!c)
            continue;
        c->sentence = si;
        result.append(std::move(*c));
    }
    markRepeats(letter, result);
    return result;
}

namespace
{

struct Profile {
    QSet<QString> stems;
    QString lemma; ///< stem of the last word of the verb cluster
    bool refersBack = false; ///< "zoals eerder (in deze brief) aangegeven"
};

QString stem(QStringView w)
{
    return w.left(6).toString();
}

Profile profileOf(const Letter &letter, const Commitment &c)
{
    static const std::initializer_list<QStringView> stop = {u"zal", u"zullen", u"blijft", u"blijven", u"kabinet", u"nederland", u"wordt", u"worden",
                                                          u"ook", u"niet", u"zich", u"hier", u"daar", u"hierover", u"daarover", u"eerder",
                                                          u"brief", u"aangegeven", u"zoals", u"gaat", u"gaan", u"zeer", u"verder", u"daarom"};
    Profile p;
    ParsedSentence s;
    ClauseParser::parse(letter.text, letter.sentences[c.sentence].range, s);
    for (int k = 0; k < s.tokens.size(); ++k) {
        const Token &t = s.tokens[k];
        if (!t.isWord)
            continue;
        if (t.word == u"zoals" && (s.isWord(k + 1, u"eerder") || s.isWord(k + 1, u"gezegd") || s.isWord(k + 1, u"hierboven") || s.isWord(k + 1, u"aangegeven")))
            p.refersBack = true;
        if (t.word.size() < 4 || Lexicon::nounContext().contains(t.word) || Lexicon::subordinators().contains(t.word)
            || Lexicon::normativeModals().contains(t.word) || in(t.word, stop))
            continue;
        p.stems.insert(stem(t.word));
        if (t.end == c.phrase.end)
            p.lemma = stem(t.word);
    }
    return p;
}

} // namespace

void CommitmentDetector::markRepeats(const Letter &letter, QList<Commitment> &commitments) const
{
    QList<Profile> profiles;
    profiles.reserve(commitments.size());
    for (const Commitment &c : commitments)
        profiles.append(profileOf(letter, c));
    for (int i = 1; i < commitments.size(); ++i) {
        const Profile &a = profiles[i];
        for (int j = 0; j < i; ++j) {
            const Profile &b = profiles[j];
            if (a.stems.isEmpty() || b.stems.isEmpty())
                continue;
            qsizetype shared = 0;
            for (const QString &w : a.stems)
                shared += b.stems.contains(w) ? 1 : 0;
            const qsizetype smaller = std::min(a.stems.size(), b.stems.size());
            const double jaccard = double(shared) / double(a.stems.size() + b.stems.size() - shared);
            const double overlap = double(shared) / double(smaller);
            const bool sameVerb = !a.lemma.isEmpty() && a.lemma == b.lemma;
            // Jaccard catches restatements; the overlap coefficient catches a
            // short restatement of a long sentence ("zal ... blijven steunen").
            if (jaccard >= 0.5 || (sameVerb && smaller >= 4 && overlap >= 0.75) || (a.refersBack && overlap >= 0.5)) {
                commitments[i].repeats = commitments[j].repeats >= 0 ? commitments[j].repeats : j;
                break;
            }
        }
    }
}

} // namespace Promissa
