#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Runs the benchmarks of tests/benchmarks side by side with their goals and
# with the baselines the issues name, on the same inputs, and writes
# docs/performance.md:
#
#   bash tests/benchmarks/performance.sh [--runs N] [--quick] [--output FILE]
#   bash tests/benchmarks/performance.sh --render-only [--output FILE]
#
# --runs N       runs of every benchmark and baseline; medians are quoted (3)
# --quick        small inputs (a smoke test of this script; figures not comparable)
# --output       where the page goes (docs/performance.md; relative to the source tree)
# --render-only  write the page again from the last run's logs, measuring nothing
#
# It builds the "release" preset's benchmark targets (build/release) inside
# the build root, like tests/fuzz/run.sh, and keeps its inputs and logs in
# build/release/performance/. Needs `rg` (ripgrep) and `sqlite3`. Never fails
# on a figure: goals that are not met are reported as not met.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)

if [[ ${PROMISSA_IN_ROOT:-0} != 1 ]]; then
    exec bash "$src/packaging/dev.sh" shell env PROMISSA_IN_ROOT=1 bash "$here/performance.sh" "$@"
fi

runs=3
quick=0
measure=1
output=$src/docs/performance.md
while (($#)); do
    case $1 in
    --runs) runs=${2:-}; shift 2 || true ;;
    --quick) quick=1; shift ;;
    --render-only) measure=0; shift ;;
    --output) output=${2:-}; shift 2 || true ;;
    *) echo "performance.sh: unknown argument '$1' (see the head of $0)" >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[0-9]+$ && $runs -gt 0 ]] || { echo "performance.sh: --runs needs a whole number above 0, not '$runs'" >&2; exit 2; }
