"""Build templates/reference.docx: pandoc's default reference document plus the
project's paragraph styles (A4, Times New Roman 11 pt, justified, hyphenation on,
footnotes numbered continuously). Styles are named after what they hold: the cover
(masthead) lines, the title, the formula, preambular and operative paragraphs (number
hanging, then a tab), sub-paragraph levels, annex headings, footnote text.
The fonts for Arabic (complex script, right to left) and Chinese (East Asian) are set
per document by pipeline/export/writers.py, from the document's language.

    python pipeline/export/templates/make_reference_docx.py

Needs python-docx (a test/dev dependency only); the result is committed, so
running the exporter never needs python-docx.
"""
import io
import subprocess
import sys
import tempfile
from pathlib import Path

import pypandoc
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script from anywhere: the package's zip rewriter
from pipeline.export.writers import rezip  # noqa: E402
FONT = "Times New Roman"

# name: (based on, alignment, left indent, first-line indent, space after, size, bold, italic)
STYLES = {
    "Cover": ("Normal", WD_ALIGN_PARAGRAPH.LEFT, 0, 0, 2, 10, False, False),
    "Cover symbol": ("Cover", WD_ALIGN_PARAGRAPH.RIGHT, 0, 0, 4, 14, True, False),
    "Cover issuing body": ("Cover", WD_ALIGN_PARAGRAPH.LEFT, 0, 0, 6, 18, True, False),
    "Cover date": ("Cover", WD_ALIGN_PARAGRAPH.RIGHT, 0, 0, 0, 10, False, False),
    "Cover agenda item": ("Cover", WD_ALIGN_PARAGRAPH.LEFT, 0, 0, 2, 10, True, False),
    "Cover resolution line": ("Cover", WD_ALIGN_PARAGRAPH.LEFT, 0, 0, 4, 12, True, False),
    # the masthead as printed: publisher | symbol on one line, issuing body | distribution and date
    "Cover masthead": ("Cover", WD_ALIGN_PARAGRAPH.LEFT, 0, 0, 4, 10, False, False),
    "Cover masthead columns": ("Cover", WD_ALIGN_PARAGRAPH.LEFT, 0, 0, 0, 10, False, False),
    "Resolution title": ("Normal", WD_ALIGN_PARAGRAPH.LEFT, 1.27, -1.27, 12, 12, True, False),
    "Formula": ("Normal", WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 1.27, 6, 11, False, False),
    "Preambular paragraph": ("Normal", WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 1.27, 6, 11, False, False),
    "Operative paragraph": ("Normal", WD_ALIGN_PARAGRAPH.JUSTIFY, 1.27, -1.27, 6, 11, False, False),
    "Sub-paragraph": ("Normal", WD_ALIGN_PARAGRAPH.JUSTIFY, 2.54, -1.27, 6, 11, False, False),
    "Sub-paragraph 2": ("Normal", WD_ALIGN_PARAGRAPH.JUSTIFY, 3.81, -1.27, 6, 11, False, False),
    "Sub-paragraph 3": ("Normal", WD_ALIGN_PARAGRAPH.JUSTIFY, 5.08, -1.27, 6, 11, False, False),
    "Annex heading": ("Normal", WD_ALIGN_PARAGRAPH.CENTER, 0, 0, 12, 12, True, False),
    "Conclusions": ("Normal", WD_ALIGN_PARAGRAPH.RIGHT, 0, 0, 0, 11, False, False),
}
# Tab stops of the masthead's lines: the symbol at the right edge of the text; the distribution
# and date in a column of their own, as in the print (measured there at 60 % of the width)
TABS = {"Cover masthead": (16.2, WD_TAB_ALIGNMENT.RIGHT), "Cover masthead columns": (9.7, WD_TAB_ALIGNMENT.LEFT)}
# Character styles for the runs of those lines: name: (size, bold)
RUN_STYLES = {"Masthead publisher": (14, False), "Masthead symbol": (14, True), "Masthead issuing body": (18, True)}
# Pandoc's own styles that the exporter's documents can use (pipeline/export/ast.py makes
# headings of levels 3-6, tables without captions whose cells are Compact, footnotes and
# links; headings 1 and 2 stay for the reader's own use) and the styles they are based on.
# The others (title block, abstract, code, figures, definition lists...) are removed: Word's
# style list then shows what a resolution uses, and pandoc's DOCX writer, which reads every
# style of the reference document for every document, is faster.
PANDOC_STYLES = ("Normal", "Default Paragraph Font", "Body Text", "First Paragraph",
                 *(f"Heading {n}" for n in range(1, 7)), "Footnote Text", "Footnote Reference",
                 "Hyperlink", "Body Text Char", "Table", "Compact")


