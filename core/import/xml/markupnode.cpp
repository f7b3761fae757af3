// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/markupnode.h"

namespace Promissa
{

namespace
{

void appendPlainText(const MarkupNode &node, QString &out)
{
    // The readers cap the depth, so the recursion is bounded.
    if (node.isText()) {
        out += node.text;
        return;
    }
    for (const MarkupNode &child : node.children)
        appendPlainText(child, out);
}

const MarkupNode *findDescendant(const MarkupNode &node, QStringView elementName)
{
    for (const MarkupNode &child : node.children) {
        if (child.isText())
            continue;
        if (child.name == elementName)
            return &child;
        if (const MarkupNode *found = findDescendant(child, elementName))
            return found;
    }
    return nullptr;
}

} // namespace

QString MarkupNode::attribute(QStringView key) const
{
    for (const auto &[attributeName, value] : attributes) {
        if (attributeName == key)
            return value;
    }
    return {};
}

bool MarkupNode::hasClass(QStringView cls) const
{
    const QString classes = attribute(u"class").simplified();
    for (const QStringView one : QStringView(classes).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (one == cls)
            return true;
    }
    return false;
}

bool MarkupNode::hasClassStartingWith(QStringView prefix) const
{
    const QString classes = attribute(u"class").simplified();
    for (const QStringView one : QStringView(classes).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (one.startsWith(prefix))
            return true;
    }
    return false;
}

const MarkupNode *MarkupNode::child(QStringView childName) const
{
    for (const MarkupNode &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

const MarkupNode *MarkupNode::descendant(QStringView elementName) const
{
    return findDescendant(*this, elementName);
}

QString MarkupNode::plainText() const
{
    QString out;
    appendPlainText(*this, out);
    return out;
}

} // namespace Promissa
