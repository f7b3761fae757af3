// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Promissa
{

class TrackerSession;

/// The links of one commitment, read from its side: either its confirmed
/// links (repeats / supplements / changes / fulfilled by, both directions)
/// or its pending link suggestions with their score and evidence, best
/// first. Each row names the other end: a commitment (number and phrase) or,
/// for a letter that fulfils it, that letter.
class LinkModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkModel)

public:
    enum class Contents { Links, Suggestions };

    enum Column {
        RelationColumn,
        OtherColumn, ///< the other commitment's number, or the letter's subject
        TextColumn, ///< the other commitment's phrase, or the letter's date
        ScoreColumn, ///< suggestions only
        EvidenceColumn, ///< suggestions only
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw values: the score as a double, link type order
        OtherCommitmentRole, ///< QString: the other commitment's id, empty for a letter
        OtherLetterRole, ///< qint64: the letter at the other end (the fulfilling letter, or the other commitment's)
        LinkIdRole, ///< qint64: CommitmentLink::id or LinkSuggestion::id
        OutgoingRole, ///< bool: the shown commitment is the link's source
    };

    struct Entry {
        CommitmentLink link; ///< for Contents::Links
        LinkSuggestion suggestion; ///< for Contents::Suggestions
        LinkType type = LinkType::Repeats;
        bool outgoing = true;
        QString otherCommitment;
        qint64 otherLetter = 0;
        QString otherTitle;
        QString otherText;
    };

    LinkModel(TrackerSession &session, Contents contents, QObject *parent = nullptr);
    ~LinkModel() override;

    void setCommitmentId(const QString &commitmentId);
    QString commitmentId() const
    {
        return m_commitmentId;
    }
    Contents contents() const
    {
        return m_contents;
    }
    const Entry &entryAt(int row) const
    {
        return m_entries.at(row);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    /// Fills the other end's title and text.
    void describeOther(Entry &entry) const;

    TrackerSession &m_session;
    Contents m_contents;
    QString m_commitmentId;
    QList<Entry> m_entries;
};

} // namespace Promissa
