// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QObject>
#include <QStringList>

namespace Promissa
{

class MainWindow;
class TrackerSession;

/// `promissa --screenshot OUT`: pictures of the window for the README and
/// the docs, made by the app itself once it has painted (packaging/
/// screenshots.sh runs it under Xvfb; the offscreen platform works too).
class Screenshots : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Screenshots)

public:
    Screenshots(MainWindow &window, TrackerSession &session, QObject *parent = nullptr);
    ~Screenshots() override;

    /// Imports the files (or the bundled example letter) and does a little
    /// of a day's work on them, through the session like a user: a
    /// suggested link confirmed, statuses changed with a reason, owners, a
    /// rejected detection, a note. Picks the commitment to show: the
    /// example letter's most worked-on one.
    void populate(const QStringList &files);

    /// Shows the window at 1400x900 with the picked commitment selected and,
    /// once painted, saves it: as `target` when that ends in ".png", else
    /// into the folder `target` as mainwindow.png plus one picture per
    /// pane (letter, letters, commitments, details, deadlines). Then ends
    /// the event loop with 0, or 1 when a file could not be written.
    void start(const QString &target);

private:
    bool save(QWidget *widget, const QString &fileName);
    void shootPanes();

    MainWindow &m_window;
    TrackerSession &m_session;
    QString m_target;
    QString m_commitment;
    bool m_failed = false;
};

} // namespace Promissa
