// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "models/linkmodel.h"

#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Promissa
{

LinkModel::LinkModel(TrackerSession &session, Contents contents, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_contents(contents)
{
    // A link has two ends and the session reports the change on either; a
    // reload is one small query, so any change reloads.
    connect(&session, &TrackerSession::commitmentChanged, this, [this] {
        if (!m_commitmentId.isEmpty())
            reload();
    });
    connect(&session, &TrackerSession::commitmentsChanged, this, &LinkModel::reload);
    connect(&session, &TrackerSession::lettersChanged, this, &LinkModel::reload);
    connect(&session, &TrackerSession::opened, this, &LinkModel::reload);
    connect(&session, &TrackerSession::closed, this, [this] {
        setCommitmentId({});
    });
}

LinkModel::~LinkModel() = default;

void LinkModel::setCommitmentId(const QString &commitmentId)
{
    m_commitmentId = commitmentId;
    reload();
}

int LinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool suggestion = m_contents == Contents::Suggestions;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RelationColumn:
            return Labels::linkType(entry.type, entry.outgoing);
        case OtherColumn:
            return entry.otherTitle;
        case TextColumn:
            return entry.otherText;
        case ScoreColumn:
            return suggestion ? QString(QLocale().toString(entry.suggestion.score * 100.0, 'f', 0) + u'%') : QString();
        case EvidenceColumn:
            return suggestion ? entry.suggestion.evidence.join(u"; "_s) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EvidenceColumn && suggestion)
            return entry.suggestion.evidence.join(u'\n');
        if (index.column() == TextColumn || index.column() == OtherColumn)
            return entry.otherText;
        return {};
    case SortRole:
        switch (index.column()) {
        case RelationColumn:
            return int(entry.type);
        case OtherColumn:
            return entry.otherTitle;
        case TextColumn:
            return entry.otherText;
        case ScoreColumn:
            return suggestion ? entry.suggestion.score : 0.0;
        case EvidenceColumn:
            return suggestion ? entry.suggestion.evidence.join(u"; "_s) : QString();
        }
        return {};
    case OtherCommitmentRole:
        return entry.otherCommitment;
    case OtherLetterRole:
        return entry.otherLetter;
    case LinkIdRole:
        return suggestion ? entry.suggestion.id : entry.link.id;
    case OutgoingRole:
        return entry.outgoing;
    }
    return {};
}

QVariant LinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RelationColumn:
        return tr("Relation");
    case OtherColumn:
        return tr("With");
    case TextColumn:
        return tr("Text");
    case ScoreColumn:
        return tr("Score");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

void LinkModel::describeOther(Entry &entry) const
{
    const Tracker *tracker = m_session.tracker();
    if (!entry.otherCommitment.isEmpty()) {
        if (const auto other = tracker->commitment(entry.otherCommitment)) {
            entry.otherTitle = other->number;
            entry.otherText = other->phrase;
            entry.otherLetter = other->letterId;
        } else {
            entry.otherTitle = entry.otherCommitment;
        }
        return;
    }
    if (const auto letter = tracker->letter(entry.otherLetter)) {
        entry.otherTitle = letter->subject.isEmpty() ? QFileInfo(letter->fileName).completeBaseName() : letter->subject;
        entry.otherText = letter->date.isValid() ? QLocale().toString(letter->date, QLocale::ShortFormat) : QString();
    } else {
        entry.otherTitle = tr("Letter %1").arg(entry.otherLetter);
    }
}

void LinkModel::reload()
{
    beginResetModel();
    m_entries.clear();
    QString error;
    const Tracker *tracker = m_session.tracker();
    if (tracker && !m_commitmentId.isEmpty()) {
        // Either end may be named by id or number; compare with the id.
        const auto self = tracker->commitment(m_commitmentId);
        const QString selfId = self ? self->id : m_commitmentId;
        if (m_contents == Contents::Links) {
            if (const auto links = tracker->links(m_commitmentId)) {
                for (const CommitmentLink &link : *links) {
                    Entry entry;
                    entry.link = link;
                    entry.type = link.type;
                    entry.outgoing = link.fromCommitment == selfId;
                    if (entry.outgoing)
                        entry.otherCommitment = link.toCommitment;
                    else if (!link.fromCommitment.isEmpty())
                        entry.otherCommitment = link.fromCommitment;
                    else
                        entry.otherLetter = link.fromLetter;
                    describeOther(entry);
                    m_entries.append(entry);
                }
            } else if (links.error().kind != Error::Kind::NotFound) {
                error = links.error().message;
            }
        } else {
            if (const auto suggestions = tracker->suggestions(m_commitmentId)) {
                for (const LinkSuggestion &suggestion : *suggestions) {
                    Entry entry;
                    entry.suggestion = suggestion;
                    entry.type = suggestion.type;
                    entry.outgoing = suggestion.fromCommitment == selfId;
                    if (entry.outgoing)
                        entry.otherCommitment = suggestion.toCommitment;
                    else if (!suggestion.fromCommitment.isEmpty())
                        entry.otherCommitment = suggestion.fromCommitment;
                    else
                        entry.otherLetter = suggestion.fromLetter;
                    describeOther(entry);
                    m_entries.append(entry);
                }
            } else if (suggestions.error().kind != Error::Kind::NotFound) {
                error = suggestions.error().message;
            }
        }
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

} // namespace Promissa
