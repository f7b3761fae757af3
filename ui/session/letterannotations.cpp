// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "letterannotations.h"

#include "models/labels.h"
#include "tracker/tracker.h"

#include <QLocale>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// How strongly a commitment span is tinted; the selected one stands out.
constexpr int s_tint = 60;
constexpr int s_currentTint = 160;

QString deadlineText(const Deadline &deadline)
{
    if (!deadline.isSet())
        //: Tooltip: a commitment without a deadline
        return LetterAnnotations::tr("none");
    if (deadline.text.isEmpty() || !deadline.date.isValid())
        return Labels::deadline(deadline);
    //: A deadline: %1 is the phrase in the letter, %2 the date it means
    return LetterAnnotations::tr("%1 (%2)").arg(deadline.text, QLocale().toString(deadline.date, QLocale::ShortFormat));
}
} // namespace

void LetterAnnotations::clear()
{
    m_commitments.clear();
    m_notes.clear();
    m_references.clear();
}

bool LetterAnnotations::loadCommitments(const Tracker &tracker, qint64 letterId)
{
    CommitmentFilter filter;
    filter.letterId = letterId;
    filter.includeRejected = true;
    auto list = tracker.commitments(filter);
    if (!list)
        return false;
    m_commitments = std::move(*list);
    std::ranges::stable_sort(m_commitments, {}, [](const TrackedCommitment &c) {
        return c.span.start;
    });
    return true;
}

bool LetterAnnotations::loadNotes(const Tracker &tracker, qint64 letterId)
{
    auto list = tracker.notes(letterId);
    if (!list)
        return false;
    m_notes = std::move(*list);
    return true;
}

bool LetterAnnotations::loadReferences(const Tracker &tracker, qint64 letterId)
{
    auto list = tracker.references(letterId);
    if (!list)
        return false;
    m_references = std::move(*list);
    return true;
}

QList<qint64> LetterAnnotations::referenceTargets() const
{
    QList<qint64> targets;
    targets.reserve(m_references.size());
    for (const ResolvedReference &r : m_references)
        targets.append(r.targetLetter);
    return targets;
}

const TrackedCommitment *LetterAnnotations::find(const QString &id) const
{
    const auto it = std::ranges::find(m_commitments, id, &TrackedCommitment::id);
    return id.isEmpty() || it == m_commitments.cend() ? nullptr : &*it;
}

QString LetterAnnotations::commitmentAt(qsizetype position) const
{
    const TrackedCommitment *best = nullptr;
    for (const TrackedCommitment &c : m_commitments) {
        if (c.span.contains(position) && (!best || c.span.length() < best->span.length()))
            best = &c;
    }
    return best ? best->id : QString();
}

QColor LetterAnnotations::statusColor(Status status, bool overdue)
{
    if (overdue)
        return QColor(0xda, 0x44, 0x53);
    switch (status) {
    case Status::Open:
        return QColor(0x3d, 0xae, 0xe9);
    case Status::PartlyDone:
        return QColor(0xf6, 0x9c, 0x1b);
    case Status::Done:
        return QColor(0x27, 0xae, 0x60);
    case Status::Lapsed:
        return QColor(0x95, 0xa5, 0xa6);
    }
    return {};
}

QColor LetterAnnotations::noteColor()
{
    return QColor(0x8e, 0x44, 0xad);
}

QList<LetterAnnotations::Mark> LetterAnnotations::marks(const Letter &letter, QDate today, const QString &current, const QPalette &palette) const
{
    QList<Mark> marks;
    marks.reserve(m_commitments.size() * 2 + m_references.size());
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::Text);
    for (const TrackedCommitment &c : m_commitments) {
        Mark span{c.span, {}};
        const bool overdue = c.isOverdue(today);
        if (c.rejected) {
            span.format.setFontStrikeOut(true);
            span.format.setForeground(disabled);
        } else {
            QColor tint = statusColor(c.status, overdue);
            tint.setAlpha(c.id == current ? s_currentTint : s_tint);
            span.format.setBackground(tint);
        }
        marks.append(span);

        // The deadline phrase stands somewhere in the commitment's sentence.
        if (c.rejected || c.deadline.text.isEmpty())
            continue;
        const qsizetype at = letter.slice(c.sentenceRange).indexOf(c.deadline.text);
        if (at < 0)
            continue;
        const qsizetype start = c.sentenceRange.start + at;
        Mark deadline{{start, start + c.deadline.text.size()}, {}};
        deadline.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        deadline.format.setUnderlineColor(statusColor(c.status, overdue).darker(130));
        marks.append(deadline);
    }
    // References the tracker cannot open are marked, but are no links.
    for (const ResolvedReference &r : m_references) {
        if (r.targetLetter != 0)
            continue;
        Mark reference{r.reference.range, {}};
        reference.format.setUnderlineStyle(QTextCharFormat::DotLine);
        reference.format.setUnderlineColor(disabled);
        marks.append(reference);
    }
    return marks;
}

