// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "reporttext.h"

#include "report/toezeggingexport.h"

#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

using Pair = std::pair<const char16_t *, const char16_t *>; // Dutch, English

// A switch, not an array, so that a Word without text does not compile (-Wswitch).
Pair words(Word w)
{
    switch (w) {
    case Word::DefaultTitle:
        return {u"Toezeggingen", u"Commitments"};
    case Word::Subtitle:
        return {u"Rapport van toezeggingen aan de Kamer", u"Report of commitments to parliament"};
    case Word::Filters:
        return {u"Selectie", u"Selection"};
    case Word::NoFilters:
        return {u"Alle toezeggingen", u"All commitments"};
    case Word::Database:
        return {u"Database", u"Database"};
    case Word::Generated:
        return {u"Gemaakt op", u"Generated"};
    case Word::Author:
        return {u"Auteur", u"Author"};
    case Word::ReferenceDay:
        return {u"Peildatum", u"Reference date"};
    case Word::CommitmentCount:
        return {u"Aantal toezeggingen", u"Number of commitments"};
    case Word::Summary:
        return {u"Samenvatting", u"Summary"};
    case Word::TotalCommitments:
        return {u"toezeggingen", u"commitments"};
    case Word::Overdue:
        return {u"over tijd", u"overdue"};
    case Word::Due30:
        return {u"deadline binnen 30 dagen", u"due within 30 days"};
    case Word::Due90:
        return {u"deadline binnen 90 dagen", u"due within 90 days"};
    case Word::OverdueExplained:
        return {u"Over tijd: openstaand of deels voldaan, met een deadline vóór de peildatum (%1). "
                u"Binnen 30 of 90 dagen: openstaand of deels voldaan, met een deadline vanaf de peildatum.",
                u"Overdue: open or partly done, with a deadline before the reference date (%1). "
                u"Due within 30 or 90 days: open or partly done, with a deadline on or after the reference date."};
    case Word::ByStatus:
        return {u"Per status", u"By status"};
    case Word::ByKind:
        return {u"Per soort", u"By kind"};
    case Word::ByMinistry:
        return {u"Per ministerie", u"By ministry"};
    case Word::Count:
        return {u"Aantal", u"Count"};
    case Word::NoMinistry:
        return {u"Ministerie niet vastgesteld", u"Ministry not determined"};
    case Word::DeadlinesPerMonth:
        return {u"Deadlines per maand", u"Deadlines per month"};
    case Word::DeadlinesPerQuarter:
        return {u"Deadlines per kwartaal", u"Deadlines per quarter"};
    case Word::DeadlinesPerYear:
        return {u"Deadlines per jaar", u"Deadlines per year"};
    case Word::NoDatedDeadlines:
        return {u"Geen van deze toezeggingen heeft een deadline met een datum.", u"None of these commitments has a dated deadline."};
    case Word::Commitments:
        return {u"Toezeggingen", u"Commitments"};
    case Word::ColumnNumber:
        return {u"Nr.", u"No."};
    case Word::ColumnCommitment:
        return {u"Toezegging", u"Commitment"};
    case Word::ColumnDeadline:
        return {u"Deadline", u"Deadline"};
    case Word::ColumnStatus:
        return {u"Status", u"Status"};
    case Word::NoDeadline:
        return {u"geen deadline", u"no deadline"};
    case Word::NoDate:
        return {u"zonder datum", u"no date"};
    case Word::OverdueMark:
        return {u"over tijd", u"overdue"};
    case Word::Actor:
        return {u"Actor", u"Actor"};
    case Word::Kind:
        return {u"Soort", u"Kind"};
    case Word::Owner:
        return {u"Eigenaar", u"Owner"};
    case Word::Ministry:
        return {u"Ministerie", u"Ministry"};
    case Word::Condition:
        return {u"Voorwaarde", u"Condition"};
    case Word::Letter:
        return {u"Brief", u"Letter"};
    case Word::Event:
        return {u"Gebeurtenis", u"Event"};
    case Word::Since:
        return {u"sinds %1", u"since %1"};
    case Word::WithoutDeadline:
        return {u"Zonder datum", u"Without a date"};
    case Word::Continued:
        return {u"vervolg", u"continued"};
    case Word::Appendix:
        return {u"Bijlage: geannoteerde fragmenten", u"Appendix: annotated excerpts"};
    case Word::AppendixIntro:
        return {u"Elke alinea waarin een toezegging uit dit rapport staat, gekleurd zoals Promissa Kamerbrieven markeert. "
                u"De toezegging zelf is geel gemarkeerd; de nummers boven een alinea noemen de toezeggingen erin.",
                u"Every paragraph that holds a commitment of this report, coloured as Promissa highlights letters. "
                u"The commitment itself is marked in yellow; the numbers above a paragraph name the commitments in it."};
    case Word::Legend:
        return {u"Legenda", u"Legend"};
    case Word::MarkedCommitment:
        return {u"Toezegging", u"Commitment"};
    case Word::Page:
        return {u"Pagina %1 van %2", u"Page %1 of %2"};
    case Word::FilterStatus:
        return {u"Status", u"Status"};
    case Word::FilterKind:
        return {u"Soort", u"Kind"};
    case Word::FilterMinistry:
        return {u"Ministerie", u"Ministry"};
    case Word::FilterDueFrom:
        return {u"Deadline vanaf", u"Deadline from"};
    case Word::FilterDueBefore:
        return {u"Deadline vóór", u"Deadline before"};
    case Word::FilterOverdue:
        return {u"Alleen toezeggingen over tijd", u"Only overdue commitments"};
    case Word::FilterLetter:
        return {u"Brief", u"Letter"};
    case Word::FilterSearch:
        return {u"Zoekterm", u"Search"};
    case Word::FilterRejected:
        return {u"Met afgewezen toezeggingen", u"Including rejected commitments"};
    case Word::FilterLimit:
        return {u"Hoogstens", u"At most"};
    case Word::Repeats:
        return {u"Herhaalt %1", u"Repeats %1"};
    case Word::RepeatedBy:
        return {u"Herhaald in %1", u"Repeated in %1"};
    case Word::Supplements:
        return {u"Vult %1 aan", u"Supplements %1"};
    case Word::SupplementedBy:
        return {u"Aangevuld door %1", u"Supplemented by %1"};
    case Word::Changes:
        return {u"Wijzigt %1", u"Changes %1"};
    case Word::ChangedBy:
        return {u"Gewijzigd door %1", u"Changed by %1"};
    case Word::FulfilledBy:
        return {u"Nagekomen met brief van %1", u"Fulfilled by the letter of %1"};
    case Word::Date:
        return {u"Datum", u"Date"};
    case Word::Reference:
        return {u"Verwijzing", u"Reference"};
    case Word::Amount:
        return {u"Bedrag", u"Amount"};
    case Word::VagueTime:
        return {u"Vage termijn", u"Vague time"};
    case Word::CommitmentMarker:
        return {u"Toezeggingswoorden", u"Commitment words"};
    }
    return {u"", u""};
}

