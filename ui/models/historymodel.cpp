// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "models/historymodel.h"

#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Promissa
{

HistoryModel::HistoryModel(TrackerSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &TrackerSession::commitmentChanged, this, [this](const QString &id) {
        if (id == m_commitmentId)
            reload();
    });
    connect(&session, &TrackerSession::opened, this, &HistoryModel::reload);
    connect(&session, &TrackerSession::closed, this, [this] {
        setCommitmentId({});
    });
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setCommitmentId(const QString &commitmentId)
{
    m_commitmentId = commitmentId;
    reload();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case AuthorColumn:
            return entry.author;
        case FieldColumn:
            return Labels::historyField(entry.field);
        case OldValueColumn:
            return Labels::historyValue(entry.field, entry.oldValue);
        case NewValueColumn:
            return Labels::historyValue(entry.field, entry.newValue);
        case ReasonColumn:
            return entry.reason;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at;
        case AuthorColumn:
            return entry.author;
        case FieldColumn:
            return entry.field;
        case OldValueColumn:
            return entry.oldValue;
        case NewValueColumn:
            return entry.newValue;
        case ReasonColumn:
            return entry.reason;
        }
        return {};
    case FieldRole:
        return entry.field;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case AuthorColumn:
        return tr("Who");
    case FieldColumn:
        return tr("What");
    case OldValueColumn:
        return tr("Was");
    case NewValueColumn:
        return tr("Became");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    QString error;
    const Tracker *tracker = m_session.tracker();
    if (tracker && !m_commitmentId.isEmpty()) {
        if (auto entries = tracker->history(m_commitmentId))
            m_entries = std::move(*entries);
        else if (entries.error().kind != Error::Kind::NotFound)
            error = entries.error().message;
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

} // namespace Promissa
