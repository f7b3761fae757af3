#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Rewrites the report references in this folder from the current code, on
# purpose: after a deliberate change to an exporter, the PDF layout or the
# analysis of the example letter. Review `git diff tests/data/report` before
# committing what it wrote.
#
#   tests/data/report/regenerate.sh [BUILD_DIR]      (default: build/dev)
#
# The tests compare against these files; with PROMISSA_UPDATE_REFERENCES=1
# they write them instead. Run it where the tests run (the PDF text depends
# on poppler's pdftotext and the fonts), e.g.
#   bash packaging/dev.sh shell tests/data/report/regenerate.sh build/dev
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../../.." && pwd)
build=${1:-build/dev}
[[ $build = /* ]] || build=$src/$build
bin=$build/bin

tests=(tst_icalendar tst_toezeggingexport tst_reportexports tst_pdfreport)
cmake --build "$build" --target "${tests[@]}"
for t in "${tests[@]}"; do
    PROMISSA_UPDATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$bin/$t" >/dev/null
done
# A second run without the variable proves the references now match.
for t in "${tests[@]}"; do
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$bin/$t" -silent
done
git -C "$src" status --short -- tests/data/report
