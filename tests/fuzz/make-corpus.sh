#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Remakes the seed corpora of corpus/<target>/ from tests/data, on purpose:
#
#   bash tests/fuzz/make-corpus.sh
#
# The seeds are committed; run.sh never runs this. Each seed is a small,
# valid (or tellingly broken) input that reaches deep into its parser, so
# that the fuzzer starts from real structure. Two kinds of seed are not
# plain copies: DOCX letters repacked without compression (a mutation of
# deflated bytes rarely gets past the ZIP layer; one of stored XML reaches
# the WordprocessingML reader), and a one-page PDF with an uncompressed
# content stream (tests/data/formats/simplepdf.py; the same for the text
# layer). Needs python3; the raw-mode seeds of fuzz_merge are trackers made
# by the fuzz build itself, inside the build root (packaging/dev.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=$(cd "$here/../data" && pwd)
corpus=$here/corpus

seed() { # target, files under tests/data...
    local target=$1
    shift
    mkdir -p "$corpus/$target"
    for file in "$@"; do
        cp "$data/$file" "$corpus/$target/$(echo "$file" | tr / -)"
    done
}

rm -rf "$corpus"

seed fuzz_text formats/letter.txt formats/letter.pdftotext.txt import/wrapped-pdf-letter.txt \
    import/layout-column-letter.txt import/web-page-letter.txt import/windows-1252.txt import/crlf.txt \
    followups/kamerbrief-2025-04-15-bz-oekraine-herhaling.txt
seed fuzz_docx import/docx/footnotes.docx import/docx/styles.docx import/docx/table.docx \
    import/docx/fields-revisions.docx import/docx/no-relationships.docx import/docx/title-as-subject.docx
seed fuzz_pdf import/pdf/garbage.pdf
seed fuzz_xml import/xml/kamerstuk-brief.xml import/xml/kamerstuk-brief.html import/xml/tag-mismatch.xml \
    import/xml/not-a-kamerstuk.xml
seed fuzz_toezegging import/xml/toezeggingen.json import/xml/toezeggingen.xml
seed fuzz_analysis followups/kamerbrief-2025-04-15-bz-oekraine-herhaling.txt \
    followups/kamerbrief-2025-05-20-bz-oekraine-planning.txt followups/kamerbrief-2025-06-02-def-navo-top.txt \
    blind/kamerbrief-2024-03-22-fin-tussenstand.txt import/wrapped-pdf-letter.txt

python3 - "$data" "$corpus" <<'PY'
import sys
import zipfile
from pathlib import Path

data, corpus = Path(sys.argv[1]), Path(sys.argv[2])

# DOCX letters with every part stored, not deflated.
for name in ("rijksoverheid-letter.docx", "footnotes.docx"):
    source = data / "import" / "docx" / name
    target = corpus / "fuzz_docx" / ("stored-" + name)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename), compress_type=zipfile.ZIP_STORED)

PY

# A one-page Rijksoverheid-like letter: a right-hand column, a body with a
# hyphenated line end and a footnote marker, a footnote and page furniture.
python3 "$data/formats/simplepdf.py" "$corpus/fuzz_pdf/one-page-letter.pdf" 1 \
    "400 780 8 Ministerie van Infrastructuur en Waterstaat" \
    "400 760 8 Datum" "400 750 8 12 mei 2025" "400 730 8 Ons kenmerk" "400 720 8 IENW/BSK-2025/118734" \
    "72 700 10 Betreft Voortgang aanpak verkeersveiligheid" \
    "72 660 10 Geachte voorzitter," \
    "72 640 10 Met deze brief informeer ik uw Kamer over de voortgang van de uitvoerings-" \
    "72 628 10 voorwaarden. Ik zal uw Kamer voor 1 oktober 2025 informeren over de EU-" \
    "72 616 10 lidstaten en de motie Van der Molen.1" \
    "72 596 10 Hoogachtend," "72 576 10 De minister van Infrastructuur en Waterstaat," "72 556 10 M.A. de Boer" \
    "72 90 8 1 Kamerstuk 29 398, nr. 1160." \
    "72 60 8 Ons kenmerk IENW/BSK-2025/118734    Pagina 1 van 1"

# fuzz_merge: programs in the format the head of fuzz_merge.cpp describes
# (byte 0: the mode and start states, then opcodes with their arguments).
python3 - "$corpus" <<'PY'
import sys
from pathlib import Path

out = Path(sys.argv[1]) / "fuzz_merge"
out.mkdir(parents=True, exist_ok=True)
# The opcodes of fuzz_merge.cpp (enum Op), in order; B: run on B.
(ImportLetter, ImportText, CopyToOther, MergeOther, SetStatus, SetOwner, SetTags, SetDeadline, SetRejected, SetSpan, SetKind,
 AddNote, RemoveNote, AddLink, RemoveLink, DecideSuggestion, Reanalyse, AddManual, RemoveManual, ImportRegister) = range(20)
B = 0x80
EMPTY, FOLLOWUPS, FOLLOWUPS_BERT, EXAMPLE = range(4)

def mode(a, b=0, copy=False):
    return (a << 1) | (b << 3) | (0x20 if copy else 0)

letter = ("Datum 12 mei 2025\nBetreft Voortgang\n\nGeachte voorzitter,\n\n"
          "Ik zal uw Kamer voor 1 oktober 2025 informeren over de munitie voor Oekra\u00efne.\n\n"
          "Hoogachtend,\n\nde minister van Defensie").encode()
