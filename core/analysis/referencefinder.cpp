// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/referencefinder.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

// "Kamerstuk 36 045, nr. 191", "Kamerstukken II 2024/25, 36 045, nr. 191",
// "Kamerstukken 32852, nr. 199", "21 501-02, nr. 2733", "36 200-V, nr. 3".
const QRegularExpression &kamerstukPattern()
{
    static const QRegularExpression re(uR"((?:\bKamerstuk(?:ken)?(?:\s+I{1,2})?(?:\s+\d{4}[/–-]\d{2,4})?,?\s+)?)"
                                       uR"(\b(\d{2}\s?\d{3}(?:\s?[-–]\s?(?:\d{1,3}|[IVXLC]{1,6}|[A-Z]{1,3}))?)\s*,?\s*nrs?\.?\s*(\d{1,4})\b)"_s,
                                       unicode);
    return re;
}

// "Handelingen II 2023/24, nr. 45, item 12", "Aanhangsel Handelingen II
// 2022/23, nr. 1845" (answers to Kamervragen).
const QRegularExpression &handelingenPattern()
{
    static const QRegularExpression re(uR"((\bAanhangsel\s+(?:van\s+de\s+)?)?\bHandelingen\s+(I{1,2})\s+((?:19|20)\d{2})\s*[/–-]\s*(\d{4}|\d{2}),?\s+nr\.?\s*(\d{1,5})(?:\s*,\s*item\s+(\d{1,3}))?\b)"_s,
                                       unicode);
    return re;
}

// The identifier officielebekendmakingen.nl gives the document:
// "ah-tk-20222023-1845", "h-tk-20232024-45-12".
QString handelingenKey(const QRegularExpressionMatch &m)
{
    const int first = m.capturedView(3).toInt();
    int second = m.capturedView(4).toInt();
    if (m.capturedView(4).size() == 2)
        second += (first / 100) * 100 + (second < first % 100 ? 100 : 0);
    QString key = m.capturedView(1).isEmpty() ? u"h-"_s : u"ah-"_s;
    key += (m.capturedView(2) == u"I" ? u"ek-"_s : u"tk-"_s) + QString::number(first) + QString::number(second) + u'-' + m.captured(5);
    if (m.hasCaptured(6))
        key += u'-' + m.captured(6);
    return key;
}

// "2025.D.08281", "2025D08281", "2024Z01234" (zaak numbers of the Kamer).
const QRegularExpression &documentNumberPattern()
{
    static const QRegularExpression re(uR"((?:\bKamerstuk\s+)?\b((?:19|20)\d{2})\s?\.?\s?([DZ])\s?\.?\s?(\d{5})\b)"_s, unicode);
    return re;
}

// "motie Timmermans-Yeşilgöz", "de motie van het lid Ceder", "motie-Van der
// Plas", "de gewijzigde motie van de leden Paternotte en Boswijk", "motie
// Van Campen c.s.". A name needs at least one capitalised word, so "motie van
// wantrouwen" is not a reference.
const QRegularExpression &motionPattern()
{
    static const QString particle = uR"((?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]e|[Tt]er|[Tt]en|[Ii]n\s+'t|'t|[Oo]p\s+de)\s+)"_s;
    static const QString name = u"(?:"_s + particle + u")*\\p{Lu}[\\p{L}'’]+(?:-(?:"_s + particle + u")*\\p{L}[\\p{L}'’]+)*"_s;
    static const QRegularExpression re(u"\\b(?:gewijzigde\\s+|aangenomen\\s+|verworpen\\s+)?motie\\s*-?\\s*(?:van\\s+(?:het\\s+lid|de\\s+leden)\\s+)?("_s + name
                                           + u"(?:\\s*(?:,|\\ben\\b)\\s*"_s + name + u")*)(?:\\s+c\\.s\\.)?"_s,
                                       unicode);
    return re;
}

