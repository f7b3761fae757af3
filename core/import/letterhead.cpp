// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/letterhead.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr auto ci = QRegularExpression::CaseInsensitiveOption;

QString captured(const QRegularExpressionMatch &m, int n)
{
    return m.captured(n).trimmed();
}

} // namespace

Letterhead::Line Letterhead::classify(QStringView line)
{
    static const QRegularExpression date(u"^(Datum)(?![\\p{L}\\d])[:\\s]*(.*)$"_s, ci);
    static const QRegularExpression subject(u"^(Betreft|Onderwerp)(?![\\p{L}\\d])[:\\s]*(.*)$"_s, ci);
    static const QRegularExpression reference(
        u"^(Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Uw brief(?:\\s*\\(kenmerk\\))?|Kenmerk)(?![\\p{L}\\d])[:\\s]*(.*)$"_s, ci);
    static const QRegularExpression ministry(u"^(Ministerie van)\\s+(.+)$"_s, ci);
    // Address, contact and routing lines of the right-hand column. Anchored
    // on the whole line so that body text starting with such a word is not
    // mistaken for them; callers also require the line to be short.
    static const QRegularExpression furniture(
        u"^(?:Retouradres\\b.*"
        u"|Postbus\\s*\\d*(?:\\s.*)?"
        u"|\\d{4}\\s?[A-Z]{2}(?:\\s+\\S.*)?"
        u"|www\\.\\S+|https?://\\S+|\\S+@\\S+\\.\\S+"
        u"|(?:E-?mail|Contactpersoon|Inlichtingen|Doorkiesnummer|Behandeld door|Telefoon|Fax)\\b.*"
        u"|[TFM]\\s*\\+?[\\d\\s()-]{8,}"
        u"|Bijlage(?:\\(n\\)|n)?(?:\\s*:?\\s*\\d+)?"
        u"|(?:Directie|Directoraat-generaal|Afdeling|Dienst)\\s+.*"
        u"|Aan de [Vv]oorzitter van de Tweede Kamer.*|der Staten-Generaal|Den Haag"
        u"|Binnenhof\\s+\\d+.*|Rijnstraat\\s+\\d+|Bezuidenhoutseweg\\s+\\d+|Turfmarkt\\s+\\d+|Kalvermarkt\\s+\\d+|Korte Voorhout\\s+\\d+|Parnassusplein\\s+\\d+"
        u"|[A-Z][\\p{L}'-]*(?:straat|weg|plein|laan|kade|gracht|markt)\\s+\\d+[a-zA-Z]?"
        u")$"_s);

    // PDF letters print the return address after a '>' mark.
    while (line.startsWith(u'>'))
        line = line.mid(1).trimmed();

    // The standing request in the column ("Bij beantwoording de datum en ons
    // kenmerk vermelden. Wilt u slechts één zaak in uw brief behandelen."),
    // wrapped over short lines; its "uw brief" is no reference label.
    static const QRegularExpression columnNote(
        u"^(?:Bij beantwoording\\b.*|.*\\bkenmerk vermelden\\.?|Wilt u slechts\\b.*|(?:in\\s+)?uw brief behandelen\\.?)$"_s, ci);
    if (columnNote.matchView(line).hasMatch())
        return Line{Kind::Furniture, QString(), line.toString()};

    auto make = [](Kind kind, const QRegularExpressionMatch &m) {
        return Line{kind, captured(m, 1), captured(m, 2)};
    };
    if (const auto m = date.matchView(line); m.hasMatch())
        return make(Kind::Date, m);
    // Copies of the letter's web page: "Kamerbrief | 22-03-2024" under the
    // title, or "Publicatiedatum 22-03-2024".
    static const QRegularExpression webDate(
        u"^((?:Kamerbrief|Brief regering|Kamerstuk|Publicatiedatum|Gepubliceerd(?: op)?|Publicatie|Datum publicatie)(?:\\s*\\|)?)[:\\s]*"
        u"(\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+\\d{4})$"_s,
        ci);
    if (const auto m = webDate.matchView(line); m.hasMatch())
        return make(Kind::Date, m);
    if (const auto m = subject.matchView(line); m.hasMatch())
        return make(Kind::Subject, m);
    if (const auto m = reference.matchView(line); m.hasMatch())
        return make(Kind::Reference, m);
    if (const auto m = ministry.matchView(line); m.hasMatch())
        return make(Kind::Ministry, m);
    // A label alone on its line: its value is on the next line.
    static const QRegularExpression labelOnly(
        u"^(?:Contactpersoon|Inlichtingen|Doorkiesnummer|Behandeld door|Telefoon|Fax|E-?mail|Bijlage\\(n\\)|Bijlagen|Retouradres)$"_s, ci);
    if (labelOnly.matchView(line).hasMatch())
        return Line{Kind::Furniture, line.toString(), QString()};
    if (furniture.matchView(line).hasMatch())
        return Line{Kind::Furniture, QString(), line.toString()};
    return {};
}