[[ -n $output ]] || { echo "performance.sh: --output needs a file" >&2; exit 2; }
[[ $output = /* ]] || output=$src/$output

for tool in rg sqlite3 awk git; do
    command -v "$tool" >/dev/null || {
        echo "performance.sh: '$tool' is missing in the build root; it is the baseline or a helper of this script (Debian: apt-get install ripgrep sqlite3)" >&2
        exit 2
    }
done

work=$src/build/release/performance
if ((measure)); then
    rm -rf "$work"
    mkdir -p "$work"
    commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [[ -n $(git -C "$src" status --porcelain 2>/dev/null) ]]; then commit+="+dirty"; fi
    printf 'runs=%d\nquick=%d\nmeasured=%q\ncommit=%q\n' "$runs" "$quick" "$(date -u +%Y-%m-%d)" "$commit" >"$work/settings.sh"
fi
[[ -f $work/settings.sh ]] || { echo "performance.sh: no earlier run in $work to render" >&2; exit 2; }
# shellcheck source=/dev/null
source "$work/settings.sh"

# The sizes: the issues' own, or small ones for --quick.
if ((quick)); then
    analyze_mb=5 import_letters=100 fill_small=10000 fill_large=50000 ui_commitments=10000 import_seconds=0.3
else
    analyze_mb=50 import_letters=500 fill_small=100000 fill_large=1000000 ui_commitments=100000 import_seconds=1
fi

cd "$src"
if ((measure)); then
    echo "performance.sh: building the release benchmarks" >&2
    cmake --preset release >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
    cmake --build build/release -j "${PROMISSA_JOBS:-2}" --target bench_analyze bench_import bench_tracker bench_ui bench_report >"$work/build.log" 2>&1 ||
        { tail -30 "$work/build.log" >&2; exit 1; }
fi
bin=$src/build/release/bin

# ---- helpers -------------------------------------------------------------------

# The value of a "figure<TAB>key<TAB>value" line of a benchmark's log.
figure() {
    awk -F'\t' -v key="$2" '$1 == "figure" && $2 == key { print $3; found = 1 } END { exit !found }' "$1" || {
        echo "performance.sh: no figure '$2' in $1" >&2
        exit 1
    }
}

# The median of the numbers on stdin, one a line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The median of figure KEY over the logs PREFIX.1.log ... PREFIX.N.log.
median_of() {
    local prefix=$1 key=$2 i
    for ((i = 1; i <= runs; i++)); do figure "$prefix.$i.log" "$key"; done | median
}

# The CPU seconds (user + system) a command takes, its output discarded: the
# benchmarks it is set against count CPU time too, since on a shared machine
# the wall clock says more about the neighbours than about the program.
cpu_seconds() {
    local TIMEFORMAT='%3U %3S' times
    times=$({ time "$@" >/dev/null 2>&1; } 2>&1) || { echo "performance.sh: failed: $*" >&2; exit 1; }
    awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.6f\n", a[1] + a[2] }'
}

fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# "met" when the ratio (> 1: goal met) is at least 1.
verdict() { awk -v r="$1" 'BEGIN { print (r >= 1 ? "met" : "**not met**") }'; }

# Runs a benchmark into a log (with --render-only: uses the log there is).
run_logged() {
    local log=$1
    shift
    if ((!measure)); then
        [[ -f $log ]] || { echo "performance.sh: $log is missing; run without --render-only" >&2; exit 1; }
        return 0
    fi
    echo "performance.sh: $*" >&2
    "$@" >"$log" 2>"$log.err" || {
        echo "performance.sh: failed ($?): $*; see $log and $log.err" >&2
        tail -5 "$log.err" >&2
        exit 1
    }
}

# ---- 1. analysis against rg ----------------------------------------------------

# The commitment markers the detector keys on (ClauseReader's trigger forms
# in core/analysis/clausereader.cpp): the modal and commitment verbs, without
# the auxiliaries (zijn, hebben, worden, kunnen, ...) that mark nothing alone.
markers='zal|zullen|ga|gaat|gaan|blijf|blijft|blijven|wil|willen|streef|streeft|streven|continueer|continueert|continueren|handhaaf|handhaaft|handhaven|bestendig|bestendigt|bestendigen|inzet|inzetten|inspant|inspannen|zet|zetten|span|spant|spannen|uitwerkt|uitwerken|voortzet|voortzetten|vasthoudt|vasthouden|terugkom|terugkomt|terugkomen|overweeg|overweegt|overwegen|verken|verkent|verkennen|onderzoek|onderzoekt|onderzoeken|beraad|beraadt|beraden|bezin|bezint|bezinnen'
corpus=$work/corpus
for ((i = 1; i <= runs; i++)); do
    if ((i == 1)); then
        run_logged "$work/analyze.$i.log" "$bin/bench_analyze" "$analyze_mb" --write-corpus "$corpus"
    else
        run_logged "$work/analyze.$i.log" "$bin/bench_analyze" "$analyze_mb"
    fi
done
analysis_mbs=$(median_of "$work/analyze" analysis_mb_per_s)
corpus_mb=$(figure "$work/analyze.1.log" corpus_mb)
commitments_found=$(figure "$work/analyze.1.log" commitments)
if ((measure)); then
    rg -j1 -c -i -w -e "$markers" "$corpus" >"$work/rg-counts.txt" # once untimed: the files in the page cache
    echo "performance.sh: rg -j1 -c over $corpus ($runs runs)" >&2
    for ((i = 1; i <= runs; i++)); do cpu_seconds rg -j1 -c -i -w -e "$markers" "$corpus"; done >"$work/rg-seconds.txt"
fi
marker_lines=$(awk -F: '{ s += $NF } END { print s + 0 }' "$work/rg-counts.txt")
rg_mbs=$(awk -v mb="$corpus_mb" '{ print mb / $1 }' "$work/rg-seconds.txt" | median)

# ---- 2. import against sqlite3 -------------------------------------------------

for ((i = 1; i <= runs; i++)); do
    if ((i == 1)); then
        run_logged "$work/import.$i.log" "$bin/bench_tracker" "$import_letters" --write-sql "$work/import.sql"
    else
        run_logged "$work/import.$i.log" "$bin/bench_tracker" "$import_letters"
    fi
done
import_lps=$(median_of "$work/import" import_letters_per_s)
store_lps=$(median_of "$work/import" store_letters_per_s)
bulk_lps=$(median_of "$work/import" bulk_letters_per_s)
imported_letters=$(figure "$work/import.1.log" import_letters)
imported_commitments=$(figure "$work/import.1.log" import_commitments)
if ((measure)); then
    echo "performance.sh: sqlite3 < import.sql ($runs runs)" >&2
    for ((i = 1; i <= runs; i++)); do
        rm -f "$work/baseline.db" "$work/baseline.db-wal" "$work/baseline.db-shm"
        cpu_seconds sqlite3 -bail "$work/baseline.db" <"$work/import.sql"
    done >"$work/sqlite-seconds.txt"
fi
sqlite_lps=$(awk -v n="$imported_letters" '{ print n / $1 }' "$work/sqlite-seconds.txt" | median)
sqlite_fts_hits=$(sqlite3 "$work/baseline.db" "SELECT COUNT(*) FROM commitments_fts WHERE commitments_fts MATCH 'kabinet'")

# ---- 3. queries on 100k and 1M commitments -------------------------------------

query_rows=""
query_detail=""
for size in "$fill_small" "$fill_large"; do
    keep=$work/fill-$size
    run_logged "$work/fill-$size.log" "$bin/bench_tracker" --fill "$size" --keep "$keep"
    fill_rate=$(figure "$work/fill-$size.log" fill_commitments_per_s)
    for ((i = 1; i <= runs; i++)); do
        run_logged "$work/queries-$size.$i.log" "$bin/bench_tracker" --keep "$keep" --reuse
    done
    slowest=$(median_of "$work/queries-$size" query_slowest_ms)
    r=$(ratio 50 "$slowest")
    label=$(awk -v n="$size" 'BEGIN { printf "%d", n }' | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
    query_rows+="| Slowest filter or search, $label commitments | $(fmt "$slowest" 1) ms | < 50 ms | $r ($(verdict "$r")) | | |"$'\n'
    query_detail+="| $label | $(fmt "$fill_rate" 0) |"
    while IFS= read -r name; do
        query_detail+=" $(fmt "$(median_of "$work/queries-$size" "query_ms $name")" 1) |"
    done < <(awk -F'\t' '$1 == "figure" && $2 ~ /^query_ms / { sub(/^query_ms /, "", $2); print $2 }' "$work/queries-$size.1.log")
    query_detail+=$'\n'
done
query_names=$(awk -F'\t' '$1 == "figure" && $2 ~ /^query_ms / { sub(/^query_ms /, "", $2); printf " %s |", $2 }' "$work/queries-$fill_small.1.log")
query_rule=$(awk -F'\t' '$1 == "figure" && $2 ~ /^query_ms / { printf "---:|" }' "$work/queries-$fill_small.1.log")

# ---- 4. the app and the report --------------------------------------------------

for ((i = 1; i <= runs; i++)); do
    run_logged "$work/ui.$i.log" env QT_QPA_PLATFORM=offscreen "$bin/bench_ui" --commitments "$ui_commitments" --runs 5
    run_logged "$work/report.$i.log" env QT_QPA_PLATFORM=offscreen "$bin/bench_report" 1000
    run_logged "$work/formats.$i.log" "$bin/bench_import" "$import_seconds"
done
startup=$(median_of "$work/ui" startup_ms)
long_letter=$(median_of "$work/ui" long_letter_ms)
filter=$(median_of "$work/ui" filter_slowest_ms)
report=$(median_of "$work/report" report_s)
report_pages=$(figure "$work/report.1.log" report_pages)

formats=""
while IFS= read -r name; do
    mbs=$(median_of "$work/formats" "mb_per_s $name")
    extra=""
    if awk -F'\t' -v k="pages_per_s $name" '$2 == k { f = 1 } END { exit !f }' "$work/formats.1.log"; then
        extra="$(fmt "$(median_of "$work/formats" "pages_per_s $name")" 1) pages/s"
    elif awk -F'\t' -v k="unpacked_mb_per_s $name" '$2 == k { f = 1 } END { exit !f }' "$work/formats.1.log"; then
        extra="$(fmt "$(median_of "$work/formats" "unpacked_mb_per_s $name")" 2) MB/s of unpacked XML"
    fi
    formats+="| $name | $(fmt "$mbs" 2) | $extra |"$'\n'
done < <(awk -F'\t' '$1 == "figure" && $2 ~ /^mb_per_s / { sub(/^mb_per_s /, "", $2); print $2 }' "$work/formats.1.log")

# ---- the page ------------------------------------------------------------------

machine=$(sed -n 's/^machine: *//p' "$work/analyze.1.log" | head -1)
mode="full inputs"
((quick)) && mode="--quick inputs (a smoke test: the figures are not comparable with the goals)"

r_analysis=$(ratio "$analysis_mbs" 50)
r_rg=$(ratio "$analysis_mbs" "$rg_mbs")
r_import=$(ratio "$import_lps" 500)
r_store=$(ratio "$store_lps" 500)
r_sqlite=$(ratio "$import_lps" "$sqlite_lps")
r_store_sqlite=$(ratio "$store_lps" "$sqlite_lps")
r_bulk_sqlite=$(ratio "$bulk_lps" "$sqlite_lps")
r_startup=$(ratio 500 "$startup")
r_long=$(ratio 200 "$long_letter")
r_filter=$(ratio 50 "$filter")
r_report=$(ratio 2 "$report")

mkdir -p "$(dirname "$output")"
cat >"$output" <<EOF
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- SPDX-FileCopyrightText: 2026 The Promissa developers -->
<!-- Generated by tests/benchmarks/performance.sh: do not edit by hand; run the script again. -->

# Performance

Generated by \`tests/benchmarks/performance.sh\` from a run on $measured (UTC)
at commit \`$commit\`, $mode.

**Machine:** $machine.

Every figure is the **median of $runs runs** (each benchmark also takes the
median of its own repetitions where it repeats a step); none is a best run.
The benchmarks run on one core, on a machine that other processes share (the
load above says how busy it was): rates, ours and the baselines' alike, are
counted in CPU time of the process, so that the neighbours do not count;
latencies (queries, the app, the report) are wall-clock time, as a user
waits for them.

## Against the goals

"Ratio" is stated so that **above 1 means the goal is met**: ours / goal for
rates, goal / ours for times. "Ours / baseline" is the same for the baseline
the issue names (above 1: faster than the baseline).

| What | Ours (median) | Goal | Ratio (> 1: met) | Baseline (median) | Ours / baseline |
|---|---:|---:|---:|---:|---:|
| Analysis (import + analysis of text letters), one core, CPU time | $(fmt "$analysis_mbs" 1) MB/s | ≥ 50 MB/s | $r_analysis ($(verdict "$r_analysis")) | \`rg -j1\` counting the markers: $(fmt "$rg_mbs" 0) MB/s | $r_rg |
| Import of generated letters (reading, analysis, storing, full-text index, link suggestions), CPU time | $(fmt "$import_lps" 1) letters/s | ≥ 500 letters/s | $r_import ($(verdict "$r_import")) | \`sqlite3\` inserting the same rows with FTS5: $(fmt "$sqlite_lps" 0) letters/s | $r_sqlite |
| … of which storing alone (\`Tracker::importLetter\`) | $(fmt "$store_lps" 1) letters/s | (≥ 500 letters/s) | $r_store ($(verdict "$r_store")) | the same \`sqlite3\` run | $r_store_sqlite |
| The same letters stored in one \`Tracker::importLetters\` transaction, no link suggestions | $(fmt "$bulk_lps" 0) letters/s | | | the same \`sqlite3\` run | $r_bulk_sqlite |
${query_rows}| Start-up to the first paint of a letter | $(fmt "$startup" 0) ms | < 500 ms | $r_startup ($(verdict "$r_startup")) | | |
| Opening a 200-page letter with highlighting | $(fmt "$long_letter" 0) ms | < 200 ms | $r_long ($(verdict "$r_long")) | | |
| Filtering $(awk -v n="$ui_commitments" 'BEGIN { printf "%d", n }' | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') commitments in the app's table (slowest filter) | $(fmt "$filter" 1) ms | < 50 ms | $r_filter ($(verdict "$r_filter")) | | |
| PDF report of 1,000 commitments ($report_pages pages) | $(fmt "$report" 2) s | < 2 s | $r_report ($(verdict "$r_report")) | | |

## The inputs

- **Analysis:** \`bench_analyze $analyze_mb\`: $(fmt "$corpus_mb" 1) MB of letters of ~20 KB
  built from the paragraphs of tests/data (fixed seed); $commitments_found commitments
  found. The baseline reads the very same files (\`bench_analyze --write-corpus\`)
  with \`rg -j1 -c -i -w\` and the modal and commitment verbs the detector keys
  on (ClauseReader's trigger forms without the bare auxiliaries): $marker_lines
  lines hold one. rg only finds words; the analyser reads, segments, parses
  clauses, resolves dates and references. The ratio is the price of that.
- **Import:** \`bench_tracker $import_letters\`: $imported_letters generated letters (the letters of
  tests/data, varied per copy), $imported_commitments commitments, one
  \`Tracker::importLetter\` per letter into a fresh SQLite tracker. The baseline
  is the script \`bench_tracker --write-sql\` writes from the rows that tracker
  holds (letters with their text, commitments with the text the full-text
  index gets), run by \`sqlite3\` in one transaction: the same tables' text
  columns, FTS5 over the same columns with the same tokenizer, WAL with
  synchronous=NORMAL as the tracker has it ($sqlite_fts_hits commitments match
  "kabinet" in its index). It does no analysis, no numbering, no history, no
  reference resolution and no link suggestions.
- **Queries:** \`bench_tracker --fill N\` stores N commitments through the bulk
  path (\`Tracker::importLetters\`, 100 letters a transaction, no link
  suggestions; the analysis of the base letters reused, each detection 50
  times), then \`bench_tracker --reuse\` times each query (median of 7 within a
  run). Pages of 100 rows, searches of 50 hits, as the app asks for them.
  The fill repeats a few hundred distinct sentences, so a word of the full-text
  filter and the searches stands in a large share of all rows: for those,
  a worst case. "due before 2020-07-01" and "overdue" find no rows there and
  read the index to its end.
- **App:** \`bench_ui --commitments $ui_commitments\` on the offscreen platform.
  **Report:** \`bench_report 1000\`.

### Queries (ms, median of $runs runs)

| Commitments | Fill (commitments/s) |$query_names
|---:|---:|$query_rule
$query_detail
### Import per format (\`bench_import\`, CPU time, median of $runs runs)

Issue F asks for pages/s (PDF) and MB/s (DOCX, XML) and sets no goal.

| Input | MB/s of file | |
|---|---:|---|
$formats
## How to read this and how to run it

Run \`bash tests/benchmarks/performance.sh\` from the top of the source tree
(about 15 minutes on two busy cores; \`--runs N\` for more runs, \`--quick\`
for a smoke test of the script). It builds the release preset's benchmarks
in the build root and rewrites this page; its inputs and every benchmark's
full output stay in build/release/performance/. The benchmarks themselves
(tests/benchmarks, never CTest tests) print more than this page: the time of
each stage, peak memory, the machine. A goal not met stays in the table as
not met; this page is evidence, not a gate.
EOF
echo "performance.sh: wrote $output" >&2