// The words before a date that make it a letter reference: "Kamerbrief d.d.",
// "(mijn) brief van", "de brief van de minister van Financiën van".
const QRegularExpression &letterLeadPattern()
{
    static const QRegularExpression re(uR"(\b((?:[Kk]amer)?brie(?:f|ven)|[Kk]abinetsreactie|[Vv]erzamelbrief|[Vv]oortgangsbrief|[Bb]eleidsbrief))"
                                       uR"((?:\s+[\p{L}-]+){0,6}?\s+(?:d\.d\.|van|gedateerd|verzonden\s+op)\s*$)"_s,
                                       unicode);
    return re;
}

// Named documents. Letters (kind Letter): a cabinet reaction or an annotated
// agenda is a letter to the Kamer; the others are documents in their own right.
struct NamedKind {
    QString word;
    ReferenceKind kind;
};

const QList<NamedKind> &namedDocuments()
{
    static const QList<NamedKind> list{
        {u"kabinetsreactie"_s, ReferenceKind::Letter},
        {u"kabinetsappreciatie"_s, ReferenceKind::Letter},
        {u"geannoteerde agenda"_s, ReferenceKind::Letter},
        {u"verslag"_s, ReferenceKind::Letter},
        {u"BNC-fiche"_s, ReferenceKind::NamedDocument},
        {u"witboek"_s, ReferenceKind::NamedDocument},
        {u"groenboek"_s, ReferenceKind::NamedDocument},
        {u"Regeerprogramma"_s, ReferenceKind::NamedDocument},
        {u"hoofdlijnenakkoord"_s, ReferenceKind::NamedDocument},
        {u"coalitieakkoord"_s, ReferenceKind::NamedDocument},
    };
    return list;
}

const QRegularExpression &namedPattern()
{
    // The object is what the document is about: "op het CAVV-advies",
    // "voor deze buitengewone Europese Raad", "over de toekomst van ...".
    // Only the keyword ignores case; the object is an article, one word and
    // any capitalised words after it ("deze buitengewone Europese Raad").
    static const QRegularExpression re(
        uR"(\b((?i:kabinetsreactie|kabinetsappreciatie|geannoteerde\s+agenda|verslag|BNC-fiche|witboek|groenboek|Regeerprogramma|hoofdlijnenakkoord|coalitieakkoord))\b)"
        uR"((?:\s+(op|over|bij|voor|inzake|van|ten\s+behoeve\s+van)\s+((?:(?:de|het|een|deze|dit|die)\s+)?[\p{L}\d()’'-]+(?:\s+\p{Lu}[\p{L}\d()’'-]*){0,3}))?)"_s,
        unicode);
    return re;
}

// "verslag" alone is too common to be a reference; it counts only with an object.
bool needsObject(QStringView word)
{
    return word.compare(u"verslag", Qt::CaseInsensitive) == 0;
}

ReferenceKind kindOfNamed(QStringView word)
{
    const QString folded = word.toString().simplified();
    for (const auto &n : namedDocuments()) {
        if (folded.compare(n.word, Qt::CaseInsensitive) == 0)
            return n.kind;
    }
    return ReferenceKind::NamedDocument;
}

// The object's distinctive word: the first token with a capital or a digit
// ("CAVV-advies", "Europese"), else the whole object without articles.
QString objectKey(QStringView object)
{
    static const QRegularExpression tokens(uR"([\p{L}\d’'-]+)"_s, unicode);
    static const QStringList articles{u"de"_s, u"het"_s, u"een"_s, u"deze"_s, u"dit"_s, u"die"_s};
    QStringList plain;
    QString distinctive;
    auto it = tokens.globalMatchView(object);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString tok = m.captured(0);
        if (distinctive.isEmpty() && tok.size() > 1 && std::any_of(tok.cbegin(), tok.cend(), [](QChar c) {
                return c.isUpper() || c.isDigit();
            }))
            distinctive = tok;
        if (!articles.contains(tok.toLower()))
            plain << tok;
    }
    return distinctive.isEmpty() ? plain.join(u' ') : distinctive;
}

