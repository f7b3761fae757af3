#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Regenerates the PDF and DOCX renderings of letter.fodt, and the bad PDFs of
# tests/data/import/pdf/, on purpose. Run from anywhere:
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
python3 - 5000 "$work/many-pages.pdf" <<'PY'
import sys

pages, out = int(sys.argv[1]), sys.argv[2]
text = b"BT /F1 11 Tf 72 760 Td (Dit is een pagina van een heel lang document.) Tj ET"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) + b"] /Count %d >>" % pages,
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
]
for _ in range(pages):
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
body = bytearray(b"%PDF-1.4\n")
offsets = []
for number, obj in enumerate(objects, start=1):
    offsets.append(len(body))
    body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
xref = len(body)
body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(out, "wb").write(body)
PY
qpdf --object-streams=generate --compress-streams=y "$work/many-pages.pdf" "$bad/many-pages.pdf"

echo "make-fixtures: wrote $here/letter.pdf, $here/letter.docx and $bad/*.pdf" >&2
