// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QHash>
#include <QJsonObject>

namespace Promissa
{

// Tracker data in the shape of the Tweede Kamer's open-data register: the
// entity `Toezegging` as its OData v4 API returns it (an object with a
// "value" array of records), so that a tracker can be set beside the official
// register, and so that core/import/xml/toezeggingreader reads it back.
//
// Fields, named as the register names them:
//   Id                  our UUID (the register's own Id is a GUID too)
//   Nummer              our number ("PR-2025-0001"; the register's are "TZ...")
//   Tekst               the sentence the commitment stands in
//   Naam, Functie, Ministerie   the member of government, when known
//   Status              the register's words: Openstaand, Deels voldaan,
//                       Voldaan, Vervallen
//   DatumNakoming       the deadline's day as Edm.DateTimeOffset at midnight
//                       in Europe/Amsterdam; null when the deadline has no day
//   Aanmaakdatum        the date of the letter the commitment was made in
//   GewijzigdOp         when the commitment last changed (UTC); null if never
//   ActiviteitNummer    the activity's number when `activiteit` is one
//                       ("2025A01234"), else null
//   Verwijderd          false (rejected commitments are not exported)
// and the navigation properties, expanded as with $expand:
//   Activiteit          [{Nummer}] or [{Onderwerp}] from `activiteit`
//   KamerbriefNakoming  [{DocumentNummer, Titel, Onderwerp, Datum, Soort}] of the
//                       letter that fulfilled it
//   ToegezegdAan        [{Naam}] from `toegezegdAan` (the register links a
//                       Persoon or Fractie; we only know the name as written)
//   IsHerhalingVan, IsAanvullingOp, IsWijzigingVan        [{Id, Nummer}]
//   IsHerhaaldDoor, IsAangevuldVanuit, IsGewijzigdDoor    [{Id, Nummer}]

/// The register's word for a status ("Openstaand", "Deels voldaan",
/// "Voldaan", "Vervallen").
QString registerStatusWord(Status status);

/// Everything the records are made from.
struct ToezeggingSource {
    QList<TrackedCommitment> commitments;
    QHash<qint64, TrackedLetter> letters; ///< the letters they stand in, and fulfilling letters
    QHash<QString, QList<CommitmentLink>> links; ///< by commitment id, both directions
    QHash<QString, QString> numbers; ///< commitment id -> number, for link ends outside `commitments`
};

/// One record.
QJsonObject commitmentToToezegging(const TrackedCommitment &c, const ToezeggingSource &source);

/// {"value": [records]}, in the order of `source.commitments`, leaving out
/// rejected ones.
QJsonObject commitmentsToToezeggingen(const ToezeggingSource &source);

} // namespace Promissa
