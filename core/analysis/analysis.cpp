// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/analysis.h"

using namespace Qt::StringLiterals;

namespace Promissa
{

// The names below are part of the JSON contract of `promissa-cli analyze`:
// change none of them.

QString timeTypeName(TimeType t)
{
    switch (t) {
    case TimeType::Date:
        return u"date"_s;
    case TimeType::Month:
        return u"month"_s;
    case TimeType::Event:
        return u"event"_s;
    case TimeType::Period:
        return u"period"_s;
    case TimeType::Vague:
        return u"vague"_s;
    }
    return u"date"_s;
}

QString precisionName(Precision p)
{
    switch (p) {
    case Precision::Day:
        return u"day"_s;
    case Precision::Month:
        return u"month"_s;
    case Precision::Quarter:
        return u"quarter"_s;
    case Precision::Season:
        return u"season"_s;
    case Precision::Year:
        return u"year"_s;
    case Precision::Period:
        return u"period"_s;
    case Precision::Vague:
        return u"vague"_s;
    }
    return u"vague"_s;
}

QString relationName(Relation r)
{
    switch (r) {
    case Relation::Past:
        return u"past"_s;
    case Relation::Future:
        return u"future"_s;
    case Relation::SameDay:
        return u"same-day"_s;
    }
    return u"future"_s;
}

QString boundName(Bound b)
{
    switch (b) {
    case Bound::At:
        return u"at"_s;
    case Bound::Before:
        return u"before"_s;
    case Bound::After:
        return u"after"_s;
    case Bound::Within:
        return u"within"_s;
    }
    return u"at"_s;
}

QString commitmentKindName(CommitmentKind k)
{
    switch (k) {
    case CommitmentKind::Firm:
        return u"firm"_s;
    case CommitmentKind::Ongoing:
        return u"ongoing"_s;
    case CommitmentKind::Effort:
        return u"effort"_s;
    case CommitmentKind::Intent:
        return u"intent"_s;
    case CommitmentKind::Conditional:
        return u"conditional"_s;
    }
    return u"firm"_s;
}

QString referenceKindName(ReferenceKind k)
{
    switch (k) {
    case ReferenceKind::Kamerstuk:
        return u"kamerstuk"_s;
    case ReferenceKind::DocumentNumber:
        return u"document-number"_s;
    case ReferenceKind::Motion:
        return u"motion"_s;
    case ReferenceKind::Letter:
        return u"letter"_s;
    case ReferenceKind::NamedDocument:
        return u"named-document"_s;
    }
    return u"kamerstuk"_s;
}

QString followUpTypeName(FollowUpType t)
{
    switch (t) {
    case FollowUpType::Letter:
        return u"letter"_s;
    case FollowUpType::Reaction:
        return u"reaction"_s;
    case FollowUpType::Decision:
        return u"decision"_s;
    case FollowUpType::Information:
        return u"information"_s;
    case FollowUpType::Consultation:
        return u"consultation"_s;
    case FollowUpType::Publication:
        return u"publication"_s;
    case FollowUpType::Proposal:
        return u"proposal"_s;
    case FollowUpType::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

} // namespace Promissa