QLocale locale(ReportLanguage language)
{
    return language == ReportLanguage::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands) : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

std::optional<ReportLanguage> reportLanguageFromName(QStringView name)
{
    if (name == u"nl")
        return ReportLanguage::Dutch;
    if (name == u"en")
        return ReportLanguage::English;
    return std::nullopt;
}

std::optional<GroupBy> groupByFromName(QStringView name)
{
    if (name == u"month")
        return GroupBy::Month;
    if (name == u"letter")
        return GroupBy::Letter;
    if (name == u"status")
        return GroupBy::Status;
    return std::nullopt;
}

QString word(ReportLanguage language, Word w)
{
    const Pair p = words(w);
    return QString::fromUtf16(language == ReportLanguage::Dutch ? p.first : p.second);
}

QString statusText(ReportLanguage language, Status status)
{
    if (language == ReportLanguage::Dutch)
        return registerStatusWord(status);
    switch (status) {
    case Status::Open:
        return u"Open"_s;
    case Status::PartlyDone:
        return u"Partly done"_s;
    case Status::Done:
        return u"Done"_s;
    case Status::Lapsed:
        return u"Lapsed"_s;
    }
    return u"Open"_s;
}

QString kindText(ReportLanguage language, CommitmentKind kind)
{
    const bool nl = language == ReportLanguage::Dutch;
    switch (kind) {
    case CommitmentKind::Firm:
        return nl ? u"Harde toezegging"_s : u"Firm"_s;
    case CommitmentKind::Ongoing:
        return nl ? u"Doorlopend"_s : u"Ongoing"_s;
    case CommitmentKind::Effort:
        return nl ? u"Inspanning"_s : u"Effort"_s;
    case CommitmentKind::Intent:
        return nl ? u"Voornemen"_s : u"Intent"_s;
    case CommitmentKind::Conditional:
        return nl ? u"Voorwaardelijk"_s : u"Conditional"_s;
    }
    return {};
}

