// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/linking/termindex.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Promissa
{

namespace
{

// Words that say nothing about what a commitment is about. Besides the
// Dutch function words: the stock phrases of Kamerbrieven (who writes, to
// whom, "informeren", "toezegging"), the words that mark a repeat, change,
// supplement or fulfilment (they are judged apart, not as content), and time
// words (deadlines are compared as dates and events, not as words).
// All folded: lower case, without diacritics.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        static constexpr QStringView lists[] = {
            // function words
            u"aan al alle alles als alsook ander andere anderen bij bijvoorbeeld binnen buiten daar daarbij daarin daarmee daarna"
            " daarom daarop daarover daarvan daarvoor dan dat deze die dit door dus echter een eens elk elke en enkele enige er erop"
            " ervan erover evenals geen hen het hier hierbij hierin hiermee hierop hierover hiervan hiervoor hij hoe hun iedere ieder"
            " iets ik in indien is jij mede meer men met mijn minder na naar namens niet niets nog nu of om omdat onder ons onze ook"
            " op over per sinds te tegen ten ter terwijl toe toen tot tussen uit uw van veel verder via voor vanuit waar waarbij"
            " waarin waarmee waarop waarover waarvan waarvoor wanneer wat we wel welk welke wie wij zeer zich zelf zij zijn zo zoals"
            " zodat zodra zonder zowel zou zouden",
            // auxiliaries and verbs that carry no subject
            u"wordt worden werd werden was waren zal zullen kan kunnen kon konden moet moeten moest mag mogen wil willen heeft hebben"
            " had hadden ben bent gaat gaan ging doet doen deed komt komen kom geef geeft geven neem neemt nemen maakt maken houdt"
            " houden staat staan laat laten zet zetten spant spannen streeft streven werkt werken bereid voornemens mogelijk mogelijke"
            " treft ontvangt",
            // the stock of Kamerbrieven
            u"kabinet regering minister ministers ministerie staatssecretaris kamer kamerleden voorzitter brief brieven kamerbrief"
            " toezegging toezeggingen toegezegd toezeggen informeren informeer informeert geinformeerd sturen stuur stuurt toesturen"
            " aangekondigd aangegeven gemeld nederland graag inmiddels tegemoet gestand afgedaan",
            // markers of repeat, change and supplement
            u"eerder eerdere nogmaals opnieuw blijft blijven continueren continueert aanvullend aanvulling daarnaast bovendien tevens"
            " eveneens voorts plaats langer uitgesteld uitstel gewijzigd wijziging steeds altijd",
            // time words
            u"januari februari maart april mei juni juli augustus september oktober november december termijn binnenkort spoedig"
            " uiterlijk voorafgaand jaar jaren maand maanden week weken dag dagen zomer najaar voorjaar kwartaal eind begin medio"
            " later vandaag komende volgende vorige huidige momenteel aanloop aanstaande jongstleden",
        };
        QSet<QString> set;
        for (QStringView list : lists) {
            for (QStringView w : list.split(u' ', Qt::SkipEmptyParts))
                set.insert(w.toString());
        }
        return set;
    }();
    return words;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

// Lower case without diacritics, into out: "Oekraïne" and "oekraine" are
// one word. Reuses out's buffer, so that tokenising allocates per new term,
// not per word.
void foldInto(QStringView word, QString &out)
{
    out.clear();
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + (u'a' - u'A'))) : c;
        } else if (!c.isMark()) {
            const QChar lower = c.toLower();
            const QString parts = lower.decomposition();
            if (parts.isEmpty()) {
                out += lower;
            } else {
                for (QChar p : parts) {
                    if (!p.isMark())
                        out += p;
                }
            }
        }
    }
}

// A few Dutch suffix rules, enough that singular and plural, adjective and
// inflected adjective, infinitive, stem and the noun in -ing agree:
// "sancties" / "sanctie", "financieel" / "financiële", "steunen" / "steun",
// "jaren" / "jaar", "bespreking" / "bespreken".
void stemInPlace(QString &t)
{
    if (t.endsWith(u"heden") && t.size() > 7) {
        t.chop(5);
        t += u"heid";
        return;
    }
    if (t.endsWith(u"ingen") && t.size() > 8)
        t.chop(2);
    if (t.endsWith(u"ing") && t.size() > 6)
        t.chop(3);
    if (t.endsWith(u's') && t.size() >= 5 && !t.endsWith(u"ss") && !t.endsWith(u"us") && !t.endsWith(u"is"))
        t.chop(1);
    if (t.endsWith(u"en") && t.size() >= 5)
        t.chop(2);
    if (t.endsWith(u'e') && t.size() >= 4)
        t.chop(1);
    const qsizetype n = t.size();
    // "bommen" -> "bomm" -> "bom"
    if (n >= 4 && t.at(n - 1) == t.at(n - 2) && !isVowel(t.at(n - 1))) {
        t.chop(1);
        return;
    }
    // "jaar" / "jar(en)", "financieel" / "financiel(e)"
    if (n >= 4 && !isVowel(t.at(n - 1)) && isVowel(t.at(n - 2)) && t.at(n - 2) == t.at(n - 3))
        t.remove(n - 2, 1);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The term of one word into key; false for stop words, numbers and words
// shorter than three letters. Both the folded word and its stem are checked
// against the stop words: "aangekondigde" is "aangekondigd", "weken" "week".
bool termOf(QStringView word, QString &key)
{
    if (word.size() < 3 || std::none_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.isLetter();
        }))
        return false;
    foldInto(word, key);
    if (key.size() < 3 || stopWords().contains(key))
        return false;
    stemInPlace(key);
    return !stopWords().contains(key);
}

} // namespace

QString TermIndex::stem(QStringView word)
{
    QString key;
    return termOf(word, key) ? key : QString();
}

TermIndex::Terms TermIndex::terms(QStringView text)
{
    Terms out;
    QString key;
    key.reserve(32);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        const QStringView surface = text.mid(start, i - start);
        if (!termOf(surface, key))
            continue;
        auto it = m_ids.constFind(key);
        int id = 0;
        if (it == m_ids.cend()) {
            id = int(m_display.size());
            m_ids.insert(key, id);
            m_display.append(surface.toString());
            m_documentFrequency.append(0);
        } else {
            id = it.value();
            // Prefer the lower-case spelling once one is seen: "Steun" at
            // the start of a sentence is the word "steun".
            QString &shown = m_display[id];
            if (shown.at(0).isUpper() && surface.at(0).isLower())
                shown = surface.toString();
        }
        out.append(id);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void TermIndex::addDocument(const Terms &terms)
{
    ++m_documents;
    for (int t : terms)
        ++m_documentFrequency[t];
}

double TermIndex::weight(int term) const
{
    const int df = term >= 0 && term < m_documentFrequency.size() ? m_documentFrequency.at(term) : 0;
    return 1.0 + std::log(double(m_documents + 1) / double(df + 1));
}

double TermIndex::squaredNorm(const Terms &terms) const
{
    double sum = 0.0;
    for (int t : terms) {
        const double w = weight(t);
        sum += w * w;
    }
    return sum;
}

QString TermIndex::display(int term) const
{
    return term >= 0 && term < m_display.size() ? m_display.at(term) : QString();
}

TermIndex::Terms sharedTerms(const TermIndex::Terms &a, const TermIndex::Terms &b)
{
    TermIndex::Terms out;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

} // namespace Promissa
