#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Remakes the committed tracker databases of earlier schema versions:
#   tests/tracker/make-fixtures.sh BUILD_DIR
# Only on purpose: each file must be what the Promissa of that schema wrote.
set -eu
build=${1:?usage: $0 BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../data/tracker/v1-example.promissa
"$build/bin/promissa_tracker_helper" make-v1 "$out"
# One self-contained file in rollback-journal mode, so that a copy opens
# anywhere (even read-only) without WAL or shared-memory files beside it.
sqlite3 "$out" "PRAGMA journal_mode = DELETE" >/dev/null
rm -f "$out-wal" "$out-shm"
