// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace Promissa
{

// iCalendar (RFC 5545) of commitment deadlines, for Outlook, Thunderbird and
// any other calendar.
//
// One all-day VEVENT per commitment whose deadline resolved to a day
// (DTSTART;VALUE=DATE plus the exclusive DTEND of the next day): both Outlook
// and Thunderbird import all-day events as such, while VTODO support is
// patchy (Outlook ignores VTODO in .ics files). Events are TRANSPARENT, so a
// deadline never shows the day as busy; a lapsed commitment is CANCELLED.
//
// Identity: UID is "<commitment UUID>@promissa", stable across databases and
// exports, and SEQUENCE is the commitment's revision, so re-importing a newer
// export updates the events instead of duplicating them.
//
// Links back: URL is the commitment's promissa: URL (see commitmentUrl()),
// X-PROMISSA-LETTER the letter's. When the letter's Kamerstuk number is known
// the DESCRIPTION also carries its public officielebekendmakingen.nl address,
// which every calendar can open.

/// "promissa:commitment/<UUID>": names one commitment in any Promissa tracker
/// (UUIDs survive merges), for the app to open.
QString commitmentUrl(const QString &commitmentId);

/// "promissa:letter/<SHA-256 of the normalized text>": names one letter in any
/// tracker (the content hash is how trackers recognise the same letter).
QString letterUrl(const TrackedLetter &letter);

/// The public page of a Kamerstuk ("21501-20-2208" ->
/// https://zoek.officielebekendmakingen.nl/kst-21501-20-2208.html); empty when
/// the number is not a dossier-ondernummer pair.
QString kamerstukUrl(const QString &kamerstuk);

struct ICalendarOptions {
    QDateTime stamp; ///< DTSTAMP of every event; invalid: the current time. Tests pin it.
    QString calendarName; ///< X-WR-CALNAME (the name Outlook and Thunderbird show); empty: none
    bool english = false; ///< labels and status words in English; default Dutch (the register's words)
};

/// The whole calendar, CRLF line ends, lines folded at 75 octets.
/// Commitments without a dated deadline, and rejected ones, are left out.
/// `letters` supplies the subject, date and number of each commitment's letter.
QByteArray commitmentsToICalendar(const QList<TrackedCommitment> &commitments,
                                  const QHash<qint64, TrackedLetter> &letters,
                                  const ICalendarOptions &options = {});

/// RFC 5545 TEXT escaping: backslash, semicolon and comma get a backslash,
/// line breaks become "\n".
QString escapeICalendarText(QStringView text);

/// Folds one content line (without line end) into lines of at most 75 octets,
/// never inside a UTF-8 sequence; every line ends in CRLF and continuation
/// lines start with one space.
QByteArray foldICalendarLine(const QByteArray &line);

} // namespace Promissa