QString formatDate(ReportLanguage language, QDate date)
{
    return date.isValid() ? locale(language).toString(date, u"d MMMM yyyy"_s) : QString();
}

QString formatShortDate(ReportLanguage language, QDate date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.day()) + u' ' + shortMonth(language, date.month()) + u' ' + QString::number(date.year());
}

QString formatDateTime(ReportLanguage language, const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return formatDate(language, time.date()) + u", "_s + time.time().toString(u"HH:mm"_s);
}

QString monthTitle(ReportLanguage language, QDate month)
{
    QString title = locale(language).toString(month, u"MMMM yyyy"_s);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QString shortMonth(ReportLanguage language, int month)
{
    // Fixed abbreviations: the locale's differ between Qt versions ("mrt" / "mrt.").
    static const char16_t *const dutch[] = {u"jan", u"feb", u"mrt", u"apr", u"mei", u"jun", u"jul", u"aug", u"sep", u"okt", u"nov", u"dec"};
    static const char16_t *const english[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromUtf16(language == ReportLanguage::Dutch ? dutch[month - 1] : english[month - 1]);
}

QStringList describeFilter(ReportLanguage language, const CommitmentFilter &filter, const QHash<qint64, TrackedLetter> &letters)
{
    QStringList lines;
    auto line = [&](Word label, const QString &value) {
        lines << word(language, label) + u": "_s + value;
    };
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (Status s : filter.statuses)
            names << statusText(language, s);
        line(Word::FilterStatus, names.join(u", "_s));
    }
    if (!filter.kinds.isEmpty()) {
        QStringList names;
        for (CommitmentKind k : filter.kinds)
            names << kindText(language, k);
        line(Word::FilterKind, names.join(u", "_s));
    }
    if (!filter.ministry.isEmpty())
        line(Word::FilterMinistry, filter.ministry);
    if (filter.dueFrom.isValid())
        line(Word::FilterDueFrom, formatDate(language, filter.dueFrom));
    if (filter.dueBefore.isValid())
        line(Word::FilterDueBefore, formatDate(language, filter.dueBefore));
    if (filter.overdueOnly)
        lines << word(language, Word::FilterOverdue);
    if (filter.letterId != 0) {
        const auto it = letters.constFind(filter.letterId);
        line(Word::FilterLetter, it != letters.constEnd() ? letterTitle(language, *it) : QString::number(filter.letterId));
    }
    if (!filter.text.isEmpty())
        line(Word::FilterSearch, u"“"_s + filter.text + u"”"_s);
    if (filter.includeRejected)
        lines << word(language, Word::FilterRejected);
    if (filter.limit > 0)
        line(Word::FilterLimit, QString::number(filter.limit));
    return lines;
}

QString letterTitle(ReportLanguage language, const TrackedLetter &letter)
{
    const QString name = letter.subject.isEmpty() ? letter.fileName : letter.subject;
    if (!letter.date.isValid())
        return name;
    return formatDate(language, letter.date) + u", "_s + name;
}

} // namespace Promissa
