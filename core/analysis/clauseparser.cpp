// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/clauseparser.h"

#include "analysis/actormatcher.h"
#include "analysis/lexicon.h"
#include "analysis/verbforms.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // the common case, without a Unicode table lookup
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

QChar lowered(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? QChar(char16_t(u + (u'a' - u'A'))) : c;
    return c.toLower();
}

// Characters that may join two word parts: "NAVO-norm", "collega’s", "a.s", "2025.D.08281".
bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.' || c == u'/' || c == u'\u00AD';
}

bool isClauseBreak(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u':':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'"':
    case u'\u201C':
    case u'\u201D':
    case u'\u2013':
    case u'\u2014':
    case u'-':
    case u'\u2022':
    case u'\u00B7':
        return true;
    default:
        return false;
    }
}

// Marks that may follow the last word or "?" of a sentence.
bool isClosingMark(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u2019' || c == u'\'' || c == u')';
}

bool isDash(QChar c)
{
    return c == u'\u2013' || c == u'\u2014' || c == u'-';
}

// "de 3%-grens": a hyphen touching the tokens on both sides joins them; only
// a hyphen with a space on a side is a dash that breaks the clause.
bool attachedHyphen(const ParsedSentence &s, int i)
{
    const Token &t = s.tokens[i];
    return t.word == u"-" && i > 0 && i + 1 < s.tokens.size() && s.tokens[i - 1].end == t.start && s.tokens[i + 1].start == t.end;
}

// Finite verbs after which a government subject in a subordinate clause shows
// that the main clause has begun without a comma: "Zodra X ligt zal het kabinet ...".
bool isInvertingFinite(QStringView w)
{
    return w == u"zal" || w == u"zullen" || w == u"blijft" || w == u"blijven" || w == u"gaat" || w == u"gaan" || w == u"wil"
        || w == u"willen" || w == u"zet" || w == u"zetten" || w == u"is" || w == u"neemt" || w == u"komt";
}

// "politiek, militair, financieel en moreel", "Onderwijs, Cultuur en Wetenschap":
// a comma inside a list of words does not end the clause. A list item is at
// most three words up to the next comma or "en"/"of".
bool isEnumerationComma(const ParsedSentence &s, int comma)
{
    const int n = int(s.tokens.size());
    if (comma + 1 >= n || comma == 0 || !s.tokens[comma + 1].isWord || !s.tokens[comma - 1].isWord)
        return false;
    const QStringView first = s.tokens[comma + 1].word;
    if (first == u"en" || first == u"of" || first == u"maar" || Lexicon::subordinators().contains(first)
        || Lexicon::adverbialStarts().contains(first) || first == u"zal" || first == u"zullen")
        return false;
    for (int k = comma + 1; k < n && k <= comma + 4; ++k) {
        const Token &t = s.tokens[k];
        if (!t.isWord)
            return t.word.front() == u',';
        if (k > comma + 1 && (t.word == u"en" || t.word == u"of"))
            return true;
    }
    return false;
}

bool isRelativeWord(QStringView w)
{
    return w == u"die" || w == u"dat" || w == u"welke" || w == u"wat" || (w.startsWith(u"waar") && w.size() > 5);
}

} // namespace

