// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/signatureblock.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

constexpr qsizetype maxFunctionLength = 120;
constexpr qsizetype maxNameLength = 60;
constexpr qsizetype maxNameWords = 6;

bool endsWithAnyOf(const QString &s, QStringView chars)
{
    return !s.isEmpty() && chars.contains(s.back());
}

QString withoutTrailingComma(QString s)
{
    while (s.endsWith(u','))
        s.chop(1);
    return s.trimmed();
}

} // namespace

QStringList SignatureBlock::cells(QStringView rawLine)
{
    // Columns are separated by tabs or by two or more spaces.
    static const QRegularExpression separator(u"\\t+|[ \\x{00A0}]{2,}"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList result;
    for (const QString &cell : rawLine.toString().split(separator, Qt::SkipEmptyParts)) {
        const QString c = cell.trimmed().replace(spaces, u" "_s);
        if (!c.isEmpty())
            result.append(c);
    }
    return result;
}

bool SignatureBlock::isFunctionRow(const QStringList &cells)
{
    static const QRegularExpression function(
        u"^(?:de\\s+|het\\s+)?(?:minister(?:-president)?|vice-minister-president|staatssecretaris|minister\\s+voor)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (cells.isEmpty())
        return false;
    for (const QString &cell : cells) {
        if (cell.size() > maxFunctionLength || !function.match(cell).hasMatch())
            return false;
        // A body sentence about a minister ends in a full stop; a function
        // line ends in a comma or in nothing.
        if (!cell.endsWith(u',') && endsWithAnyOf(cell, u".:;!?"))
            return false;
    }
    return true;
}

bool SignatureBlock::isContinuationRow(const QStringList &cells)
{
    if (cells.isEmpty())
        return false;
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        return cell.size() <= maxNameLength && cell.endsWith(u',') && cell.front().isUpper() && !cell.contains(u'.')
            && std::none_of(cell.cbegin(), cell.cend(), [](QChar c) {
                   return c.isDigit();
               });
    });
}

bool SignatureBlock::isNameRow(const QStringList &cells)
{
    static const QRegularExpression title(u"^(?:mr|dr|drs|ir|ing|prof|dhr|mw|mevr)\\.\\s"_s, QRegularExpression::CaseInsensitiveOption);
    if (cells.isEmpty())
        return false;
    for (const QString &cell : cells) {
        if (cell.size() > maxNameLength || cell.count(u' ') + 1 > maxNameWords)
            return false;
        if (endsWithAnyOf(cell, u",:;!?"))
            return false;
        for (const QChar c : cell) {
            if (c.isDigit())
                return false;
        }
        if (!cell.front().isUpper() && !title.match(cell).hasMatch())
            return false;
    }
    return true;
}

QList<Signatory> SignatureBlock::signatories(const QList<QStringList> &rows)
{
    QList<Signatory> result;
    QStringList functions;
    QStringList names;
    auto flush = [&] {
        const qsizetype n = std::max(functions.size(), names.size());
        for (qsizetype k = 0; k < n; ++k)
            result.append(Signatory{k < functions.size() ? withoutTrailingComma(functions.at(k)) : QString(),
                                    k < names.size() ? names.at(k) : QString()});
        functions.clear();
        names.clear();
    };
    for (const QStringList &row : rows) {
        if (isFunctionRow(row)) {
            if (!names.isEmpty())
                flush();
            functions.append(row);
        } else if (!functions.isEmpty() && names.isEmpty() && isContinuationRow(row) && row.size() <= functions.size()) {
            // Column k of this row continues column k of the last function row.
            const qsizetype base = functions.size() - row.size();
            for (qsizetype k = 0; k < row.size(); ++k)
                functions[base + k] += u' ' + row.at(k);
        } else if (isNameRow(row)) {
            names.append(row);
        }
    }
    flush();
    return result;
}

QString SignatureBlock::paragraphText(const Signatory &signatory)
{
    if (signatory.name.isEmpty())
        return signatory.function;
    if (signatory.function.isEmpty())
        return signatory.name;
    return signatory.function + u", "_s + signatory.name;
}

} // namespace Promissa
