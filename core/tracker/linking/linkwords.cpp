// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "tracker/linking/linkwords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Promissa::LinkWords
{

namespace
{

constexpr auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// What was said before: "zoals (eerder) toegezegd", "zoals in de brief van
// 4 maart aangegeven", "zoals aangekondigd in mijn brief van 4 maart 2025",
// "het eerder toegezegde onderzoek" (but not "later dan eerder gemeld"),
// "conform mijn toezegging", "blijft", "nogmaals". At most eight words stand
// between "zoals" and the verb, so a sentence is scanned in linear time.
const QRegularExpression &repeatPattern()
{
    static const QString said = u"(?:toegezegd|aangekondigd|gemeld|aangegeven|vermeld|gezegd|beloofd|afgesproken|uiteengezet|bericht)"_s;
    static const QString inLetter = uR"((?:\s+in\s+(?:mijn|onze|de)\s+(?:eerdere\s+)?brief(?:\s+van\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?)?)?)"_s;
    static const QRegularExpression re(u"\\b(?:zoals(?:\\s+[\\p{L}\\d.]+){0,8}?\\s+"_s + said + inLetter //
            + u"|(?<!\\bdan\\s)eerder\\s+"_s + said + u"e?"_s //
            + uR"(|conform\s+(?:de|mijn|onze)\s+(?:eerdere\s+)?toezegging)"_s //
            + uR"(|nogmaals|opnieuw|nog\s+steeds|nog\s+altijd|herhaa?l(?:t|en)?|bevestig(?:t|en)?|blijft?|blijven)\b)"_s,
        options);
    return re;
}

const QRegularExpression &changePattern()
{
    static const QRegularExpression re(uR"(\b(?:(?:later|eerder|anders)\s+dan\s+(?:eerder\s+|oorspronkelijk\s+)?)"
                                       uR"((?:gemeld|aangekondigd|toegezegd|gepland|voorzien|verwacht|aangegeven|beoogd)|in\s+plaats\s+van)"
                                       uR"(|uitgesteld|uitstel|verschoven|verschuift|verschuiven|vertraagd|vertraging|niet\s+langer|niet\s+meer)"
                                       uR"(|afgezien|zie[nt]?\s+af\s+van|gewijzigd|wijzigt|wijzigen|bijgesteld|herzien)\b)"_s,
        options);
    return re;
}

const QRegularExpression &explicitSupplementPattern()
{
    static const QRegularExpression re(uR"(\b((?:in|als)\s+aanvulling\s+op|aanvullend\s+op|bovenop)((?:\s+[\p{L}\d'’-]+){0,6}))"_s, options);
    return re;
}

const QRegularExpression &supplementPattern()
{
    static const QRegularExpression re(uR"(\b(?:aanvullende?|daarnaast|bovendien|tevens|eveneens|voorts|ook|extra)\b)"_s, options);
    return re;
}

// The phrases by which a letter says that it delivers what was promised.
const QRegularExpression &fulfilmentPattern()
{
    static const QRegularExpression re(
        uR"(\b(?:(?:hier(?:mee|bij)|met\s+(?:deze|onderhavige)\s+brief|in\s+deze\s+brief)\s+(?:informeer|informeren|bericht|berichten)\s+(?:ik|wij|we))"
        uR"(|(?:ik|wij|we)\s+informe(?:er|ren)\s+(?:uw\s+kamer\s+)?(?:hier(?:mee|bij)|met\s+deze\s+brief))"
        uR"(|(?:(?:hier(?:mee|bij)|met\s+(?:deze|onderhavige)\s+brief)\s+)?(?:kom|komen)\s+(?:ik|wij|we)\s+(?:hier(?:mee|bij)\s+|daarmee\s+|graag\s+)?tegemoet\s+aan)"
        uR"(|(?:(?:hier(?:mee|bij)|met\s+(?:deze|onderhavige)\s+brief)\s+)?(?:kom|komen)\s+(?:ik|wij|we)\s+(?:hier(?:mee|bij)\s+)?(?:de|mijn|onze)\s+toezegging\s+na)"
        uR"(|(?:(?:hier(?:mee|bij)|met\s+(?:deze|onderhavige)\s+brief)\s+)?(?:geef|geven)\s+(?:ik|wij|we)\s+(?:(?:hier(?:mee|bij)|daarmee|ook|graag)\s+)*(?:invulling|uitvoering|gevolg)\s+aan)"
        uR"(|(?:doe|doen)\s+(?:ik|wij|we)\s+(?:hiermee\s+)?(?:de|mijn|onze)\s+toezegging\s+gestand)"
        uR"(|treft\s+u\s+(?:hierbij|bijgaand))"
        uR"(|(?:hierbij|hiermee|bijgaand)\s+(?:ontvangt\s+u|stuur\s+ik|sturen\s+(?:wij|we)|bied\s+ik|bieden\s+(?:wij|we)))"
        uR"(|ter\s+uitvoering\s+van\s+(?:de|mijn|onze)\s+toezegging)"
        uR"(|(?:beschouw|beschouwen)\s+(?:ik|wij|we)\s+(?:de|deze)\s+toezegging\s+(?:hiermee\s+)?als\s+afgedaan)"
        uR"(|toezegging\s+(?:is\s+)?(?:hiermee|daarmee)\s+(?:is\s+)?(?:afgedaan|nagekomen|ingelost))\b)"_s,
        options);
    return re;
}

QString firstMatch(const QRegularExpression &re, QStringView sentence)
{
    const auto m = re.matchView(sentence);
    return m.hasMatch() ? m.captured(0).simplified() : QString();
}

const QRegularExpression &ministryPrefix()
{
    static const QRegularExpression re(uR"(^(?:(?:de|het)\s+)?(?:ministerie|minister|staatssecretaris|bewindspersoon)(?:\s+(?:van|voor))?\s+)"_s, options);
    return re;
}

QString foldKey(QStringView text)
{
    const QString decomposed = text.toString().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        out += c.isSpace() ? u' ' : c;
    }
    return out.simplified();
}

} // namespace

