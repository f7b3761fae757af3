// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// A small RFC 5545 reader for the tests: it checks the physical format
// (CRLF, 75-octet lines, UTF-8, folding) and the structure (BEGIN/END,
// required properties per component), and hands back the components so a
// test can look at their values.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Promissa
{

struct ICalProperty {
    QString name;
    QHash<QString, QString> parameters;
    QString value; ///< raw, still escaped
};

struct ICalComponent {
    QString name;
    QList<ICalProperty> properties;
    QList<ICalComponent> children;

    QList<ICalProperty> all(const QString &name) const;
    /// The one property of that name; an empty one when absent.
    ICalProperty one(const QString &name) const;
};

struct ICalCheck {
    ICalComponent calendar;
    QStringList problems; ///< empty: the file is valid
};

ICalCheck checkICalendar(const QByteArray &bytes);

/// RFC 5545 TEXT unescaping.
QString unescapeICalText(const QString &value);

/// Joins folded lines (CRLF followed by a space or tab) back into content lines.
QList<QByteArray> unfoldICalendar(const QByteArray &bytes);

} // namespace Promissa