// "Het kabinet zal de gemeenten [die opvangplekken realiseren] financieel
// compenseren", "Ik wil de ruimte [die daarmee vrijkomt] eerst inzetten":
// a relative clause without commas inside an open verb bracket. The main
// clause goes on after it up to its closing infinitive, the last one before
// the next punctuation mark. Returns that infinitive's token, where the main
// clause resumes, or -1 when the relative word at `rel` opens no such clause.
int ClauseParser::embeddedRelativeEnd(const ParsedSentence &s, int clauseBegin, int rel)
{
    // The bracket must be open: a bracket verb before the relative word with
    // no infinitive after it, and a noun (not the verb itself) right before it.
    const int stop = std::max(clauseBegin, rel - SearchWindow);
    int opener = -1;
    for (int k = rel - 1; k >= stop; --k) {
        if (s.tokens[k].parenthetical)
            continue;
        // "zullen", "willen" look like infinitives: test the opener first.
        if (Lexicon::bracketOpeners().contains(s.tokens[k].word)) {
            opener = k;
            break;
        }
        // "gemeenten", "gebieden" look like participles but close no bracket.
        if (VerbForms::isInfinitive(s, k) || (VerbForms::isParticiple(s, k) && !Lexicon::nonVerbsEndingInEn().contains(s.tokens[k].word)))
            return -1;
    }
    if (opener < 0 || opener + 1 >= rel || !s.tokens[rel - 1].isWord || Lexicon::bracketOpeners().contains(s.tokens[rel - 1].word))
        return -1;
    // "Daarom zal ik dat ...", "wil het kabinet die ...": right after an
    // inverted subject the word is a determiner, not a relative pronoun.
    const ActorMatch between = ActorMatcher::at(s, opener + 1, rel);
    if (between.cls == ActorClass::Government && between.end == rel)
        return -1;
    const int n = int(s.tokens.size());
    const int end = std::min(n, rel + 1 + SearchWindow);
    int last = -1;
    for (int k = rel + 2; k < end; ++k) {
        const Token &t = s.tokens[k];
        if (!t.isWord && !t.parenthetical)
            break;
        if (VerbForms::isInfinitive(s, k))
            last = k;
    }
    // The relative clause needs its own verb before the main clause's infinitive.
    if (last < 0)
        return -1;
    // "die overblijven": right after the relative word an -en word is its verb
    // (isInfinitive takes it for a noun after the pronoun).
    const QStringView next = s.tokens[rel + 1].word;
    bool ownVerb = rel + 1 < last && next.size() > 4 && next.endsWith(u"en") && !Lexicon::nonVerbsEndingInEn().contains(next)
        && !next.endsWith(u"ingen") && !s.tokens[rel + 1].capitalized;
    for (int k = rel + 1; k < last && !ownVerb; ++k) {
        const QStringView w = s.tokens[k].word;
        ownVerb = VerbForms::isInfinitive(s, k) || VerbForms::isParticiple(s, k) || (w.size() > 3 && w.endsWith(u't') && w != u"niet" && !s.tokens[k].capitalized)
            || w == u"is" || w == u"zijn" || w == u"heeft" || w == u"hebben" || w == u"wordt" || w == u"worden";
    }
    return ownVerb ? last : -1;
}

int ParsedSentence::clauseOf(int token) const
{
    // Clauses are disjoint and in token order: the first one ending after
    // the token is the only one that can hold it.
    const auto it = std::partition_point(clauses.cbegin(), clauses.cend(), [token](const Clause &c) {
        return c.end <= token;
    });
    if (it == clauses.cend() || token < (it->subordinator >= 0 ? it->subordinator : it->begin))
        return -1;
    return int(it - clauses.cbegin());
}

int ParsedSentence::tokenAt(qsizetype pos) const
{
    const auto it = std::partition_point(tokens.cbegin(), tokens.cend(), [pos](const Token &t) {
        return t.end <= pos;
    });
    return it == tokens.cend() ? int(tokens.size()) - 1 : int(it - tokens.cbegin());
}

void ClauseParser::parse(QStringView text, TextRange range, ParsedSentence &out)
{
    tokenize(text, range, out);
    markParentheticals(out);
    markQuotations(out);
    splitClauses(out);
    absorbInterjections(out);
    for (Clause &c : out.clauses) {
        c.firstWord = c.begin;
        while (c.firstWord < c.end && (out.tokens[c.firstWord].parenthetical || !out.tokens[c.firstWord].isWord))
            ++c.firstWord;
    }
    gatherFacts(out);
}

void ClauseParser::gatherFacts(ParsedSentence &out)
{
    out.aboutThisLetter = false;
    out.mentionsGovernment = false;
    out.kabinetEnParlement = false;
    const int n = int(out.tokens.size());
    for (int k = 0; k < n; ++k) {
        const QStringView w = out.tokens[k].word;
        if (w == u"kabinet") {
            out.mentionsGovernment = true;
            out.kabinetEnParlement = out.kabinetEnParlement || (out.isWord(k + 1, u"en") && out.isWord(k + 2, u"parlement"));
        } else if (w == u"regering") {
            out.mentionsGovernment = true;
        } else if ((w == u"deze" && out.isWord(k + 1, u"brief")) || w == u"hierbij" || w == u"bijgaand" || w == u"bijgevoegd"
                   || w == u"onderstaand" || w == u"hieronder") {
            out.aboutThisLetter = true;
        }
    }
}