def main(out=HERE / "reference.docx"):
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "default.docx"
        subprocess.run([pypandoc.get_pandoc_path(), "-o", str(base),
                        "--print-default-data-file", "reference.docx"], check=True)
        doc = Document(str(base))
    for section in doc.sections:  # A4
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.4)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.4)
    styles = doc.styles
    for name in ("Normal", "Body Text", "First Paragraph", "Footnote Text", "Compact"):
        if name in [s.name for s in styles]:
            st = styles[name]
            st.font.name, st.font.size = FONT, Pt(9 if name == "Footnote Text" else 11)
            # table cells (Compact) from the start side, as in the PDF: narrow columns justified gape
            st.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.LEFT if name == "Compact"
                                             else WD_ALIGN_PARAGRAPH.JUSTIFY)
            if name == "Footnote Text":
                pf = st.paragraph_format
                pf.left_indent, pf.first_line_indent, pf.space_after = Cm(0.5), Cm(-0.5), Pt(2)
    for name, (base_on, align, left, first, after, size, bold, italic) in STYLES.items():
        existing = [s for s in styles if s.name == name]
        st = existing[0] if existing else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base_on]
        st.quick_style = True
        pf = st.paragraph_format
        pf.alignment, pf.left_indent, pf.first_line_indent = align, Cm(left), Cm(first)
        pf.space_before, pf.space_after = Pt(0), Pt(after)
        st.font.name, st.font.size, st.font.bold, st.font.italic = FONT, Pt(size), bold, italic
        if name in TABS:
            position, alignment = TABS[name]
            pf.tab_stops.add_tab_stop(Cm(position), alignment)
    for name, (size, bold) in RUN_STYLES.items():
        st = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        st.base_style = styles["Default Paragraph Font"]
        st.font.size, st.font.bold = Pt(size), bold
    for level in range(1, 7):
        name = f"Heading {level}"
        if name in [s.name for s in styles]:
            st = styles[name]
            st.font.name, st.font.size, st.font.bold, st.font.italic = FONT, Pt(12 if level <= 2 else 11), True, False
            st.font.color.rgb = None
    for st in styles:  # the same bold, italic and size for complex scripts (Arabic)
        rpr = st.element.find(qn("w:rPr"))
        if rpr is None:
            continue
        for tag, cs in (("b", "bCs"), ("i", "iCs"), ("sz", "szCs")):
            el = rpr.find(qn(f"w:{tag}"))
            if el is not None and rpr.find(qn(f"w:{cs}")) is None:
                twin = OxmlElement(f"w:{cs}")
                for k, v in el.attrib.items():
                    twin.set(k, v)
                el.addnext(twin)
    keep = {*PANDOC_STYLES, *STYLES, *RUN_STYLES}
    for st in list(styles):
        if st.name not in keep:
            st.element.getparent().remove(st.element)
    for link in styles.element.findall(f".//{qn('w:link')}"):  # a heading's linked character style
        link.getparent().remove(link)
    body = doc.element.body  # pandoc reads only the page setup (sectPr) from the sample text
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    settings = doc.settings.element
    for tag in ("autoHyphenation", "footnotePr"):
        for old in settings.findall(qn(f"w:{tag}")):
            settings.remove(old)
    hyph = OxmlElement("w:autoHyphenation")
    hyph.set(qn("w:val"), "true")
    tab = settings.find(qn("w:defaultTabStop"))
    (tab.addnext(hyph) if tab is not None else settings.append(hyph))
    foot = OxmlElement("w:footnotePr")
    for tag, val in (("numFmt", "decimal"), ("numRestart", "continuous")):
        el = OxmlElement(f"w:{tag}")
        el.set(qn("w:val"), val)
        foot.append(el)
    anchor = next((settings.find(qn(f"w:{t}")) for t in ("endnotePr", "compat", "rsids", "themeFontLang")
                   if settings.find(qn(f"w:{t}")) is not None), None)
    (anchor.addprevious(foot) if anchor is not None else settings.append(foot))
    doc.core_properties.author = "akn-pipeline"
    buf = io.BytesIO()
    doc.save(buf)
    # every entry dated 1980-01-01: building it again gives the same bytes (the tool's
    # fingerprint hashes this file; writers.py dates each DOCX anyway)
    out.write_bytes(rezip(buf.getvalue(), lambda name, body: body, (1980, 1, 1, 0, 0, 0)))
    print(out)


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:]))
