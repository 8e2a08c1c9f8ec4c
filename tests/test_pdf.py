"""PDF: print layout, typography per language, PDF/A with the AKN embedded, on real corpus files."""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from pipeline.export import nodes as N, pandoc, pdf
from pipeline.export.ast import build
from pipeline.export.to_typst import french_spacing
from pipeline.xmlio import read_akn

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from pdf_checks import check_pdf, pdf_text  # noqa: E402
from shared_corpus import CORPUS  # noqa: E402

CLEAN = CORPUS / "clean-ga"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
NAMES = [f"A_RES_78_123_{lang}" for lang in LANGS] + ["A_RES_76_243_en", "A_RES_80_236_A-B_fr"]
pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def source(name):
    return CLEAN / f"{name}.xml"


def doc_of(name):
    return build(read_akn(source(name)), pandoc.api_version())


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """name -> (pdf path, typst warnings, typst source); the official XML files as input."""
    out = tmp_path_factory.mktemp("pdf")
    result = {}
    for name in NAMES:
        doc, meta = doc_of(name)
        data, warns = pdf.render_with_warnings(doc, meta.date_iso, source(name).read_bytes())
        path = out / f"{name}.pdf"
        path.write_bytes(data)
        result[name] = (path, warns, pdf.typst_source(doc).decode("utf-8"))
    return result


@pytest.mark.parametrize("name", NAMES)
def test_checks(made, name):
    path, warns, _ = made[name]
    assert warns == []  # no unknown font, no missing glyph, PDF/A made
    results = check_pdf(path, source(name), typst_warnings=warns)
    bad = {k: v.detail for k, v in results.items() if not v.ok}
    assert not bad, bad
    assert set(results) >= {"pdfa", "tagged", "akn_embedded", "fonts_embedded", "text_back",
                            "no_missing_glyph", "language", "running_header"}
    assert results["pdfa"].detail == "PDF/A-3a"


def test_metadata(made):
    info = PdfReader(made["A_RES_78_123_fr"][0]).metadata
    assert info.title == "78/123. Journée internationale de la pomme de terre"
    assert info.subject == "A/RES/78/123" and "A/RES/78/123" in info["/Keywords"]
    assert info.creation_date.year == 2023 and info.creation_date.day == 8
    assert PdfReader(made["A_RES_78_123_zh"][0]).trailer["/Root"]["/Lang"] == "zh-CN"


@pdftotext
def test_running_header_and_page_numbers_from_page_2(made):
    path = made["A_RES_78_123_en"][0]
    pages = len(PdfReader(path).pages)
    assert pages >= 2
    first = pdf_text(path, 1, 1)
    assert first.count("A/RES/78/123") == 1  # the masthead's symbol only, no running header
    assert not re.search(rf"\b1/{pages}\b", first)
    second = [line for line in pdf_text(path, 2, 2).splitlines() if line.strip()]
    assert second[0].strip() == "A/RES/78/123"
    assert f"2/{pages}" in [line.strip() for line in second[-2:]]  # beside the job number


@pdftotext
def test_annex_on_a_new_page(made):
    path = made["A_RES_76_243_en"][0]
    reader = PdfReader(path)
    annex_page = next(i for i in range(1, len(reader.pages) + 1)
                      if "Estimated appropriation for 2022" in pdf_text(path, i, i))
    lines = [line.strip() for line in pdf_text(path, annex_page, annex_page).splitlines() if line.strip()]
    assert annex_page > 1 and lines[:2] == ["A/RES/76/243", "Annex"]


def test_french_spacing_in_typst_not_in_akn(made):
    path, _, typ = made["A_RES_78_123_fr"]
    assert "terre\u202f;" in typ and "«~Transformer" in typ and "2030~»" in typ and "monde~:" in typ
    if shutil.which("pdftotext"):  # no line of the PDF starts with ; : ! ? » nor ends with «
        lines = [line.strip() for line in pdf_text(path).splitlines() if line.strip()]
        assert "terre ;" in pdf_text(path)
        assert not [line for line in lines if line[0] in ";:!?»" or line.endswith("«")]
    akn = source("A_RES_78_123_fr").read_text(encoding="utf-8")
    assert "\u202f" not in akn  # the AKN is never altered: the embedded file is the user's bytes
    assert check_pdf(path, source("A_RES_78_123_fr"))["akn_embedded"].ok