namespace
{

// Words in [from, to), counting no further than `cap` + 1.
int wordsIn(const ParsedSentence &s, int from, int to, int cap)
{
    int words = 0;
    for (int k = from; k < to && words <= cap; ++k)
        words += s.tokens[k].isWord ? 1 : 0;
    return words;
}

} // namespace

void ClauseParser::absorbInterjections(ParsedSentence &out)
{
    // "Het kabinet zal, indien nodig, maatregelen nemen": the commas cut the
    // main clause in two. A short clause between commas that is followed by
    // a clause without subordinator is an interjection; the main clause
    // continues around it. Merged triples are written back in place, so
    // that a sentence with thousands of them stays linear.
    const int count = int(out.clauses.size());
    int write = 0;
    int read = 0;
    while (read < count) {
        const Clause first = out.clauses[read];
        if (read + 2 >= count) {
            out.clauses[write++] = first;
            ++read;
            continue;
        }
        const Clause &middle = out.clauses[read + 1];
        const Clause &last = out.clauses[read + 2];
        const int middleStart = middle.subordinator >= 0 ? middle.subordinator : middle.begin;
        bool merge = !(first.conditional || first.infinitival || last.subordinator >= 0 || middle.infinitival);
        if (merge) {
            const int words = wordsIn(out, middleStart, middle.end, 8);
            merge = words > 0 && words <= 8;
        }
        if (merge) {
            // The first part must still miss its verb cluster: it ends right
            // after a finite verb or its subject ("Het kabinet zal,").
            const int firstWords = wordsIn(out, first.begin, first.end, 6);
            merge = firstWords > 0 && firstWords <= 6;
        }
        if (merge) {
            const QStringView opener = out.tokens[middleStart].word;
            merge = middle.subordinator >= 0 || Lexicon::adverbialStarts().contains(opener) || opener == u"en" || opener == u"of";
        }
        if (!merge) {
            out.clauses[write++] = first;
            ++read;
            continue;
        }
        for (int k = first.end; k < last.begin; ++k)
            out.tokens[k].parenthetical = true;
        Clause merged = first;
        merged.end = last.end;
        merged.innerSubordinator = middleStart;
        merged.innerEnd = middle.end;
        merged.innerConditional = middle.conditional;
        out.clauses[write++] = merged;
        read += 3;
    }
    out.clauses.resize(write);
}

void ClauseParser::tokenize(QStringView text, TextRange range, ParsedSentence &out)
{
    const QStringView sentence = text.mid(range.start, range.length());
    const qsizetype n = sentence.size();
    out.source = text;
    out.offset = range.start;
    out.tokens.clear();
    out.clauses.clear();
    // Per-character lowering keeps the offsets of lower and text identical
    // (QString::toLower can change the length for a few characters).
    out.lower.resize(n);
    QChar *dst = out.lower.data();
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = lowered(sentence[i]);
    const QStringView lower(out.lower);

    qsizetype i = 0;
    qsizetype lastNonSpace = -1;
    while (i < n) {
        const QChar c = sentence[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        lastNonSpace = i;
        Token t;
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            while (j < n) {
                if (isWordChar(sentence[j])) {
                    ++j;
                } else if (isJoiner(sentence[j]) && j + 1 < n && isWordChar(sentence[j + 1])) {
                    j += 2;
                } else {
                    break;
                }
            }
            t.isWord = true;
            t.capitalized = c.isUpper();
            t.word = lower.mid(i, j - i);
            t.start = range.start + i;
            t.end = range.start + j;
            lastNonSpace = j - 1;
            i = j;
        } else {
            t.word = lower.mid(i, 1);
            t.start = range.start + i;
            t.end = t.start + 1;
            ++i;
        }
        out.tokens.append(t);
    }
    // A question may close inside its quotation: 'vroeg: "Gaat de minister ...?"'.
    while (lastNonSpace >= 0 && isClosingMark(sentence[lastNonSpace]))
        --lastNonSpace;
    out.question = lastNonSpace >= 0 && sentence[lastNonSpace] == u'?';
}

