// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/toezeggingreader.h"

#include "import/xml/markupnode.h"
#include "import/xml/xmlreader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

using Fields = QHash<QString, QJsonValue>;

// The API spells its fields "DatumNakoming"; exports and older clients
// lower-case them. Look them up in lower case.
Fields fieldsOf(const QJsonObject &object)
{
    Fields fields;
    fields.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        fields.insert(it.key().toLower(), it.value());
    return fields;
}

QString scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        const QString p = part.simplified();
        if (!p.isEmpty() && !kept.contains(p))
            kept.append(p);
    }
    return kept.join(separator);
}

// The register gives deadlines as date-times: "2025-06-30T00:00:00+02:00"
// or "2025-06-29T22:00:00Z" both mean 30 June in The Hague.
QDate dateOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (moment.isValid()) {
        if (moment.timeRepresentation().timeSpec() == Qt::LocalTime)
            return moment.date();
        const QTimeZone hague("Europe/Amsterdam");
        return hague.isValid() ? moment.toTimeZone(hague).date() : moment.date();
    }
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QString personName(const Fields &f)
{
    const QString naam = scalar(f.value(u"naam"_s));
    if (!naam.isEmpty())
        return naam;
    QString first = scalar(f.value(u"roepnaam"_s));
    if (first.isEmpty())
        first = scalar(f.value(u"voornaam"_s));
    if (first.isEmpty())
        first = scalar(f.value(u"initialen"_s));
    return joined({first, scalar(f.value(u"tussenvoegsel"_s)), scalar(f.value(u"achternaam"_s))}, u" "_s);
}

// An expanded ToegezegdAan, Fractie or Persoon: the party's abbreviation or
// the member's name.
QString addresseeOf(const QJsonValue &value)
{
    if (!value.isObject())
        return scalar(value);
    const Fields f = fieldsOf(value.toObject());
    QStringList parts;
    if (f.value(u"fractie"_s).isObject())
        parts.append(addresseeOf(f.value(u"fractie"_s)));
    if (f.value(u"persoon"_s).isObject())
        parts.append(addresseeOf(f.value(u"persoon"_s)));
    if (parts.isEmpty()) {
        const QString abbreviation = scalar(f.value(u"afkorting"_s));
        parts.append(abbreviation.isEmpty() ? personName(f) : abbreviation);
    }
    if (parts.join(QString()).isEmpty())
        parts.append(scalar(f.value(u"naamnl"_s)));
    return joined(parts, u", "_s);
}

QStringList valuesOf(const QJsonValue &value, const std::function<QString(const QJsonValue &)> &read)
{
    QStringList result;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &one : array)
            result.append(read(one));
    } else if (!value.isNull() && !value.isUndefined()) {
        result.append(read(value));
    }
    return result;
}

QString documentOf(const QJsonValue &value)
{
    if (!value.isObject())
        return scalar(value);
    const Fields f = fieldsOf(value.toObject());
    for (const QString &key : {u"documentnummer"_s, u"nummer"_s, u"titel"_s}) {
        if (const QString v = scalar(f.value(key)); !v.isEmpty())
            return v;
    }
    return {};
}

QString activityOf(const QJsonValue &value)
{
    if (!value.isObject())
        return scalar(value);
    const Fields f = fieldsOf(value.toObject());
    const QString number = scalar(f.value(u"nummer"_s));
    return number.isEmpty() ? scalar(f.value(u"onderwerp"_s)) : number;
}

OfficialCommitment commitmentFromJson(const Fields &f)
{
    OfficialCommitment c;
    c.id = scalar(f.value(u"id"_s));
    c.nummer = scalar(f.value(u"nummer"_s));
    c.tekst = scalar(f.value(u"tekst"_s));
    c.naam = personName(f);
    c.functie = scalar(f.value(u"functie"_s));
    c.ministerie = scalar(f.value(u"ministerie"_s));
    c.status = scalar(f.value(u"status"_s));
    QStringList to = valuesOf(f.value(u"toegezegdaan"_s), addresseeOf);
    to << scalar(f.value(u"toegezegdaanfractie"_s)) << scalar(f.value(u"toegezegdaanpersoon"_s));
    c.toegezegdAan = joined(to, u", "_s);
    c.activiteit = scalar(f.value(u"activiteitnummer"_s));
    if (c.activiteit.isEmpty())
        c.activiteit = valuesOf(f.value(u"activiteit"_s), activityOf).value(0);
    c.kamerbriefNakoming = joined(valuesOf(f.value(u"kamerbriefnakoming"_s), documentOf), u"; "_s);
    c.datumNakoming = dateOf(scalar(f.value(u"datumnakoming"_s)));
    c.aanmaakdatum = dateOf(scalar(f.value(u"aanmaakdatum"_s)));
    return c;
}

bool isEmptyRecord(const OfficialCommitment &c)
{
    return c.id.isEmpty() && c.nummer.isEmpty() && c.tekst.isEmpty();
}