def _words(text):
    """One Str per word, Space between (as pandoc's readers give text)."""
    return [node for i, word in enumerate(text.split(" ")) for node in ([N.SPACE] if i else []) + [N.Str(word)]]


@pytest.mark.parametrize("as_one_str", [False, True])  # words as Str/Space, or runs as one Str
def test_french_spacing_rules(as_one_str):
    inls = _words("Il dit : « oui » ; puis «non» et encore! Voir https://undocs.org/A?x à 10:30 ?")
    if as_one_str:
        inls = N.compact(inls)
        assert len(inls) == 1
    else:
        assert len(inls) > 30
    inls.append(N.Link([N.Str("lien?")], "https://x"))
    french_spacing(inls)
    text = "".join(n["c"] if n["t"] == "Str" else " " for n in inls)
    assert "dit\u00a0:" in text and "«\u00a0oui\u00a0»\u202f;" in text and "«\u00a0non\u00a0»" in text
    assert "encore\u202f!" in text and "10:30\u202f?" in text
    assert "undocs.org/A\u202f?x" in text  # plain text (not a link): French rule applies
    assert inls[-1]["c"][1] == [N.Str("lien?")]  # never inside a link


def test_french_spacing_across_nodes():
    """The space before ':' belongs to another node than the colon (emphasis, a note's text)."""
    inls = [N.Str("Il dit "), N.Emph([N.Str(": oui")]), N.SPACE, N.Str("»")]
    french_spacing(inls)
    assert inls[0]["c"] == "Il dit\u00a0" and inls[2]["c"] == "\u00a0"


def test_english_untouched(made):
    typ = made["A_RES_78_123_en"][2]
    assert "\u202f" not in typ and 'lang: "en"' in typ


@pdftotext
@pytest.mark.parametrize("name", [n for n in NAMES if n[-2:] not in ("ar", "zh")])
def test_no_word_broken_at_line_end(made, name):
    """As in the official print, a line ends in a hyphen only at a compound's own hyphen, never
    in a hyphen (or soft hyphen) typst added: words copied from the PDF read back whole."""
    from lxml import etree
    words = " ".join(" ".join(etree.parse(str(source(name))).getroot().itertext()).split())
    # within each page: a page's last line goes on after the footnotes, the job and page numbers
    # and the next page's running header
    path = made[name][0]
    pages = [[line.strip() for line in pdf_text(path, i, i).splitlines() if line.strip()]
             for i in range(1, len(PdfReader(path).pages) + 1)]
    broken = []
    for line, after in ((a, b) for lines in pages for a, b in zip(lines, lines[1:])):
        head, nxt = re.search(r"(\w+)[-\u00ad]$", line), re.match(r"\w+", after)
        if after[0].isdigit():  # the page's foot: footnote numbers, the job and page numbers
            continue
        if head and nxt and f"{head.group(1)}-{nxt.group(0)}" not in words:
            broken.append(f"{head.group(1)}-|{nxt.group(0)}")
    assert not broken, broken


def test_soft_hyphens_of_another_akn_break_no_word():
    """AKN written elsewhere may hold soft hyphens; typst would break words at them."""
    tree = read_akn(source("A_RES_78_123_en"))
    paras = [p for p in tree.iter("{*}p") if p.text and len(p.text) > 40]
    for p in paras:
        p.text = p.text.replace("tion", "\u00adtion")
    doc, _ = build(tree, pandoc.api_version())
    assert "\u00ad" in pandoc.to_json(doc).decode("utf-8") and "\u00ad" not in pdf.typst_source(doc).decode("utf-8")