void ClauseParser::markQuotations(ParsedSentence &out)
{
    // A quotation of three words or more is reported speech (a Kamerlid's
    // question, a motion's text): it is not the government speaking now,
    // so the analysis skips it like a parenthetical. Straight quotes pair
    // up in order; one pass, each quotation visited once.
    const int n = int(out.tokens.size());
    int open = -1;
    for (int i = 0; i < n; ++i) {
        const Token &t = out.tokens[i];
        if (t.isWord)
            continue;
        const QChar c = t.word.front();
        const bool straight = c == u'"';
        if (open < 0) {
            if (straight || c == u'\u201C' || c == u'\u201E')
                open = i;
            continue;
        }
        // „Dutch“ quotes may close with the high left mark.
        const bool lowOpen = out.tokens[open].word.front() == u'\u201E';
        if (!(straight || c == u'\u201D' || (lowOpen && c == u'\u201C')))
            continue;
        int words = 0;
        for (int k = open + 1; k < i && words < 3; ++k)
            words += out.tokens[k].isWord ? 1 : 0;
        if (words >= 3) {
            for (int k = open; k <= i; ++k)
                out.tokens[k].parenthetical = true;
        } else {
            // A quoted term ("de "knelpuntenpot" verlengen") stays in its
            // clause: only the marks are skipped, so they split nothing.
            out.tokens[open].parenthetical = true;
            out.tokens[i].parenthetical = true;
        }
        open = -1;
    }
}

void ClauseParser::markParentheticals(ParsedSentence &out)
{
    // "(ER)", "– naar verwachting niet voorafgaand aan de ER –": the words
    // inside belong to no clause; the clause around them continues.
    const int n = int(out.tokens.size());
    // An opening parenthesis without ")" before the next "." or ";" leaves
    // every later "(" up to that stop unclosed too: remember where the
    // failed search ended instead of searching again (linear time).
    int parenFailedUntil = -1;
    for (int i = 0; i < n; ++i) {
        const Token &t = out.tokens[i];
        if (t.isWord)
            continue;
        const QChar open = t.word.front();
        const bool paren = open == u'(';
        // A hyphen between spaces acts as a dash; a hyphen inside a word never reaches here.
        if (!paren && (!isDash(open) || attachedHyphen(out, i)))
            continue;
        if (paren && i < parenFailedUntil)
            continue;
        int close = -1;
        int j = i + 1;
        for (; j < n; ++j) {
            const Token &u = out.tokens[j];
            if (u.isWord)
                continue;
            const QChar cc = u.word.front();
            if ((paren && cc == u')') || (!paren && isDash(cc) && !attachedHyphen(out, j))) {
                close = j;
                break;
            }
            if (cc == u'.' || cc == u';')
                break;
        }
        if (close < 0) {
            if (paren)
                parenFailedUntil = j;
            continue;
        }
        for (int k = i; k <= close; ++k)
            out.tokens[k].parenthetical = true;
        i = close;
    }
}

