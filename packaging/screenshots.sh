#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Makes the pictures in docs/screenshots/: the window and each pane, on a
# tracker with the example letter, its follow-ups and the other test letters
# (a temporary tracker that the app makes and fills itself), under Xvfb
# inside the toolchain of packaging/dev.sh; the offscreen platform when
# Xvfb is missing. Builds the app first when needed.
#
#   packaging/screenshots.sh [BUILD_DIR]     (default build/dev)
#
# Deadlines are counted from a pinned day (PROMISSA_SCREENSHOT_TODAY,
# default 2025-06-20) so that the pictures show upcoming and overdue
# commitments whatever the date is.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
cd "$src"

build=${1:-build/dev}
today=${PROMISSA_SCREENSHOT_TODAY:-2025-06-20}
out=docs/screenshots
dev() { bash packaging/dev.sh shell "$@"; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "screenshots.sh: building the app in $build" >&2
if { [[ -f $build/build.ninja ]] || dev cmake --preset dev -B "$build"; } >"$log" 2>&1 \
    && dev cmake --build "$build" -j2 --target promissa >"$log" 2>&1; then
    :
else
    tail -n 30 "$log" >&2
    echo "screenshots.sh: the build failed" >&2
    exit 1
fi

letters=(tests/data/kamerbrief-2025-03-04-oekraine.txt tests/data/followups/*.txt tests/data/letters/*.txt)
mkdir -p "$out"

# One run of the app inside the toolchain: under a virtual X server when the
# toolchain has one (the real platform plugin, real fonts), else offscreen.
shoot() {
    dev sh -c '
        if command -v xvfb-run >/dev/null; then
            exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
        fi
        echo "screenshots.sh: no xvfb-run; using the offscreen platform" >&2
        QT_QPA_PLATFORM=offscreen exec "$@"
    ' sh "$build/bin/promissa" --today "$today" "$@"
}

shoot --language en --screenshot "$out" "${letters[@]}"
shoot --language en --theme "Breeze Dark" --screenshot "$out/mainwindow-dark.png" "${letters[@]}"
shoot --language nl --screenshot "$out/mainwindow-nl.png" "${letters[@]}"
echo "screenshots.sh: wrote $(cd "$out" && ls ./*.png | tr '\n' ' ')" >&2