// Running the patterns over the whole letter costs more than the rest of
// the finder: each pattern is tried only near a key that every one of its
// matches contains ("nr", a D or Z after digits, "motie", a document word).
// A window says where a match holding the key can start (from..key) and how
// much text after the key decides it (up to end).
struct Window {
    qsizetype from = 0;
    qsizetype key = 0;
    qsizetype end = 0;
};

// Where walking back over count characters that are not white space ends;
// white space is free because the patterns allow runs of any length there.
qsizetype backOverNonSpace(QStringView text, qsizetype pos, int count)
{
    qsizetype i = pos;
    for (int seen = 0; i > 0 && seen < count;) {
        --i;
        if (!text.at(i).isSpace())
            ++seen;
    }
    return i;
}

qsizetype forwardOverNonSpace(QStringView text, qsizetype pos, int count)
{
    qsizetype i = pos;
    for (int seen = 0; i < text.size() && seen < count; ++i) {
        if (!text.at(i).isSpace())
            ++seen;
    }
    return i;
}

// The end of a run of name-like characters (letters, digits, white space and
// the given punctuation) from pos: motions and document objects stay in one.
qsizetype runEnd(QStringView text, qsizetype pos, QStringView punctuation)
{
    qsizetype i = pos;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (!(c.isLetterOrNumber() || c.isMark() || c.isSpace() || punctuation.contains(c)))
            break;
        ++i;
    }
    return i;
}

// The same matches as re.globalMatch(text), in the same order, when every
// match starts within [from, key] of some window and is decided by the text
// before that window's end, and the windows come in key order. The pattern
// runs on text cut at the window's end, from the window's start; a match it
// finds after the key belongs to a later window (the cut may have changed it).
template<typename OnMatch>
void matchNear(const QRegularExpression &re, QStringView text, const QList<Window> &windows, OnMatch &&onMatch)
{
    qsizetype pos = 0; // where globalMatch would search next
    for (const Window &w : windows) {
        while (pos <= w.key) {
            const auto m = re.matchView(text.left(w.end), std::max(pos, w.from));
            if (!m.hasMatch() || m.capturedStart(0) > w.key)
                break;
            onMatch(m);
            pos = m.capturedEnd(0); // never empty: every pattern needs its key
        }
    }
}

// "nr" / "nrs" after a dossier number. The longest lead before it is
// "Kamerstukken II 2024/2025, 21 501-XXXVII," (37 characters besides white
// space); after it at most "nrs. 1234" and one character to decide \b.
QList<Window> kamerstukWindows(QStringView text)
{
    QList<Window> windows;
    for (qsizetype p = text.indexOf(u"nr"); p >= 0; p = text.indexOf(u"nr", p + 2))
        windows.append({backOverNonSpace(text, p, 48), p, forwardOverNonSpace(text, p, 24)});
    return windows;
}

// The D or Z of "2025.D.08281", which stands at most four characters after
// the last digit of the year; before it at most "Kamerstuk 2025.".
QList<Window> documentNumberWindows(QStringView text)
{
    QList<Window> windows;
    for (qsizetype p = 4; p < text.size(); ++p) {
        const QChar c = text.at(p);
        if (c != u'D' && c != u'Z')
            continue;
        bool digit = false;
        for (qsizetype k = p - 4; k < p && !digit; ++k)
            digit = text.at(k).isDigit();
        if (digit)
            windows.append({backOverNonSpace(text, p, 24), p, forwardOverNonSpace(text, p, 24)});
    }
    return windows;
}

// "motie", perhaps after "gewijzigde"; the names after it hold only letters,
// white space, commas, hyphens and apostrophes, then maybe "c.s.".
QList<Window> motionWindows(QStringView text)
{
    static constexpr QStringView word = u"motie";
    QList<Window> windows;
    for (qsizetype p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + word.size())) {
        const qsizetype names = runEnd(text, p + word.size(), u",-'’");
        windows.append({backOverNonSpace(text, p, 16), p, forwardOverNonSpace(text, names, 8)});
    }
    return windows;
}