seeds = {
    # Both start from the same tracker, then edit the same commitments.
    "shared-then-conflicting-edits": [mode(EXAMPLE, copy=True),
        SetStatus, 2, 2, B | SetStatus, 2, 1, B | SetOwner, 3, 2, SetTags, 4, 5, B | SetTags, 4, 10,
        B | AddNote, 0, 60, 40, 7, B | AddLink, 1, 5, 2, B | DecideSuggestion, 0, 0, Reanalyse, 1, 3,
        B | SetDeadline, 6, 90, SetDeadline, 6, 30, B | SetSpan, 1, 4, 20, SetRejected, 8, 1],
    # Each imported the same letter on their own: other UUIDs, the same detections.
    "same-letter-imported-twice": [mode(FOLLOWUPS, FOLLOWUPS_BERT),
        SetStatus, 0, 2, B | SetStatus, 0, 3, B | SetKind, 1, 7, B | AddManual, 0, 100, 30, 1, AddManual, 0, 100, 30, 1,
        B | DecideSuggestion, 0, 1, B | AddNote, 1, 10, 10, 0, B | ImportLetter, 1],
    # Merging back and forth, with work in between.
    "merge-back-and-forth": [mode(FOLLOWUPS, copy=True), B | ImportLetter, 5, B | DecideSuggestion, 0, 0,
        B | MergeOther, SetOwner, 1, 1, B | SetOwner, 1, 2, MergeOther, B | SetStatus, 5, 2, B | AddLink, 0, 3, 4,
        SetStatus, 5, 3, B | RemoveLink, 4, 0, B | DecideSuggestion, 0, 2],
    # Removals on either side: a manual commitment, vanished detections.
    "removals": [mode(FOLLOWUPS), AddManual, 0, 50, 20, 0, AddManual, 0, 150, 25, 2, CopyToOther,
        B | RemoveManual, 0, Reanalyse, 0, 0xff, B | SetStatus, 1, 2, AddNote, 0, 5, 5, 3, B | RemoveNote, 0, 0],
    # The register on both sides: the same records, other statuses.
    "register-both-sides": [mode(EMPTY, EXAMPLE), ImportRegister, 1, 0, 0, 10, 1, 1, 0, B | ImportRegister, 2, 0, 1, 20, 1, 2, 30, 2, 0, 0,
        B | SetOwner, 0, 1, CopyToOther, B | ImportRegister, 0, 0, 2, 40],
    # A letter from the input's own text.
    "letter-from-input": [mode(EMPTY), ImportText, len(letter)] + list(letter) + [CopyToOther, B | SetStatus, 0, 1, SetOwner, 0, 3,
        B | ImportText, len(letter)] + list(letter[:-20]) + [B | AddLink, 3, 0, 0],
    # Bert's own tracker, worked on: B of the raw mode's seeds.
    "bert-works-alone": [mode(FOLLOWUPS, FOLLOWUPS_BERT), B | SetStatus, 1, 1, B | SetOwner, 0, 3, B | AddNote, 0, 20, 30, 3,
        B | AddManual, 1, 80, 40, 2, B | SetTags, 2, 3, B | DecideSuggestion, 0, 1],
    "register-and-letter": [mode(EMPTY), B | ImportRegister, 1, 1, 0, 12, 2, 3, 0, B | ImportText, len(letter)] + list(letter) + [
        B | SetDeadline, 1, 77, B | AddLink, 3, 1, 0],
}
for name, program in seeds.items():
    (out / f"program-{name}").write_bytes(bytes(program))
PY

# fuzz_merge, raw mode: tracker files that two of those programs leave as B
# (PROMISSA_FUZZ_MERGE_SAVE_B), rewritten by sqlite3 with 512-byte pages to
# keep them small, led by the mode byte (odd: raw; bits 1-2: A's start
# state); one cut in half (damaged) and one 100-byte header of another
# program's SQLite file. Runs the fuzz build inside the build root.
src=$(cd "$here/../.." && pwd)
bash "$src/packaging/dev.sh" shell bash -c '
    set -euo pipefail
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz --target fuzz_merge >/dev/null
    work=$(mktemp -d)
    trap "rm -rf $work" EXIT
    raw() { # mode byte, program seed, seed name
        PROMISSA_FUZZ_MERGE_SAVE_B=$work/b.promissa build/fuzz/bin/fuzz_merge "tests/fuzz/corpus/fuzz_merge/program-$2" >/dev/null 2>&1
        sqlite3 "$work/b.promissa" "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;" >/dev/null
        { printf "\\x$1"; cat "$work/b.promissa"; } >"tests/fuzz/corpus/fuzz_merge/$3"
        rm -f "$work/b.promissa"
    }
    raw 03 bert-works-alone raw-followups-worked-on.promissa
    raw 07 register-and-letter raw-register-and-letter.promissa
    cd tests/fuzz/corpus/fuzz_merge
    whole=$(stat -c %s raw-register-and-letter.promissa)
    head -c $((whole / 2)) raw-register-and-letter.promissa >raw-cut-in-half.promissa
    printf "\\x01" | dd of=raw-cut-in-half.promissa bs=1 count=1 conv=notrunc status=none
    { printf "\\x05"; head -c 69 raw-followups-worked-on.promissa | tail -c +2; printf "\\0\\0\\0\\0"; head -c 101 raw-followups-worked-on.promissa | tail -c +74; } >raw-other-program-header.promissa
'

echo "make-corpus: wrote $(find "$corpus" -type f | wc -l) seeds under $corpus" >&2
