// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace Promissa
{

/// One node of a parsed XML or HTML document: an element with attributes
/// and children, or a run of text. The XML and HTML readers both build this
/// tree, so that the officielebekendmakingen importer walks one shape.
///
/// The readers cap the depth (maxDepth) and the node count (maxNodes), so
/// that code which walks the tree recursively stays within a known stack
/// depth and memory.
struct MarkupNode {
    static constexpr int maxDepth = 200;
    static constexpr qsizetype maxNodes = 500'000; // a long Kamerstuk has some 100,000
    static constexpr qsizetype maxInputBytes = 50 * 1024 * 1024;

    QString name; ///< element: local name in lower case; empty for a text node
    QString text; ///< text node: its characters, entities resolved
    QList<std::pair<QString, QString>> attributes; ///< local name in lower case, value
    std::vector<MarkupNode> children; // std::vector takes the incomplete type

    bool isText() const { return name.isEmpty(); }
    bool isElement() const { return !name.isEmpty(); }

    /// The attribute's value, or a null string when the element has none.
    QString attribute(QStringView key) const;

    /// Whether the white-space separated "class" attribute holds cls.
    bool hasClass(QStringView cls) const;

    /// Whether some class of the "class" attribute starts with prefix.
    bool hasClassStartingWith(QStringView prefix) const;

    /// The first child element with that name, or nullptr.
    const MarkupNode *child(QStringView childName) const;

    /// The first element with that name in document order below this node
    /// (not this node itself), or nullptr.
    const MarkupNode *descendant(QStringView elementName) const;

    /// All text below this node, concatenated as it stands.
    QString plainText() const;
};

} // namespace Promissa
