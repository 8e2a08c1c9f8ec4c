"""Six languages, one resolution: `akn parallel` and `akn convert --parallel` on real documents."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree, html as lxml_html
from pypdf import PdfReader
from shared_corpus import CORPUS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.pdf_checks import _font_embedded, _fonts, _notdef_shows, _xmp, _xmp_field  # noqa: E402
from bench.web_checks import WebChecker  # noqa: E402
from pipeline import align  # noqa: E402
from pipeline.xmlio import safe_parser  # noqa: E402

AKN = [sys.executable, "-m", "pipeline.cli"]
CLEAN = CORPUS / "clean-ga"
LANGS = ["ar", "zh", "en", "fr", "ru", "es"]


def run(*args):
    return subprocess.run([*AKN, *map(str, args)], capture_output=True, cwd=ROOT)


@pytest.fixture(scope="module")
def official(tmp_path_factory):
    """The six official files of A/RES/78/123, whose Arabic version has one preambular paragraph
    fewer and one operative paragraph more (the tenth preambular paragraph is unnumbered there)."""
    out = tmp_path_factory.mktemp("parallel")
    result = run("parallel", *sorted(CLEAN.glob("A_RES_78_123_*.xml")), "-o", out, "--strict")
    return out, result


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Six clean texts of two resolutions and one other text, through convert --parallel."""
    base = tmp_path_factory.mktemp("convert-parallel")
    folder = base / "in"
    folder.mkdir()
    for text in [*CLEAN.glob("A_RES_77_335_*.txt"), *CLEAN.glob("A_RES_78_247_*.txt"), CLEAN / "A_RES_80_45_en.txt"]:
        shutil.copy(text, folder)
    result = run("convert", folder, "-o", base / "out", "--to", "akn,html", "--parallel")
    return folder, base / "out", result


def test_the_report_names_the_units_and_languages_that_differ_and_strict_exits_2(official):
    out, result = official
    report = result.stderr.decode()
    assert result.returncode == 2
    assert "A_RES_78_123: preambular paragraphs: 10 in zh, en, fr, ru, es; 9 in ar" in report
    assert "A_RES_78_123: preamble 10: in zh, en, fr, ru, es, missing in ar" in report
    assert sorted(p.name for p in out.iterdir()) == ["A_RES_78_123.parallel.html", "A_RES_78_123.parallel.pdf"]


def test_versions_that_agree_give_an_empty_report(tmp_path):
    files = [CLEAN / f"A_RES_80_45_{lang}.xml" for lang in ("en", "fr", "es")]
    result = run("parallel", *files, "-o", tmp_path, "--strict", "--to", "html")
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode() == "A_RES_80_45: the 3 versions agree in structure\n"


def test_a_changed_date_and_a_missing_paragraph_are_reported(tmp_path):
    """The French version with the date of resolution 70/1 moved by a day and its last operative
    paragraph dropped: the report says both, naming the unit and the languages."""
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    french = re.sub(r"25(\s)septembre(\s)2015", r"26\1septembre\g<2>2015",
                    (CLEAN / "A_RES_78_123_fr.xml").read_text(encoding="utf-8"))
    tree = etree.fromstring(french.encode(), safe_parser())
    paragraphs = tree.findall(".//a:mainBody/a:paragraph", ns)
    paragraphs[-1].getparent().remove(paragraphs[-1])
    (tmp_path / "fr.xml").write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    result = run("parallel", CLEAN / "A_RES_78_123_en.xml", tmp_path / "fr.xml", "-o", tmp_path, "--to", "html")
    report = result.stderr.decode()
    assert "preamble 1: dates: 25 September 2015 in en, not in fr; 26 septembre 2015 in fr, not in en" in report
    assert f"operative paragraphs: {len(paragraphs)} in en; {len(paragraphs) - 1} in fr" in report
    assert f"para {len(paragraphs)}: in en, missing in fr" in report


def test_files_of_different_resolutions_are_refused(tmp_path):
    result = run("parallel", CLEAN / "A_RES_80_45_en.xml", CLEAN / "A_RES_78_123_fr.xml", "-o", tmp_path)
    message = result.stderr.decode()
    assert result.returncode == 1 and message.count("\n") == 1
    assert message.startswith("akn: error: not one resolution:") and "A/RES/80/45" in message and "A/RES/78/123" in message
    assert not list(tmp_path.iterdir())


def test_parallel_html_rows_cells_and_languages(official):
    out, _ = official
    page = lxml_html.fromstring((out / "A_RES_78_123.parallel.html").read_bytes())
    header = [th.get("lang") for th in page.iter("th") if th.get("scope") == "col" and th.get("lang")]
    assert header == LANGS
    rows = [tr for tr in page.iter("tr") if tr.get("data-eid")]
    assert len({tr.get("data-eid") for tr in rows}) == len(rows) > 15
    for tr in rows:
        cells = list(tr.iter("td"))
        assert [td.get("lang") for td in cells] == LANGS
        assert [td.get("dir") for td in cells] == ["rtl"] + ["ltr"] * 5
    assert "Cross-language check: 5 differences" in page.text_content()