void ClauseParser::splitClauses(ParsedSentence &out)
{
    const Lexicon::WordSet &subs = Lexicon::subordinators();
    const Lexicon::WordSet &conds = Lexicon::conditionalSubordinators();
    const Lexicon::WordSet &context = Lexicon::nounContext();
    const int n = int(out.tokens.size());

    // Where the last "om ... te" search ended and whether it found "te":
    // every "om" before that point shares the answer (linear time).
    int teSearchEnd = -1;
    bool teFound = false;

    Clause current;
    current.begin = 0;
    auto close = [&](int end) {
        current.end = end;
        if (current.end > current.begin || current.subordinator >= 0)
            out.clauses.append(current);
        current = Clause();
    };

    for (int i = 0; i < n; ++i) {
        const Token &t = out.tokens[i];
        if (t.parenthetical)
            continue;
        if (!t.isWord) {
            if (t.word.front() == u',' && isEnumerationComma(out, i))
                continue;
            if (isClauseBreak(t.word.front()) && !attachedHyphen(out, i)) {
                close(i);
                current.begin = i + 1;
            }
            continue;
        }
        const QStringView w = t.word;
        const bool prevBreak = i == 0 || !out.tokens[i - 1].isWord || out.tokens[i - 1].parenthetical;
        const QStringView prev = i > 0 ? out.tokens[i - 1].word : QStringView();

        if (w == u"om") {
            // "om ... te <inf>" opens an infinitival clause; "gaat het om" does not.
            if (i >= teSearchEnd) {
                int j = i + 1;
                while (j < n && out.tokens[j].isWord && out.tokens[j].word != u"te")
                    ++j;
                teFound = j < n && out.tokens[j].isWord;
                teSearchEnd = j;
            }
            if (teFound) {
                close(i);
                current.begin = i + 1;
                current.subordinator = i;
                current.infinitival = true;
            }
            continue;
        }

        // A subordinate clause is verb-final: a finite verb directly followed
        // by a government subject means the main clause has started.
        if (current.subordinator >= 0 && !current.infinitival && isInvertingFinite(w) && i > current.begin + 1
            && ActorMatcher::at(out, i + 1, n).cls == ActorClass::Government) {
            close(i);
            current.begin = i;
            continue;
        }

        if (!subs.contains(w) || i + 1 >= n)
            continue;

        bool conditional = conds.contains(w);
        if (w == u"dat" || w == u"die" || w == u"wat" || w == u"welke") {
            // Demonstrative at the start of a sentence or after a preposition: "Dat betekent", "voor dat doel".
            if (i == 0 || context.contains(prev))
                continue;
            // Right after another subordinator it is a pronoun or determiner of
            // that clause ("zodra dat plan gereed is", "omdat dat niet kan"):
            // two subordinators in a row do not occur.
            if (subs.contains(prev))
                continue;
            if (w == u"dat" && (prev == u"geval" || prev == u"voorwaarde"))
                conditional = true;
        } else if (w == u"als") {
            // Conditional "als" opens the sentence or follows a comma or conjunction;
            // elsewhere it compares ("als een zelfstandige staat").
            if (!(prevBreak || prev == u"en" || prev == u"maar" || prev == u"of" || prev == u"ook" || prev == u"pas"))
                continue;
            // "Als Europa moeten we ...": a noun phrase followed by an inverted verb is "as", not "if".
            bool comparison = false;
            for (int j = i + 2; j <= i + 4 && j + 1 < n; ++j) {
                if (!out.tokens[j].isWord)
                    break;
                if (Lexicon::normativeModals().contains(out.tokens[j].word) || out.tokens[j].word == u"zijn"
                    || out.tokens[j].word == u"zullen" || out.tokens[j].word == u"willen") {
                    const QStringView next = out.tokens[j + 1].word;
                    comparison = next == u"we" || next == u"wij" || next == u"ik" || next == u"het" || next == u"zij";
                    break;
                }
            }
            if (comparison)
                continue;
        } else if (w == u"mocht" || w == u"mochten") {
            if (!prevBreak)
                continue;
        } else if (w == u"zoals") {
            // "Zoals eerder in deze brief aangegeven blijft ...": a reduced clause
            // that ends at its participle, without a comma.
            int end = -1;
            for (int j = i + 1; j < n && j <= i + 7 && out.tokens[j].isWord; ++j) {
                if (Lexicon::reducedClauseParticiples().contains(out.tokens[j].word)) {
                    end = j + 1;
                    break;
                }
            }
            if (end > 0 && end < n && out.tokens[end].isWord) {
                close(i);
                current.begin = i + 1;
                current.subordinator = i;
                close(end);
                current.begin = end;
                i = end - 1;
                continue;
            }
        }

        if (current.subordinator < 0 && isRelativeWord(w)) {
            const int resume = embeddedRelativeEnd(out, current.begin, i);
            if (resume > 0) {
                for (int k = i; k < resume; ++k)
                    out.tokens[k].parenthetical = true;
                i = resume - 1;
                continue;
            }
        }

        close(i);
        current.begin = i + 1;
        current.subordinator = i;
        current.conditional = conditional;
    }
    close(n);
}

} // namespace Promissa
