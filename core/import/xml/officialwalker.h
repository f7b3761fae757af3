// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/xml/markupnode.h"
#include "import/xml/officialletter.h"
#include "text/letter.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Promissa
{

/// Walks a publication of officielebekendmakingen.nl (its XML, or the HTML
/// the site renders from it) and hands what it finds to an OfficialLetter.
///
/// The two formats name the same things differently (<al> against <p>,
/// <kop> against <h2>, an inline <noot> against a footnote link and a
/// footnote block at the end); a dialect maps each node to a Role, and the
/// walk itself is shared, so both give the same Letter.
class OfficialWalker
{
public:
    virtual ~OfficialWalker() = default;

    /// document is the whole parsed file; fileName goes into the Letter.
    Expected<Letter> run(const MarkupNode &document, const QString &fileName);

protected:
    enum class Role {
        Container, ///< walk into it (or read it as a paragraph when it holds only inline content)
        Skip, ///< no letter text: metadata, navigation, scripts, footnote texts
        Inline, ///< markup inside a paragraph: emphasis, links, spans
        Break, ///< a line break inside a paragraph
        Dossier, ///< the dossier line: number and title
        DossierNumber,
        Stuk, ///< XML: the document itself, with its number and title up front
        StukNumber, ///< XML: "Nr. 2208"
        StukHeading, ///< HTML: the heading "Nr. 2208 BRIEF VAN DE MINISTER ..."
        Ondernummer,
        Title,
        DateLine, ///< "Den Haag, 4 maart 2025"
        DateValue, ///< the date inside it, possibly with an ISO attribute
        Address, ///< "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
        Salutation,
        Closing,
        Signature, ///< one or more signatories
        Function,
        Name,
        Heading,
        List,
        Item,
        ItemNumber, ///< the printed bullet or number of a list item; dropped
        Table,
        Row,
        Cell,
        Paragraph,
        Note, ///< XML: an inline footnote (marker and text in one)
        NoteRef, ///< a marker that points at a footnote by id
        NoteLabel, ///< the printed number inside a footnote
    };

    virtual Role roleOf(const MarkupNode &node) const = 0;
    /// The part of the document that holds the letter.
    virtual const MarkupNode &contentRoot(const MarkupNode &document) const = 0;
    /// Finds the footnote texts and registers them (before the walk, since
    /// markers may come before their notes).
    virtual void collectNotes(const MarkupNode &document) = 0;
    /// The id a NoteRef points at.
    virtual QString noteTarget(const MarkupNode &ref) const = 0;

    /// The node's text for a paragraph: markers for footnotes, spaces
    /// between block parts, excluded roles left out.
    QString inlineText(const MarkupNode &node, std::optional<Role> exclude = std::nullopt) const;
    /// The first node below node with that role, or nullptr.
    const MarkupNode *findRole(const MarkupNode &node, Role role) const;

    OfficialLetter *m_letter = nullptr;
    QHash<const MarkupNode *, int> m_noteNumbers; ///< Note nodes -> footnote number

private:
    struct Context {
        std::optional<ParagraphKind> kind; ///< inside an address, salutation or closing
        bool *bulletPending = nullptr; ///< inside a list item whose first paragraph is still to come
    };

    void appendInline(const MarkupNode &node, QString &out, std::optional<Role> exclude) const;
    bool isInlineRole(Role role) const;
    bool holdsOnlyInline(const MarkupNode &node) const;
    void collectMeta(const MarkupNode &node, int depth);
    void walkChildren(const MarkupNode &node, Context context);
    void visit(const MarkupNode &node, Context context);
    void addText(const Context &context, const QString &text);
    void dossier(const MarkupNode &node);
    void stuk(const MarkupNode &node, const Context &context);
    void stukHeading(const MarkupNode &node);
    void dateLine(const MarkupNode &node);
    void signature(const MarkupNode &node);
    void signatureParts(const MarkupNode &node, Signatory &current, QList<Signatory> &found, bool &structured) const;
    void signatureLines(const MarkupNode &node, QStringList &lines, QString &line) const;
    void table(const MarkupNode &node, const Context &context);
    void collectRows(const MarkupNode &node, QList<const MarkupNode *> &rows) const;
};

} // namespace Promissa
