// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "letterview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QFontMetricsF>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// Reading is easier in a column of limited width; beyond this many average
// characters per line the view adds side margins instead of longer lines.
constexpr qreal s_maxColumnChars = 96.0;

bool isDark(const QColor &color)
{
    return color.lightness() < 128;
}
} // namespace

LetterView::LetterView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    // Files dropped on a letter go to the window, which opens them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    // The side margins of the column show this widget's own background.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    document()->setDocumentMargin(24);

    m_highlighter->setDefinition(m_repository.definitionForName(u"Kamerbrief"_s));
    applyTheme();
}

LetterView::~LetterView() = default;

void LetterView::setLetter(Letter letter)
{
    m_letter = std::move(letter);
    buildDocument();
}

void LetterView::setThemeName(const QString &themeName)
{
    if (themeName == m_themeName)
        return;
    m_themeName = themeName;
    applyTheme();
}

KSyntaxHighlighting::Theme LetterView::effectiveTheme() const
{
    if (!m_themeName.isEmpty()) {
        const auto theme = m_repository.theme(m_themeName);
        if (theme.isValid())
            return theme;
    }
    // Ask the application, not this widget: our own palette follows the theme.
    const bool dark = isDark(QApplication::palette().color(QPalette::Base));
    return m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

void LetterView::applyTheme()
{
    // setPalette() below sends a PaletteChange to ourselves.
    m_applyingTheme = true;
    const auto theme = effectiveTheme();

    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(pal);

    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    m_applyingTheme = false;
}

bool LetterView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        if (!m_applyingTheme && m_themeName.isEmpty())
            applyTheme();
        break;
    case QEvent::FontChange:
        updateColumn();
        break;
    default:
        break;
    }
    return QTextEdit::event(event);
}

void LetterView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void LetterView::updateColumn()
{
    const qreal maxWidth = QFontMetricsF(font()).averageCharWidth() * s_maxColumnChars;
    const int side = std::max(0, int((width() - maxWidth) / 2));
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

void LetterView::buildDocument()
{
    // Formatting blocks one by one would rehighlight each of them; detach the
    // highlighter while building and let it highlight the result once.
    m_highlighter->setDocument(nullptr);

    QTextDocument *doc = document();
    doc->clear();
    doc->setPlainText(m_letter.text);

    const QFont base = font();
    const qreal lineHeight = QFontMetricsF(base).lineSpacing();
    const qreal pointSize = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextList *bullets = nullptr;
    QTextList *notes = nullptr;
    ParagraphKind previous = ParagraphKind::Body;

    for (const Paragraph &paragraph : std::as_const(m_letter.paragraphs)) {
        const QTextBlock block = doc->findBlock(int(paragraph.range.start));
        if (!block.isValid())
            continue;
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);

        QTextBlockFormat blockFormat;
        QTextCharFormat charFormat;
        blockFormat.setBottomMargin(lineHeight * 0.6);
        blockFormat.setLineHeight(125, QTextBlockFormat::ProportionalHeight);

        switch (paragraph.kind) {
        case ParagraphKind::Header:
            blockFormat.setBottomMargin(0);
            blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            charFormat.setFontPointSize(pointSize * 0.9);
            break;
        case ParagraphKind::Heading:
            blockFormat.setTopMargin(lineHeight * 0.8);
            blockFormat.setBottomMargin(lineHeight * 0.3);
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(pointSize * 1.1);
            break;
        case ParagraphKind::Bullet:
            blockFormat.setBottomMargin(lineHeight * 0.25);
            break;
        case ParagraphKind::Closing:
            blockFormat.setTopMargin(lineHeight * 0.6);
            break;
        case ParagraphKind::Signature:
            blockFormat.setBottomMargin(lineHeight * 0.2);
            break;
        case ParagraphKind::Footnote:
            // The first note is set apart from the letter body.
            if (previous != ParagraphKind::Footnote)
                blockFormat.setTopMargin(lineHeight * 1.5);
            blockFormat.setBottomMargin(lineHeight * 0.2);
            blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            charFormat.setFontPointSize(pointSize * 0.85);
            break;
        case ParagraphKind::Salutation:
        case ParagraphKind::Body:
            break;
        }
        if (previous == ParagraphKind::Header && paragraph.kind != ParagraphKind::Header)
            blockFormat.setTopMargin(std::max(blockFormat.topMargin(), lineHeight));

        cursor.setBlockFormat(blockFormat);
        cursor.mergeCharFormat(charFormat);

        // Bullets and footnote numbers are drawn by the list, so the document
        // text stays exactly the letter's text.
        if (paragraph.kind == ParagraphKind::Bullet) {
            if (previous == ParagraphKind::Bullet && bullets) {
                bullets->add(cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(QTextListFormat::ListDisc);
                listFormat.setIndent(1);
                bullets = cursor.createList(listFormat);
            }
        } else if (paragraph.kind == ParagraphKind::Footnote) {
            if (notes) {
                notes->add(cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(QTextListFormat::ListDecimal);
                listFormat.setIndent(1);
                listFormat.setNumberSuffix(QString());
                notes = cursor.createList(listFormat);
            }
        }
        previous = paragraph.kind;
    }
    cursor.endEditBlock();
    // Numbering the notes 1..n is only right when the letter numbers them so.
    if (notes) {
        bool sequential = true;
        for (qsizetype i = 0; i < m_letter.footnotes.size(); ++i)
            sequential = sequential && m_letter.footnotes.at(i).number == i + 1;
        if (!sequential || m_letter.footnotes.size() != notes->count()) {
            QTextListFormat listFormat = notes->format();
            listFormat.setStyle(QTextListFormat::ListStyleUndefined);
            notes->setFormat(listFormat);
        }
    }
    doc->setModified(false);
    moveCursor(QTextCursor::Start);

    m_highlighter->setDocument(doc);
}

void LetterView::printLetter(QPrinter *printer) const
{
    std::unique_ptr<QTextDocument> copy(document()->clone());
    KSyntaxHighlighting::SyntaxHighlighter paperHighlighter(copy.get());
    paperHighlighter.setDefinition(m_highlighter->definition());
    paperHighlighter.setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    paperHighlighter.rehighlight();
    copy->print(printer);
}

} // namespace Promissa
