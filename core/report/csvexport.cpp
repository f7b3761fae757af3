// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "report/csvexport.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QByteArray field(const QString &value, char separator)
{
    QString text = value;
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        text.prepend(u'\'');
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(separator) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray commitmentsToCsv(const QList<TrackedCommitment> &commitments,
                            const QHash<qint64, TrackedLetter> &letters,
                            QDate today,
                            const CsvOptions &options)
{
    static const QStringList header{
        u"number"_s,        u"status"_s,       u"overdue"_s,     u"kind"_s,           u"actor"_s,         u"ministry"_s,
        u"deadline_text"_s, u"deadline_date"_s, u"precision"_s,  u"event"_s,          u"phrase"_s,        u"sentence"_s,
        u"owner"_s,         u"tags"_s,          u"origin"_s,     u"letter_date"_s,    u"letter_subject"_s, u"id"_s,
    };
    QByteArray out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    auto writeRow = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += options.separator;
            out += field(cells.at(i), options.separator);
        }
        out += "\r\n";
    };
    writeRow(header);
    for (const TrackedCommitment &c : commitments) {
        const TrackedLetter letter = letters.value(c.letterId);
        writeRow({
            c.number,
            statusName(c.status),
            c.isOverdue(today) ? u"yes"_s : u"no"_s,
            commitmentKindName(c.kind),
            c.actor,
            c.ministry,
            c.deadline.text,
            isoDate(c.deadline.date),
            c.deadline.isSet() ? precisionName(c.deadline.precision) : QString(),
            c.deadline.event,
            c.phrase,
            c.text,
            c.owner,
            c.tags.join(u", "_s),
            originName(c.origin),
            isoDate(letter.date),
            letter.subject,
            c.id,
        });
    }
    return out;
}

} // namespace Promissa