QList<QTextEdit::ExtraSelection>
LetterAnnotations::selections(QTextDocument *document, const Letter &letter, QDate today, const QString &current, const QPalette &palette) const
{
    const int last = document->characterCount() - 1;
    const auto all = marks(letter, today, current, palette);
    QList<QTextEdit::ExtraSelection> out;
    out.reserve(all.size());
    for (const Mark &mark : all) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(std::clamp(int(mark.range.start), 0, last));
        selection.cursor.setPosition(std::clamp(int(mark.range.end), 0, last), QTextCursor::KeepAnchor);
        selection.format = mark.format;
        out.append(selection);
    }
    return out;
}

QString LetterAnnotations::letterLink(qint64 letterId)
{
    return u"promissa:letter/"_s + QString::number(letterId);
}

qint64 LetterAnnotations::linkedLetter(const QString &href)
{
    static const QString prefix = u"promissa:letter/"_s;
    if (!href.startsWith(prefix))
        return 0;
    return QStringView(href).mid(prefix.size()).toLongLong();
}

void LetterAnnotations::formatLinks(QTextDocument *document, const QBrush &linkColour) const
{
    QTextCursor cursor(document);
    const int last = document->characterCount() - 1;
    for (const ResolvedReference &r : m_references) {
        if (r.targetLetter == 0 || r.reference.range.end > last)
            continue;
        cursor.setPosition(int(r.reference.range.start));
        cursor.setPosition(int(r.reference.range.end), QTextCursor::KeepAnchor);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(letterLink(r.targetLetter));
        link.setFontUnderline(true);
        link.setForeground(linkColour);
        cursor.mergeCharFormat(link);
    }
}

QString LetterAnnotations::commitmentToolTip(const Tracker *tracker, const TrackedCommitment &c) const
{
    QString status = Labels::status(c.status);
    if (tracker && c.isOverdue(tracker->today()))
        //: Tooltip: a status followed by the overdue mark; %1 is the status
        status = tr("%1, overdue").arg(status);
    if (c.rejected)
        //: Tooltip: the user said this is not a commitment; %1 is the status
        status = tr("%1, rejected").arg(status);

    QStringList lines;
    //: Tooltip title; %1 is the commitment number, %2 its kind ("firm")
    lines << tr("<b>%1</b> · %2").arg(c.number.toHtmlEscaped(), Labels::kind(c.kind));
    //: Tooltip line; %1 is a status
    lines << tr("Status: %1").arg(status.toHtmlEscaped());
    //: Tooltip line; %1 is a deadline
    lines << tr("Deadline: %1").arg(deadlineText(c.deadline).toHtmlEscaped());
    if (!c.owner.isEmpty())
        //: Tooltip line; %1 is a person
        lines << tr("Owner: %1").arg(c.owner.toHtmlEscaped());
    if (!tracker)
        return lines.join(u"<br/>"_s);

    QStringList links;
    const auto all = tracker->links(c.id);
    for (const CommitmentLink &link : all.value_or(QList<CommitmentLink>())) {
        const bool outgoing = link.fromCommitment == c.id;
        const QString other = outgoing ? link.toCommitment : link.fromCommitment;
        QString name;
        if (other.isEmpty()) {
            const auto letter = tracker->letter(link.fromLetter);
            name = u"“%1”"_s.arg(letter ? letter->subject.toHtmlEscaped() : QString::number(link.fromLetter));
        } else {
            const auto commitment = tracker->commitment(other);
            name = commitment ? commitment->number : other;
        }
        //: Tooltip: %1 is a kind of link ("Repeated by"), %2 a commitment number or letter subject
        links << tr("%1 %2").arg(Labels::linkType(link.type, outgoing), name);
    }
    if (!links.isEmpty())
        //: Tooltip line; %1 lists the links
        lines << tr("Links: %1").arg(links.join(u"; "_s));
    return lines.join(u"<br/>"_s);
}

QString LetterAnnotations::toolTip(const Tracker *tracker, qsizetype position) const
{
    QStringList parts;
    if (const TrackedCommitment *c = find(commitmentAt(position)))
        parts << commitmentToolTip(tracker, *c);
    for (const ResolvedReference &r : m_references) {
        if (!r.reference.range.contains(position))
            continue;
        parts << (r.targetLetter ? /*: Tooltip over a reference link */ tr("Click to open the letter this refers to.")
                                 : /*: Tooltip over a reference */ tr("This letter is not in the tracker."));
    }
    for (const Note &note : m_notes) {
        if (!note.range.contains(position))
            continue;
        //: Tooltip over a note; %1 is a person, %2 a date, %3 the note
        parts << tr("<i>Note by %1, %2:</i> %3")
                     .arg(note.author.toHtmlEscaped(),
                          QLocale().toString(note.at.toLocalTime().date(), QLocale::ShortFormat),
                          note.text.toHtmlEscaped());
    }
    return parts.join(u"<hr/>"_s);
}

} // namespace Promissa
