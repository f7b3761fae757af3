// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "report/toezeggingexport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The register states days as Edm.DateTimeOffset at midnight Dutch time
// ("2025-06-30T00:00:00+02:00").
QJsonValue dayValue(QDate d)
{
    if (!d.isValid())
        return QJsonValue(QJsonValue::Null);
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime midnight(d, QTime(0, 0), amsterdam.isValid() ? amsterdam : QTimeZone(QTimeZone::UTC));
    return midnight.toString(Qt::ISODate);
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

bool isActivityNumber(const QString &s)
{
    static const QRegularExpression shape(u"^\\d{4}A\\d{5}$"_s);
    return shape.match(s).hasMatch();
}

QJsonObject reference(const QString &id, const ToezeggingSource &source)
{
    return {{u"Id"_s, id}, {u"Nummer"_s, text(source.numbers.value(id))}};
}

QJsonObject letterDocument(const TrackedLetter &l)
{
    return {
        {u"DocumentNummer"_s, text(l.documentNumber)},
        {u"Titel"_s, text(l.subject)},
        {u"Onderwerp"_s, text(l.subject)},
        {u"Datum"_s, dayValue(l.date)},
        {u"Soort"_s, u"Brief regering"_s},
    };
}

} // namespace

QString registerStatusWord(Status status)
{
    switch (status) {
    case Status::Open:
        return u"Openstaand"_s;
    case Status::PartlyDone:
        return u"Deels voldaan"_s;
    case Status::Done:
        return u"Voldaan"_s;
    case Status::Lapsed:
        return u"Vervallen"_s;
    }
    return u"Openstaand"_s;
}

QJsonObject commitmentToToezegging(const TrackedCommitment &c, const ToezeggingSource &source)
{
    const TrackedLetter letter = source.letters.value(c.letterId);

    QJsonArray activiteit;
    if (isActivityNumber(c.activiteit))
        activiteit.append(QJsonObject{{u"Nummer"_s, c.activiteit}});
    else if (!c.activiteit.isEmpty())
        activiteit.append(QJsonObject{{u"Onderwerp"_s, c.activiteit}});

    QJsonArray toegezegdAan;
    if (!c.toegezegdAan.isEmpty())
        toegezegdAan.append(QJsonObject{{u"Naam"_s, c.toegezegdAan}});

    // The fulfilling letter: the commitment's own field, or a confirmed
    // "fulfils" link when the field was not (yet) set.
    QJsonArray nakoming;
    QList<qint64> fulfilling;
    if (c.fulfilledByLetter != 0)
        fulfilling.append(c.fulfilledByLetter);
    QJsonArray herhalingVan, aanvullingOp, wijzigingVan, herhaaldDoor, aangevuldVanuit, gewijzigdDoor;
    for (const CommitmentLink &l : source.links.value(c.id)) {
        if (l.type == LinkType::Fulfils) {
            if (l.toCommitment == c.id && l.fromLetter != 0 && !fulfilling.contains(l.fromLetter))
                fulfilling.append(l.fromLetter);
            continue;
        }
        const bool outgoing = l.fromCommitment == c.id;
        const QString other = outgoing ? l.toCommitment : l.fromCommitment;
        if (other.isEmpty() || (!outgoing && l.toCommitment != c.id))
            continue;
        switch (l.type) {
        case LinkType::Repeats:
            (outgoing ? herhalingVan : herhaaldDoor).append(reference(other, source));
            break;
        case LinkType::Supplements:
            (outgoing ? aanvullingOp : aangevuldVanuit).append(reference(other, source));
            break;
        case LinkType::Changes:
            (outgoing ? wijzigingVan : gewijzigdDoor).append(reference(other, source));
            break;
        case LinkType::Fulfils:
            break;
        }
    }
    for (qint64 id : std::as_const(fulfilling)) {
        const auto it = source.letters.constFind(id);
        if (it != source.letters.constEnd())
            nakoming.append(letterDocument(*it));
    }

    return {
        {u"Id"_s, c.id},
        {u"Nummer"_s, c.number},
        {u"Tekst"_s, c.text},
        {u"Naam"_s, text(c.actorName)},
        {u"Functie"_s, text(c.actorFunction)},
        {u"Ministerie"_s, text(c.ministry)},
        {u"Status"_s, registerStatusWord(c.status)},
        {u"DatumNakoming"_s, dayValue(c.deadline.date)},
        {u"Aanmaakdatum"_s, dayValue(letter.date)},
        {u"GewijzigdOp"_s, timeValue(c.changedAt)},
        {u"ActiviteitNummer"_s, isActivityNumber(c.activiteit) ? QJsonValue(c.activiteit) : QJsonValue(QJsonValue::Null)},
        {u"Verwijderd"_s, false},
        {u"Activiteit"_s, activiteit},
        {u"KamerbriefNakoming"_s, nakoming},
        {u"ToegezegdAan"_s, toegezegdAan},
        {u"IsHerhalingVan"_s, herhalingVan},
        {u"IsAanvullingOp"_s, aanvullingOp},
        {u"IsWijzigingVan"_s, wijzigingVan},
        {u"IsHerhaaldDoor"_s, herhaaldDoor},
        {u"IsAangevuldVanuit"_s, aangevuldVanuit},
        {u"IsGewijzigdDoor"_s, gewijzigdDoor},
    };
}

QJsonObject commitmentsToToezeggingen(const ToezeggingSource &source)
{
    QJsonArray records;
    for (const TrackedCommitment &c : source.commitments) {
        if (!c.rejected)
            records.append(commitmentToToezegging(c, source));
    }
    return {{u"value"_s, records}};
}

} // namespace Promissa