QList<Letterhead::Line> Letterhead::readColumn(const QStringList &lines, const ColumnReading &reading)
{
    QList<Line> result;
    result.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line lh = classify(lines.at(i));
        const QString next = i + 1 < lines.size() ? lines.at(i + 1) : QString();
        const bool nextIsValue = !next.isEmpty() && classify(next).kind == Kind::None && !isPageNumber(next);
        const qsizetype limit = lh.kind == Kind::Subject ? reading.maxSubject : maxColumnValue;
        const bool wraps = lh.value.endsWith(u',') || lh.value.endsWith(u" en"_s) || next.startsWith(u"en "_s);
        if (lh.valueOnNextLine() && nextIsValue && next.size() <= limit) {
            lh.value = next;
            ++i;
        } else if (lh.kind == Kind::Ministry && nextIsValue && next.size() <= maxColumnValue && wraps
                   && (!reading.closeBelow || reading.closeBelow(i))) {
            lh.value += u' ' + next;
            ++i;
        }
        if (lh.value.endsWith(u','))
            lh.value.chop(1);
        result.append(std::move(lh));
    }
    return result;
}

QList<Letterhead::Line> Letterhead::readColumn(const QStringList &lines)
{
    return readColumn(lines, ColumnReading());
}

void Letterhead::record(const Line &line, LetterMetadata &metadata)
{
    switch (line.kind) {
    case Kind::Date:
        if (metadata.dateText.isEmpty() && !line.value.isEmpty()) {
            metadata.dateText = line.value;
            metadata.date = parseDutchDate(line.value);
        }
        break;
    case Kind::Subject:
        if (metadata.subject.isEmpty())
            metadata.subject = line.value;
        break;
    case Kind::Reference:
        if (!line.value.isEmpty() && !metadata.references.contains(line.value))
            metadata.references.append(line.value);
        break;
    case Kind::Ministry:
        if (metadata.ministry.isEmpty())
            metadata.ministry = line.value;
        break;
    case Kind::Furniture:
    case Kind::None:
        break;
    }
}

bool Letterhead::isPageNumber(QStringView line)
{
    static const QRegularExpression page(u"^(?:(?:Pagina|Blad|Page)\\s+\\d+(?:\\s*(?:van|of|/)\\s*\\d+)?|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,3}\\s*/\\s*\\d{1,3})$"_s, ci);
    return page.matchView(line.trimmed()).hasMatch();
}

QDate Letterhead::parseDutchDate(QStringView text)
{
    static const QStringList months = {u"januari"_s, u"februari"_s, u"maart"_s, u"april"_s, u"mei"_s, u"juni"_s,
                                       u"juli"_s, u"augustus"_s, u"september"_s, u"oktober"_s, u"november"_s, u"december"_s};
    static const QRegularExpression written(
        u"\\b(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})\\b"_s, ci);
    static const QRegularExpression numeric(u"\\b(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})\\b"_s);
    if (const auto m = written.matchView(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), int(months.indexOf(m.captured(2).toLower())) + 1, m.captured(1).toInt());
    if (const auto m = numeric.matchView(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QString Letterhead::ministryFromFunction(QStringView function)
{
    static const QRegularExpression ofMinistry(u"^(?:de\\s+)?(?:minister|staatssecretaris)\\s+(?:van|voor)\\s+(.+?),?$"_s, ci);
    static const QRegularExpression primeMinister(u"^(?:de\\s+)?minister-president\\b"_s, ci);
    if (const auto m = ofMinistry.matchView(function.trimmed()); m.hasMatch())
        return m.captured(1).trimmed();
    // The prime minister heads the Ministry of General Affairs.
    if (primeMinister.matchView(function.trimmed()).hasMatch())
        return u"Algemene Zaken"_s;
    return {};
}

} // namespace Promissa