// A word that starts like one of the document words, in any case; the match
// starts there and its object is a run of word characters and spaces.
QList<Window> namedWindows(QStringView text)
{
    static constexpr QStringView words[] = {u"kabinetsreactie", u"kabinetsappreciatie", u"geannoteerde", u"verslag", u"bnc-fiche",
                                            u"witboek", u"groenboek", u"regeerprogramma", u"hoofdlijnenakkoord", u"coalitieakkoord"};
    // The first letters of the words above, folded.
    const auto isFirstLetter = [](char16_t c) {
        switch (c) {
        case u'k':
        case u'g':
        case u'v':
        case u'b':
        case u'w':
        case u'r':
        case u'h':
        case u'c':
            return true;
        default:
            return false;
        }
    };
    QList<Window> windows;
    for (qsizetype p = 0; p < text.size(); ++p) {
        // ASCII folds by one bit; other characters (the Kelvin sign folds to
        // k) need the Unicode tables, which are slow to ask for every one.
        const char16_t c = text.at(p).unicode();
        const char16_t folded = c < 0x80 ? char16_t(c | 0x20) : char16_t(QChar::toCaseFolded(c));
        if (!isFirstLetter(folded) || (p > 0 && text.at(p - 1).isLetterOrNumber()))
            continue;
        const QStringView rest = text.sliced(p);
        const bool hit = std::any_of(std::begin(words), std::end(words), [&](QStringView w) {
            return rest.startsWith(w, Qt::CaseInsensitive);
        });
        if (hit)
            windows.append({p, p, forwardOverNonSpace(text, runEnd(text, p, u"()’'-"), 2)});
    }
    return windows;
}

} // namespace

QString ReferenceFinder::kamerstukKey(QStringView dossier, QStringView number)
{
    QString d;
    d.reserve(dossier.size());
    for (QChar c : dossier) {
        if (c.isSpace())
            continue;
        d += (c == u'–') ? u'-' : c.toUpper();
    }
    return d + u'-' + number.toString();
}

QString ReferenceFinder::documentNumberKey(QStringView text)
{
    QString key;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key += c.toUpper();
    }
    return key;
}

