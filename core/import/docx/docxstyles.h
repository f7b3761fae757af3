// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// The styles of word/styles.xml, reduced to what the letter model needs:
/// whether a paragraph style makes a heading, a title or a list item, and
/// whether a style sets bold text. Inheritance (w:basedOn) is resolved.
class DocxStyles
{
public:
    enum class Role {
        Body,
        Heading, ///< "heading 1".."heading 9", "Kop 1", or an outline level 0-8
        Title, ///< "Title", "Titel"
        List, ///< "List Paragraph", "List Bullet", "Lijstalinea", ...
    };

    struct Style {
        Role role = Role::Body;
        bool numbered = false; ///< the style itself carries list numbering (w:numPr)
        bool bold = false;
    };

    static constexpr int maxStyles = 20000;

    static Expected<DocxStyles> read(const QByteArray &xml, const QString &fileName, const QString &part);

    /// The role a style name or id stands for: "heading 2", "Kop2", "Title",
    /// "Lijstalinea". Word writes English names but localised ids, so both
    /// are tried; a document without styles.xml has the ids only.
    static Role roleFromName(QStringView name);

    /// The paragraph style with this id; the default paragraph style for an
    /// empty id; for unknown ids the role the id's name suggests.
    Style paragraphStyle(const QString &id) const;

    /// Whether the character style with this id sets bold text.
    bool isBoldCharacterStyle(const QString &id) const;

private:
    QHash<QString, Style> m_paragraph;
    QHash<QString, bool> m_characterBold;
    QString m_default;
};

} // namespace Promissa
