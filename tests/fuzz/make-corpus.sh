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
# layer). Needs python3.
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

echo "make-corpus: wrote $(find "$corpus" -type f | wc -l) seeds under $corpus" >&2
