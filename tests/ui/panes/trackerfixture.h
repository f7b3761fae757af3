// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "session/trackersession.h"

#include <QTemporaryDir>

#include <memory>

namespace Promissa
{

/// A TrackerSession on a fresh SQLite tracker in a temporary folder, with
/// "today" pinned so that overdue is the same on every run.
class TrackerFixture
{
public:
    /// The example letter's dated deadlines fall in June 2025 (the
    /// Voorjaarsnota on 1 June, the NAVO-top on 24 June): on the 10th, one is
    /// overdue and one is not.
    static QDate pinnedToday()
    {
        return QDate(2025, 6, 10);
    }
    static QString exampleLetter();
    static QString followUp(const QString &fileName);

    TrackerFixture();
    ~TrackerFixture();

    /// False (with the reason in error()) when the tracker would not open.
    bool isOpen() const;
    QString error() const
    {
        return m_error;
    }
    TrackerSession &session()
    {
        return *m_session;
    }
    Tracker &tracker()
    {
        return *m_session->tracker();
    }
    /// Imports a letter through the tracker and tells the session; returns
    /// the letter's id, 0 on failure (with the reason in error()).
    qint64 import(const QString &path);
    /// Imports the example letter with the letterhead its text lacks
    /// (subject, ministry, Kamerstuk and document number), as the follow-up
    /// letters' expectations give it, so that they can refer to it.
    qint64 importExample();

    /// What the tracker itself lists for a filter: the oracle the panes'
    /// own filtering is checked against. -1 when the query fails.
    int count(const CommitmentFilter &filter);
    /// The first commitment the tracker lists, empty when there is none.
    QString firstId();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TrackerSession> m_session;
    QString m_error;
};

} // namespace Promissa
