#!/usr/bin/python3
"""docx_report.py FILE.docx -> JSON on stdout: page size, margins, and per paragraph the style id,
text, alignment and the resolved east-Asian font and size of each run, read with python-docx
(Debian python3-docx) - independently of the exporter and of layout_check.py."""
import json
import sys

import docx
from docx.oxml.ns import qn


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def east_asia(rpr):
    if rpr is None or rpr.rFonts is None:
        return None
    return rpr.rFonts.get(qn('w:eastAsia'))


def resolved(run, paragraph, defaults_font, defaults_size):
    font = east_asia(run._element.rPr)
    size = run.font.size.pt if run.font.size is not None else None
    char_style = run.style if run.style is not None and run.style.type == 2 and run.style.style_id != 'DefaultParagraphFont' else None
    for s in ([char_style] if char_style is not None else []) + list(style_chain(paragraph.style)):
        if font is None:
            font = east_asia(s.element.rPr)
        if size is None and s.font.size is not None:
            size = s.font.size.pt
    return font or defaults_font, size or defaults_size


def main(path):
    d = docx.Document(path)
    styles_el = d.styles.element
    rpr_default = styles_el.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr'))
    defaults_font = east_asia(rpr_default)
    sz = rpr_default.find(qn('w:sz'))
    defaults_size = int(sz.get(qn('w:val'))) / 2 if sz is not None else None
    sections = [{
        'page_width_twips': s.page_width.twips, 'page_height_twips': s.page_height.twips,
        'top_twips': s.top_margin.twips, 'bottom_twips': s.bottom_margin.twips,
        'left_twips': s.left_margin.twips, 'right_twips': s.right_margin.twips,
        'footer_distance_twips': s.footer_distance.twips,
        'footers': {'odd': s.footer.paragraphs[0].text if s.footer.paragraphs else None,
                    'even': s.even_page_footer.paragraphs[0].text if s.even_page_footer.paragraphs else None},
    } for s in d.sections]
    paragraphs = []
    for p in d.paragraphs:
        runs = []
        for r in p.runs:
            font, size = resolved(r, p, defaults_font, defaults_size)
            runs.append({'text': r.text, 'font': font, 'size': size, 'bold': r.bold})
        paragraphs.append({
            'style': p.style.style_id if p.style is not None else None,
            'text': p.text,
            'alignment': str(p.paragraph_format.alignment or p.style.paragraph_format.alignment),
            'line_spacing_twips': p.paragraph_format.line_spacing.twips if p.paragraph_format.line_spacing is not None else None,
            'runs': runs,
        })
    json.dump({'sections': sections, 'paragraphs': paragraphs}, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
