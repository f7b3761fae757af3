// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "models/letterlistmodel.h"

#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Promissa
{

LetterListModel::LetterListModel(TrackerSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &TrackerSession::opened, this, &LetterListModel::reload);
    connect(&session, &TrackerSession::closed, this, &LetterListModel::reload);
    connect(&session, &TrackerSession::lettersChanged, this, &LetterListModel::reload);
    connect(&session, &TrackerSession::commitmentsChanged, this, &LetterListModel::refreshCounts);
    connect(&session, &TrackerSession::commitmentChanged, this, &LetterListModel::refreshCounts);
    reload();
}

LetterListModel::~LetterListModel() = default;

int LetterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int LetterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LetterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackedLetter &letter = m_letters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return letter.date.isValid() ? QLocale().toString(letter.date, QLocale::ShortFormat) : QString();
        case MinistryColumn:
            return letter.ministry;
        case SubjectColumn:
            return letter.subject.isEmpty() ? QFileInfo(letter.fileName).completeBaseName() : letter.subject;
        case OpenColumn:
            return letter.openCommitments;
        case OverdueColumn:
            return letter.overdueCommitments;
        }
        return {};
    case Qt::ToolTipRole:
        // Every column: the ministry's column is hidden in a narrow pane.
        return u"%1\n%2\n%3"_s.arg(letter.subject, letter.ministry, letter.fileName);
    case Qt::ForegroundRole:
        if (index.column() == OverdueColumn && letter.overdueCommitments > 0)
            return Labels::overdueColor();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OpenColumn || index.column() == OverdueColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return letter.date;
        case MinistryColumn:
            return letter.ministry;
        case SubjectColumn:
            return data(index, Qt::DisplayRole);
        case OpenColumn:
            return letter.openCommitments;
        case OverdueColumn:
            return letter.overdueCommitments;
        }
        return {};
    case IdRole:
        return letter.id;
    }
    return {};
}

QVariant LetterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MinistryColumn:
        return tr("Ministry");
    case SubjectColumn:
        return tr("Subject");
    case OpenColumn:
        return tr("Open");
    case OverdueColumn:
        return tr("Overdue");
    }
    return {};
}

int LetterListModel::rowOf(qint64 letterId) const
{
    for (int i = 0; i < m_letters.size(); ++i) {
        if (m_letters.at(i).id == letterId)
            return i;
    }
    return -1;
}

void LetterListModel::reload()
{
    beginResetModel();
    m_letters.clear();
    QString error;
    if (const Tracker *tracker = m_session.tracker()) {
        if (auto letters = tracker->letters())
            m_letters = std::move(*letters);
        else
            error = letters.error().message;
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

void LetterListModel::refreshCounts()
{
    const Tracker *tracker = m_session.tracker();
    if (!tracker)
        return;
    auto letters = tracker->letters();
    if (!letters) {
        Q_EMIT errorOccurred(letters.error().message);
        return;
    }
    bool sameLetters = letters->size() == m_letters.size();
    for (int i = 0; sameLetters && i < m_letters.size(); ++i)
        sameLetters = letters->at(i).id == m_letters.at(i).id;
    if (!sameLetters) {
        reload();
        return;
    }
    for (int i = 0; i < m_letters.size(); ++i) {
        TrackedLetter &mine = m_letters[i];
        const TrackedLetter &fresh = letters->at(i);
        if (mine.openCommitments == fresh.openCommitments && mine.overdueCommitments == fresh.overdueCommitments)
            continue;
        mine.openCommitments = fresh.openCommitments;
        mine.overdueCommitments = fresh.overdueCommitments;
        Q_EMIT dataChanged(index(i, OpenColumn), index(i, OverdueColumn));
    }
}

} // namespace Promissa
