// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/eventcalendar.h"
#include "tracker/trackertypes.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Promissa
{

class TrackerSession;

/// A month at a glance: a calendar whose days with deadlines are bold (red
/// when one of them is overdue) and whose days with calendar events are
/// underlined, the month's open deadlines in a list, and beside it the
/// events of that month (NAVO-top, Europese Raad, Voorjaarsnota...) that
/// deadlines are often tied to. Only open and partly done commitments count:
/// a done one has no deadline left to watch.
class DeadlinesPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesPane)

public:
    /// Starts on the month of the tracker's today, with the built-in calendar.
    explicit DeadlinesPane(TrackerSession &session, QWidget *parent = nullptr);
    ~DeadlinesPane() override;

    /// Uses this calendar of events (the built-in one merged with the user's).
    void setEventCalendar(const EventCalendar &calendar);

    /// Shows a month in the calendar and the lists.
    void showMonth(int year, int month);
    int shownYear() const
    {
        return m_year;
    }
    int shownMonth() const
    {
        return m_month;
    }

    QCalendarWidget *calendar() const
    {
        return m_calendar;
    }
    QTreeWidget *deadlineList() const
    {
        return m_deadlines;
    }
    QTreeWidget *eventList() const
    {
        return m_events;
    }
    /// The open commitments due in the shown month, by deadline.
    const QList<TrackedCommitment> &dueThisMonth() const
    {
        return m_due;
    }

public Q_SLOTS:
    /// Reads the month's deadlines again.
    void reload();

Q_SIGNALS:
    void commitmentSelected(const QString &id);

private:
    void fillDeadlines();
    void fillEvents();
    void dayClicked(QDate date);
    void itemChanged(QTreeWidgetItem *current);

    TrackerSession &m_session;
    EventCalendar m_eventCalendar;
    QList<TrackedCommitment> m_due;
    int m_year = 0;
    int m_month = 0;
    QCalendarWidget *m_calendar;
    QLabel *m_summary;
    QTreeWidget *m_deadlines;
    QTreeWidget *m_events;
    bool m_filling = false;
};

} // namespace Promissa