Expected<QList<OfficialCommitment>> readJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(u"%1: at byte %2: the JSON is malformed (%3)."_s.arg(fileName).arg(error.offset).arg(error.errorString()));
    QJsonArray records;
    if (document.isArray()) {
        records = document.array();
    } else {
        const Fields top = fieldsOf(document.object());
        if (top.contains(u"value"_s)) {
            if (!top.value(u"value"_s).isArray())
                return fail(u"%1: its \"value\" is not a list of Toezegging records."_s.arg(fileName));
            records = top.value(u"value"_s).toArray();
        } else if (top.contains(u"id"_s) || top.contains(u"nummer"_s) || top.contains(u"tekst"_s)) {
            records.append(document.object());
        } else {
            return fail(u"%1 is JSON but holds no Toezegging records (expected an OData \"value\" list or a list of records)."_s.arg(fileName));
        }
    }
    QList<OfficialCommitment> result;
    result.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue record = records.at(i);
        if (!record.isObject())
            return fail(u"%1: record %2 is not a JSON object."_s.arg(fileName).arg(i + 1));
        const Fields f = fieldsOf(record.toObject());
        if (f.value(u"verwijderd"_s).toBool())
            continue; // a deletion in the register, not a commitment
        OfficialCommitment c = commitmentFromJson(f);
        if (isEmptyRecord(c))
            return fail(u"%1: record %2 has no Id, Nummer or Tekst."_s.arg(fileName).arg(i + 1));
        result.append(std::move(c));
    }
    return result;
}

void findToezeggingen(const MarkupNode &node, QList<const MarkupNode *> &found)
{
    // XmlReader caps the depth, so the recursion is bounded.
    for (const MarkupNode &child : node.children) {
        if (child.isText())
            continue;
        if (child.name == u"toezegging")
            found.append(&child);
        else
            findToezeggingen(child, found);
    }
}

OfficialCommitment commitmentFromXml(const MarkupNode &node)
{
    // Element names are lower-cased by the reader: <datumNakoming> -> datumnakoming.
    QHash<QString, QStringList> f;
    for (const MarkupNode &child : node.children) {
        if (child.isElement())
            f[child.name].append(child.plainText().simplified());
    }
    auto one = [&f](const QString &key) {
        return f.value(key).value(0);
    };
    OfficialCommitment c;
    c.id = node.attribute(u"id");
    c.nummer = one(u"nummer"_s);
    c.tekst = one(u"tekst"_s);
    c.naam = one(u"naam"_s);
    if (c.naam.isEmpty()) {
        const QString first = one(u"voornaam"_s).isEmpty() ? one(u"initialen"_s) : one(u"voornaam"_s);
        c.naam = joined({first, one(u"tussenvoegsel"_s), one(u"achternaam"_s)}, u" "_s);
    }
    c.functie = one(u"functie"_s);
    c.ministerie = one(u"ministerie"_s);
    c.status = one(u"status"_s);
    // A SyncFeed relation is a bare reference (<toegezegdAan ref="..."/>);
    // only text names an addressee.
    c.toegezegdAan = joined(f.value(u"toegezegdaan"_s) + f.value(u"toegezegdaanfractie"_s) + f.value(u"toegezegdaanpersoon"_s), u", "_s);
    c.activiteit = one(u"activiteitnummer"_s);
    if (c.activiteit.isEmpty())
        c.activiteit = one(u"activiteit"_s);
    c.kamerbriefNakoming = joined(f.value(u"kamerbriefnakoming"_s), u"; "_s);
    c.datumNakoming = dateOf(one(u"datumnakoming"_s));
    c.aanmaakdatum = dateOf(one(u"aanmaakdatum"_s));
    return c;
}

Expected<QList<OfficialCommitment>> readXml(const QByteArray &data, const QString &fileName)
{
    const auto root = XmlReader::read(data, fileName);
    if (!root)
        return std::unexpected(root.error());
    QList<const MarkupNode *> nodes;
    if (root->name == u"toezegging")
        nodes.append(&*root);
    else
        findToezeggingen(*root, nodes);
    // An Atom feed page without Toezegging entries is an empty export.
    if (nodes.isEmpty() && root->name != u"feed")
        return fail(u"%1 is XML but holds no Toezegging records (its root element is <%2>)."_s.arg(fileName, root->name));
    QList<OfficialCommitment> result;
    result.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const MarkupNode &node = *nodes.at(i);
        if (node.attribute(u"verwijderd").compare(u"true"_s, Qt::CaseInsensitive) == 0)
            continue;
        OfficialCommitment c = commitmentFromXml(node);
        if (isEmptyRecord(c))
            return fail(u"%1: Toezegging record %2 has no id, nummer or tekst."_s.arg(fileName).arg(i + 1));
        result.append(std::move(c));
    }
    return result;
}

} // namespace

Expected<QList<OfficialCommitment>> readToezeggingen(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MarkupNode::maxInputBytes)
        return fail(u"%1 is larger than 50 MB; Promissa does not read register exports that large."_s.arg(fileName));
    QByteArrayView content(data);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    qsizetype i = 0;
    while (i < content.size() && QChar::isSpace(uchar(content.at(i))))
        ++i;
    if (i == content.size())
        return fail(u"%1 is empty."_s.arg(fileName));
    switch (content.at(i)) {
    case '{':
    case '[':
        return readJson(content.sliced(i).toByteArray(), fileName);
    case '<':
        return readXml(data, fileName);
    default:
        return fail(u"%1 is neither JSON nor XML; Promissa expected an export of the Tweede Kamer's Toezegging register."_s.arg(fileName));
    }
}

} // namespace Promissa