@pdftotext
@pytest.mark.parametrize("name", NAMES)
def test_no_symbol_broken_at_a_slash(made, name):
    """typst may break after any slash; the official print keeps "A/80/30/Corr.1" whole."""
    lines = [line.strip() for line in pdf_text(made[name][0]).splitlines() if line.strip()]
    broken = [f"{line[-20:]}|{after[:12]}" for line, after in zip(lines, lines[1:])
              if re.search(r"[^\s/]/$", line) and re.match(r"[^\W\d_]", after)]
    assert not broken, broken


@pdftotext
def test_text_from_a_hyphenating_pdf_reads_back_whole(made):
    """Text copied from a PDF that does break words (ours did; typst marks each break with a
    soft hyphen in the text layer) parses back to whole words."""
    from pipeline.convert import text_to_akn
    source_typ = made["A_RES_80_236_A-B_fr"][2].replace("hyphenate: false", "hyphenate: true")
    data, _ = pdf.compile_source(source_typ.encode("utf-8"))
    path = made["A_RES_80_236_A-B_fr"][0].with_name("hyphenated.pdf")
    path.write_bytes(data)
    text = pdf_text(path)
    # a word broken at a page's foot has the notes and page number between its halves in
    # pdftotext's text: only the breaks whose next line goes on with letters
    broken = re.findall(r"(\w+)\u00ad\n([^\W\d_]+)", text)
    assert len(broken) >= 5  # the typesetter did break words
    parsed = text_to_akn(text, str(path)).xml.decode("utf-8")
    assert "\u00ad" not in parsed
    for head, tail in broken:
        assert head + tail in parsed


@pdftotext
def test_arabic_right_to_left(made, tmp_path):
    path, _, typ = made["A_RES_78_123_ar"]
    assert 'lang: "ar"' in typ and "dir: rtl" in typ and '"Noto Naskh Arabic"' in typ
    # mirrored layout: the issuing body at the right, the symbol at the left (English: the opposite)
    def x_of(pdf_path, word):
        html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf_path), "-"],
                              capture_output=True, check=True).stdout.decode("utf-8")
        # poppler writes right-to-left words in visual order: look for both spellings
        m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(?:'
                      + re.escape(word) + "|" + re.escape(word[::-1]) + ")<", html)
        return float(m.group(1)), float(m.group(2))
    width = 612  # US Letter: issued in New York
    assert x_of(path, "العامة")[0] > width / 2 and x_of(path, "A/RES/78/123")[1] < width / 2
    en = made["A_RES_78_123_en"][0]
    # the Latin print's symbol: its first letter 20 pt, the rest 10 pt (two words for pdftotext)
    assert x_of(en, "Assembly")[1] < width / 2 and x_of(en, "/RES/78/123")[0] > width / 2
    # right-aligned paragraphs: operative paragraph numbers hang at the right margin
    text = pdf_text(path)
    assert "13 December 2023" in text  # Latin date set left to right inside the Arabic page
    assert "تقرر" in text and "\u202b" in text  # logical Arabic text back, in a right-to-left run


def test_chinese_font(made):
    reader = PdfReader(made["A_RES_78_123_zh"][0])
    names = {str(f.get_object()["/BaseFont"]) for p in reader.pages
             for f in p["/Resources"]["/Font"].values()}
    assert any("NotoSerifCJKsc" in n for n in names) and not any("JP" in n for n in names)
    assert 'region: "cn"' in made["A_RES_78_123_zh"][2]


def test_only_our_fonts(made):
    """The PDF depends on the font packages we install and typst's own fonts, nothing else."""
    assert pdf.compiler() is pdf.compiler()  # one compiler per process
    for name in NAMES:
        reader = PdfReader(made[name][0])
        for page in reader.pages:
            for f in page["/Resources"]["/Font"].values():
                base = str(f.get_object()["/BaseFont"]).split("+")[-1]
                assert re.match(r"/?(LiberationSerif|NotoSerif|NotoNaskhArabic|NotoSansCJK|NotoSerifCJK|DejaVu)",
                                base), (name, base)


