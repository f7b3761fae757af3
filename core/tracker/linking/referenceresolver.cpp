// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/linking/referenceresolver.h"

#include "analysis/referencefinder.h"
#include "tracker/linking/linkwords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// A Kamerstuk number as ReferenceFinder keys it ("36045-191",
// "21501-20-2208"), whether the store holds it keyed or as printed
// ("36 045, nr. 191", "21 501–20 nr. 2208").
QString kamerstukKey(QStringView text)
{
    static const QRegularExpression printed(uR"(^(.*?)\s*,?\s*nrs?\.?\s*(\d{1,5})\s*$)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = printed.matchView(text);
    if (m.hasMatch())
        return ReferenceFinder::kamerstukKey(m.capturedView(1), m.capturedView(2));
    QString key;
    for (QChar c : text) {
        if (!c.isSpace())
            key += (c == u'–') ? u'-' : c.toUpper();
    }
    return key;
}

bool isSelf(const TrackedLetter &letter, const TrackedLetter &from)
{
    return (from.id != 0 && letter.id == from.id) || (!from.hash.isEmpty() && letter.hash == from.hash);
}

// The one letter that satisfies `matches`, other than `from`; 0 when none or several.
template<typename Predicate>
qint64 unique(const TrackedLetter &from, const QList<TrackedLetter> &letters, Predicate &&matches)
{
    qint64 found = 0;
    for (const TrackedLetter &l : letters) {
        if (isSelf(l, from) || !matches(l))
            continue;
        if (found != 0 && found != l.id)
            return 0;
        found = l.id;
    }
    return found;
}

bool sameMinistry(const TrackedLetter &a, const TrackedLetter &b)
{
    const QList<LinkWords::Ministry> ma = LinkWords::ministriesOf(a.ministry, a.signatories);
    const QList<LinkWords::Ministry> mb = LinkWords::ministriesOf(b.ministry, b.signatories);
    for (const LinkWords::Ministry &x : ma) {
        for (const LinkWords::Ministry &y : mb) {
            if (x.key == y.key)
                return true;
        }
    }
    return false;
}

// "Kamerbrief 2025-02-17" (as ReferenceFinder keys it) or "brief 2025-02-17".
QDate letterDate(QStringView key)
{
    static const QRegularExpression iso(uR"(\b(\d{4}-\d{2}-\d{2})$)"_s);
    const auto m = iso.matchView(key);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

qint64 byDate(QDate date, const TrackedLetter &from, const QList<TrackedLetter> &letters)
{
    const auto onDate = [date](const TrackedLetter &l) {
        return l.date == date;
    };
    if (const qint64 id = unique(from, letters, onDate))
        return id;
    // Several letters of that day: the one of the referring letter's own
    // ministry ("mijn brief van ..."), when exactly one is.
    return unique(from, letters, [&](const TrackedLetter &l) {
        return onDate(l) && sameMinistry(l, from);
    });
}

// A named document ("kabinetsreactie CAVV-advies", "geannoteerde agenda
// Europese"): the letter whose subject holds every word of the key.
qint64 bySubject(QStringView key, const TrackedLetter &from, const QList<TrackedLetter> &letters)
{
    const QList<QStringView> words = key.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    return unique(from, letters, [&](const TrackedLetter &l) {
        if (l.subject.isEmpty())
            return false;
        for (QStringView w : words) {
            if (!l.subject.contains(w, Qt::CaseInsensitive))
                return false;
        }
        return true;
    });
}

} // namespace

qint64 ReferenceResolver::resolve(const Reference &reference, const TrackedLetter &from, const QList<TrackedLetter> &letters)
{
    switch (reference.kind) {
    case ReferenceKind::Kamerstuk: {
        const QString key = kamerstukKey(reference.key);
        return unique(from, letters, [&](const TrackedLetter &l) {
            return !l.kamerstuk.isEmpty() && kamerstukKey(l.kamerstuk) == key;
        });
    }
    case ReferenceKind::DocumentNumber: {
        const QString key = ReferenceFinder::documentNumberKey(reference.key);
        return unique(from, letters, [&](const TrackedLetter &l) {
            return !l.documentNumber.isEmpty() && ReferenceFinder::documentNumberKey(l.documentNumber) == key;
        });
    }
    case ReferenceKind::Letter: {
        const QDate date = letterDate(reference.key);
        return date.isValid() ? byDate(date, from, letters) : bySubject(reference.key, from, letters);
    }
    case ReferenceKind::NamedDocument:
        return bySubject(reference.key, from, letters);
    case ReferenceKind::Motion:
        // A motion is a document of the Kamer, never one of the letters we track.
        return 0;
    }
    return 0;
}

} // namespace Promissa
