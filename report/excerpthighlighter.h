// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "reporttext.h"

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QTextLayout>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Promissa
{

/// Colours a paragraph of a letter with the Kamerbrief syntax definition
/// (resources/syntax/kamerbrief.xml, the same the letter view uses) on a
/// light theme, because paper is white whatever the screen's theme is.
class ExcerptHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct LegendItem {
        QString label;
        QTextCharFormat format;
    };

    explicit ExcerptHighlighter(const KSyntaxHighlighting::Repository &repository);

    /// False when the Kamerbrief definition is not in the repository.
    bool isValid() const;

    /// Formats for a QTextLayout of `paragraph` (one paragraph of a letter: the
    /// definition works within one). Plain text gets no range.
    QList<QTextLayout::FormatRange> formats(const QString &paragraph);

    /// One entry per category of the definition, with its colours, labelled in `language`.
    QList<LegendItem> legend(ReportLanguage language) const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format) const;

    QList<QTextLayout::FormatRange> m_ranges;
};

} // namespace Promissa
