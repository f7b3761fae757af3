#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
"""Writes the DOCX fixtures of tst_docximporter, reproducibly.

Run from anywhere: python3 make-fixtures.py
Every file is a ZIP written with fixed timestamps, so that running the script
again gives the same bytes (for the same zlib). The XML is written by hand,
small and readable, in the shapes Word and LibreOffice produce.

Good fixtures: one feature each (styles, footnotes, tables, fields and
revisions, a package without relationships) and one whole Rijksoverheid-style
letter (letterhead table, text box column, headers, footer, signatures).
Bad fixtures are named for their defect.
"""

import os
import struct
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'mc:Ignorable="wps"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

# ---- WordprocessingML pieces ---------------------------------------------


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(text='', bold=False, hidden=False, style=None, inner=''):
    props = ''
    if style:
        props += '<w:rStyle w:val="%s"/>' % style
    if bold:
        props += '<w:b/>'
    if hidden:
        props += '<w:vanish/>'
    rpr = '<w:rPr>%s</w:rPr>' % props if props else ''
    return '<w:r>%s%s%s</w:r>' % (rpr, inner, t(text) if text else '')


def para(*runs, style=None, num=None, outline=None, frame=False, keep_tabs=False):
    ppr = ''
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep_tabs:
        # Tab stops are w:tab elements too; they are no text.
        ppr += '<w:tabs><w:tab w:val="left" w:pos="4536"/></w:tabs>'
    if frame:
        ppr += '<w:framePr w:w="2500" w:hAnchor="page" w:x="9000" w:y="3000"/>'
    if num is not None:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
    if outline is not None:
        ppr += '<w:outlineLvl w:val="%d"/>' % outline
    body = ''.join(r if r.startswith('<') else run(r) for r in runs)
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', body)


def cell(*paragraphs):
    content = ''.join(p if p.startswith('<') else para(p) for p in paragraphs)
    return '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>%s</w:tc>' % (content or '<w:p/>')


def table(*rows):
    xml = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/></w:tblGrid>'
    for row in rows:
        xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>'
        xml += ''.join(c if c.startswith('<w:tc') else cell(c) for c in row)
        xml += '</w:tr>'
    return xml + '</w:tbl>'


def footnote_ref(note_id):
    return '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % note_id


