# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers

# The Dutch time grammar, the event calendar and the letter date.
target_sources(promissa_core PRIVATE
    eventcalendar.h eventcalendar.cpp
    letterdate.h letterdate.cpp
    timeparser.h timeparser.cpp
    timepatterns.h timepatterns.cpp
    timerules.h timerules.cpp
    timewords.h timewords.cpp
)

# The built-in calendar, read as :/promissa/calendar/events.json.
qt_add_resources(promissa_core "calendar"
    PREFIX "/promissa"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES "${PROJECT_SOURCE_DIR}/resources/calendar/events.json"
)