def test_reproducible_and_backward_compatible():
    doc, meta = doc_of("A_RES_78_123_ar")
    akn = source("A_RES_78_123_ar").read_bytes()
    assert pdf.render(doc, meta.date_iso, akn) == pdf.render(doc, meta.date_iso, akn)
    old_style = pdf.render(doc, meta.date_iso)  # no AKN given: no attachment, still PDF/A
    assert PdfReader(io.BytesIO(old_style)).attachments == {}


def test_non_utf8_akn_embedded_byte_for_byte():
    doc, meta = doc_of("A_RES_78_123_fr")
    text = source("A_RES_78_123_fr").read_text(encoding="utf-8")
    utf16 = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    data = pdf.render(doc, meta.date_iso, utf16)
    assert [v for vs in PdfReader(io.BytesIO(data)).attachments.values() for v in vs] == [utf16]


def test_glyph_no_font_has(tmp_path):
    """A character no installed font has: still a PDF, but not claimed PDF/A, and the check sees it."""
    doc, meta = doc_of("A_RES_78_123_en")
    doc["blocks"].append(N.Para([N.Str("private use \U000F0001 character")]))
    data, warns = pdf.render_with_warnings(doc, meta.date_iso, source("A_RES_78_123_en").read_bytes())
    assert any("not PDF/A" in w for w in warns)
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    results = check_pdf(path, source("A_RES_78_123_en"), typst_warnings=warns)
    assert not results["pdfa"].ok and not results["no_missing_glyph"].ok


@pdftotext
def test_annex_of_a_second_resolution_starts_a_page(tmp_path):
    """Two resolutions in one document, the second with an annex: the annex's page break sits
    inside a component (typst refuses page breaks inside blocks; this once failed the PDF)."""
    from lxml import etree

    from pipeline.convert import text_to_akn
    text = (CLEAN / "A_RES_80_236_A-B_en.txt").read_text(encoding="utf-8").rstrip()
    text += "\n\nAnnex\n\nList of the revised allowances\n\n1. The first allowance is revised.\n"
    root = etree.fromstring(text_to_akn(text, "two-with-annex").xml)
    ns = {"a": root.nsmap[None]}
    assert root.xpath("//a:component//a:attachment", namespaces=ns)   # the annex belongs to B
    doc, meta = build(root, pandoc.api_version())
    path = tmp_path / "two.pdf"
    path.write_bytes(pdf.render(doc, meta.date_iso))
    pages = pdf_text(path).split("\f")
    annex_page = next(i for i, page in enumerate(pages) if "List of the revised allowances" in page)
    assert annex_page > 0 and "plenary meeting" not in pages[annex_page]   # a page of its own


def last_page_of(text_path, tmp_path) -> str:
    """The text of the last page of the PDF made from a corpus text."""
    from lxml import etree

    from pipeline.convert import text_to_akn
    root = etree.fromstring(text_to_akn(text_path.read_text(encoding="utf-8"), text_path.stem).xml)
    doc, meta = build(root, pandoc.api_version())
    path = tmp_path / f"{text_path.stem}.pdf"
    path.write_bytes(pdf.render(doc, meta.date_iso))
    return [page for page in pdf_text(path).split("\f") if page.strip()][-1]


@pdftotext
def test_closing_meeting_and_date_never_stand_alone_on_a_page(tmp_path):
    """A/RES/80/45 (fr): its last paragraph used to end page 2, leaving page 3 to the meeting
    and date alone; the paragraph before the conclusions now keeps to them (typst sticky)."""
    last = last_page_of(CLEAN / "A_RES_80_45_fr.txt", tmp_path)
    assert "séance plénière" in last and "Décide d’inscrire" in " ".join(last.split())


@pdftotext
def test_closing_rule_never_opens_a_page_of_its_own(tmp_path):
    """A/RES/80/236 A-B (en): resolution B ends at the foot of a page; the short rule under the
    meeting and date once went alone to a last page (header and page number only)."""
    assert "plenary meeting" in last_page_of(CLEAN / "A_RES_80_236_A-B_en.txt", tmp_path)


