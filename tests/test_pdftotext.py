"""Text made by poppler's pdftotext (default and -layout) from the UN's own PDF files:
real files of ../shared/corpus/real-pdf, read by the text reader."""
import subprocess
import sys

import pytest

from pipeline.convert import parse_file
from pipeline.notes import PLACEHOLDER_RE
from pipeline.reading import read_text
from pipeline.structure import parse
from shared_corpus import CORPUS, SHARED  # noqa: E402

REAL = CORPUS / "real-pdf"


def doc_of(name: str):
    return parse(read_text(REAL / name))


def _plain(text: str) -> str:
    return PLACEHOLDER_RE.sub("", text)


@pytest.mark.parametrize("name", ["A_RES_78_136_en.txt", "A_RES_78_136_en.layout.txt"])
def test_notes_found_and_anchored_in_their_paragraph(name):
    doc = doc_of(name)
    assert doc.note_markers == [str(n) for n in range(1, 15)]
    assert doc.notes[0] == "Resolution 63/239, annex."          # printed before its marker "1"
    assert doc.notes[11] == "A/78/178."
    assert doc.notes[13] == "Resolution 70/1."
    assert len([w for w in doc.warnings if "marker not found" in w]) <= 1    # "Agenda 21 6": after a number
    # note 1 sits after "2 December 2008," in the Doha paragraph, not at the end of the page
    doha = next(u for u in doc.preamble if u.text.startswith("Recalling the Doha Declaration"))
    assert [int(i) for i in PLACEHOLDER_RE.findall(doha.text)] == [0]
    assert " 1" not in _plain(doha.text)[-4:]
    # note 12 in operative paragraph 1 ("report of the Secretary-General; 12")
    assert [int(i) for i in PLACEHOLDER_RE.findall(doc.body[0].text)] == [11]


@pytest.mark.parametrize("name,count", [("A_RES_79_136_en.txt", 9), ("A_RES_78_136_en.txt", 14)])
def test_markers_stacked_apart_from_their_texts(name, count):
    """Default mode prints "1 2" above (or below) both note texts: each text gets its own marker."""
    doc = doc_of(name)
    assert doc.note_markers == [str(n) for n in range(1, count + 1)]
    assert all(not text.isdigit() for text in doc.notes)


@pytest.mark.parametrize("name", ["A_RES_79_184_en.txt", "A_RES_79_184_en.layout.txt",
                                  "A_RES_78_136_en.txt", "A_RES_78_136_en.layout.txt"])
def test_running_header_title_not_in_body(name):
    doc = doc_of(name)
    title = doc.title
    units = doc.preamble + doc.body
    assert not [u for u in units if u.kind == "heading"]
    assert not any(title in _plain(u.text).replace("“" + title, "") for u in units)   # quoted: real text
    assert not any("A/RES/" in _plain(u.text) and "/RES/" in _plain(u.text).split()[0] for u in units)


def test_paragraphs_without_blank_lines():
    doc = doc_of("A_RES_78_136_en.txt")
    assert len(doc.preamble) == 26 and len(doc.body) == 50
    assert doc.preamble[1].text.startswith("Reaffirming its resolution 70/1")
    summit = next(u.text for u in doc.preamble if u.text.startswith("Appreciating the fact"))
    assert "Rome on 30 and 31 October 2021 endorsed" in summit      # across the page break and its notes
    assert "Agenda for Sustainable Development, recalling also" in summit     # "Sust ainable" rejoined


@pytest.mark.parametrize("pairs,floor", [("pairs-txt.tsv", 0.95), ("pairs-layout.tsv", 0.93)])
def test_score_of_a_few_documents(tmp_path, pairs, floor):
    rows = [ln.split("\t") for ln in (REAL / pairs).read_text().splitlines()[1:] if ln.strip()]
    picked = [r for r in rows if r[0].startswith(("A_RES_78_136", "A_RES_79_136", "A_RES_79_184", "S_RES_2772"))]
    assert len(picked) == 4
    table = tmp_path / "pairs.tsv"
    lines = []
    for text, official in picked:
        out = tmp_path / (text.removesuffix(".txt") + ".akn.xml")
        out.write_bytes(parse_file(REAL / text).xml)
        lines.append(f"{out}\t{REAL / official.strip()}\n")
    table.write_text("".join(lines))
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "akn_score.py"), "--pairs", str(table)],
                            capture_output=True, text=True, check=True)
    overall = next(float(ln.split()[1]) for ln in result.stdout.splitlines() if ln.strip().startswith("overall "))
    footnotes = next(float(ln.split()[1]) for ln in result.stdout.splitlines()
                     if ln.strip().startswith("footnote_anchor "))
    assert overall >= floor
    assert footnotes >= 0.8


