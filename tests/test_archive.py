"""Publishing an existing AKN archive (the UN's own files) with one `akn convert`."""
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from shared_corpus import CORPUS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from archive_words import akn_words, docx_words, found, html_words, pdf_words  # noqa: E402

AKN = [sys.executable, "-m", "pipeline.cli"]
# a two-part collection, Arabic and Chinese, an SC file, a long GA file with notes
OFFICIAL = ["clean-ga/A_RES_80_236_A-B_en.xml", "clean-ga/A_RES_78_123_ar.xml", "clean-ga/A_RES_78_247_zh.xml",
            "raw-sc/S_RES_1290_2000.xml", "real-pdf/A_RES_79_227_en.xml"]


def run(*args):
    return subprocess.run([*AKN, *map(str, args)], capture_output=True, cwd=ROOT)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    base = tmp_path_factory.mktemp("archive")
    folder = base / "in"
    folder.mkdir()
    for name in OFFICIAL:
        shutil.copy(CORPUS / name, folder)
    # the UN names SC files with spaces and parentheses
    shutil.copy(CORPUS / "raw-sc/S_RES_1735_2006.xml", folder / "S_RES_1735 (2006).xml")
    (folder / "notes.xml").write_text("<notes><note>not a resolution</note></notes>")
    # a text with its official AKN beside it: one document, read from the text
    shutil.copy(CORPUS / "clean-ga/A_RES_78_123_fr.txt", folder)
    shutil.copy(CORPUS / "clean-ga/A_RES_78_123_fr.xml", folder)
    result = run("convert", folder, "-o", base / "out", "--to", "akn,html,pdf,docx,epub", "-q")
    return folder, base / "out", result


def test_every_akn_file_is_published_and_the_rest_reported(archive):
    folder, out, result = archive
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"akn: error: {folder / 'notes.xml'}: not an Akoma Ntoso document (root <notes>)"]
    stems = [Path(n).stem for n in OFFICIAL] + ["S_RES_1735 (2006)", "A_RES_78_123_fr"]
    for stem in stems:
        for fmt in ("akn.xml", "html", "pdf", "docx", "epub"):
            assert (out / f"{stem}.{fmt}").stat().st_size > 1000, (stem, fmt)
    assert not (out / "notes.html").exists()


def test_an_akn_input_is_kept_byte_for_byte_in_the_akn_and_in_the_pdf(archive):
    folder, out, _ = archive
    for name in ("A_RES_78_123_ar.xml", "S_RES_1735 (2006).xml"):
        original = (folder / name).read_bytes()
        stem = name[:-4]
        assert (out / f"{stem}.akn.xml").read_bytes() == original
        attachments = PdfReader(io.BytesIO((out / f"{stem}.pdf").read_bytes())).attachments
        assert [original] in attachments.values()


def test_the_official_xml_beside_its_text_is_not_a_second_input(archive):
    folder, out, _ = archive
    ours = (out / "A_RES_78_123_fr.akn.xml").read_bytes()
    assert ours != (folder / "A_RES_78_123_fr.xml").read_bytes()     # parsed from the text
    assert b"A_RES_78_123_fr" in (out / "index.html").read_bytes()
    assert (out / "index.html").read_text().count("A/RES/78/123") == 2   # fr (text) and ar (AKN)


def test_catalogue_rows_come_from_the_akn(archive):
    _, out, _ = archive
    page = (out / "index.html").read_text()
    assert "اليوم الدولي للبطاطا" in page and "关于内部监督事务厅活动的报告" in page
    assert "S/RES/1735 (2006)" in page and "href=\"S_RES_1735%20%282006%29.html\"" in page
    assert "Agriculture development, food security and nutrition" in page and "2024-12-19" in page
    assert "2000-02-17" in page and "0001-01-01" not in page    # the adoption date, not a placeholder


def test_the_words_of_each_akn_file_are_in_its_html_docx_and_pdf(archive):
    folder, out, _ = archive
    for name in [Path(n).name for n in OFFICIAL] + ["S_RES_1735 (2006).xml"]:
        expected = akn_words(folder / name)
        stem = name[:-4]
        assert found(expected, html_words(out / f"{stem}.html")) >= 0.998, name
        assert found(expected, docx_words(out / f"{stem}.docx")) >= 0.999, name
        assert found(expected, pdf_words(out / f"{stem}.pdf")) >= 0.97, name


def test_a_second_run_does_nothing_and_says_so(archive):
    folder, out, _ = archive
    (folder / "notes.xml").unlink()
    result = run("convert", folder, "-o", out, "--to", "akn,html,pdf,docx,epub")
    assert result.returncode == 0 and b"up to date, nothing to do" in result.stderr


def test_export_of_a_folder_says_to_use_convert(tmp_path):
    result = run("export", CORPUS / "clean-ga", "-o", tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode() == f"akn: error: {CORPUS / 'clean-ga'}: a folder; publish a folder with: " \
                                     f"akn convert {CORPUS / 'clean-ga'} -o OUTPUT\n"


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta>
<identification source="#x"><FRBRWork><FRBRthis value="/akn/un/x"/><FRBRuri value="/akn/un/x"/>
<FRBRdate date="2024-01-01" name="adoption"/><FRBRauthor href="#ga"/><FRBRcountry value="un"/></FRBRWork>
<FRBRExpression><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRdate date="2024-01-01" name="x"/>
<FRBRauthor href="#ga"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="/x"/>
<FRBRuri value="/x"/><FRBRdate date="2024-01-01" name="x"/><FRBRauthor href="#ga"/></FRBRManifestation>
</identification></meta><mainBody><paragraph eId="para_1"><content><p>1. A label typed into the text,
<img src="chart.png" alt="A chart of contributions by region"/>, an <unknownThing>element nobody
declared</unknownThing> and <span class="italic">words in italics</span>.</p></content></paragraph>
</mainBody></statement></akomaNtoso>"""


def test_foreign_akn_keeps_every_text_images_by_their_description(tmp_path):
    (tmp_path / "foreign.xml").write_text(FOREIGN, encoding="utf-8")
    result = run("convert", tmp_path / "foreign.xml", "-o", tmp_path / "out", "--to", "html,docx,pdf", "-q")
    assert result.returncode == 0, result.stderr
    for reader, suffix in ((html_words, "html"), (docx_words, "docx"), (pdf_words, "pdf")):
        got = reader(tmp_path / "out" / f"foreign.{suffix}")
        for word in ("label", "typed", "chart", "contributions", "region", "declared", "italics"):
            assert got[word] >= 1, (suffix, word)
    page = (tmp_path / "out" / "foreign.html").read_text()
    assert "<em>words in italics</em>" in " ".join(page.split())
