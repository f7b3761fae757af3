// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Promissa
{

/// One record of the Tweede Kamer's commitment register (open data entity
/// "Toezegging"), as the register states it. Statuses stay the register's
/// own words ("Openstaand", "Voldaan", "Deels voldaan", ...); the tracker
/// maps them through its status table.
struct OfficialCommitment {
    QString id; ///< the register's GUID
    QString nummer; ///< "TZ202503-045"
    QString tekst;
    QString naam; ///< the member of government who made the commitment
    QString functie; ///< "minister van Buitenlandse Zaken"
    QString ministerie;
    QString status;
    QString toegezegdAan; ///< to whom: a party or member, when the record says
    QString activiteit; ///< the debate or meeting: its number when stated
    QString kamerbriefNakoming; ///< the letter(s) that fulfil it; several joined by "; "
    QDate datumNakoming; ///< the deadline; invalid when none
    QDate aanmaakdatum; ///< when the record was made

    friend bool operator==(const OfficialCommitment &, const OfficialCommitment &) = default;
};

/// Reads an export of the register, detected by content:
/// - JSON from the OData v4 API (an object with a "value" array, as
///   /OData/v4/2.0/Toezegging returns it), a plain array of records, or a
///   single record. Field names as the API spells them (Id, Nummer, Tekst,
///   Naam, Functie, Ministerie, Status, DatumNakoming, Aanmaakdatum,
///   KamerbriefNakoming, ToegezegdAan, ActiviteitNummer, ...), in any case.
///   Expanded navigation properties (ToegezegdAan, KamerbriefNakoming,
///   Activiteit) are read for their names and numbers.
/// - XML from the SyncFeed (an Atom feed whose entries hold <toezegging>
///   elements in the tkData namespace), or any document with <toezegging>
///   elements.
/// Records marked deleted (Verwijderd / verwijderd="true") are left out.
/// fileName is used in messages only.
Expected<QList<OfficialCommitment>> readToezeggingen(const QByteArray &data, const QString &fileName);

} // namespace Promissa
