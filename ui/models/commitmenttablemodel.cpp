// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "models/commitmenttablemodel.h"

#include "models/labels.h"
#include "session/letterannotations.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// "PR-2025-0012" -> 2025000012; anything else sorts after every number.
qint64 numberKey(const QString &number)
{
    const qsizetype last = number.lastIndexOf(u'-');
    const qsizetype previous = last > 0 ? number.lastIndexOf(u'-', last - 1) : -1;
    bool yearOk = false;
    bool countOk = false;
    const qint64 year = QStringView(number).mid(previous + 1, last - previous - 1).toLongLong(&yearOk);
    const qint64 count = QStringView(number).mid(last + 1).toLongLong(&countOk);
    if (last < 0 || !yearOk || !countOk)
        return std::numeric_limits<qint64>::max();
    return year * 1'000'000 + count;
}

// Vague deadlines (no day) sort after every dated one.
qint64 dayKey(QDate date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

template<typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// On case-folded keys: a case-insensitive compare per comparison would fold
// the same strings over and over while sorting.
int compareText(const QString &a, const QString &b)
{
    // Empty cells (no owner yet) sort after the filled ones.
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty() ? 1 : -1;
    return a.compare(b);
}

QString letterTitle(const TrackedLetter &letter)
{
    return letter.subject.isEmpty() ? QFileInfo(letter.fileName).completeBaseName() : letter.subject;
}

} // namespace

int compareRows(const CommitmentTableModel::Row &a, const CommitmentTableModel::Row &b, int column)
{
    const TrackedCommitment &ca = a.commitment;
    const TrackedCommitment &cb = b.commitment;
    switch (column) {
    case CommitmentTableModel::NumberColumn:
        if (const int c = compareValues(a.numberKey, b.numberKey))
            return c;
        return ca.number.compare(cb.number);
    case CommitmentTableModel::PhraseColumn:
        return compareText(a.phraseKey, b.phraseKey);
    case CommitmentTableModel::ActorColumn:
        return compareText(a.actorKey, b.actorKey);
    case CommitmentTableModel::KindColumn:
        return compareValues(int(ca.kind), int(cb.kind));
    case CommitmentTableModel::DeadlineColumn:
        return compareValues(dayKey(ca.deadline.date), dayKey(cb.deadline.date));
    case CommitmentTableModel::StatusColumn:
        return compareValues(int(ca.status), int(cb.status));
    case CommitmentTableModel::OwnerColumn:
        return compareText(a.ownerKey, b.ownerKey);
    case CommitmentTableModel::LetterColumn:
        if (const int c = compareValues(dayKey(a.letterDate), dayKey(b.letterDate)))
            return c;
        return compareValues(ca.letterId, cb.letterId);
    default:
        return 0;
    }
}

CommitmentTableModel::CommitmentTableModel(TrackerSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &TrackerSession::opened, this, &CommitmentTableModel::reload);
    connect(&session, &TrackerSession::closed, this, &CommitmentTableModel::reload);
    connect(&session, &TrackerSession::lettersChanged, this, &CommitmentTableModel::reload);
    connect(&session, &TrackerSession::commitmentsChanged, this, &CommitmentTableModel::reload);
    connect(&session, &TrackerSession::commitmentChanged, this, &CommitmentTableModel::updateCommitment);
    reload();
}

CommitmentTableModel::~CommitmentTableModel() = default;

int CommitmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TrackedCommitment &c = row.commitment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return c.number;
        case PhraseColumn:
            return c.phrase;
        case ActorColumn:
            return c.actor;
        case KindColumn:
            return Labels::kind(c.kind);
        case DeadlineColumn:
            return row.deadlineText;
        case StatusColumn:
            return Labels::status(c.status);
        case OwnerColumn:
            return c.owner;
        case LetterColumn:
            return row.letterTitle;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PhraseColumn:
            return c.text;
        case DeadlineColumn:
            if (c.deadline.event.isEmpty())
                return c.deadline.text;
            return u"%1 (%2)"_s.arg(c.deadline.text, c.deadline.event);
        case LetterColumn:
            return row.letterTitle;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.overdue)
            return Labels::overdueColor();
        return {};
    case Qt::DecorationRole:
        // The status's swatch, in the colour its span has in the letter.
        if (index.column() == StatusColumn)
            return LetterAnnotations::statusColor(c.status, row.overdue);
        return {};
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return row.numberKey;
        case PhraseColumn:
            return c.phrase;
        case ActorColumn:
            return c.actor;
        case KindColumn:
            return int(c.kind);
        case DeadlineColumn:
            return c.deadline.date;
        case StatusColumn:
            return int(c.status);
        case OwnerColumn:
            return c.owner;
        case LetterColumn:
            return row.letterDate;
        }
        return {};
    case IdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case KindRole:
        return int(c.kind);
    case DeadlineDateRole:
        return c.deadline.date;
    case OverdueRole:
        return row.overdue;
    case LetterIdRole:
        return c.letterId;
    case MinistryRole:
        return row.ministry;
    }
    return {};
}

