#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Regenerates the PDF and DOCX renderings of letter.fodt, the pdftotext copy
# of the PDF, and the bad PDFs of tests/data/import/pdf/, on purpose. Run
# from anywhere:
#
#   bash tests/data/formats/make-fixtures.sh
#
# It runs itself inside the build root (packaging/dev.sh shell) and installs
# what it needs there when missing: LibreOffice Writer without its GUI, qpdf
# (the encrypted PDF) and img2pdf (the image-only PDF). The outputs are
# committed; the tests never run this script. letter.txt (the clean text) and
# letter.xml / letter.html (written by hand) are not made here.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../../.." && pwd)

if [[ ${PROMISSA_IN_ROOT:-0} != 1 ]]; then
    exec bash "$src/packaging/dev.sh" shell env PROMISSA_IN_ROOT=1 bash "$here/make-fixtures.sh" "$@"
fi

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v img2pdf >/dev/null || missing+=(img2pdf)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if ((${#missing[@]})); then
    echo "make-fixtures: installing ${missing[*]} into the build root" >&2
    # As in dev.sh: apt cannot drop to the _apt user inside bubblewrap.
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o APT::Sandbox::User=root update -qq
    apt-get -o APT::Sandbox::User=root -y install --no-install-recommends "${missing[@]}"
fi

bad=$src/tests/data/import/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# LibreOffice keeps a profile; a throwaway one keeps runs independent.
profile=file://$work/profile

convert() { # format, input, output directory
    soffice -env:UserInstallation="$profile" --headless --convert-to "$1" --outdir "$3" "$2" >&2
}

# --- the letter in every format ---------------------------------------------
convert pdf "$here/letter.fodt" "$work"
convert docx:"MS Word 2007 XML" "$here/letter.fodt" "$work"
cp "$work/letter.pdf" "$here/letter.pdf"
cp "$work/letter.docx" "$here/letter.docx"

# The PDF as pdftotext copies it out with -layout (how staff most often turn
# a PDF into text): the right-hand column beside the body, page furniture,
# lines broken where the PDF breaks them and hyphenated words at line ends.
# Made from the committed letter.pdf, so this step alone can be rerun:
#   bash packaging/dev.sh shell pdftotext -enc UTF-8 -layout letter.pdf letter.pdftotext.txt
pdftotext -enc UTF-8 -layout "$here/letter.pdf" "$here/letter.pdftotext.txt"

# --- bad PDFs ------------------------------------------------------------------
mkdir -p "$bad"

# Cut off in the middle: no cross-reference table, no trailer.
size=$(stat -c %s "$here/letter.pdf")
head -c $((size * 2 / 5)) "$here/letter.pdf" >"$bad/truncated.pdf"

# Encrypted with a user password (AES-256): nothing can be read without it.
qpdf --encrypt geheim eigenaar 256 -- "$here/letter.pdf" "$bad/encrypted.pdf"

# Only an owner password (printing and copying restricted): every reader may
# open it, and so may Promissa.
qpdf --encrypt "" eigenaar 256 --extract=n --print=none -- "$here/letter.pdf" "$bad/owner-password-only.pdf"

# A scan: page 1 rendered to an image and wrapped into a PDF without text.
pdftoppm -f 1 -l 1 -r 60 -gray -png "$here/letter.pdf" "$work/page"
img2pdf --output "$bad/image-only.pdf" "$work"/page*.png

# The signature and the end marker of a PDF, and nothing of a PDF between.
{ printf '%%PDF-1.7\n'; head -c 2048 /dev/zero | tr '\0' 'x'; printf '\n%%%%EOF\n'; } >"$bad/garbage.pdf"

# More pages than Promissa reads (5,000, over the 2,000 limit): every page
# shares one content stream; qpdf packs the page objects into compressed
# object streams so that the file stays small.
python3 "$here/simplepdf.py" "$work/many-pages.pdf" 5000 "72 760 11 Dit is een pagina van een heel lang document."
qpdf --object-streams=generate --compress-streams=y "$work/many-pages.pdf" "$bad/many-pages.pdf"

echo "make-fixtures: wrote $here/letter.pdf, letter.docx, letter.pdftotext.txt and $bad/*.pdf" >&2
