#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
"""Writes a small PDF by hand: every page shows the same lines of Helvetica
in one shared, uncompressed content stream. For fixtures that LibreOffice
cannot make (5,000 pages in a few kilobytes) and for fuzz seeds whose text
layer a mutation can reach.

    simplepdf.py OUT PAGES "X Y SIZE TEXT" ...

TEXT is Latin-1 and must not hold parentheses or backslashes."""

import sys


def write(out, pages, lines):
    text = b"\n".join(b"BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, s.encode("latin-1")) for x, y, size, s in lines)
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
    with open(out, "wb") as f:
        f.write(body)


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    lines = []
    for spec in argv[3:]:
        x, y, size, s = spec.split(" ", 3)
        lines.append((int(x), int(y), int(size), s))
    write(argv[1], int(argv[2]), lines)


if __name__ == "__main__":
    main(sys.argv)
