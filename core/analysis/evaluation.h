// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "analysis/analysis.h"
#include "common/error.h"

#include <QJsonObject>

namespace Promissa
{

/// Scores an analysis against a gold annotation file, exactly as
/// tests/data/ANNOTATION.md defines it (sentence-level commitments matched by
/// anchor; borderline items neither rewarded nor penalised).
struct Evaluation {
    struct Count {
        int right = 0;
        int total = 0;
        double ratio() const { return total == 0 ? 1.0 : double(right) / total; }
    };

    int truePositives = 0; ///< core commitments whose sentence was detected
    int falseNegatives = 0;
    int falsePositives = 0; ///< detected sentences matching no core and no borderline item
    double precision() const;
    double recall() const;
    double f1() const;

    Count kinds; ///< of the true positives, how many have the gold kind
    Count deadlines; ///< gold deadlines found with the right text and date/class
    Count dates; ///< gold dates found at the right place with the right date
    Count references; ///< gold references found at the right place
    Count trapsAvoided; ///< not_commitments items that were not detected
    bool letterDateRight = false;
    QString goldLetterDate;
    QString detectedLetterDate;

    QStringList problems; ///< one line per miss, false alarm or wrong value, for humans
};

Expected<QJsonObject> readGoldFile(const QString &path);

Evaluation evaluate(const QJsonObject &gold, const Letter &letter, const Analysis &analysis);

/// The table `promissa-cli evaluate` prints.
QString evaluationTable(const Evaluation &e);

} // namespace Promissa
