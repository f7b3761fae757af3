// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/deadlinespane.h"

#include "messagebox.h"
#include "models/labels.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr int IdRole = Qt::UserRole + 1;
constexpr int DateRole = Qt::UserRole + 2;

QTreeWidget *createList(QWidget *parent, const QString &objectName, const QString &accessibleName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

DeadlinesPane::DeadlinesPane(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_calendar(new QCalendarWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"deadlinesPane"_s);
    setAccessibleName(tr("Deadlines"));

    if (auto calendar = EventCalendar::builtIn())
        m_eventCalendar = std::move(*calendar);
    else
        qWarning("%s", qPrintable(calendar.error().message));

    m_calendar->setObjectName(u"deadlineCalendar"_s);
    m_calendar->setAccessibleName(tr("Deadline calendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    // Red is for overdue deadlines here, not for weekends.
    QTextCharFormat weekend;
    weekend.setForeground(palette().brush(QPalette::Text));
    m_calendar->setWeekdayTextFormat(Qt::Saturday, weekend);
    m_calendar->setWeekdayTextFormat(Qt::Sunday, weekend);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &DeadlinesPane::showMonth);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DeadlinesPane::dayClicked);
    connect(m_calendar, &QCalendarWidget::activated, this, &DeadlinesPane::dayClicked);

    m_summary->setObjectName(u"deadlineSummary"_s);
    m_summary->setWordWrap(true);

    m_deadlines = createList(this, u"deadlineList"_s, tr("Deadlines this month"), {tr("Due"), tr("Number"), tr("Commitment"), tr("Status")});
    m_deadlines->header()->setStretchLastSection(false);
    m_deadlines->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_deadlines, &QTreeWidget::currentItemChanged, this, &DeadlinesPane::itemChanged);

    m_events = createList(this, u"eventList"_s, tr("Events this month"), {tr("When"), tr("Event")});

    auto *deadlinesBox = new QWidget(this);
    auto *deadlinesLayout = new QVBoxLayout(deadlinesBox);
    deadlinesLayout->setContentsMargins(0, 0, 0, 0);
    deadlinesLayout->addWidget(m_summary);
    deadlinesLayout->addWidget(m_deadlines, 1);
    auto *eventsBox = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(new QLabel(tr("Events in the calendar:"), eventsBox));
    eventsLayout->addWidget(m_events, 1);

    // Deadlines and events side by side: a deadline "before the NAVO-top"
    // reads best next to the date of that top.
    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(deadlinesBox);
    lists->addWidget(eventsBox);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    layout->addWidget(lists, 1);
    setTabOrder(m_calendar, m_deadlines);
    setTabOrder(m_deadlines, m_events);
    setFocusProxy(m_calendar);

    connect(&session, &TrackerSession::opened, this, [this] {
        const QDate today = m_session.tracker()->today();
        m_calendar->setSelectedDate(today);
        showMonth(today.year(), today.month());
    });
    connect(&session, &TrackerSession::closed, this, &DeadlinesPane::reload);
    connect(&session, &TrackerSession::lettersChanged, this, &DeadlinesPane::reload);
    connect(&session, &TrackerSession::commitmentsChanged, this, &DeadlinesPane::reload);
    connect(&session, &TrackerSession::commitmentChanged, this, &DeadlinesPane::reload);

    const QDate today = session.tracker() ? session.tracker()->today() : QDate::currentDate();
    m_calendar->setSelectedDate(today);
    showMonth(today.year(), today.month());
}

DeadlinesPane::~DeadlinesPane()
{
    // Clearing the list on its way out moves its current item.
    m_deadlines->disconnect(this);
    m_calendar->disconnect(this);
}

void DeadlinesPane::setEventCalendar(const EventCalendar &calendar)
{
    m_eventCalendar = calendar;
    reload();
}

void DeadlinesPane::showMonth(int year, int month)
{
    if (year == m_year && month == m_month)
        return;
    m_year = year;
    m_month = month;
    if (m_calendar->yearShown() != year || m_calendar->monthShown() != month)
        m_calendar->setCurrentPage(year, month); // comes back here, already shown
    reload();
}

void DeadlinesPane::reload()
{
    m_due.clear();
    const Tracker *tracker = m_session.tracker();
    const QDate first(m_year, m_month, 1);
    if (tracker && first.isValid()) {
        CommitmentFilter filter;
        filter.statuses = {Status::Open, Status::PartlyDone};
        filter.dueFrom = first;
        filter.dueBefore = first.addMonths(1);
        if (auto due = tracker->commitments(filter)) {
            m_due = std::move(*due);
            std::stable_sort(m_due.begin(), m_due.end(), [](const TrackedCommitment &a, const TrackedCommitment &b) {
                return a.deadline.date < b.deadline.date;
            });
        } else {
            MessageBox::warning(this, tr("Deadlines"), due.error().message);
        }
    }
    fillDeadlines();
    fillEvents();
}

