// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"
#include "tracker/trackertypes.h"

#include <QCoreApplication>
#include <QTextCharFormat>
#include <QTextEdit>

class QPalette;
class QTextDocument;

namespace Promissa
{

class Tracker;

/// What the tracker knows about one letter, in the shape the letter view
/// draws it: the commitments in text order, the notes and the references,
/// which of them stands at a position, the tooltip there, and the formats
/// laid over the text. No widget in here, so it reads (and tests) alone.
class LetterAnnotations
{
    Q_DECLARE_TR_FUNCTIONS(Promissa::LetterAnnotations)

public:
    /// One format over one range of the letter's text.
    struct Mark {
        TextRange range;
        QTextCharFormat format;
    };

    void clear();
    /// Each returns false when the tracker could not answer (nothing changes).
    bool loadCommitments(const Tracker &tracker, qint64 letterId);
    bool loadNotes(const Tracker &tracker, qint64 letterId);
    bool loadReferences(const Tracker &tracker, qint64 letterId);
    /// The letters the references open (0 where the tracker has none), in order.
    QList<qint64> referenceTargets() const;

    const QList<TrackedCommitment> &commitments() const
    {
        return m_commitments;
    }
    const QList<Note> &notes() const
    {
        return m_notes;
    }
    const QList<ResolvedReference> &references() const
    {
        return m_references;
    }
    const TrackedCommitment *find(const QString &id) const;
    /// The commitment whose span holds the position (the innermost one), or empty.
    QString commitmentAt(qsizetype position) const;

    /// Commitment spans tinted by status (the current one stronger, rejected
    /// ones struck out), deadline phrases underlined, references the tracker
    /// cannot open underlined with dots.
    QList<Mark> marks(const Letter &letter, QDate today, const QString &current, const QPalette &palette) const;
    /// The marks as a text edit's extra selections over `document`, which
    /// holds the letter's text (positions are Letter::text offsets).
    QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, const Letter &letter, QDate today, const QString &current, const QPalette &palette) const;
    /// Makes each reference to a tracked letter a link in the document
    /// (anchorAt() reads links there, not in extra selections).
    void formatLinks(QTextDocument *document, const QBrush &linkColour) const;
    /// The href of a link to a tracked letter, and the letter it names (0: none).
    static QString letterLink(qint64 letterId);
    static qint64 linkedLetter(const QString &href);
    /// Rich text: the commitment (kind, status, deadline, owner, links), the
    /// reference and the notes at the position; empty when nothing is there.
    QString toolTip(const Tracker *tracker, qsizetype position) const;

    static QColor statusColor(Status status, bool overdue);
    static QColor noteColor();

private:
    QString commitmentToolTip(const Tracker *tracker, const TrackedCommitment &c) const;

    QList<TrackedCommitment> m_commitments;
    QList<Note> m_notes;
    QList<ResolvedReference> m_references;
};

} // namespace Promissa
