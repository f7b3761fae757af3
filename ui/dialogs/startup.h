// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QCoreApplication>

class QWidget;

namespace Promissa
{

class Settings;
class TrackerSession;

/// Which tracker the app opens at start, and the first run: with no tracker
/// chosen and none at the default place, the user is offered a new one with
/// the bundled example letter in it (the offer goes through MessageBox, so
/// tests answer it).
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Promissa::Startup)

public:
    /// The tracker the settings name, or the default file.
    static QString configuredLocation(const Settings &settings);
    /// Opens `location` (or the configured one when empty) with the user's
    /// author name.
    static Expected<void> openTracker(TrackerSession &session, const Settings &settings, const QString &location = {});

    /// File dialogs for File > New Tracker and File > Open Tracker; empty
    /// when the user cancelled. A new file gets the .promissa extension.
    static QString chooseNewTracker(QWidget *parent, const Settings &settings);
    static QString chooseTracker(QWidget *parent, const Settings &settings);

    /// True when no tracker was ever chosen and the default file is missing.
    static bool isFirstRun(const Settings &settings);
    /// Asks whether to create the default tracker with the example letter;
    /// on yes does so and remembers it. True when a tracker is open after.
    static bool offerFirstRun(QWidget *parent, Settings &settings, TrackerSession &session);

    /// The example letter compiled into the application.
    static QString exampleResource();
    /// Imports the example letter into the session's tracker and tells the
    /// panes; returns its letter id.
    static Expected<qint64> importExample(TrackerSession &session);
};

} // namespace Promissa
