#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Renders the committed icons from org.promissa.Promissa.svg: the hicolor
# PNGs (16 .. 256 px), the Windows .ico and the macOS .icns. Run it after
# changing the SVG, in a Debian root with librsvg2-bin, icoutils and
# icnsutils (packaging/test-deb.sh prepares one and checks that the PNGs are
# up to date):
#   bwrap --bind /var/cache/promissa/pkgtools-root / --bind "$PWD" "$PWD" ... packaging/icons/render.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
svg=org.promissa.Promissa.svg
sizes=(16 22 24 32 48 64 128 256)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in "${sizes[@]}"; do
    mkdir -p "hicolor/${s}x${s}"
    rsvg-convert -w "$s" -h "$s" "$svg" -o "hicolor/${s}x${s}/org.promissa.Promissa.png"
done
rsvg-convert -w 512 -h 512 "$svg" -o "$tmp/512.png"
png() { echo "hicolor/${1}x${1}/org.promissa.Promissa.png"; }
# Windows: the small sizes as they are, 256 px stored as PNG (-r).
icotool -c -o ../windows/promissa.ico "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" -r "$(png 256)"
png2icns ../macos/promissa.icns "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$tmp/512.png" >/dev/null
echo "rendered ${sizes[*]} px, promissa.ico and promissa.icns"
