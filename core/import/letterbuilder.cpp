// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/letterbuilder.h"

#include "import/letterhead.h"
#include "import/linetext.h"
#include "import/signatureblock.h"
#include "import/wordmarkup.h"
#include "text/sentencesplitter.h"

#include <QMap>

#include <algorithm>

using namespace Promissa::LineText;

namespace Promissa
{

Letter LetterBuilder::build(const QList<Draft> &drafts, const QString &fileName, const LetterMetadata &metadata)
{
    Letter letter;
    letter.fileName = fileName;
    letter.metadata = metadata;
    QMap<int, QList<qsizetype>> markers;

    qsizetype capacity = 0;
    for (const Draft &draft : drafts)
        capacity += draft.text.size() + 1;
    letter.text.reserve(capacity);
    letter.paragraphs.reserve(drafts.size());

    QList<std::pair<int, qsizetype>> found;
    for (const Draft &draft : drafts) {
        // Collapse white space and lift the markers out in one pass, written
        // straight after the text so far (the reserve above makes room).
        const qsizetype before = letter.text.size();
        const qsizetype base = before == 0 ? 0 : before + 1;
        letter.text.resize(base + draft.text.size());
        QChar *o = letter.text.data() + base;
        qsizetype len = 0;
        found.clear();
        if (!WordMarkup::containsMarker(draft.text) && isCollapsed(draft.text)) {
            // The usual case (a collapsed line): nothing to lift or squeeze.
            std::copy(draft.text.cbegin(), draft.text.cend(), o);
            len = draft.text.size();
        } else {
            bool space = false;
            for (const QChar c : draft.text) {
                if (WordMarkup::isMarker(c)) {
                    found.append({WordMarkup::markerNumber(c), len});
                } else if (c == u' ' || c == u'\t') {
                    space = true;
                } else {
                    if (space && len > 0)
                        o[len++] = u' ';
                    space = false;
                    o[len++] = c;
                }
            }
        }
        // Trim other white space at both ends (no-break space); marker
        // positions stay relative to the untrimmed text, as they always were.
        qsizetype from = 0;
        while (from < len && o[from].isSpace())
            ++from;
        qsizetype to = len;
        while (to > from && o[to - 1].isSpace())
            --to;
        if (from == to) {
            letter.text.truncate(before);
            continue;
        }
        if (before > 0)
            letter.text[before] = u'\n';
        if (from > 0)
            std::copy(o + from, o + to, o);
        const qsizetype size = to - from;
        letter.text.truncate(base + size);
        const qsizetype start = base;
        const TextRange range{start, letter.text.size()};
        for (const auto &[number, pos] : std::as_const(found))
            markers[number].append(start + std::min(pos, size));
        letter.paragraphs.append(Paragraph{draft.kind, range});
        if (draft.kind == ParagraphKind::Footnote)
            letter.footnotes.append(Footnote{draft.footnote, range, {}});
    }
    for (Footnote &note : letter.footnotes)
        note.markers = markers.value(note.number);

    for (qsizetype p = 0; p < letter.paragraphs.size(); ++p) {
        const TextRange range = letter.paragraphs.at(p).range;
        for (const TextRange &s : SentenceSplitter::split(letter.slice(range), range.start))
            letter.sentences.append(Sentence{s, int(p)});
    }
    return letter;
}

Letter LetterBuilder::finish(QList<Draft> drafts, const QList<QStringList> &signatureRows, const QMap<int, QString> &footnotes, const QString &fileName,
                            const LetterMetadata &metadata)
{
    const QList<Signatory> signatories = SignatureBlock::signatories(signatureRows);
    for (const Signatory &signatory : signatories)
        drafts.append({ParagraphKind::Signature, SignatureBlock::paragraphText(signatory)});
    for (auto it = footnotes.cbegin(); it != footnotes.cend(); ++it) {
        if (hasVisibleText(it.value()))
            drafts.append({ParagraphKind::Footnote, it.value(), it.key()});
    }
    Letter letter = build(drafts, fileName, metadata);
    letter.metadata.signatories = signatories;
    if (letter.metadata.ministry.isEmpty() && !signatories.isEmpty())
        letter.metadata.ministry = Letterhead::ministryFromFunction(signatories.first().function);
    return letter;
}

} // namespace Promissa
