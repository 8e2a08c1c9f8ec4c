"""The UN's own PDF files as input: read by their layout, scored against the official XML,
and the bad PDFs a user may hold, each refused in one line with nothing left behind."""
import io
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from shared_corpus import CORPUS, score

from pipeline.convert import parse_file
from pipeline.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
REAL = CORPUS / "real-pdf"
AKN = [sys.executable, "-m", "pipeline.cli"]
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
# GA of sessions 78, 79 and 80 (title as running header, notes on several pages, headings,
# sub-paragraphs) and an SC resolution with a reissue note and notes under a drawn rule.
SAMPLE = ["A_RES_78_136_en", "A_RES_79_227_en", "A_RES_79_214_en", "A_RES_80_45_en", "S_RES_2769_2025_en",
          "S_RES_2776_2025_en"]


def run(*args, cwd=ROOT):
    return subprocess.run([*AKN, *map(str, args)], capture_output=True, cwd=cwd)


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("real-pdf")
    result = {}
    for name in SAMPLE:
        (out / f"{name}.akn.xml").write_bytes(parse_file(REAL / f"{name}.pdf").xml)
        result[name] = score(out / f"{name}.akn.xml", REAL / f"{name}.xml")
    return result


def _field(scores, field):
    return {name: s["fields"][field]["score"] if isinstance(s["fields"][field], dict) else s["fields"][field]
            for name, s in scores.items()}


@pytest.mark.parametrize("name", SAMPLE)
def test_real_pdf_scores_against_the_official_xml(scores, name):
    fields = scores[name]["fields"]
    value = {k: (v.get("score") if isinstance(v, dict) else v) for k, v in fields.items()}
    assert value["text_f1"] >= 0.995, fields["text_f1"]          # nothing lost, nothing invented
    for key in ("symbol", "res_number", "formula", "adoption_date", "op_count", "preamble_count"):
        assert value[key] is None or value[key] >= 0.97, (key, fields[key])
    notes = [value[k] for k in ("footnote_count", "footnote_markers", "footnote_text", "footnote_anchor")]
    if name != "S_RES_2776_2025_en":      # its official XML left out the two notes its PDF prints
        assert all(v is None or v >= 0.95 for v in notes), notes
    assert scores[name]["overall"] >= (0.83 if name == "S_RES_2776_2025_en" else 0.98)


def test_notes_are_read_from_the_foot_of_each_page_and_anchored_at_their_markers():
    blocks = read_pdf((REAL / "A_RES_79_227_en.pdf").read_bytes(), "x.pdf")
    official = etree.parse(str(REAL / "A_RES_79_227_en.xml"))
    expected = [n.get("marker") for n in official.iterfind(".//a:authorialNote", namespaces=NS)]
    assert [n.marker for n in blocks.notes] == expected
    assert blocks.notes[0].text.startswith("Food and Agriculture Organization of the United Nations")
    akn = etree.fromstring(parse_file(REAL / "A_RES_79_227_en.pdf").xml)
    first = akn.find(".//a:authorialNote", namespaces=NS).getparent()
    assert "World Summit on Food Security" in "".join(first.itertext())


def test_page_furniture_is_dropped_and_italics_travel_as_leads():
    blocks = read_pdf((REAL / "A_RES_79_227_en.pdf").read_bytes(), "x.pdf")
    title = "Agriculture development, food security and nutrition"
    body = "\n".join(blocks.blocks)
    # a line of its own once, as the cover's agenda item; no running header on pages 2-20
    assert [b for b in blocks.blocks if b == title] == [title]
    assert not any(b.strip() in ("2/20", "24-24319", "*2424319*") for b in blocks.blocks)
    assert "*Recalling also*" in body and "*Reaffirming*" in body
    assert "su stainable" not in body and "sustainable development" in body


def test_a_paragraph_goes_on_across_a_page_break_and_a_note_area():
    akn = etree.fromstring(parse_file(REAL / "A_RES_79_227_en.pdf").xml)
    paragraphs = ["".join(p.itertext()) for p in akn.iterfind(".//a:preamble/a:container", namespaces=NS)]
    # "Recalling also the Rio Declaration ..." runs over notes 4-13 and is one paragraph
    rio = [p for p in paragraphs if "Rio Declaration on Environment and Development" in p]
    assert len(rio) == 1 and "Decade 2024–2034" in rio[0]


def test_a_pdf_made_by_the_tool_gives_back_its_akn(tmp_path):
    seed = CORPUS / "seed" / "A_RES_58_170_fr.txt"
    assert run("convert", seed, "-o", tmp_path, "--to", "akn,pdf", "-q").returncode == 0
    result = run("parse", tmp_path / "A_RES_58_170_fr.pdf", "-o", tmp_path / "back.akn.xml")
    assert result.returncode == 0 and b"note: a PDF made by akn-pipeline" in result.stderr
    assert (tmp_path / "back.akn.xml").read_bytes() == (tmp_path / "A_RES_58_170_fr.akn.xml").read_bytes()


