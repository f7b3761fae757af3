// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/trackertypes.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

// These names are stored in the database and printed by the CLI: changing one
// needs a schema migration.

QString statusName(Status s)
{
    switch (s) {
    case Status::Open:
        return u"open"_s;
    case Status::PartlyDone:
        return u"partly-done"_s;
    case Status::Done:
        return u"done"_s;
    case Status::Lapsed:
        return u"lapsed"_s;
    }
    return u"open"_s;
}

std::optional<Status> statusFromName(QStringView name)
{
    for (Status s : {Status::Open, Status::PartlyDone, Status::Done, Status::Lapsed}) {
        if (name == statusName(s))
            return s;
    }
    return std::nullopt;
}

QString originName(Origin o)
{
    switch (o) {
    case Origin::Detected:
        return u"detected"_s;
    case Origin::Manual:
        return u"manual"_s;
    case Origin::Official:
        return u"official"_s;
    }
    return u"detected"_s;
}

std::optional<Origin> originFromName(QStringView name)
{
    for (Origin o : {Origin::Detected, Origin::Manual, Origin::Official}) {
        if (name == originName(o))
            return o;
    }
    return std::nullopt;
}

QString linkTypeName(LinkType t)
{
    switch (t) {
    case LinkType::Repeats:
        return u"repeats"_s;
    case LinkType::Supplements:
        return u"supplements"_s;
    case LinkType::Changes:
        return u"changes"_s;
    case LinkType::Fulfils:
        return u"fulfils"_s;
    }
    return u"repeats"_s;
}

std::optional<LinkType> linkTypeFromName(QStringView name)
{
    for (LinkType t : {LinkType::Repeats, LinkType::Supplements, LinkType::Changes, LinkType::Fulfils}) {
        if (name == linkTypeName(t))
            return t;
    }
    return std::nullopt;
}

Deadline Deadline::fromTime(const TimeExpression &t)
{
    Deadline d;
    d.text = t.text;
    // TimeExpression::date is already the representative day (a "before"
    // deadline's last day); fall back to the range's end for phrases that
    // only resolved to a range.
    d.date = t.date.isValid() ? t.date : t.end;
    d.precision = t.precision;
    d.event = t.event;
    return d;
}

bool TrackedCommitment::isOverdue(QDate today) const
{
    // Rejected rows are "not a commitment" by a person's judgement: they can
    // be listed on request but are never reported as overdue.
    if (rejected || !deadline.date.isValid() || !today.isValid())
        return false;
    return (status == Status::Open || status == Status::PartlyDone) && deadline.date < today;
}

} // namespace Promissa