# ---- the UN's own print: paper by issuing place, Times New Roman's widths, running header ----

REAL = CORPUS / "real-pdf"


def _render_official(name, akn=None, paper=None):
    doc, meta = build(read_akn(REAL / f"{name}.xml"), pandoc.api_version())
    data = akn if akn is not None else (REAL / f"{name}.xml").read_bytes()
    return PdfReader(io.BytesIO(pdf.render(doc, meta.date_iso, data, paper=paper)))


def test_job_number_read_from_the_official_akn():
    assert pdf.job_number((REAL / "A_RES_78_136_en.xml").read_bytes()) == "23-25926 (E)"
    assert pdf.job_number(b"<akomaNtoso/>") == ""


def test_paper_by_issuing_place():
    akn = (REAL / "A_RES_78_136_en.xml").read_bytes()
    size = lambda r: (round(float(r.pages[0].mediabox.width)), round(float(r.pages[0].mediabox.height)))  # noqa: E731
    letter = _render_official("A_RES_78_136_en")  # New York: 23-25926
    assert size(letter) == (612, 792) and "paper: US Letter" in letter.metadata["/Keywords"]
    geneva = _render_official("A_RES_78_136_en", akn.replace(b">23-25926 (E)<", b">GE.23-25926 (E)<"))
    assert size(geneva) == (595, 842) and "paper: A4" in geneva.metadata["/Keywords"]
    assert size(_render_official("A_RES_78_136_en", paper="a4")) == (595, 842)  # --paper overrides


def test_paper_without_job_number():
    from pipeline.export.to_typst import paper_of
    assert paper_of({"symbol": N.MetaInlines([N.Str("A/RES/58/170")])}) == "letter"
    assert paper_of({"symbol": N.MetaInlines([N.Str("A/HRC/RES/55/1")]),
                     "job-number": N.MetaString("GE.24-01234")}) == "a4"
    assert paper_of({"identifier": N.MetaString("/akn/un/statement/deliberation/hrc/2024")}) == "a4"


@pdftotext
def test_running_header_carries_the_title_from_session_78(tmp_path):
    path = tmp_path / "r.pdf"
    reader = _render_official("A_RES_78_136_en")
    doc, meta = build(read_akn(REAL / "A_RES_78_136_en.xml"), pandoc.api_version())
    path.write_bytes(pdf.render(doc, meta.date_iso, (REAL / "A_RES_78_136_en.xml").read_bytes()))
    for page in (2, 3):
        head = [line.strip() for line in pdf_text(path, page, page).splitlines() if line.strip()][:2]
        assert "A/RES/78/136" in head and "International financial system and development" in head
    foot = [line.strip() for line in pdf_text(path, 2, 2).splitlines() if line.strip()][-2:]
    assert f"2/{len(reader.pages)}" in foot and "23-25926" in foot  # page and job numbers
    assert "23-25926 (E)" in pdf_text(path, 1, 1)  # the job number at the foot of page 1


def test_body_in_times_new_roman_widths_first_fit():
    typ = pdf.typst_source(doc_of("A_RES_78_123_en")[0]).decode("utf-8")
    assert 'font: ("Liberation Serif"' in typ and 'linebreaks: "simple"' in typ and "size: 10pt" in typ
    reader = _render_official("A_RES_78_136_en")
    fonts = {str(f.get_object()["/BaseFont"]) for p in reader.pages
             for f in (p["/Resources"].get("/Font") or {}).values()}
    assert any("LiberationSerif" in f for f in fonts), fonts


def test_a_note_number_stands_apart_from_its_text(tmp_path):
    """Copied from the PDF, a note reads "1 Food and Agriculture…" (its number hangs before the
    column, a space's width away), never "1Food and Agriculture…"."""
    official = CORPUS / "real-pdf" / "A_RES_79_227_en.xml"
    doc, meta = build(read_akn(official), pandoc.api_version())
    path = tmp_path / "notes.pdf"
    path.write_bytes(pdf.render(doc, meta.date_iso, official.read_bytes()))
    text = pdf_text(path)
    assert "Food and Agriculture Organization of the United Nations, document WSFS" in text
    assert not re.search(r"\d(Food and Agriculture|World Health Organization|Ibid\.)", text)


