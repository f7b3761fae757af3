// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/officialxmlimporter.h"

#include "import/xml/officialwalker.h"
#include "import/xml/xmlreader.h"

#include <QByteArrayView>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The element names of the officielebekendmakingen schema for Kamerstukken
// (op-xsd), as far as a letter uses them.
class KamerstukDialect final : public OfficialWalker
{
protected:
    Role roleOf(const MarkupNode &node) const override
    {
        static const QHash<QString, Role> roles{
            {u"metadata"_s, Role::Skip},
            {u"meta"_s, Role::Skip},
            {u"kamerstukkop"_s, Role::Skip},
            {u"colspec"_s, Role::Skip},
            {u"noot"_s, Role::Note},
            {u"nootref"_s, Role::NoteRef},
            {u"noot.nr"_s, Role::NoteLabel},
            {u"dossier"_s, Role::Dossier},
            {u"dossiernummer"_s, Role::DossierNumber},
            {u"stuk"_s, Role::Stuk},
            {u"stuknr"_s, Role::StukNumber},
            {u"ondernummer"_s, Role::Ondernummer},
            {u"titel"_s, Role::Title},
            {u"datumtekst"_s, Role::DateLine},
            {u"dagtekening"_s, Role::DateLine},
            {u"plaats-datum"_s, Role::DateLine},
            {u"datum"_s, Role::DateValue},
            {u"adres"_s, Role::Address},
            {u"aanhef"_s, Role::Salutation},
            {u"slotzin"_s, Role::Closing},
            {u"slotformule"_s, Role::Closing},
            {u"slotformulering"_s, Role::Closing},
            {u"ondertekening"_s, Role::Signature},
            {u"functie"_s, Role::Function},
            {u"naam"_s, Role::Name},
            {u"kop"_s, Role::Heading},
            {u"tussenkop"_s, Role::Heading},
            {u"lijst"_s, Role::List},
            {u"li"_s, Role::Item},
            {u"li.nr"_s, Role::ItemNumber},
            {u"table"_s, Role::Table},
            {u"row"_s, Role::Row},
            {u"entry"_s, Role::Cell},
            {u"al"_s, Role::Paragraph},
            {u"nadruk"_s, Role::Inline},
            {u"extref"_s, Role::Inline},
            {u"intref"_s, Role::Inline},
            {u"dossierref"_s, Role::Inline},
            {u"sup"_s, Role::Inline},
            {u"inf"_s, Role::Inline},
            {u"br"_s, Role::Break},
        };
        return roles.value(node.name, Role::Container);
    }

    const MarkupNode &contentRoot(const MarkupNode &document) const override
    {
        const MarkupNode *kamerstuk = document.name == u"kamerstuk" ? &document : document.child(u"kamerstuk");
        return kamerstuk ? *kamerstuk : document;
    }

    void collectNotes(const MarkupNode &document) override { collectNotesBelow(document); }

    QString noteTarget(const MarkupNode &ref) const override { return ref.attribute(u"refid"); }

private:
    void collectNotesBelow(const MarkupNode &node)
    {
        for (const MarkupNode &child : node.children) {
            if (child.isText())
                continue;
            if (child.name != u"noot") {
                collectNotesBelow(child);
                continue;
            }
            const MarkupNode *label = child.child(u"noot.nr");
            const int number = m_letter->registerNote(child.attribute(u"id"), label ? label->plainText() : QString(), inlineText(child));
            if (number > 0)
                m_noteNumbers.insert(&child, number);
        }
    }
};

// The first bytes after a byte order mark and white space.
QByteArrayView skipLeadingSpace(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    while (!head.isEmpty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' || head.front() == '\n'))
        head = head.sliced(1);
    return head;
}

bool hasElement(QByteArrayView head, QByteArrayView name)
{
    for (qsizetype from = 0;;) {
        const qsizetype at = head.indexOf(name, from);
        if (at < 0)
            return false;
        const qsizetype after = at + name.size();
        if (after >= head.size())
            return true; // cut off by the end of the head
        const char c = head.at(after);
        if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n')
            return true;
        from = after;
    }
}

} // namespace

Expected<Letter> importOfficialXml(const QByteArray &data, const QString &fileName)
{
    const auto root = XmlReader::read(data, fileName);
    if (!root)
        return std::unexpected(root.error());
    const bool isKamerstuk = root->name == u"kamerstuk" || (root->name == u"officiele-publicatie" && root->child(u"kamerstuk"));
    if (!isKamerstuk)
        return fail(u"%1 is XML but not an officielebekendmakingen kamerstuk (its root element is <%2>)."_s.arg(fileName, root->name));
    KamerstukDialect dialect;
    return dialect.run(*root, fileName);
}

bool looksLikeOfficialXml(const QByteArray &head)
{
    const QByteArrayView h = skipLeadingSpace(head);
    return h.startsWith('<') && (hasElement(h, "<officiele-publicatie") || hasElement(h, "<kamerstuk"));
}

bool looksLikeHtml(const QByteArray &head)
{
    const QByteArrayView h = skipLeadingSpace(head);
    if (!h.startsWith('<'))
        return false;
    const QByteArray lower = h.first(std::min<qsizetype>(h.size(), 4096)).toByteArray().toLower();
    return lower.startsWith("<!doctype html") || hasElement(lower, "<html");
}

} // namespace Promissa
