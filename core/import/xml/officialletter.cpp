// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "import/xml/officialletter.h"

#include "import/letterhead.h"
#include "import/linetext.h"
#include "import/signatureblock.h"
#include "import/wordmarkup.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

QString withoutTrailingComma(QString s)
{
    s = s.trimmed();
    while (s.endsWith(u','))
        s.chop(1);
    return s.trimmed();
}

} // namespace

OfficialLetter::OfficialLetter(QString fileName)
    : m_fileName(std::move(fileName))
{
}

QString OfficialLetter::cleanText(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u < 0x20) {
            out += u' '; // line breaks, tabs and other controls
        } else if (u == 0x00AD || u == 0x200B || u == 0xFEFF || WordMarkup::isMarker(c)) {
            continue; // invisible, or would be read as a footnote marker
        } else {
            out += c;
        }
    }
    return out;
}

void OfficialLetter::addParagraph(ParagraphKind kind, const QString &text)
{
    QString collapsed = LineText::collapse(text);
    if (!LineText::hasVisibleText(collapsed))
        return;
    m_drafts.append({kind, std::move(collapsed), 0});
}

int OfficialLetter::registerNote(const QString &key, QStringView label, const QString &text)
{
    if (!key.isEmpty()) {
        if (const int known = m_noteKeys.value(key); known > 0)
            return known;
    }
    bool ok = false;
    int number = label.trimmed().toInt(&ok);
    if (!ok || number <= 0 || number > WordMarkup::maxFootnoteNumber || m_notes.contains(number))
        number = m_notes.isEmpty() ? 1 : m_notes.lastKey() + 1;
    if (number > WordMarkup::maxFootnoteNumber)
        return 0;
    m_notes.insert(number, LineText::collapse(text));
    if (!key.isEmpty())
        m_noteKeys.insert(key, number);
    return number;
}

void OfficialLetter::aliasNote(const QString &key, int number)
{
    if (!key.isEmpty() && number > 0 && !m_noteKeys.contains(key))
        m_noteKeys.insert(key, number);
}

int OfficialLetter::noteNumber(const QString &key) const
{
    return key.isEmpty() ? 0 : m_noteKeys.value(key);
}

void OfficialLetter::addSignatory(const Signatory &signatory)
{
    Signatory clean{withoutTrailingComma(LineText::collapse(signatory.function)), LineText::collapse(signatory.name)};
    if (clean.function.isEmpty() && clean.name.isEmpty())
        return;
    m_metadata.signatories.append(clean);
    addParagraph(ParagraphKind::Signature, SignatureBlock::paragraphText(clean));
}

void OfficialLetter::setDate(QDate date, const QString &dateText)
{
    if (m_metadata.date.isValid() || !date.isValid())
        return;
    m_metadata.date = date;
    m_metadata.dateText = LineText::collapse(dateText);
}

void OfficialLetter::setDossier(const QString &number, const QString &title)
{
    if (m_dossier.isEmpty())
        m_dossier = LineText::collapse(number);
    if (m_dossierTitle.isEmpty())
        m_dossierTitle = LineText::collapse(title);
}

void OfficialLetter::setOndernummer(const QString &number)
{
    if (m_ondernummer.isEmpty())
        m_ondernummer = LineText::collapse(number);
}

void OfficialLetter::addMeta(const QString &name, const QString &content)
{
    m_meta.append({name, LineText::collapse(content)});
}

QString OfficialLetter::meta(QStringView name) const
{
    for (const auto &[key, value] : m_meta) {
        if (!value.isEmpty() && key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString OfficialLetter::kamerstukNumber(const QString &dossier, const QString &ondernummer)
{
    // \\s alone misses the no-break spaces that publications print.
    static const QRegularExpression digitGap(u"(?<=\\d)[\\s\\x{00A0}\\x{202F}]+(?=\\d)"_s);
    static const QRegularExpression otherGap(u"[\\s\\x{00A0}\\x{202F}]+"_s);
    static const QRegularExpression dashes(u"-{2,}"_s);
    QString d = dossier.trimmed();
    d.replace(digitGap, QString()); // "21 501" is printed with a (no-break) space
    d.replace(otherGap, u"-"_s); // "36600 VIII": the toevoeging
    d.replace(dashes, u"-"_s);
    QString n = ondernummer.trimmed();
    n.remove(otherGap);
    if (d.isEmpty() || n.isEmpty())
        return {};
    return d + u'-' + n;
}

void OfficialLetter::fillFromMeta()
{
    if (m_metadata.kamerstuk.isEmpty()) {
        const QString identifier = meta(u"DC.identifier");
        if (!meta(u"OVERHEIDop.dossiernummer").isEmpty())
            m_metadata.kamerstuk = kamerstukNumber(meta(u"OVERHEIDop.dossiernummer"), meta(u"OVERHEIDop.ondernummer"));
        if (m_metadata.kamerstuk.isEmpty() && identifier.startsWith(u"kst-", Qt::CaseInsensitive))
            m_metadata.kamerstuk = identifier.mid(4);
    }
    if (!m_metadata.date.isValid()) {
        // The day the letter was signed; the publication date comes later
        // and would shift every "binnen drie maanden" the letter promises.
        for (const QStringView name : {u"OVERHEIDop.datumOndertekening", u"OVERHEIDop.datumBrief"}) {
            const QString value = meta(name);
            const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
            if (date.isValid()) {
                m_metadata.date = date;
                m_metadata.dateText = value.left(10);
                break;
            }
        }
    }
    if (m_metadata.subject.isEmpty()) {
        // DC.title of a Kamerstuk reads "dossier title; document kind;
        // subject"; with fewer parts the dossier title is the best subject.
        const QStringList parts = meta(u"DC.title").split(u"; "_s, Qt::SkipEmptyParts);
        if (parts.size() >= 3)
            m_metadata.subject = parts.mid(2).join(u"; "_s);
        else if (!m_dossierTitle.isEmpty())
            m_metadata.subject = m_dossierTitle;
        else if (!parts.isEmpty())
            m_metadata.subject = parts.constFirst();
    }
    if (m_metadata.ministry.isEmpty()) {
        for (const QStringView name : {u"OVERHEID.authority", u"DC.creator", u"OVERHEIDop.ministerie"}) {
            const QString value = meta(name);
            if (value.startsWith(u"Ministerie van "_s, Qt::CaseInsensitive)) {
                m_metadata.ministry = value.mid(15).trimmed();
                break;
            }
        }
    }
}

Expected<Letter> OfficialLetter::finish()
{
    m_metadata.kamerstuk = kamerstukNumber(m_dossier, m_ondernummer);
    if (!m_metadata.signatories.isEmpty())
        m_metadata.ministry = Letterhead::ministryFromFunction(m_metadata.signatories.constFirst().function);
    fillFromMeta();

    QList<LetterBuilder::Draft> drafts = m_drafts;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        if (!it.value().isEmpty())
            drafts.append({ParagraphKind::Footnote, it.value(), it.key()});
    }
    Letter letter = LetterBuilder::build(drafts, m_fileName, m_metadata);
    const bool hasText = std::any_of(letter.paragraphs.cbegin(), letter.paragraphs.cend(), [](const Paragraph &p) {
        return p.kind != ParagraphKind::Header && p.kind != ParagraphKind::Footnote;
    });
    if (!hasText)
        return fail(u"%1 contains no letter text."_s.arg(m_fileName));
    return letter;
}

} // namespace Promissa
