// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Promissa
{

/// The content words of Dutch government sentences, as comparable terms:
/// folded (lower case, no diacritics), Dutch stop words and the stock
/// phrases of Kamerbrieven removed, stemmed by a few suffix rules, and
/// interned as small integers so that comparing two sentences is a merge
/// of two sorted lists. Weights are inverse document frequencies over the
/// texts passed to addDocument(): a term that few of them hold weighs more.
class TermIndex
{
public:
    using Terms = QList<int>; ///< sorted, unique term ids

    /// The terms of a text; tokenises it once.
    Terms terms(QStringView text);

    /// Counts a document for the weights (call once per candidate text).
    void addDocument(const Terms &terms);

    /// 1 + ln((N + 1) / (df + 1)): at least 1, higher for rare terms.
    double weight(int term) const;
    /// Sum of the squared weights: the length of the text as a vector.
    double squaredNorm(const Terms &terms) const;

    /// How the term was written: lower case unless it only ever appeared
    /// capitalised ("Oekraïne", but "steun" even after "Steun ...").
    QString display(int term) const;

    /// The term a single word stands for: folded and stemmed; empty for
    /// stop words, numbers and words shorter than three letters.
    static QString stem(QStringView word);

private:
    QHash<QString, int> m_ids;
    QStringList m_display;
    QList<int> m_documentFrequency; ///< per term id
    int m_documents = 0;
};

/// The shared terms of two sorted term lists, in ascending id order.
TermIndex::Terms sharedTerms(const TermIndex::Terms &a, const TermIndex::Terms &b);

} // namespace Promissa