def complex_field(instruction, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (escape(instruction), run(result))


def text_box(*paragraphs):
    """A text box as Word writes it: DrawingML, and VML for older readers."""
    content = '<w:txbxContent>%s</w:txbxContent>' % ''.join(paragraphs)
    return ('<w:r><mc:AlternateContent>'
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Kolom"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:txbx>%s</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox>%s</v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>') % (content, content)


def document(body, sect=''):
    return DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, body, sect)


def notes(*notes_xml):
    return DECL + ('<w:footnotes %s>'
                   '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '%s</w:footnotes>') % (NS, ''.join(notes_xml))


def note(note_id, *paragraph_texts):
    paragraphs = []
    for i, text in enumerate(paragraph_texts):
        mark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r>' if i == 0 else ''
        paragraphs.append('<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>%s%s</w:p>' % (mark, text if text.startswith('<') else run(text)))
    return '<w:footnote w:id="%d">%s</w:footnote>' % (note_id, ''.join(paragraphs))


def header(*paragraphs, root='hdr'):
    return DECL + '<w:%s %s>%s</w:%s>' % (root, NS, ''.join(paragraphs), root)


def style(style_id, name, kind='paragraph', based_on=None, numbered=False, bold=False, default=False):
    xml = '<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>' % (kind, ' w:default="1"' if default else '', style_id, name)
    if based_on:
        xml += '<w:basedOn w:val="%s"/>' % based_on
    if numbered:
        xml += '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>'
    if bold:
        xml += '<w:rPr><w:b/></w:rPr>'
    return xml + '</w:style>'


def styles(*style_xml):
    return DECL + '<w:styles %s><w:docDefaults/>%s</w:styles>' % (NS, ''.join(style_xml))


STANDARD_STYLES = [
    style('Normal', 'Normal', default=True),
    style('Heading1', 'heading 1', based_on='Normal'),
    style('Heading2', 'heading 2', based_on='Normal'),
    style('Title', 'Title', based_on='Normal'),
    style('ListParagraph', 'List Paragraph', based_on='Normal'),
    style('FootnoteText', 'footnote text', based_on='Normal'),
    style('FootnoteReference', 'footnote reference', kind='character'),
]

# ---- packages ------------------------------------------------------------


def content_types(parts):
    overrides = {
        'word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'word/styles.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
        'word/footnotes.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
    }
    xml = DECL + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>')
    for name in parts:
        if name in overrides:
            xml += '<Override PartName="/%s" ContentType="%s"/>' % (name, overrides[name])
    return xml + '</Types>'


def relationships(rels):
    xml = DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for rid, kind, target in rels:
        mode = ' TargetMode="External"' if target.startswith('http') else ''
        xml += '<Relationship Id="%s" Type="%s%s" Target="%s"%s/>' % (rid, REL, kind, target, mode)
    return xml + '</Relationships>'


def write_zip(name, parts):
    """parts: list of (name, text or bytes), written in this order."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, 'w') as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)
    return path


def write_docx(name, body, sect='', extra_parts=(), extra_rels=(), with_styles=None):
    """A complete package: content types, relationships, styles, the document."""
    style_list = STANDARD_STYLES if with_styles is None else with_styles
    rels = [('rIdStyles', 'styles', 'styles.xml')] + list(extra_rels)
    parts = [('word/document.xml', document(body, sect)), ('word/styles.xml', styles(*style_list))] + list(extra_parts)
    all_parts = [('[Content_Types].xml', content_types([p for p, _ in parts])),
                 ('_rels/.rels', relationships([('rId1', 'officeDocument', 'word/document.xml')])),
                 ('word/_rels/document.xml.rels', relationships(rels))] + parts
    return write_zip(name, all_parts)


def write_raw(name, data):
    path = os.path.join(HERE, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def patch_entry(path, part, size=None, flags_or=0):
    """Rewrites the declared unpacked size and/or flags of one entry, in its
    local header and in the central directory (to make a lying archive)."""
    data = bytearray(open(path, 'rb').read())
    encoded = part.encode()
    pos = 0
    while True:
        local = data.find(b'PK\x03\x04', pos)
        if local < 0:
            break
        name_len = struct.unpack_from('<H', data, local + 26)[0]
        if data[local + 30:local + 30 + name_len] == encoded:
            if size is not None:
                struct.pack_into('<I', data, local + 22, size)
            struct.pack_into('<H', data, local + 6, struct.unpack_from('<H', data, local + 6)[0] | flags_or)
        pos = local + 4
    pos = 0
    while True:
        central = data.find(b'PK\x01\x02', pos)
        if central < 0:
            break
        name_len = struct.unpack_from('<H', data, central + 28)[0]
        if data[central + 46:central + 46 + name_len] == encoded:
            if size is not None:
                struct.pack_into('<I', data, central + 24, size)
            struct.pack_into('<H', data, central + 8, struct.unpack_from('<H', data, central + 8)[0] | flags_or)
        pos = central + 4
    open(path, 'wb').write(bytes(data))


# ---- good fixtures -------------------------------------------------------


def rijksoverheid_letter():
    """A whole letter in the Rijksoverheid template: the side column in a text
    box, the ministry in the first page's header, references in the header
    of later pages, a page number field in the footer, the Datum/Betreft
    block as a table, footnotes, headings, a list, a table and the
    signatures side by side in a table."""
    column = text_box(
        para('Directie Europa'), para('Rijnstraat 8'), para('2515 XP  Den Haag'),
        para('Contactpersoon'), para('J. Jansen'),
        para('Ons kenmerk'), para('BZ-2025-0042'),
        para('Bijlage(n)'), para('1'))
    body = ''.join([
        para(column),
        para('Aan de Voorzitter van de Tweede Kamer'),
        para('der Staten-Generaal'),
        para('Postbus 20018'),
        para('2500 EA  DEN HAAG'),
        table(['Datum', '4 maart 2025'], ['Betreft', 'Voortgang steun aan Oekraïne']),
        para('Geachte voorzitter,'),
        para('<w:bookmarkStart w:id="0" w:name="_Hlk176777992"/>',
             run('Met deze brief informeer ik uw Kamer over de steun aan Oekraïne, zoals toegezegd in het commissiedebat van 12 februari jl.'),
             footnote_ref(2),
             '<w:bookmarkEnd w:id="0"/>',
             run(' Deze brief is mede namens de minister van Defensie.')),
        para('Militaire steun', style='Heading1'),
        para('Nederland heeft in 2024 voor 2 miljard euro aan militaire steun geleverd. '
             'Het kabinet zal uw Kamer voor de zomer informeren over de voortgang van de leveringen.'),
        para('F-16-toestellen en munitie', style='ListParagraph', num=1),
        para('Luchtverdediging', style='ListParagraph', num=1),
        para(run('Financiële steun', bold=True)),
        para(run('Zoals beschreven in '), complex_field(' REF _Ref123 \\h ', 'paragraaf 2'),
             run(' blijft de steun voor herstel '),
             '<w:del w:id="1" w:author="A"><w:r><w:delText>dalen</w:delText></w:r></w:del>',
             '<w:ins w:id="2" w:author="A"><w:r><w:t>op peil</w:t></w:r></w:ins>',
             run('.'), footnote_ref(3)),
        table(['Onderdeel', '2024', '2025'], ['Munitie', '120', '150']),
        para('De Europese Raad komt op 6 maart bijeen.'),
        para('Hoogachtend,'),
        table([cell('De minister van Buitenlandse Zaken,', '', '', 'Caspar Veldkamp'),
               cell('De minister van Defensie,', '', '', 'Ruben Brekelmans')]),
    ])
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId11"/>'
            '<w:headerReference w:type="first" r:id="rId10"/>'
            '<w:footerReference w:type="default" r:id="rId12"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr>')
    footnotes = notes(note(2, 'Kamerstuk 21 501-20, nr. 2208.'),
                      note(3, 'Kamerstuk 36 045, nr. 191.'))
    header_first = header(para('Ministerie van Buitenlandse Zaken'))
    header_default = header(para('Ons kenmerk BZ-2025-0042', frame=True), para('Uw kenmerk 2025Z01234', frame=True))
    footer = header(para(run('Pagina '), complex_field(' PAGE ', '1'), run(' van '), complex_field(' NUMPAGES ', '2')), root='ftr')
    write_docx('rijksoverheid-letter.docx', body, sect,
               extra_parts=[('word/footnotes.xml', footnotes), ('word/header1.xml', header_first),
                            ('word/header2.xml', header_default), ('word/footer1.xml', footer)],
               extra_rels=[('rIdNotes', 'footnotes', 'footnotes.xml'), ('rId10', 'header', 'header1.xml'),
                           ('rId11', 'header', 'header2.xml'), ('rId12', 'footer', 'footer1.xml'),
                           ('rIdLink', 'hyperlink', 'https://www.rijksoverheid.nl')])


def styles_fixture():
    """Paragraph kinds from styles (names, ids, inheritance, outline levels,
    numbering), from bold text, and typed bullets."""
    style_list = STANDARD_STYLES + [
        style('Kop2', 'heading 2', based_on='Normal'),
        style('BriefKop', 'Brief kop', based_on='Heading1'),
        style('Lijstopsomteken', 'List Bullet', based_on='Normal'),
        style('Genummerd', 'Genummerd', based_on='Normal', numbered=True),
        style('Zwaar', 'Strong', kind='character', bold=True),
    ]
    body = ''.join([
        para('Inleiding', style='Heading1'),
        para('Dit is de eerste alinea van de brief.'),
        para('Achtergrond', style='Kop2'),
        para('Maatregelen', style='BriefKop'),
        para('Hoofdlijnen', outline=1),
        para('Een punt in een lijst met opsommingstekens.', style='Lijstopsomteken'),
        para('Een genummerd punt.', num=2),
        para('Een alinea in een genummerde stijl zonder nummer.', style='Genummerd', num=0),
        para('Een alinea in een genummerde stijl.', style='Genummerd'),
        para('Conclusies', style='Kop3'),
        para('Het kabinet trekt hieruit conclusies.'),
        para('• Een getypt opsommingsteken.'),
        para(run('Samenvatting', style='Zwaar')),
        para(run('Vervolg', bold=True)),
        para('Gewone korte regel'),
        para('Slotopmerking', style='Title'),
        para(run('Deze zin is vetgedrukt maar geen kop.', bold=True)),
        para(run('Zichtbare tekst'), run(' en verborgen tekst', hidden=True), run('.')),
        para('Dit is de laatste alinea.'),
    ])
    write_docx('styles.docx', body, with_styles=style_list)


def footnotes_fixture():
    """Footnotes numbered in the order of their references (not by id), a
    note of two paragraphs, a note nobody refers to, a reference in deleted
    text."""
    body = ''.join([
        para('Geachte voorzitter,'),
        para(run('De motie Van Dijk'), footnote_ref(3), run(' vraagt het kabinet om een brief.')),
        para(run('Het rapport van de commissie'), footnote_ref(2), run(' is openbaar gemaakt.'), footnote_ref(5),
             '<w:del w:id="9" w:author="A"><w:r><w:delText>Oud</w:delText></w:r>%s</w:del>' % footnote_ref(4)),
        para('Hoogachtend,'),
    ])
    footnotes = notes(
        note(2, 'Kamerstuk 36 045, nr. 191.', 'Zie ook de bijlage.'),
        note(3, 'Kamerstuk 21 501-20, nr. 2208.'),
        note(4, 'Een voetnoot bij verwijderde tekst.'),
        note(5, run('Rapport ') + complex_field(' DATE ', 'verschenen op 3 maart 2025') + run('.')),
        note(6, 'Een voetnoot zonder verwijzing.'))
    write_docx('footnotes.docx', body, extra_parts=[('word/footnotes.xml', footnotes)],
               extra_rels=[('rIdNotes', 'footnotes', 'footnotes.xml')])


def table_fixture():
    """Tables as text: one paragraph per row, cells with several paragraphs,
    a merged cell, a table inside a cell."""
    merged = '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
    nested = '<w:tc>%s%s</w:tc>' % (para('Uitsplitsing'), table(['Noord', '1'], ['Zuid', '2']))
    body = ''.join([
        para('Geachte voorzitter,'),
        para('De cijfers staan in de tabel hieronder.'),
        table(['Regio', '2024', '2025'],
              ['Noord', '1.450', '980'],
              [cell('Zuid en', 'Oost'), '700', '650'],
              [merged, '710', '660'],
              ['Totaal', nested]),
        para('Na de tabel volgt nog een alinea.'),
    ])
    write_docx('table.docx', body)


def fields_fixture():
    """Bookmarks, complex and simple fields (instructions dropped, results
    kept), nested fields, tracked changes, content controls, hyperlinks,
    hidden markup characters."""
    nested_field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
                    '%s'
                    '<w:r><w:instrText xml:space="preserve"> = 1 "ja" "nee" </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s'
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (complex_field(' MERGEFIELD keuze ', 'waarde'), run('ja'))
    body = ''.join([
        para('Geachte voorzitter,'),
        para('<w:bookmarkStart w:id="3" w:name="_Ref123"/>', run('Zie '),
             complex_field(' HYPERLINK "https://www.rijksoverheid.nl" ', 'de website'),
             run(' en '), '<w:fldSimple w:instr=" PAGE ">%s</w:fldSimple>' % run('bladzijde 3'),
             '<w:bookmarkEnd w:id="3"/>', run('.')),
        para(run('Uitkomst: '), nested_field, run('.')),
        para(run('Het kabinet '),
             '<w:del w:id="4" w:author="A"><w:r><w:delText>zal niet </w:delText></w:r></w:del>',
             '<w:ins w:id="5" w:author="A"><w:r><w:t>zal wel </w:t></w:r></w:ins>',
             run('reageren'),
             '<w:moveFrom w:id="6" w:author="A"><w:r><w:t> later</w:t></w:r></w:moveFrom>',
             '<w:moveTo w:id="7" w:author="A"><w:r><w:t> spoedig</w:t></w:r></w:moveTo>',
             run('.')),
        para(run('De verant\u00adwoordelijkheid ligt bij Noord'), '<w:r><w:noBreakHyphen/></w:r>', run('Holland.')),
        para(run('Eerste regel'), '<w:r><w:br/></w:r>', run('tweede regel.')),
        '<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around"/></w:pPr>%s</w:p>' % run('D'),
        para('it is een alinea met een initiaal.'),
        para(run('Geen\ue001 voetnoot.')),
        para(run('Kolom'), '<w:r><w:tab/></w:r>', run('twee.'), keep_tabs=True),
        '<w:sdt><w:sdtPr><w:alias w:val="Onderwerp"/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
        % para('Tekst in een inhoudsbesturingselement.'),
        para(run('Lees '), '<w:hyperlink r:id="rIdLink">%s</w:hyperlink>' % run('de toelichting'),
             '<w:proofErr w:type="spellStart"/>', run(' online'), '<w:proofErr w:type="spellEnd"/>', run('.')),
        para('Hoogachtend,'),
    ])
    write_docx('fields-revisions.docx', body, extra_rels=[('rIdLink', 'hyperlink', 'https://www.rijksoverheid.nl')])


def no_relationships_fixture():
    """Only the parts, no relationships and no styles: the conventional part
    names and the style ids are all there is."""
    body = ''.join([
        para('Geachte voorzitter,'),
        para('Voortgang', style='Kop1'),
        para(run('De staatssecretaris zal de Kamer informeren.'), footnote_ref(1)),
        para('Een punt.', style='Lijstalinea'),
    ])
    parts = [('[Content_Types].xml', content_types(['word/document.xml'])),
             ('word/document.xml', document(body)),
             ('word/footnotes.xml', notes(note(1, 'Kamerstuk 31 288, nr. 1100.'))),
             ('word/header1.xml', header(para('Ministerie van Financiën')))]
    write_zip('no-relationships.docx', parts)


def title_fixture():
    """A title instead of a Betreft line: it is the subject."""
    body = ''.join([
        para('Stand van zaken Oekraïne', style='Title'),
        para('Geachte voorzitter,'),
        para('Hierbij informeer ik u over de stand van zaken.'),
    ])
    write_docx('title-as-subject.docx', body)


def letterhead_without_salutation_fixture():
    """A note without salutation: only the leading letterhead rows count."""
    body = ''.join([
        table(['Datum', '4 maart 2025'], ['Betreft', 'Nota over de begroting']),
        para('Het kabinet zal de begroting in mei aanpassen.'),
        para('Datum van de stemming is nog onbekend.'),
    ])
    write_docx('letterhead-without-salutation.docx', body)


def custom_part_names_fixture():
    """The main part where _rels/.rels says it is, not at word/document.xml."""
    body = para('Geachte voorzitter,') + para('Dit document staat in een ander deel.')
    parts = [('[Content_Types].xml', content_types([])),
             ('_rels/.rels', relationships([('rId1', 'officeDocument', 'tekst/brief.xml')])),
             ('tekst/_rels/brief.xml.rels', relationships([('rId1', 'styles', 'opmaak.xml')])),
             ('tekst/brief.xml', document(body)),
             ('tekst/opmaak.xml', styles(*STANDARD_STYLES))]
    write_zip('custom-part-names.docx', parts)


# ---- bad fixtures --------------------------------------------------------


def bad_fixtures():
    letter = open(os.path.join(HERE, 'rijksoverheid-letter.docx'), 'rb').read()
    write_raw('truncated.docx', letter[:len(letter) * 6 // 10])

    # 60 MB of white space between two elements: deflate packs it into
    # about 60 kB. The honest one declares its size, the lying one says 1 kB.
    bomb = document(para('Ontploft') + ' ' * (60 * 1024 * 1024))
    write_zip('zip-bomb.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                ('word/document.xml', bomb)])
    path = write_zip('zip-bomb-lying-size.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                                  ('word/document.xml', bomb)])
    patch_entry(path, 'word/document.xml', size=1024)

    write_docx('empty-document.docx', para('') + table(['', '']))
    write_zip('not-a-docx.zip', [('readme.txt', 'Dit is een gewoon ZIP-archief.\n')])
    write_raw('not-a-zip.docx', 'Dit is geen Word-document maar platte tekst.\n'.encode())
    write_raw('password-protected.docx', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(504))

    laughs = (DECL + '<!DOCTYPE w:document [\n'
              '<!ENTITY lol "lol">\n'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
              ']>\n<w:document %s><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>' % NS)
    write_zip('billion-laughs.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                      ('word/document.xml', laughs)])
    external = (DECL + '<!DOCTYPE w:document [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
                '<w:document %s><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>' % NS)
    write_zip('external-entity.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                       ('word/document.xml', external)])

    # The w:t is closed by </w:r>: broken on line 5 (the declaration is line 1).
    malformed = (DECL + '<w:document %s>\n<w:body>\n<w:p><w:r><w:t>Goed</w:t></w:r></w:p>\n'
                 '<w:p><w:r><w:t>Kapot</w:r></w:p>\n</w:body>\n</w:document>\n' % NS)
    write_zip('malformed-xml.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                     ('word/document.xml', malformed)])

    deep = document('<w:tbl><w:tr><w:tc>' * 100 + para('Diep') + '</w:tc></w:tr></w:tbl>' * 100)
    write_zip('deep-nesting.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                    ('word/document.xml', deep)])

    path = write_zip('encrypted-entry.docx', [('[Content_Types].xml', content_types(['word/document.xml'])),
                                              ('word/document.xml', document(para('Geheim')))])
    patch_entry(path, 'word/document.xml', flags_or=0x0001)

    # Damage the deflate stream of word/document.xml in the middle.
    data = bytearray(letter)
    pos = 0
    while True:
        local = data.find(b'PK\x03\x04', pos)
        name_len, extra_len = struct.unpack_from('<HH', data, local + 26)
        if data[local + 30:local + 30 + name_len] == b'word/document.xml':
            start = local + 30 + name_len + extra_len
            size = struct.unpack_from('<I', data, local + 18)[0]
            for i in range(start + size // 3, start + size // 3 + 64):
                data[i] ^= 0x5A
            break
        pos = local + 4
    write_raw('corrupt-deflate.docx', bytes(data))


if __name__ == '__main__':
    rijksoverheid_letter()
    styles_fixture()
    footnotes_fixture()
    table_fixture()
    fields_fixture()
    no_relationships_fixture()
    title_fixture()
    letterhead_without_salutation_fixture()
    custom_part_names_fixture()
    bad_fixtures()
