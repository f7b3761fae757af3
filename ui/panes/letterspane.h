// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Promissa
{

class LetterListModel;
class TrackerSession;

/// The tracked letters, newest first, with their ministry and their counts
/// of open and overdue commitments; a filter box narrows them by any of
/// those words. Enter, a double click or a click opens a letter.
class LettersPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersPane)

public:
    explicit LettersPane(TrackerSession &session, QWidget *parent = nullptr);
    ~LettersPane() override;

    LetterListModel *model() const
    {
        return m_model;
    }
    QTreeView *view() const
    {
        return m_view;
    }
    QLineEdit *filterEdit() const
    {
        return m_filter;
    }

public Q_SLOTS:
    /// Marks the letter as current without opening it again.
    void selectLetter(qint64 letterId);

Q_SIGNALS:
    void letterActivated(qint64 letterId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    LetterListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace Promissa
