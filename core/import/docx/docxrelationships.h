// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// The relationships of one OPC part (_rels/.rels, word/_rels/document.xml.rels):
/// which part is the main document, its styles, footnotes, headers and
/// footers. Targets are resolved to part names inside the package.
class DocxRelationships
{
public:
    struct Relationship {
        QString id;
        QString type; ///< the last segment of the type URI: "officeDocument", "styles", "header"
        QString target; ///< part name inside the package: "word/styles.xml"
    };

    /// The relationships part that belongs to a part: "word/document.xml"
    /// -> "word/_rels/document.xml.rels"; "" (the package) -> "_rels/.rels".
    static QString relationshipsPart(const QString &sourcePart);

    static Expected<DocxRelationships> read(const QByteArray &xml, const QString &fileName, const QString &sourcePart);

    /// The first target of this type; empty when there is none.
    QString target(QStringView type) const;
    /// The target with this relationship id; empty when there is none.
    QString targetOfId(QStringView id) const;
    /// Every target of this type, in the order of the relationships part.
    QList<QString> targets(QStringView type) const;

private:
    QList<Relationship> m_relationships;
};

} // namespace Promissa