def test_every_operative_paragraph_sits_in_one_row_in_every_language(converted):
    folder, out, result = converted
    assert result.returncode == 0, result.stderr
    assert b"2 parallel editions, " in result.stderr
    for name in ("A_RES_77_335", "A_RES_78_247"):
        page = lxml_html.fromstring((out / f"{name}.parallel.html").read_bytes())
        rows = {tr.get("data-eid"): {td.get("lang"): " ".join("".join(td.itertext()).split()) for td in tr.iter("td")}
                for tr in page.iter("tr") if tr.get("data-eid")}
        versions = {lang: align.read(etree.parse(str(out / f"{name}_{lang}.akn.xml"), safe_parser()).getroot())
                    for lang in LANGS}
        english = [u for u in versions["en"].units if u.kind == "operative" and "+" not in u.key]
        misplaced = 0
        for unit in english:
            row = next((cells for cells in rows.values() if unit.text[:60] in cells.get("en", "")), None)
            assert row is not None, unit.key
            for lang, version in versions.items():
                other = version.by_key().get(unit.key)
                misplaced += other is None or other.text[:40] not in row.get(lang, "")
        assert misplaced <= 0.02 * len(english) * len(LANGS), (name, misplaced)


def test_catalogue_has_a_row_per_resolution_and_a_rerun_keeps_the_edition(converted):
    folder, out, _ = converted
    catalogue = (out / "index.html").read_text()
    assert "Resolutions: 2 with two or more languages" in catalogue
    assert 'href="A_RES_78_247.parallel.html"' in catalogue and 'href="A_RES_78_247_zh.html"' in catalogue
    assert "A_RES_80_45.parallel" not in catalogue            # one language only: no edition
    before = (out / "A_RES_78_247.parallel.html").stat().st_mtime_ns
    again = run("convert", folder, "-o", out, "--to", "akn,html", "--parallel")
    assert again.returncode == 0 and b"nothing to do" in again.stderr
    assert (out / "A_RES_78_247.parallel.html").stat().st_mtime_ns == before


def test_parallel_pdf_is_pdfa_tagged_with_every_akn_and_fonts_embedded(official, tmp_path):
    out, _ = official
    reader = PdfReader(out / "A_RES_78_123.parallel.pdf")
    xmp = _xmp(reader)
    assert _xmp_field(xmp, "part") == "3" and _xmp_field(xmp, "conformance").lower() == "a"
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    attachments = reader.attachments
    for lang in LANGS:
        original = (CLEAN / f"A_RES_78_123_{lang}.xml").read_bytes()
        assert [original] in attachments.values(), lang
    fonts = _fonts(reader)
    assert fonts and all(_font_embedded(f) for _, f in fonts)
    assert _notdef_shows(reader) == 0
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)            # six columns: landscape
    two = run("parallel", CLEAN / "A_RES_78_123_en.xml", CLEAN / "A_RES_78_123_ar.xml", "-o", tmp_path, "--to", "pdf")
    assert two.returncode == 0
    portrait = PdfReader(tmp_path / "A_RES_78_123.parallel.pdf").pages[0]
    assert float(portrait.mediabox.width) < float(portrait.mediabox.height)   # two columns: portrait


def test_parallel_html_in_chromium(official):
    out, _ = official
    with WebChecker() as checker:
        page = checker.browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "A_RES_78_123.parallel.html").resolve().as_uri(), wait_until="load")
        tops = page.evaluate("""() => Array.from(document.querySelectorAll('tr[data-eid]')).map(
            tr => Array.from(tr.querySelectorAll('td')).map(td => Math.round(td.getBoundingClientRect().top)))""")
        directions = page.evaluate("""() => Array.from(document.querySelectorAll('tr[data-eid]')[3]
            .querySelectorAll('td')).map(td => getComputedStyle(td).direction)""")
        page.set_viewport_size({"width": 375, "height": 800})
        stacked = page.evaluate("""() => { const tds = document.querySelectorAll('tr[data-eid]')[3].querySelectorAll('td');
            return [tds[0].getBoundingClientRect().top < tds[1].getBoundingClientRect().top,
                    document.documentElement.scrollWidth <= document.documentElement.clientWidth]; }""")
        page.close()
    assert not errors, errors
    assert all(len(set(row)) == 1 for row in tops), "a row's cells do not start at the same height"
    assert directions == ["rtl"] + ["ltr"] * 5
    assert stacked == [True, True]
