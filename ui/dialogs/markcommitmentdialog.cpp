// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "markcommitmentdialog.h"

#include "analysis/analyzer.h"
#include "models/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// The sentences a selection touches, as one range.
TextRange sentenceSpan(const Letter &letter, TextRange selection)
{
    TextRange span = selection;
    for (const Sentence &sentence : letter.sentences) {
        if (sentence.range.overlaps(selection) || sentence.range.contains(selection.start)) {
            span.start = std::min(span.start, sentence.range.start);
            span.end = std::max(span.end, sentence.range.end);
        }
    }
    return span;
}

// A letter of one sentence, so that the Analyzer can be asked about it alone.
Letter sentenceLetter(const Letter &letter, TextRange range)
{
    Letter single;
    single.fileName = letter.fileName;
    single.text = letter.slice(range).toString();
    const TextRange whole{0, single.text.size()};
    single.paragraphs.append(Paragraph{ParagraphKind::Body, whole});
    single.sentences.append(Sentence{whole, 0});
    single.metadata = letter.metadata;
    return single;
}
} // namespace

NewCommitment MarkCommitmentDialog::propose(const Letter &letter, const Analysis &analysis, TextRange selection, const Analyzer &analyzer)
{
    NewCommitment proposal;
    proposal.span = selection;
    const TextRange sentences = sentenceSpan(letter, selection);

    // 1. What the Analyzer detected in the same sentence.
    const Commitment *detected = nullptr;
    for (const Commitment &c : analysis.commitments) {
        if (c.phrase.overlaps(sentences)) {
            detected = &c;
            if (c.phrase.overlaps(selection))
                break;
        }
    }
    // 2. Otherwise the sentence on its own: without its neighbours the
    //    analysis sometimes reads a construction it skipped in context.
    Analysis alone;
    if (!detected && sentences.length() > 0) {
        AnalyzerOptions options;
        options.letterDate = letter.metadata.date.isValid() ? letter.metadata.date : analysis.letterDate.date;
        alone = analyzer.analyze(sentenceLetter(letter, sentences), options);
        if (!alone.commitments.isEmpty())
            detected = &alone.commitments.constFirst();
    }
    if (detected) {
        proposal.kind = detected->kind;
        proposal.actor = detected->actor;
    } else if (!letter.metadata.signatories.isEmpty()) {
        // 3. A letter speaks for whoever signed it.
        proposal.actor = letter.metadata.signatories.constFirst().function;
    }

    for (const TimeExpression &time : analysis.times) {
        if (time.range.overlaps(selection)) {
            proposal.deadline = Deadline::fromTime(time);
            break;
        }
    }
    if (!proposal.deadline.isSet() && detected && detected->deadline)
        proposal.deadline = Deadline::fromTime(*detected->deadline);
    return proposal;
}

MarkCommitmentDialog::MarkCommitmentDialog(const NewCommitment &proposal, const QString &phrase, QWidget *parent)
    : QDialog(parent)
    , m_proposal(proposal)
{
    setObjectName(u"markCommitmentDialog"_s);
    //: Window title
    setWindowTitle(tr("Mark as Commitment"));

    auto *quote = new QLabel(u"“%1”"_s.arg(phrase.simplified()));
    quote->setObjectName(u"phrase"_s);
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);

    m_kind = new QComboBox;
    m_kind->setObjectName(u"kind"_s);
    for (CommitmentKind kind : Labels::kinds())
        m_kind->addItem(Labels::kind(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(proposal.kind))));

    m_actor = new QLineEdit(proposal.actor);
    m_actor->setObjectName(u"actor"_s);
    //: Placeholder of the actor field
    m_actor->setPlaceholderText(tr("who promises, e.g. het kabinet"));

    m_deadlineText = new QLineEdit(proposal.deadline.text);
    m_deadlineText->setObjectName(u"deadlineText"_s);
    //: Placeholder of the deadline field
    m_deadlineText->setPlaceholderText(tr("as written, e.g. voor de zomer"));
    //: Check box before the deadline's date
    m_hasDate = new QCheckBox(tr("&Date:"));
    m_hasDate->setObjectName(u"hasDate"_s);
    m_deadlineDate = new QDateEdit;
    m_deadlineDate->setObjectName(u"deadlineDate"_s);
    m_deadlineDate->setCalendarPopup(true);
    //: Accessible name of the deadline's date field
    m_deadlineDate->setAccessibleName(tr("Deadline date"));
    m_deadlineDate->setDate(proposal.deadline.date.isValid() ? proposal.deadline.date : QDate::currentDate());
    m_hasDate->setChecked(proposal.deadline.date.isValid());
    m_deadlineDate->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_deadlineDate, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_deadlineDate, 1);

    auto *form = new QFormLayout;
    //: Mark as commitment: field label
    form->addRow(tr("&Kind:"), m_kind);
    //: Mark as commitment: field label
    form->addRow(tr("&Actor:"), m_actor);
    //: Mark as commitment: field label
    form->addRow(tr("D&eadline:"), m_deadlineText);
    form->addRow(QString(), dateRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    //: Mark as commitment: the OK button
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

MarkCommitmentDialog::~MarkCommitmentDialog() = default;

NewCommitment MarkCommitmentDialog::commitment() const
{
    NewCommitment c = m_proposal;
    c.kind = static_cast<CommitmentKind>(m_kind->currentData().toInt());
    c.actor = m_actor->text().trimmed();
    const QString text = m_deadlineText->text().trimmed();
    if (text != m_proposal.deadline.text || m_hasDate->isChecked() != m_proposal.deadline.date.isValid()
        || (m_hasDate->isChecked() && m_deadlineDate->date() != m_proposal.deadline.date)) {
        // Edited by hand: the phrase and date as entered, no resolved event.
        Deadline d;
        d.text = text;
        if (m_hasDate->isChecked()) {
            d.date = m_deadlineDate->date();
            d.precision = Precision::Day;
        }
        c.deadline = d;
    }
    return c;
}

} // namespace Promissa
