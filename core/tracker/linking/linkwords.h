// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "text/letter.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// What the words of a sentence say about its relation to earlier letters:
// the markers of a repeat, a change, a supplement and a fulfilment, and who
// speaks (ministry, actor role). Each pattern is compiled once.
namespace Promissa::LinkWords
{

/// The marker phrase as written in the sentence, or empty when there is none.
/// "zoals eerder toegezegd", "blijft", "nogmaals", "zoals aangekondigd in mijn brief van ..."
QString repeatMarker(QStringView sentence);
/// "later dan eerder gemeld", "in plaats van", "uitgesteld", "niet langer"
QString changeMarker(QStringView sentence);
/// A marker that names what it is about.
struct PointingMarker {
    QString text; ///< "In aanvulling op"; empty when there is none
    QString object; ///< the words after it, up to six and not past punctuation: "de eerder aangekondigde sancties"
};
/// "in aanvulling op", "aanvullend op", "bovenop": says outright what it adds
/// to, and outweighs a repeat marker in the same sentence ("in aanvulling op
/// de eerder aangekondigde sancties").
PointingMarker explicitSupplementMarker(QStringView sentence);
/// "aanvullend", "daarnaast", "bovendien", "ook", "extra"
QString supplementMarker(QStringView sentence);
/// "Hiermee informeer ik uw Kamer over", "Met deze brief kom ik tegemoet aan",
/// "geef ik invulling aan", "treft u hierbij aan"
QString fulfilmentMarker(QStringView sentence);

/// Does the phrase say no: "niet", "geen", "nooit"?
bool isNegative(QStringView phrase);

/// A ministry as a comparable key and as shown: "Ministerie van Buitenlandse
/// Zaken", "De minister van Buitenlandse Zaken" -> "Buitenlandse Zaken".
struct Ministry {
    QString key; ///< folded
    QString name; ///< as written, without "ministerie van" / "de minister van"
};
Ministry ministryOf(QStringView text);
/// The ministries of a letter: its letterhead and the functions of its signatories.
QList<Ministry> ministriesOf(const QString &ministry, const QList<Signatory> &signatories);

/// Who commits, as a role: "het kabinet", "de regering", "we", "Nederland"
/// -> "kabinet"; "ik" -> "ik"; "de minister van Defensie" -> "minister van defensie".
QString actorRole(QStringView actor);

} // namespace Promissa::LinkWords
