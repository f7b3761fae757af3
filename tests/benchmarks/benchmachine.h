// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QString>

// What every benchmark prints besides its figures: the machine it ran on and
// what the run cost. A figure without its machine means nothing.

namespace Bench
{

QString cpuModel(); ///< "Intel(R) Xeon(R) ..." or the architecture
QString loadAverage(); ///< "1.02 0.80 0.55", or "unknown" off Linux
double cpuSeconds(); ///< user + system CPU time of this process so far; -1 when unknown
double peakMemoryMiB(); ///< peak resident memory of this process; -1 when unknown

/// One line: CPU model, logical cores, operating system, build type, load.
QString machineLine(const QString &buildType);

/// "figure<TAB>key<TAB>value": a figure for tests/benchmarks/performance.sh,
/// which reads these lines and nothing else of a benchmark's output.
QString figureLine(const QString &key, double value);

} // namespace Bench
