// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

// The fixture as ReportData, for the tests and the benchmark that link
// promissa_report.

#include "reportdata.h"
#include "reportfixture.h"

namespace Promissa
{

inline ReportData fixtureReportData(const ReportFixture &f, const CommitmentFilter &filter = {})
{
    ReportData data;
    data.filter = filter;
    data.database = QStringLiteral("/srv/gedeeld/promissa/buitenlandse-zaken.promissa");
    data.author = QStringLiteral("Anna de Vries");
    data.generated = f.generated;
    data.today = f.today;
    data.letters = f.letters;
    data.numbers = f.numbers;
    for (const TrackedCommitment &c : f.commitments) {
        ReportEntry e;
        e.commitment = c;
        if (const auto it = f.lastStatusChange.constFind(c.id); it != f.lastStatusChange.constEnd())
            e.lastStatusChange = *it;
        e.links = f.links.value(c.id);
        data.entries.append(e);
    }
    return data;
}

} // namespace Promissa
