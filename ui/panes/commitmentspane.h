// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Promissa
{

class CommitmentFilterModel;
class CommitmentTableModel;
class TrackerSession;

/// One table of all tracked commitments (number, phrase, actor, kind,
/// deadline, status, owner, letter), sorted on raw values, under a filter
/// bar: full-text search, status, kind, ministry, a deadline range and
/// "overdue only". Overdue rows are written in red.
///
/// Moving the current row emits commitmentSelected; selectCommitment() makes
/// a commitment current from elsewhere (clearing the filters when they hide
/// it) without echoing the signal back.
class CommitmentsPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentsPane)

public:
    explicit CommitmentsPane(TrackerSession &session, QWidget *parent = nullptr);
    ~CommitmentsPane() override;

    CommitmentTableModel *tableModel() const
    {
        return m_table;
    }
    CommitmentFilterModel *filterModel() const
    {
        return m_filter;
    }
    QTableView *view() const
    {
        return m_view;
    }
    /// The id of the current row, empty when none.
    QString currentCommitment() const;

public Q_SLOTS:
    void selectCommitment(const QString &id);
    /// Empties every filter of the bar.
    void clearFilters();

Q_SIGNALS:
    void commitmentSelected(const QString &id);

private:
    QWidget *createFilterBar();
    void applyFilter();
    void refreshMinistries();
    void updateCount();
    void currentRowChanged(const QModelIndex &current);

    TrackerSession &m_session;
    CommitmentTableModel *m_table;
    CommitmentFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_ministry = nullptr;
    QCheckBox *m_dueRange = nullptr;
    QDateEdit *m_dueFrom = nullptr;
    QDateEdit *m_dueTo = nullptr;
    QCheckBox *m_overdue = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QString m_keptSelection; ///< the current row's id across a model reset
    bool m_selecting = false; ///< the current row is being set from outside
    bool m_clearing = false;
};

} // namespace Promissa