def _bad_pdfs(folder: Path) -> dict[str, str]:
    """name -> the reason the one-line message must give."""
    from pypdf import PdfWriter
    real = (REAL / "S_RES_2787_2025_en.pdf").read_bytes()
    writer = PdfWriter()
    writer.append(io.BytesIO(real))
    writer.encrypt(user_password="secret", owner_password="owner")
    writer.write(folder / "encrypted.pdf")
    (folder / "truncated.pdf").write_bytes(real[: len(real) // 3])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    PdfWriter().write(folder / "zero.pdf")
    scan = PdfWriter()
    scan.add_blank_page(612, 792)
    scan.write(folder / "scan.pdf")
    long = PdfWriter()
    for _ in range(1000):
        long.add_blank_page(612, 792)
    long.write(folder / "long.pdf")
    return {"encrypted.pdf": "encrypted PDF", "truncated.pdf": "corrupt or truncated PDF",
            "corrupt.pdf": "corrupt or truncated PDF", "zero.pdf": "the PDF has no pages",
            "scan.pdf": "no text layer (a scanned image?); OCR it first", "long.pdf": "more than 500 pages"}


def test_bad_pdfs_get_one_line_and_no_output(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, reason in _bad_pdfs(bad).items():
        out = tmp_path / f"{name}.akn.xml"
        result = run("parse", bad / name, "-o", out)
        message = result.stderr.decode()
        assert result.returncode == 1, name
        assert message.count("\n") == 1 and message.startswith(f"akn: error: {bad / name}: {reason}"), message
        assert not out.exists() and not list(tmp_path.glob(f"{name}*.tmp*"))


def test_a_batch_goes_on_past_bad_pdfs_and_names_them(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    reasons = _bad_pdfs(folder)
    (folder / "A_RES_80_45_en.pdf").write_bytes((REAL / "A_RES_80_45_en.pdf").read_bytes())
    (folder / "A_RES_78_123_fr.txt").write_bytes((CORPUS / "clean-ga" / "A_RES_78_123_fr.txt").read_bytes())
    result = run("convert", folder, "-o", tmp_path / "out", "--to", "akn,html", "-q")
    errors = result.stderr.decode()
    assert result.returncode == 1
    for name, reason in reasons.items():
        assert f"{folder / name}: {reason}" in errors
    written = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert written == ["A_RES_78_123_fr.akn.xml", "A_RES_78_123_fr.html", "A_RES_80_45_en.akn.xml",
                       "A_RES_80_45_en.html", "index.html"]
    catalogue = (tmp_path / "out" / "index.html").read_text()
    assert "A/RES/80/45" in catalogue and "Follow-up to nuclear disarmament obligations" in catalogue


def test_a_pdf_that_is_not_a_resolution_gives_generic_akn_and_a_warning(tmp_path):
    import typst
    source = tmp_path / "letter.typ"
    source.write_text("Dear colleagues,\n\nThank you for the dinner last week. We hope to see you soon.\n")
    typst.compile(str(source), output=str(tmp_path / "letter.pdf"))
    result = run("parse", "--report", tmp_path / "letter.pdf", "-o", tmp_path / "letter.akn.xml")
    assert result.returncode == 0 and b"not read as a resolution" in result.stderr
    assert run("validate", tmp_path / "letter.akn.xml").returncode == 0
    assert "Thank you for the dinner last week" in (tmp_path / "letter.akn.xml").read_text()


def test_a_text_and_a_pdf_of_one_name_are_refused_up_front(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "A_RES_80_45_en.pdf").write_bytes((REAL / "A_RES_80_45_en.pdf").read_bytes())
    (folder / "A_RES_80_45_en.txt").write_bytes((REAL / "A_RES_80_45_en.txt").read_bytes())
    result = run("convert", folder, "-o", tmp_path / "out")
    message = result.stderr.decode()
    assert result.returncode == 1 and message.count("\n") == 1
    assert "A_RES_80_45_en.txt" in message and "A_RES_80_45_en.pdf" in message
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["A_RES_79_144_en", "A_RES_80_157_en", "S_RES_2771_2025_en", "A_RES_80_45_en"])
def test_italics_never_leave_a_mark_in_the_text(name):
    """A font change inside a word ("Re" + italic "solutions Adopted…", italic "Condemn" + "s")
    or inside brackets on the cover ("[" + italic "on the report of …" + "]") leaves no '*'."""
    akn = etree.fromstring(parse_file(REAL / f"{name}.pdf").xml)
    texts = [s for el in akn.iter() for s in (el.text, el.tail) if s and "*" in s]
    assert not [t for t in texts if "Reissued" not in t], texts


@pytest.mark.parametrize("name,whole,apart", [
    # pieces no word of English: "object s", "Da ’esh", "transfe r", "sele cted"
    ("S_RES_2776_2025_en", ["civilian objects,", "ISIL/Da’esh"], ["object s", "Da ’esh"]),
    ("A_RES_78_163_en", ["the transfer of managerial"], ["transfe r"]),
    ("A_RES_79_155_en", ["strategically selected hospitals"], ["sele cted"]),
    # a piece between two: "of f inancing" is "of financing" (not "off inancing"), "for th e" "for the"
    ("A_RES_78_136_en", ["sources of financing for development"], ["off inancing"]),
    ("A_RES_78_200_en", ["instruments for the full"], ["forth e"]),
    # the document writes the whole elsewhere and neither piece is an everyday word: "nation al"
    ("A_RES_78_231_en", ["capacity of national and local actors"], ["nation al"]),
    # two words stay two, though their join is a word: "per cent" (not "percent"), "Dar es Salaam"
    ("A_RES_78_181_en", ["per cent"], ["percent"]),
    ("A_RES_79_144_en", ["Dar es Salaam"], ["Dares"]),
])
def test_words_a_justified_line_spaced_apart_are_whole_again(name, whole, apart):
    text = " ".join(etree.fromstring(parse_file(REAL / f"{name}.pdf").xml).itertext())
    text = " ".join(text.split())
    assert all(w in text for w in whole), [w for w in whole if w not in text]
    assert not any(w in text for w in apart), [w for w in apart if w in text]
