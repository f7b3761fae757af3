// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "icalendarchecker.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

// NAME *(";" param) ":" value, where parameter values may be quoted.
bool parseLine(const QString &line, ICalProperty &p)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) != u';' && line.at(i) != u':')
        ++i;
    p.name = line.left(i).toUpper();
    if (p.name.isEmpty() || i == line.size())
        return false;
    while (line.at(i) == u';') {
        const qsizetype eq = line.indexOf(u'=', i);
        if (eq < 0)
            return false;
        const QString key = line.mid(i + 1, eq - i - 1).toUpper();
        qsizetype j = eq + 1;
        QString value;
        if (j < line.size() && line.at(j) == u'"') {
            const qsizetype close = line.indexOf(u'"', j + 1);
            if (close < 0)
                return false;
            value = line.mid(j + 1, close - j - 1);
            j = close + 1;
        } else {
            while (j < line.size() && line.at(j) != u';' && line.at(j) != u':')
                ++j;
            value = line.mid(eq + 1, j - eq - 1);
        }
        p.parameters.insert(key, value);
        i = j;
        if (i >= line.size())
            return false;
    }
    if (line.at(i) != u':')
        return false;
    p.value = line.mid(i + 1);
    return true;
}

void checkRequired(const ICalComponent &c, QStringList &problems)
{
    static const QHash<QString, QStringList> exactlyOnce{
        {u"VCALENDAR"_s, {u"VERSION"_s, u"PRODID"_s}},
        {u"VEVENT"_s, {u"UID"_s, u"DTSTAMP"_s, u"DTSTART"_s}},
        {u"VTODO"_s, {u"UID"_s, u"DTSTAMP"_s}},
    };
    static const QStringList atMostOnce{u"SUMMARY"_s, u"DESCRIPTION"_s, u"URL"_s, u"DTEND"_s, u"STATUS"_s, u"SEQUENCE"_s, u"TRANSP"_s,
                                        u"LAST-MODIFIED"_s, u"CLASS"_s, u"CALSCALE"_s, u"METHOD"_s};
    for (const QString &name : exactlyOnce.value(c.name)) {
        if (c.all(name).size() != 1)
            problems << u"%1 has %2 %3 properties; RFC 5545 requires exactly one"_s.arg(c.name).arg(c.all(name).size()).arg(name);
    }
    for (const QString &name : atMostOnce) {
        if (c.all(name).size() > 1)
            problems << u"%1 has more than one %2"_s.arg(c.name, name);
    }
    if (c.name == u"VCALENDAR" && c.one(u"VERSION"_s).value != u"2.0")
        problems << u"VERSION is not 2.0"_s;
    if (c.name == u"VEVENT") {
        static const QRegularExpression date(u"^\\d{8}$"_s);
        static const QRegularExpression utc(u"^\\d{8}T\\d{6}Z$"_s);
        const ICalProperty start = c.one(u"DTSTART"_s);
        const ICalProperty end = c.one(u"DTEND"_s);
        const bool allDay = start.parameters.value(u"VALUE"_s) == u"DATE";
        if (!(allDay ? date : utc).match(start.value).hasMatch())
            problems << u"DTSTART '%1' is not a %2"_s.arg(start.value, allDay ? u"DATE"_s : u"UTC DATE-TIME"_s);
        if (!end.name.isEmpty() && (end.parameters.value(u"VALUE"_s) == u"DATE") != allDay)
            problems << u"DTEND and DTSTART differ in value type"_s;
        if (!end.name.isEmpty() && end.value <= start.value)
            problems << u"DTEND %1 is not after DTSTART %2"_s.arg(end.value, start.value);
        if (!utc.match(c.one(u"DTSTAMP"_s).value).hasMatch())
            problems << u"DTSTAMP '%1' is not a UTC DATE-TIME"_s.arg(c.one(u"DTSTAMP"_s).value);
    }
    for (const ICalComponent &child : c.children)
        checkRequired(child, problems);
}

} // namespace

QList<ICalProperty> ICalComponent::all(const QString &n) const
{
    QList<ICalProperty> result;
    for (const ICalProperty &p : properties) {
        if (p.name == n)
            result << p;
    }
    return result;
}

ICalProperty ICalComponent::one(const QString &n) const
{
    const auto list = all(n);
    return list.size() == 1 ? list.first() : ICalProperty{};
}

QString unescapeICalText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

QList<QByteArray> unfoldICalendar(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    for (const QByteArray &physical : bytes.split('\n')) {
        QByteArray line = physical;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!lines.isEmpty() && (line.startsWith(' ') || line.startsWith('\t')))
            lines.last() += line.mid(1);
        else
            lines << line;
    }
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

ICalCheck checkICalendar(const QByteArray &bytes)
{
    ICalCheck check;
    if (!bytes.endsWith("\r\n"))
        check.problems << u"the file does not end in CRLF"_s;
    // Physical lines: CRLF only, at most 75 octets, each valid UTF-8 on its own.
    qsizetype pos = 0;
    int number = 0;
    while (pos < bytes.size()) {
        ++number;
        qsizetype end = bytes.indexOf("\r\n", pos);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = QByteArrayView(bytes).sliced(pos, end - pos);
        if (line.contains('\n') || line.contains('\r'))
            check.problems << u"line %1 has a bare CR or LF"_s.arg(number);
        if (line.size() > 75)
            check.problems << u"line %1 has %2 octets (more than 75)"_s.arg(number).arg(line.size());
        if (!validUtf8(line))
            check.problems << u"line %1 is not valid UTF-8 on its own (folded inside a character?)"_s.arg(number);
        pos = end + 2;
    }

    QList<ICalComponent> stack;
    bool done = false;
    for (const QByteArray &raw : unfoldICalendar(bytes)) {
        ICalProperty p;
        if (!parseLine(QString::fromUtf8(raw), p)) {
            check.problems << u"not a content line: %1"_s.arg(QString::fromUtf8(raw));
            continue;
        }
        if (done) {
            check.problems << u"content after END:VCALENDAR"_s;
            break;
        }
        if (p.name == u"BEGIN") {
            if (stack.isEmpty() && p.value != u"VCALENDAR")
                check.problems << u"the file does not start with BEGIN:VCALENDAR"_s;
            stack.append(ICalComponent{p.value, {}, {}});
        } else if (p.name == u"END") {
            if (stack.isEmpty() || stack.last().name != p.value) {
                check.problems << u"END:%1 does not close %2"_s.arg(p.value, stack.isEmpty() ? u"anything"_s : stack.last().name);
                continue;
            }
            ICalComponent c = stack.takeLast();
            if (stack.isEmpty()) {
                check.calendar = c;
                done = true;
            } else {
                stack.last().children.append(c);
            }
        } else if (stack.isEmpty()) {
            check.problems << u"%1 outside any component"_s.arg(p.name);
        } else {
            stack.last().properties.append(p);
        }
    }
    if (!stack.isEmpty())
        check.problems << u"BEGIN:%1 is never closed"_s.arg(stack.last().name);
    if (!done)
        check.problems << u"no complete VCALENDAR"_s;
    checkRequired(check.calendar, check.problems);
    QSet<QString> uids;
    for (const ICalComponent &c : std::as_const(check.calendar.children)) {
        const QString uid = c.one(u"UID"_s).value;
        if (uids.contains(uid))
            check.problems << u"UID %1 appears twice"_s.arg(uid);
        uids.insert(uid);
    }
    return check;
}

} // namespace Promissa