void DeadlinesPane::fillDeadlines()
{
    const QScopedValueRollback guard(m_filling, true);
    const QString kept = m_deadlines->currentItem() ? m_deadlines->currentItem()->data(0, IdRole).toString() : QString();
    m_deadlines->clear();
    // Clears every day's format: the old month's marks must not linger.
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());

    const QDate today = m_session.tracker() ? m_session.tracker()->today() : QDate::currentDate();
    const QLocale locale;
    QHash<QDate, QStringList> tips;
    int overdue = 0;
    for (const TrackedCommitment &c : std::as_const(m_due)) {
        const bool late = c.isOverdue(today);
        overdue += late ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_deadlines,
                                         {locale.toString(c.deadline.date, QLocale::ShortFormat), c.number, c.phrase, Labels::status(c.status)});
        item->setData(0, IdRole, c.id);
        item->setData(0, DateRole, c.deadline.date);
        item->setToolTip(2, c.deadline.text.isEmpty() ? c.text : u"%1\n(%2)"_s.arg(c.text, c.deadline.text));
        if (late) {
            for (int column = 0; column < item->columnCount(); ++column)
                item->setForeground(column, Labels::overdueColor());
        }
        if (c.id == kept)
            m_deadlines->setCurrentItem(item);

        QTextCharFormat format = m_calendar->dateTextFormat(c.deadline.date);
        format.setFontWeight(QFont::Bold);
        if (late)
            format.setForeground(Labels::overdueColor());
        tips[c.deadline.date].append(u"%1: %2"_s.arg(c.number, c.phrase));
        format.setToolTip(tips.value(c.deadline.date).join(u'\n'));
        m_calendar->setDateTextFormat(c.deadline.date, format);
    }
    if (m_due.isEmpty())
        m_summary->setText(tr("No open deadlines in %1.").arg(locale.toString(QDate(m_year, m_month, 1), u"MMMM yyyy"_s)));
    else
        m_summary->setText(tr("%n open deadline(s) in %1, %2 overdue.", nullptr, int(m_due.size()))
                               .arg(locale.toString(QDate(m_year, m_month, 1), u"MMMM yyyy"_s))
                               .arg(overdue));
}

void DeadlinesPane::fillEvents()
{
    m_events->clear();
    const QDate first(m_year, m_month, 1);
    if (!first.isValid())
        return;
    const QDate last = first.addMonths(1).addDays(-1);
    const QLocale locale;
    QList<EventOccurrence> shown;
    for (const CalendarEvent &event : m_eventCalendar.events()) {
        // A meeting that starts in late December may run into January.
        for (int year : {m_year - 1, m_year}) {
            for (const EventOccurrence &occurrence : m_eventCalendar.occurrences(event, year)) {
                const QDate start = occurrence.deadline ? occurrence.end : occurrence.start;
                const QDate end = occurrence.end.isValid() ? occurrence.end : start;
                if (start.isValid() && start <= last && end >= first)
                    shown.append(occurrence);
            }
        }
    }
    std::stable_sort(shown.begin(), shown.end(), [](const EventOccurrence &a, const EventOccurrence &b) {
        return (a.deadline ? a.end : a.start) < (b.deadline ? b.end : b.start);
    });
    for (const EventOccurrence &occurrence : std::as_const(shown)) {
        // A deadline-like event (the Voorjaarsnota) is due on its last day;
        // a meeting is held from its first to its last.
        QString when;
        if (occurrence.deadline)
            when = tr("by %1").arg(locale.toString(occurrence.end, QLocale::ShortFormat));
        else if (occurrence.end.isValid() && occurrence.end != occurrence.start)
            when = u"%1 – %2"_s.arg(locale.toString(occurrence.start, QLocale::ShortFormat), locale.toString(occurrence.end, QLocale::ShortFormat));
        else
            when = locale.toString(occurrence.start, QLocale::ShortFormat);
        const QString name = occurrence.displayName.isEmpty() ? occurrence.name : occurrence.displayName;
        auto *item = new QTreeWidgetItem(m_events, {when, name});
        item->setToolTip(1, name);

        // Underline the event's days in the calendar, keeping deadline marks.
        const QDate from = std::max(occurrence.deadline ? occurrence.end : occurrence.start, first);
        const QDate to = std::min(occurrence.end.isValid() ? occurrence.end : from, last);
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            QTextCharFormat format = m_calendar->dateTextFormat(day);
            format.setFontUnderline(true);
            const QString tip = format.toolTip();
            format.setToolTip(tip.isEmpty() ? name : tip + u'\n' + name);
            m_calendar->setDateTextFormat(day, format);
        }
    }
}

void DeadlinesPane::dayClicked(QDate date)
{
    // Picks the first deadline of that day in the list (which announces it).
    for (int i = 0; i < m_deadlines->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_deadlines->topLevelItem(i);
        if (item->data(0, DateRole).toDate() == date) {
            m_deadlines->setCurrentItem(item);
            m_deadlines->scrollToItem(item);
            return;
        }
    }
}

void DeadlinesPane::itemChanged(QTreeWidgetItem *current)
{
    if (m_filling || !current)
        return;
    Q_EMIT commitmentSelected(current->data(0, IdRole).toString());
}

} // namespace Promissa