QList<Reference> ReferenceFinder::find(const Letter &letter, const QList<TimeExpression> &times) const
{
    const QString &text = letter.text;
    QList<Reference> refs;

    auto add = [&](qsizetype start, qsizetype end, ReferenceKind kind, QString key) {
        Reference r;
        r.range = {start, end};
        r.text = text.mid(start, end - start);
        r.kind = kind;
        r.key = std::move(key);
        refs << r;
    };

    matchNear(kamerstukPattern(), text, kamerstukWindows(text), [&](const QRegularExpressionMatch &m) {
        add(m.capturedStart(0), m.capturedEnd(0), ReferenceKind::Kamerstuk, kamerstukKey(m.capturedView(1), m.capturedView(2)));
    });
    matchNear(documentNumberPattern(), text, documentNumberWindows(text), [&](const QRegularExpressionMatch &m) {
        add(m.capturedStart(0),
            m.capturedEnd(0),
            ReferenceKind::DocumentNumber,
            m.captured(1) + m.capturedView(2).toString().toUpper() + m.captured(3));
    });
    // Rare enough to search for the word itself and match right there.
    for (qsizetype p = text.indexOf(u"Handelingen"); p >= 0; p = text.indexOf(u"Handelingen", p + 11)) {
        const qsizetype from = std::max<qsizetype>(0, p - 20);
        const auto m = handelingenPattern().matchView(QStringView(text).mid(from, p - from + 80));
        if (m.hasMatch() && from + m.capturedStart(0) <= p)
            add(from + m.capturedStart(0), from + m.capturedEnd(0), ReferenceKind::DocumentNumber, handelingenKey(m));
    }
    matchNear(motionPattern(), text, motionWindows(text), [&](const QRegularExpressionMatch &m) {
        add(m.capturedStart(0), m.capturedEnd(0), ReferenceKind::Motion, u"motie "_s + m.captured(1).simplified());
    });
    for (const TimeExpression &t : times) {
        if (t.precision != Precision::Day || !t.date.isValid())
            continue;
        const qsizetype from = std::max<qsizetype>(0, t.range.start - 80);
        const QStringView before = QStringView(text).mid(from, t.range.start - from);
        // A letter reference never spans a paragraph break.
        const qsizetype nl = before.lastIndexOf(u'\n');
        const QStringView lead = nl < 0 ? before : before.mid(nl + 1);
        // Every lead word holds "brie" but "kabinetsreactie".
        if (!lead.contains(u"brie") && !lead.contains(u"abinetsreactie"))
            continue;
        const auto m = letterLeadPattern().matchView(lead);
        if (!m.hasMatch())
            continue;
        const qsizetype start = t.range.start - lead.size() + m.capturedStart(1);
        add(start, t.range.end, ReferenceKind::Letter, u"Kamerbrief "_s + t.date.toString(Qt::ISODate));
    }
    matchNear(namedPattern(), text, namedWindows(text), [&](const QRegularExpressionMatch &m) {
        const QStringView word = m.capturedView(1);
        const QStringView object = m.capturedView(3);
        if (needsObject(word) && object.isEmpty())
            return;
        QString key = word.toString().simplified().toLower();
        if (!object.isEmpty())
            key += u' ' + objectKey(object);
        // A dated letter found above covers the same words: keep the dated one.
        const bool covered = std::any_of(refs.cbegin(), refs.cend(), [&](const Reference &r) {
            return r.kind == ReferenceKind::Letter && r.range.start <= m.capturedStart(0) && m.capturedEnd(0) <= r.range.end;
        });
        if (!covered)
            add(m.capturedStart(0), m.capturedEnd(0), kindOfNamed(word), key);
    });

    std::sort(refs.begin(), refs.end(), [](const Reference &a, const Reference &b) {
        return a.range.start < b.range.start;
    });

    // Tie each reference to its footnote: it stands inside the note's text,
    // or the note's marker follows it within a few characters.
    for (Reference &r : refs) {
        for (const Footnote &f : letter.footnotes) {
            const bool inside = f.range.start <= r.range.start && r.range.end <= f.range.end;
            const bool marked = std::any_of(f.markers.cbegin(), f.markers.cend(), [&](qsizetype p) {
                return p >= r.range.start && p <= r.range.end + 2;
            });
            if (inside || marked) {
                r.footnote = f.number;
                break;
            }
        }
    }
    // A motion is known by its Kamerstuk number when its footnote gives it,
    // or when the number follows in brackets: "de motie van het lid Bikker
    // c.s. (Kamerstuk 36 200-XVI, nr. 45)". refs are sorted by start, so the
    // bracketed number is the next reference.
    for (qsizetype i = 0; i < refs.size(); ++i) {
        Reference &r = refs[i];
        if (r.kind != ReferenceKind::Motion)
            continue;
        if (r.footnote != 0) {
            const auto stuk = std::find_if(refs.cbegin(), refs.cend(), [&](const Reference &o) {
                return o.kind == ReferenceKind::Kamerstuk && o.footnote == r.footnote && &o != &r;
            });
            if (stuk != refs.cend()) {
                r.key = stuk->key;
                continue;
            }
        }
        if (i + 1 < refs.size() && refs[i + 1].kind == ReferenceKind::Kamerstuk) {
            const QStringView between = QStringView(text).mid(r.range.end, refs[i + 1].range.start - r.range.end).trimmed();
            if (between == u"(" || between == u"," || between.isEmpty())
                r.key = refs[i + 1].key;
        }
    }
    return refs;
}

} // namespace Promissa