QString repeatMarker(QStringView sentence)
{
    return firstMatch(repeatPattern(), sentence);
}

QString changeMarker(QStringView sentence)
{
    return firstMatch(changePattern(), sentence);
}

PointingMarker explicitSupplementMarker(QStringView sentence)
{
    const auto m = explicitSupplementPattern().matchView(sentence);
    if (!m.hasMatch())
        return {};
    return { m.captured(1).simplified(), m.captured(2).simplified() };
}

QString supplementMarker(QStringView sentence)
{
    return firstMatch(supplementPattern(), sentence);
}

QString fulfilmentMarker(QStringView sentence)
{
    return firstMatch(fulfilmentPattern(), sentence);
}

bool isNegative(QStringView phrase)
{
    static const QRegularExpression re(uR"(\b(?:niet|geen|nooit)\b)"_s, options);
    // Most phrases hold none of the words: skip the expression for them.
    const bool maybe =
        phrase.contains(u"niet", Qt::CaseInsensitive) || phrase.contains(u"geen", Qt::CaseInsensitive) || phrase.contains(u"nooit", Qt::CaseInsensitive);
    return maybe && re.matchView(phrase).hasMatch();
}

Ministry ministryOf(QStringView text)
{
    QString name = text.toString().simplified();
    // "De minister van Defensie," as a signature line ends with a comma.
    while (name.endsWith(u',') || name.endsWith(u'.'))
        name.chop(1);
    const auto m = ministryPrefix().match(name);
    if (m.hasMatch())
        name = name.mid(m.capturedEnd(0));
    return { foldKey(name), name };
}

QList<Ministry> ministriesOf(const QString &ministry, const QList<Signatory> &signatories)
{
    QList<Ministry> out;
    auto add = [&out](const Ministry &m) {
        if (m.key.isEmpty())
            return;
        for (const Ministry &o : out) {
            if (o.key == m.key)
                return;
        }
        out.append(m);
    };
    if (!ministry.isEmpty())
        add(ministryOf(ministry));
    for (const Signatory &s : signatories) {
        // Only a function that names a ministry: "De minister-president" names none.
        if (ministryPrefix().match(s.function.simplified()).hasMatch())
            add(ministryOf(s.function));
    }
    return out;
}

QString actorRole(QStringView actor)
{
    static const QRegularExpression article(uR"(^(?:de|het|dit|deze)\s+)"_s, options);
    QString role = foldKey(actor);
    const auto m = article.match(role);
    if (m.hasMatch())
        role = role.mid(m.capturedEnd(0));
    // The collective voice of the government: one role, however it is written.
    if (role == u"kabinet" || role == u"regering" || role == u"we" || role == u"wij" || role == u"ons" || role == u"nederland" ||
        role == u"kabinet en parlement")
        return u"kabinet"_s;
    return role;
}

} // namespace Promissa::LinkWords
