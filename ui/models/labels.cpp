// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "models/labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Promissa
{

QString Labels::status(Status status)
{
    switch (status) {
    case Status::Open:
        return tr("Open");
    case Status::PartlyDone:
        return tr("Partly done");
    case Status::Done:
        return tr("Done");
    case Status::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

QString Labels::kind(CommitmentKind kind)
{
    switch (kind) {
    case CommitmentKind::Firm:
        return tr("Firm");
    case CommitmentKind::Ongoing:
        return tr("Ongoing");
    case CommitmentKind::Effort:
        return tr("Effort");
    case CommitmentKind::Intent:
        return tr("Intent");
    case CommitmentKind::Conditional:
        return tr("Conditional");
    }
    return {};
}

QString Labels::origin(Origin origin)
{
    switch (origin) {
    case Origin::Detected:
        return tr("Detected");
    case Origin::Manual:
        return tr("Marked by hand");
    case Origin::Official:
        return tr("Official register");
    }
    return {};
}

QString Labels::linkType(LinkType type, bool outgoing)
{
    switch (type) {
    case LinkType::Repeats:
        return outgoing ? tr("Repeats") : tr("Repeated by");
    case LinkType::Supplements:
        return outgoing ? tr("Supplements") : tr("Supplemented by");
    case LinkType::Changes:
        return outgoing ? tr("Changes") : tr("Changed by");
    case LinkType::Fulfils:
        return outgoing ? tr("Fulfils") : tr("Fulfilled by");
    }
    return {};
}

QString Labels::historyField(const QString &field)
{
    // The field names are the tracker's stored vocabulary (HistoryEntry::field).
    if (field == u"status")
        return tr("Status");
    if (field == u"deadline")
        return tr("Deadline");
    if (field == u"owner")
        return tr("Owner");
    if (field == u"tags")
        return tr("Tags");
    if (field == u"span")
        return tr("Text span");
    if (field == u"kind")
        return tr("Kind");
    if (field == u"actor")
        return tr("Actor");
    if (field == u"rejected")
        return tr("Rejected");
    if (field == u"link")
        return tr("Link");
    if (field == u"created")
        return tr("Created");
    if (field == u"merged")
        return tr("Merged");
    return field;
}

QString Labels::historyValue(const QString &field, const QString &value)
{
    if (field == u"status") {
        if (const auto s = statusFromName(value))
            return status(*s);
    }
    if (field == u"kind") {
        for (CommitmentKind k : kinds()) {
            if (value == commitmentKindName(k))
                return kind(k);
        }
    }
    return value;
}

QString Labels::deadline(const Deadline &deadline)
{
    if (deadline.date.isValid())
        return QLocale().toString(deadline.date, QLocale::ShortFormat);
    return deadline.text;
}

const QList<Status> &Labels::statuses()
{
    static const QList<Status> all{Status::Open, Status::PartlyDone, Status::Done, Status::Lapsed};
    return all;
}

const QList<CommitmentKind> &Labels::kinds()
{
    static const QList<CommitmentKind> all{CommitmentKind::Firm,
                                           CommitmentKind::Ongoing,
                                           CommitmentKind::Effort,
                                           CommitmentKind::Intent,
                                           CommitmentKind::Conditional};
    return all;
}

QColor Labels::overdueColor()
{
    return QColor(0xda, 0x44, 0x53);
}

} // namespace Promissa
