// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "text/letter.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

QString paragraphKindName(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Header:
        return u"header"_s;
    case ParagraphKind::Salutation:
        return u"salutation"_s;
    case ParagraphKind::Heading:
        return u"heading"_s;
    case ParagraphKind::Body:
        return u"body"_s;
    case ParagraphKind::Bullet:
        return u"bullet"_s;
    case ParagraphKind::Closing:
        return u"closing"_s;
    case ParagraphKind::Signature:
        return u"signature"_s;
    case ParagraphKind::Footnote:
        return u"footnote"_s;
    }
    return u"body"_s;
}

QString Letter::title() const
{
    if (!metadata.subject.isEmpty())
        return metadata.subject;
    return QFileInfo(fileName).fileName();
}

int Letter::sentenceAt(qsizetype pos) const
{
    // Sentences are sorted by start; find the last one starting at or before pos.
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos, [](qsizetype p, const Sentence &s) {
        return p < s.range.start;
    });
    if (it == sentences.cbegin())
        return -1;
    --it;
    return it->range.contains(pos) ? int(std::distance(sentences.cbegin(), it)) : -1;
}

} // namespace Promissa
