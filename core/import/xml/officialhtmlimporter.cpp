// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/htmlreader.h"
#include "import/xml/officialwalker.h"
#include "import/xml/officialxmlimporter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// How officielebekendmakingen.nl renders a Kamerstuk: the XML elements
// become <p>, <h2>, <ul>/<li>, <table>, and classes named after the
// element they came from ("dossiertitel", "stuktitel", "kamerstukdatum",
// "ondertekening", "functie", "naam"). Footnote markers are links of class
// "nootnum" to a block of class "noot" that holds the note's number in a
// "nootnum" span and its text in paragraphs.
class HtmlDialect final : public OfficialWalker
{
protected:
    Role roleOf(const MarkupNode &node) const override
    {
        static const QStringList skipped{u"head"_s,     u"script"_s, u"style"_s,  u"nav"_s,    u"footer"_s, u"header"_s,
                                         u"form"_s,     u"button"_s, u"noscript"_s, u"svg"_s,  u"iframe"_s, u"template"_s,
                                         u"select"_s,   u"input"_s,  u"textarea"_s, u"object"_s, u"canvas"_s, u"title"_s,
                                         u"aside"_s};
        static const QStringList headings{u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};
        static const QStringList paragraphs{u"p"_s, u"dt"_s, u"dd"_s, u"caption"_s, u"figcaption"_s};
        static const QStringList inlines{u"a"_s,   u"span"_s, u"em"_s,   u"strong"_s, u"b"_s,   u"i"_s,   u"u"_s,
                                         u"small"_s, u"sub"_s, u"sup"_s, u"abbr"_s,  u"code"_s, u"cite"_s, u"q"_s,
                                         u"mark"_s, u"s"_s,   u"del"_s,  u"ins"_s,   u"font"_s, u"bdi"_s, u"bdo"_s,
                                         u"dfn"_s, u"kbd"_s,  u"var"_s,  u"img"_s,   u"wbr"_s};
        const QString &tag = node.name;
        if (skipped.contains(tag) || !node.attribute(u"hidden").isNull() || node.attribute(u"aria-hidden") == u"true"
            || node.hasClass(u"note-close") || node.hasClass(u"sr-only") || node.hasClass(u"visually-hidden") || node.attribute(u"id") == u"noten")
            return Role::Skip;
        if (tag == u"a" && node.hasClassStartingWith(u"nootnum"))
            return Role::NoteRef;
        if (node.hasClass(u"nootnum"))
            return Role::NoteLabel;
        if (node.hasClass(u"noot") && !inlines.contains(tag))
            return Role::Skip; // a footnote's text; collectNotes() reads it
        if (node.hasClass(u"dossiertitel") || node.hasClass(u"dossier"))
            return Role::Dossier;
        if (node.hasClass(u"dossiernummer"))
            return Role::DossierNumber;
        if (node.hasClass(u"stuktitel"))
            return Role::StukHeading;
        if (node.hasClass(u"ondernummer"))
            return Role::Ondernummer;
        if (node.hasClass(u"kamerstukdatum") || node.hasClass(u"datumtekst") || node.hasClass(u"dagtekening"))
            return Role::DateLine;
        if (tag == u"time" || node.hasClass(u"datum"))
            return Role::DateValue;
        if (node.hasClass(u"adres"))
            return Role::Address;
        if (node.hasClass(u"aanhef"))
            return Role::Salutation;
        if (node.hasClass(u"slotzin") || node.hasClass(u"slotformule"))
            return Role::Closing;
        if (node.hasClass(u"ondertekening"))
            return Role::Signature;
        if (node.hasClass(u"functie"))
            return Role::Function;
        if (node.hasClass(u"naam"))
            return Role::Name;
        if (headings.contains(tag) || node.hasClass(u"kop") || node.hasClass(u"tussenkop") || node.hasClassStartingWith(u"divisiekop"))
            return Role::Heading;
        if (node.hasClass(u"ol") || node.hasClass(u"li-nr") || node.hasClass(u"lijstnummer"))
            return Role::ItemNumber;
        if (tag == u"ul" || tag == u"ol")
            return Role::List;
        if (tag == u"li")
            return Role::Item;
        if (tag == u"table")
            return Role::Table;
        if (tag == u"tr")
            return Role::Row;
        if (tag == u"td" || tag == u"th")
            return Role::Cell;
        if (tag == u"br")
            return Role::Break;
        if (paragraphs.contains(tag) || node.hasClass(u"al"))
            return Role::Paragraph;
        if (inlines.contains(tag))
            return Role::Inline;
        return Role::Container;
    }

    const MarkupNode &contentRoot(const MarkupNode &document) const override
    {
        // The page around the document (site navigation, search, footer)
        // is no part of the letter.
        if (const MarkupNode *text = withId(document, u"broodtekst"))
            return *text;
        for (const QStringView name : {u"article", u"main", u"body"}) {
            if (const MarkupNode *found = document.descendant(name))
                return *found;
        }
        return document;
    }

    void collectNotes(const MarkupNode &document) override { collectNotesBelow(document); }

    QString noteTarget(const MarkupNode &ref) const override
    {
        const QString href = ref.attribute(u"href");
        const qsizetype hash = href.indexOf(u'#');
        return hash < 0 ? QString() : href.mid(hash + 1);
    }

private:
    static const MarkupNode *withId(const MarkupNode &node, QStringView id)
    {
        for (const MarkupNode &child : node.children) {
            if (child.isText())
                continue;
            if (child.attribute(u"id") == id)
                return &child;
            if (const MarkupNode *found = withId(child, id))
                return found;
        }
        return nullptr;
    }

    // Every id and anchor name inside a footnote block: a marker may point
    // at the block, at its number or at an anchor in it.
    static void collectIds(const MarkupNode &node, QStringList &ids)
    {
        for (const QStringView key : {u"id", u"name"}) {
            const QString value = node.attribute(key);
            if (!value.isEmpty())
                ids.append(value);
        }
        for (const MarkupNode &child : node.children) {
            if (child.isElement())
                collectIds(child, ids);
        }
    }

    void collectNotesBelow(const MarkupNode &node)
    {
        for (const MarkupNode &child : node.children) {
            if (child.isText())
                continue;
            if (!(child.hasClass(u"noot") && roleOf(child) == Role::Skip)) {
                collectNotesBelow(child);
                continue;
            }
            const MarkupNode *label = findRole(child, Role::NoteLabel);
            QStringList ids;
            collectIds(child, ids);
            const int number = m_letter->registerNote(ids.value(0), label ? label->plainText() : QString(), inlineText(child));
            for (const QString &id : std::as_const(ids))
                m_letter->aliasNote(id, number);
        }
    }
};

} // namespace

Expected<Letter> importOfficialHtml(const QByteArray &data, const QString &fileName)
{
    const auto document = HtmlReader::read(data, fileName);
    if (!document)
        return std::unexpected(document.error());
    HtmlDialect dialect;
    return dialect.run(*document, fileName);
}

} // namespace Promissa