def test_a_table_taller_than_a_page_goes_on_over_the_next(tmp_path):
    """The annex of S/RES/1735 (2006) is a form two pages long: it breaks across pages, and no
    row runs off the foot of a page over the page number and the notes (it did, in a figure)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from archive_words import akn_words, found, pdf_words
    official = CORPUS / "raw-sc" / "S_RES_1735_2006.xml"
    doc, meta = build(read_akn(official), pandoc.api_version())
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf.render(doc, meta.date_iso, official.read_bytes()))
    assert found(akn_words(official), pdf_words(path)) >= 0.99
    pages = PdfReader(path).pages
    starts = [i for i, page in enumerate(pages) if "IDENTIFIER INFORMATION" in page.extract_text()]
    ends = [i for i, page in enumerate(pages) if "BASIS FOR LISTING" in page.extract_text()]
    assert starts and ends and ends[0] > starts[0]


@pdftotext
def test_a_page_that_begins_with_a_paragraph_number_reads_as_the_official_page(tmp_path):
    """bench/pagination.py reads a page's first words row by row: page 3 of A/RES/79/5 begins
    '4. Calls upon' in the official PDF and in ours, though our number's box tops 0.01 pt lower
    than the italic 'Calls' (read by top alone, ours began 'Calls upon the')."""
    ours, theirs = _page_starts_of_official("A_RES_79_5_en", tmp_path)
    assert ours[2] == theirs[2] == ["4", "calls", "upon"]


def _page_starts_of_official(name, tmp_path):
    """(our page starts, the official PDF's page starts) of a real-pdf document, as
    bench/pagination.py reads them."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from pagination import page_starts
    official = REAL / f"{name}.xml"
    doc, meta = build(read_akn(official), pandoc.api_version())
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf.render(doc, meta.date_iso, official.read_bytes()))
    return page_starts(path, meta.symbol, meta.title), page_starts(official.with_suffix(".pdf"), meta.symbol, meta.title)


@pdftotext
def test_the_last_paragraph_goes_over_with_the_closing_date_by_its_last_lines_only(tmp_path):
    """A/RES/80/174: the official page 2 ends with 3 of the 5 lines of its last paragraph, the
    other 2 begin page 3 with the meeting and date. A sticky block took the whole paragraph
    over (page 3 began '6. Requests the'); as in Word's keep-with-next, only its last lines go."""
    ours, theirs = _page_starts_of_official("A_RES_80_174_en", tmp_path)
    assert len(ours) == len(theirs) == 3
    assert ours[2] == theirs[2] == ["international", "regional", "and"]


@pdftotext
def test_a_paragraph_end_keeps_room_above_the_notes(tmp_path):
    """A/RES/80/148: page 5 of the official PDF ends 2 lines before its paragraph does, above
    two notes; ours put them there too, the paragraph's end close on the notes (page 6 began
    '1. Takes note'). A paragraph's last line now keeps 2 pt of its space after below it."""
    ours, theirs = _page_starts_of_official("A_RES_80_148_en", tmp_path)
    assert ours[5] == theirs[5] == ["and", "for", "all"]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_every_agenda_item_name_on_the_cover(tmp_path):
    # A/RES/80/108: "Agenda items 13 and 75", then both items' names; the PDF's cover printed the first
    # only (the HTML, DOCX and EPUB, which render the cover from the AKN, had both)
    doc, _ = build(read_akn(CORPUS / "real-pdf/A_RES_80_108_en.xml"), pandoc.api_version())
    path = tmp_path / "cover.pdf"
    path.write_bytes(pdf.render(doc, "2025-12-09"))
    first_page = pdf_text(path, 1, 1)
    assert "Oceans and the law of the sea" in first_page
    assert "summits in the economic, social and related fields" in first_page
