// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "report/icalendar.h"

#include "report/toezeggingexport.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QByteArray utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray dateValue(QDate d)
{
    return d.toString(u"yyyyMMdd"_s).toLatin1();
}

QString englishStatus(Status s)
{
    switch (s) {
    case Status::Open:
        return u"Open"_s;
    case Status::PartlyDone:
        return u"Partly done"_s;
    case Status::Done:
        return u"Done"_s;
    case Status::Lapsed:
        return u"Lapsed"_s;
    }
    return u"Open"_s;
}

// One property line: NAME[;params]:value, folded.
void property(QByteArray &out, const char *nameAndParams, const QByteArray &value)
{
    out += foldICalendarLine(QByteArray(nameAndParams) + ':' + value);
}

void textProperty(QByteArray &out, const char *name, const QString &value)
{
    property(out, name, escapeICalendarText(value).toUtf8());
}

QString description(const TrackedCommitment &c, const TrackedLetter &letter, bool english)
{
    QStringList lines;
    lines << c.text << QString();
    lines << u"Status: "_s + (english ? englishStatus(c.status) : registerStatusWord(c.status));
    const QString date = c.deadline.date.toString(Qt::ISODate);
    lines << u"Deadline: "_s + (c.deadline.text.isEmpty() ? date : c.deadline.text + u" ("_s + date + u')');
    if (!c.deadline.event.isEmpty())
        lines << (english ? u"Event: "_s : u"Gebeurtenis: "_s) + c.deadline.event;
    if (!c.owner.isEmpty())
        lines << (english ? u"Owner: "_s : u"Eigenaar: "_s) + c.owner;
    if (letter.id != 0) {
        QString l = (english ? u"Letter: "_s : u"Brief: "_s);
        if (letter.date.isValid())
            l += letter.date.toString(Qt::ISODate) + u' ';
        l += letter.subject.isEmpty() ? letter.fileName : letter.subject;
        if (!letter.documentNumber.isEmpty())
            l += u" ("_s + letter.documentNumber + u')';
        lines << l;
        const QString publicUrl = kamerstukUrl(letter.kamerstuk);
        if (!publicUrl.isEmpty())
            lines << u"Kamerstuk "_s + letter.kamerstuk + u": "_s + publicUrl;
    }
    lines << commitmentUrl(c.id);
    return lines.join(u'\n');
}

} // namespace

QString commitmentUrl(const QString &commitmentId)
{
    return u"promissa:commitment/"_s + commitmentId;
}

QString letterUrl(const TrackedLetter &letter)
{
    return u"promissa:letter/"_s + letter.hash;
}

QString kamerstukUrl(const QString &kamerstuk)
{
    // dossier number, optional co-number ("36600-V"), then the ondernummer.
    static const QRegularExpression shape(u"^\\d{5}(?:-[0-9A-Z]{1,6})?-\\d{1,4}$"_s);
    if (!shape.match(kamerstuk).hasMatch())
        return {};
    return u"https://zoek.officielebekendmakingen.nl/kst-"_s + kamerstuk + u".html"_s;
}

QString escapeICalendarText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        switch (ch.unicode()) {
        case u'\\':
        case u';':
        case u',':
            out += u'\\';
            out += ch;
            break;
        case u'\r':
            // CRLF is one line break; a lone CR is one too.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
            break;
        case u'\n':
        case QChar::LineSeparator:
        case QChar::ParagraphSeparator:
            out += u"\\n"_s;
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (ch.unicode() < 0x20 && ch != u'\t')
                out += u' ';
            else
                out += ch;
        }
    }
    return out;
}

QByteArray foldICalendarLine(const QByteArray &line)
{
    constexpr qsizetype limit = 75; // octets per physical line, CRLF not counted
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line spends one octet on its leading space.
        const qsizetype room = first ? limit : limit - 1;
        if (line.size() - pos <= room) {
            if (!first)
                out += ' ';
            out += QByteArrayView(line).sliced(pos);
            out += "\r\n";
            return out;
        }
        qsizetype cut = pos + room;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (!first)
            out += ' ';
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

QByteArray commitmentsToICalendar(const QList<TrackedCommitment> &commitments,
                                  const QHash<qint64, TrackedLetter> &letters,
                                  const ICalendarOptions &options)
{
    const QByteArray stamp = utcStamp(options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc());
    QByteArray out;
    property(out, "BEGIN", "VCALENDAR");
    property(out, "VERSION", "2.0");
    property(out, "PRODID", "-//The Promissa developers//Promissa//NL");
    property(out, "CALSCALE", "GREGORIAN");
    property(out, "METHOD", "PUBLISH");
    if (!options.calendarName.isEmpty())
        textProperty(out, "X-WR-CALNAME", options.calendarName);
    for (const TrackedCommitment &c : commitments) {
        if (c.rejected || !c.deadline.date.isValid())
            continue;
        const TrackedLetter letter = letters.value(c.letterId);
        property(out, "BEGIN", "VEVENT");
        property(out, "UID", (c.id + u"@promissa"_s).toUtf8());
        property(out, "DTSTAMP", stamp);
        property(out, "DTSTART;VALUE=DATE", dateValue(c.deadline.date));
        // DTEND is exclusive: an all-day event on one day ends the next day.
        property(out, "DTEND;VALUE=DATE", dateValue(c.deadline.date.addDays(1)));
        textProperty(out, "SUMMARY", c.number + u": "_s + c.phrase);
        textProperty(out, "DESCRIPTION", description(c, letter, options.english));
        property(out, "URL", commitmentUrl(c.id).toUtf8());
        if (letter.id != 0 && !letter.hash.isEmpty())
            property(out, "X-PROMISSA-LETTER", letterUrl(letter).toUtf8());
        property(out, "CATEGORIES", "Promissa");
        property(out, "STATUS", c.status == Status::Lapsed ? "CANCELLED" : "CONFIRMED");
        property(out, "TRANSP", "TRANSPARENT");
        property(out, "SEQUENCE", QByteArray::number(std::max(0, c.revision - 1)));
        if (c.changedAt.isValid())
            property(out, "LAST-MODIFIED", utcStamp(c.changedAt));
        property(out, "END", "VEVENT");
    }
    property(out, "END", "VCALENDAR");
    return out;
}

} // namespace Promissa
