#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Builds the "fuzz" preset (Clang, libFuzzer, ASan + UBSan) and runs every
# fuzz target for a bounded time, starting from its seed corpus:
#
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS per target, 30 by default; TARGETs default to all of them.
# New inputs that reach new code go to build/fuzz/corpus/<target>/ (kept
# between runs, never into the committed seeds). A crash, a hang over 25 s
# on one input, a leak or more than 2 GB of memory fails the run; the input
# that did it is written to build/fuzz/artifacts/. Make each one a named
# regression fixture under tests/data/import/ (tests/data/tracker/ for
# fuzz_merge) with a test row before fixing it (see README.md beside this
# script). Exits non-zero when any target failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)

if [[ ${PROMISSA_IN_ROOT:-0} != 1 ]]; then
    exec bash "$src/packaging/dev.sh" shell env PROMISSA_IN_ROOT=1 bash "$here/run.sh" "$@"
fi

seconds=${1:-30}
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "run.sh: SECONDS must be a whole number above 0, not '$seconds'" >&2; exit 2; }
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_text fuzz_docx fuzz_pdf fuzz_xml fuzz_toezegging fuzz_analysis fuzz_merge)

cd "$src"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${PROMISSA_JOBS:-2}" --target "${targets[@]}"

build=$src/build/fuzz
mkdir -p "$build/artifacts"
failed=()
summary=()
for target in "${targets[@]}"; do
    seeds=$here/corpus/$target
    work=$build/corpus/$target
    log=$build/$target.log
    [[ -d $seeds ]] || { echo "run.sh: no seed corpus $seeds" >&2; exit 2; }
    mkdir -p "$work"
    echo "run.sh: $target for ${seconds} s" >&2
    status=0
    # The first folder receives what the run finds; the seeds are only read.
    "$build/bin/$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" "$work" "$seeds" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(find "$work" -type f | wc -l)
    if ((status == 0)); then
        summary+=("$target: ${runs:-?} runs in ${seconds} s, ok (corpus: $corpus new inputs)")
    else
        failed+=("$target")
        summary+=("$target: FAILED after ${runs:-?} runs (exit $status); see $log and $build/artifacts/")
        grep -m1 -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|deadly signal|timeout' "$log" >&2 || tail -20 "$log" >&2
    fi
done

printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "run.sh: ${#failed[@]} of ${#targets[@]} fuzz targets failed: ${failed[*]}" >&2
    exit 1
fi
echo "run.sh: ${#targets[@]} fuzz targets ran ${seconds} s each without a finding" >&2