def test_justified_line_split_at_its_wide_gaps_is_one_line():
    # the default mode prints "accountability," / "participation," / … one word a line where the
    # print spread one justified line: still one preambular paragraph, no paragraph per word
    doc = doc_of("A_RES_79_155_en.txt")
    noting = next(u for u in doc.preamble if u.text.startswith("Noting that a human rights-based approach"))
    assert "inter alia, accountability, participation, transparency, empowerment, sustainability," in noting.text
    assert not any(u.text[:1].islower() for u in doc.preamble)
    assert not any(u.text.startswith("non‑governmental") for u in doc_of("A_RES_80_211_en.txt").body)


@pytest.mark.parametrize("name", ["A_RES_79_227_en.txt", "A_RES_80_157_en.txt"])
def test_paragraph_number_printed_apart_counts_in_its_first_line(name):
    # "4." / "Welcomes the convening of the Summit of the Future on 22 and" / "23 September 2024 …":
    # the first line is short by its number's room, not a paragraph's end
    doc = doc_of(name)
    welcomes = next(u for u in doc.body if u.text.startswith("Welcomes the convening of the Summit of the Future"))
    assert "on 22 and 23 September 2024 at United Nations Headquarters" in welcomes.text
    assert all(u.num for u in doc.body if u.kind == "operative")


def test_short_lettered_items_are_not_one_spread_line():
    # "…have access to the following documents:" / "a) birth certificates;" / "b) identity cards;" / …: short
    # lines in lower case, but items, not the words of one justified line
    text = read_text(REAL / "A_RES_80_211_en.txt")
    line = "children, have access to a process to obtain appropriate identification documents;\n"
    items = "a) birth certificates;\nb) identity cards;\nc) travel documents;\nd) residence permits;\n"
    doc = parse(text.replace(line, "children, have access to the following documents:\n" + items))
    tenth = next(u for u in doc.body if u.num == "10.")
    assert [c.num for c in tenth.children] == ["a)", "b)", "c)", "d)"]


def test_layout_text_margin_on_page_one_is_the_bodys():
    # `pdftotext -layout` of A/RES/78/322: the agenda item's title, five lines at the page's edge,
    # made page 1's margin 0, so every body line counted as indented and was a paragraph of its own
    # ("Recalling its resolutions … 17 December" / "2021, 77/245 … 22 December 2023,")
    doc = parse_file(CORPUS / "real-pdf/A_RES_78_322_en.layout.txt").doc
    first = doc.preamble[0]
    assert first.lead == "Recalling" and first.text.endswith("78/232 of 22 December 2023,")
    assert not any(u.text[:1].isdigit() or u.text[:1].islower() for u in doc.preamble)


@pytest.mark.parametrize("name", ["A_RES_80_174_en.layout.txt", "S_RES_2786_2025_en.layout.txt"])
def test_layout_text_margin_of_a_short_last_page_is_the_page_befores(name):
    # their last page holds three body lines under a line at the page's edge, which made its margin 0:
    # each line a paragraph ("…other relevant stakeholders," / "including civil society, …" unnumbered)
    doc = parse_file(CORPUS / "real-pdf" / name).doc
    assert not [u.text[:30] for u in doc.body if u.text.startswith("including")]


def test_layout_marker_printed_under_its_line_goes_back_into_it():
    # `pdftotext -layout` of A/RES/80/157 prints note 7's superscript on a line of its own under
    # "21, the Programme for …" (at the column after "21,"), then a blank line: the marker was dropped
    # as a page number and the blank line cut the paragraph in two
    doc = parse_file(CORPUS / "real-pdf/A_RES_80_157_en.layout.txt").doc
    rio = next(u for u in doc.preamble if "Rio Declaration on Environment" in u.text)
    assert "Declaration on Sustainable Development" in rio.text
    # after a figure ("Agenda 21,") the marker would read as one more figure: left out, as before
    assert "Agenda 21, the Programme" in rio.text
    # after a word it goes back where the notes find it
    from pipeline.blocks import Blocks
    from pipeline.readers.pdftotext import _marker_under
    out = Blocks(blocks=["Recalling the Sendai Framework, the Paris Agreement"])
    assert _marker_under(out, "        Recalling the Sendai Framework, the Paris Agreement", 39, "7")
    assert out.blocks == ["Recalling the Sendai Framework, 7 the Paris Agreement"]