QVariant CommitmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case PhraseColumn:
        return tr("Commitment");
    case ActorColumn:
        return tr("Actor");
    case KindColumn:
        return tr("Kind");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case LetterColumn:
        return tr("Letter");
    }
    return {};
}

QHash<int, QByteArray> CommitmentTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "commitmentId");
    names.insert(StatusRole, "status");
    names.insert(KindRole, "kind");
    names.insert(DeadlineDateRole, "deadlineDate");
    names.insert(OverdueRole, "overdue");
    names.insert(LetterIdRole, "letterId");
    names.insert(MinistryRole, "ministry");
    return names;
}

int CommitmentTableModel::rowOf(const QString &commitmentId) const
{
    return m_index.value(commitmentId, -1);
}

QStringList CommitmentTableModel::ministries() const
{
    QStringList out;
    QSet<QString> seen;
    for (const Row &row : m_rows) {
        if (!row.ministry.isEmpty() && !seen.contains(row.ministry)) {
            seen.insert(row.ministry);
            out.append(row.ministry);
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

CommitmentTableModel::Row CommitmentTableModel::makeRow(const TrackedCommitment &commitment) const
{
    Row row;
    row.commitment = commitment;
    row.numberKey = numberKey(commitment.number);
    row.deadlineText = Labels::deadline(commitment.deadline);
    const LetterInfo letter = m_letters.value(commitment.letterId);
    row.letterTitle = letter.title;
    row.letterDate = letter.date;
    row.ministry = commitment.ministry;
    row.phraseKey = commitment.phrase.toCaseFolded();
    row.actorKey = commitment.actor.toCaseFolded();
    row.ownerKey = commitment.owner.toCaseFolded();
    row.overdue = commitment.isOverdue(m_today);
    return row;
}

void CommitmentTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_letters.clear();
    QString error;
    if (const Tracker *tracker = m_session.tracker()) {
        m_today = tracker->today();
        if (const auto letters = tracker->letters()) {
            m_letters.reserve(letters->size());
            for (const TrackedLetter &letter : *letters)
                m_letters.insert(letter.id, {letterTitle(letter), letter.date});
        } else {
            error = letters.error().message;
        }
        if (const auto commitments = tracker->commitments()) {
            m_rows.reserve(commitments->size());
            for (const TrackedCommitment &commitment : *commitments)
                m_rows.append(makeRow(commitment));
        } else {
            error = commitments.error().message;
        }
    }
    rebuildIndex(0);
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

void CommitmentTableModel::rebuildIndex(int from)
{
    if (from == 0) {
        m_index.clear();
        m_index.reserve(m_rows.size());
    }
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).commitment.id, i);
}

void CommitmentTableModel::updateCommitment(const QString &commitmentId)
{
    const Tracker *tracker = m_session.tracker();
    if (!tracker)
        return;
    const int row = rowOf(commitmentId);
    const auto fresh = tracker->commitment(commitmentId);
    const bool shown = fresh && !fresh->rejected;
    if (!fresh && fresh.error().kind != Error::Kind::NotFound) {
        Q_EMIT errorOccurred(fresh.error().message);
        return;
    }
    if (row >= 0 && shown) {
        m_rows[row] = makeRow(*fresh);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        // Rejected (or removed): not a commitment any more.
        beginRemoveRows({}, row, row);
        m_index.remove(commitmentId);
        m_rows.removeAt(row);
        rebuildIndex(row);
        endRemoveRows();
    } else if (shown) {
        // Un-rejected (an undo): back at the end; the view's sort places it.
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(makeRow(*fresh));
        rebuildIndex(at);
        endInsertRows();
    }
}

} // namespace Promissa
