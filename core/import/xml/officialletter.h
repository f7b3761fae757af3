// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "common/error.h"
#include "import/letterbuilder.h"
#include "text/letter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

namespace Promissa
{

/// Collects what the officielebekendmakingen readers find (paragraphs in
/// reading order, footnotes by id, signatories, the Kamerstuk number, the
/// publication's meta tags) and turns it into a Letter with LetterBuilder.
class OfficialLetter
{
public:
    explicit OfficialLetter(QString fileName);

    /// A paragraph; text may hold WordMarkup marker characters. Line breaks
    /// and runs of white space become one space; empty paragraphs are dropped.
    void addParagraph(ParagraphKind kind, const QString &text);

    /// Registers a footnote and returns the number it gets in the Letter
    /// (0 when there is no room). The printed label is kept when it is a
    /// number no other note uses; otherwise the note gets the next free one.
    /// key (the note's id) lets references find it; it may be empty.
    int registerNote(const QString &key, QStringView label, const QString &text);
    void aliasNote(const QString &key, int number); ///< another id for the same note
    int noteNumber(const QString &key) const; ///< 0 when no note has that id

    void addSignatory(const Signatory &signatory); ///< also adds its Signature paragraph
    void setDate(QDate date, const QString &dateText); ///< the first valid date wins
    void setDossier(const QString &number, const QString &title);
    void setOndernummer(const QString &number);
    void addMeta(const QString &name, const QString &content);

    /// Character data from the source, ready for a paragraph: drops the
    /// characters that would be taken for markers and invisible ones (soft
    /// hyphen, zero width space, BOM) and turns line breaks into spaces.
    static QString cleanText(QStringView raw);

    /// "21 501-20" and "2208" -> "21501-20-2208"; "36 600 VIII", "12" -> "36600-VIII-12".
    static QString kamerstukNumber(const QString &dossier, const QString &ondernummer);

    Expected<Letter> finish();

private:
    void fillFromMeta();
    QString meta(QStringView name) const;

    QString m_fileName;
    QList<LetterBuilder::Draft> m_drafts;
    QMap<int, QString> m_notes;
    QHash<QString, int> m_noteKeys;
    LetterMetadata m_metadata;
    QString m_dossier;
    QString m_dossierTitle;
    QString m_ondernummer;
    QList<std::pair<QString, QString>> m_meta;
};

} // namespace Promissa
