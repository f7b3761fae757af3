// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/repeatmarker.h"

#include "analysis/clauseparser.h"
#include "analysis/lexicon.h"

#include <algorithm>
#include <array>
#include <compare>
#include <optional>

namespace Promissa
{

namespace
{

// The first six letters of a word, as the repeat test compares words:
// "ondersteunen" and "ondersteuning" agree. Held by value, so that building
// a profile allocates no string per word.
struct Stem {
    std::array<char16_t, 6> c{};

    explicit Stem(QStringView w)
    {
        const qsizetype n = std::min<qsizetype>(w.size(), 6);
        for (qsizetype i = 0; i < n; ++i)
            c[i] = w[i].unicode();
    }
    Stem() = default;
    friend bool operator==(const Stem &, const Stem &) = default;
    friend auto operator<=>(const Stem &, const Stem &) = default;
};

} // namespace

struct RepeatMarker::Profile {
    std::vector<Stem> stems; ///< sorted, unique
    std::optional<Stem> lemma; ///< stem of the last word of the verb cluster
    bool refersBack = false; ///< "zoals eerder (in deze brief) aangegeven"
};

namespace
{

// A restatement stands within this many commitments of what it repeats; the
// bound keeps a letter with thousands of commitments linear.
constexpr int RepeatLookBack = 200;

RepeatMarker::Profile profileOf(const ParsedSentence &s, const Commitment &c)
{
    static const std::initializer_list<QStringView> stop = {u"zal", u"zullen", u"blijft", u"blijven", u"kabinet", u"nederland", u"wordt", u"worden",
                                                          u"ook", u"niet", u"zich", u"hier", u"daar", u"hierover", u"daarover", u"eerder",
                                                          u"brief", u"aangegeven", u"zoals", u"gaat", u"gaan", u"zeer", u"verder", u"daarom"};
    RepeatMarker::Profile p;
    for (int k = 0; k < s.tokens.size(); ++k) {
        const Token &t = s.tokens[k];
        if (!t.isWord)
            continue;
        if (t.word == u"zoals" && (s.isWord(k + 1, u"eerder") || s.isWord(k + 1, u"gezegd") || s.isWord(k + 1, u"hierboven") || s.isWord(k + 1, u"aangegeven")))
            p.refersBack = true;
        if (t.word.size() < 4 || Lexicon::nounContext().contains(t.word) || Lexicon::subordinators().contains(t.word)
            || Lexicon::normativeModals().contains(t.word) || std::find(stop.begin(), stop.end(), t.word) != stop.end())
            continue;
        p.stems.emplace_back(t.word);
        if (t.end == c.phrase.end)
            p.lemma = Stem(t.word);
    }
    std::sort(p.stems.begin(), p.stems.end());
    p.stems.erase(std::unique(p.stems.begin(), p.stems.end()), p.stems.end());
    return p;
}

qsizetype sharedStems(const RepeatMarker::Profile &a, const RepeatMarker::Profile &b)
{
    qsizetype shared = 0;
    auto i = a.stems.cbegin();
    auto j = b.stems.cbegin();
    while (i != a.stems.cend() && j != b.stems.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

} // namespace

RepeatMarker::RepeatMarker() = default;
RepeatMarker::~RepeatMarker() = default;

void RepeatMarker::add(const ParsedSentence &sentence, const Commitment &commitment)
{
    m_profiles.push_back(profileOf(sentence, commitment));
}

// Marks every commitment that restates an earlier one.
void RepeatMarker::mark(QList<Commitment> &commitments) const
{
    const std::vector<Profile> &profiles = m_profiles;
    const int n = int(std::min<std::size_t>(commitments.size(), profiles.size()));
    for (int i = 1; i < n; ++i) {
        const Profile &a = profiles[i];
        for (int j = std::max(0, i - RepeatLookBack); j < i; ++j) {
            const Profile &b = profiles[j];
            if (a.stems.empty() || b.stems.empty())
                continue;
            const qsizetype shared = sharedStems(a, b);
            const qsizetype as = qsizetype(a.stems.size());
            const qsizetype bs = qsizetype(b.stems.size());
            const qsizetype smaller = std::min(as, bs);
            const double jaccard = double(shared) / double(as + bs - shared);
            const double overlap = double(shared) / double(smaller);
            const bool sameVerb = a.lemma && a.lemma == b.lemma;
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
