// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "excerpthighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

using namespace Qt::StringLiterals;

namespace Promissa
{

ExcerptHighlighter::ExcerptHighlighter(const KSyntaxHighlighting::Repository &repository)
{
    setDefinition(repository.definitionForName(u"Kamerbrief"_s));
    // "Default" is the KSyntaxHighlighting light theme with the strongest
    // contrast on white; the repository's light default is the fallback.
    KSyntaxHighlighting::Theme theme = repository.theme(u"Default"_s);
    if (!theme.isValid())
        theme = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    setTheme(theme);
}

bool ExcerptHighlighter::isValid() const
{
    return definition().isValid() && theme().isValid();
}

QList<QTextLayout::FormatRange> ExcerptHighlighter::formats(const QString &paragraph)
{
    m_ranges.clear();
    if (isValid())
        highlightLine(paragraph, KSyntaxHighlighting::State());
    return m_ranges;
}

void ExcerptHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid() || format.isDefaultTextStyle(theme()))
        return;
    m_ranges.append({offset, length, charFormat(format)});
}

QTextCharFormat ExcerptHighlighter::charFormat(const KSyntaxHighlighting::Format &format) const
{
    QTextCharFormat f;
    const auto &t = theme();
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    // Keep the report's no-ligature promise inside highlighted ranges too.
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QList<ExcerptHighlighter::LegendItem> ExcerptHighlighter::legend(ReportLanguage language) const
{
    // The definition's itemData names, in the order a reader meets them.
    static const std::pair<const char16_t *, Word> categories[] = {
        {u"Commitment", Word::CommitmentMarker},
        {u"Date", Word::Date},
        {u"Vague Time", Word::VagueTime},
        {u"Event", Word::Event},
        {u"Reference", Word::Reference},
        {u"Amount", Word::Amount},
    };
    QList<LegendItem> items;
    if (!isValid())
        return items;
    const QList<KSyntaxHighlighting::Format> formats = definition().formats();
    for (const auto &[name, label] : categories) {
        for (const KSyntaxHighlighting::Format &f : formats) {
            if (f.name() == QStringView(name)) {
                items.append({word(language, label), charFormat(f)});
                break;
            }
        }
    }
    return items;
}

} // namespace Promissa
