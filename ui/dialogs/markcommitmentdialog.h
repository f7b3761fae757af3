// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "tracker/trackertypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Promissa
{

class Analyzer;

/// "Mark as commitment": the kind, the actor and the deadline of a span the
/// user selected, proposed from the text and open to correction.
class MarkCommitmentDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkCommitmentDialog)

public:
    /// `proposal` fills the fields; `phrase` is the selected text, shown.
    MarkCommitmentDialog(const NewCommitment &proposal, const QString &phrase, QWidget *parent = nullptr);
    ~MarkCommitmentDialog() override;

    /// The proposal with the user's corrections.
    NewCommitment commitment() const;

    /// What the text says about a selection: the actor and kind the Analyzer
    /// finds in its sentence (the detection there, or an analysis of the
    /// sentence alone), else the letter's first signatory; the deadline from
    /// a time phrase inside the selection, else the sentence's detection.
    /// `analysis` is the analysis of the whole letter.
    static NewCommitment propose(const Letter &letter, const Analysis &analysis, TextRange selection, const Analyzer &analyzer);

private:
    NewCommitment m_proposal;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_deadlineText = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_deadlineDate = nullptr;
};

} // namespace Promissa
