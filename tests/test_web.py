"""HTML in a real browser (Chromium via playwright), EPUB through epubcheck, DOCX through
LibreOffice: the published files as readers see them, on the UN's official AKN files.

These tests FAIL (never skip) when Chromium, Java or LibreOffice is missing.
"""
import re
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.web_checks import WebChecker, check_epub, docx_to_pdf, expected  # noqa: E402
from pipeline.export import export  # noqa: E402
from pipeline.xmlio import read_akn  # noqa: E402
from shared_corpus import CORPUS  # noqa: E402

CLEAN = CORPUS / "clean-ga"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
SOURCES = {f"78_123_{lang}": CLEAN / f"A_RES_78_123_{lang}.xml" for lang in LANGS}
SOURCES["76_243_en"] = CLEAN / "A_RES_76_243_en.xml"        # annex, table, footnotes
SOURCES["80_236_zh"] = CLEAN / "A_RES_80_236_A-B_zh.xml"    # two resolutions in one document
SOURCES["77_335_ar"] = CLEAN / "A_RES_77_335_ar.xml"        # sub-paragraphs, Arabic


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    out = tmp_path_factory.mktemp("web")
    return {name: dict(zip(("html", "docx", "epub"), export(src, ["html", "docx", "epub"], out, name)))
            for name, src in SOURCES.items()}


@pytest.fixture(scope="module")
def browser():
    with WebChecker() as wc:
        yield wc


def _failed(results):
    return {k: v for k, v in results.items() if not v[0]}


# ---- HTML ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["78_123_ar", "78_123_en", "78_123_zh", "76_243_en", "80_236_zh", "77_335_ar"])
def test_html_in_chromium(browser, files, name):
    res = browser.check_html(files[name]["html"], SOURCES[name])
    assert not _failed(res), _failed(res)


def test_html_footnote_click_and_rtl(browser, files):
    page = browser.browser.new_page(viewport={"width": 1000, "height": 700})
    try:
        page.goto(files["78_123_ar"]["html"].resolve().as_uri())
        assert page.evaluate("getComputedStyle(document.querySelector('#para_12 p')).direction") == "rtl"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        page.click("a.footnote-ref")
        assert page.evaluate("location.hash") == "#fn1"
        top = page.evaluate("document.getElementById('fn1').getBoundingClientRect().top")
        assert 0 <= top < 700
        page.goto(files["78_123_en"]["html"].resolve().as_uri() + "#para_13")
        assert 0 <= page.evaluate("document.getElementById('para_13').getBoundingClientRect().top") < 700
        assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    finally:
        page.close()


def test_html_semantics(files):
    html = files["78_123_ar"]["html"].read_text(encoding="utf-8")
    assert re.search(r'<html[^>]* lang="ar"[^>]* dir="rtl"', html)
    assert '<header id="coverPage_1" class="cover">' in html and "<main>" in html
    assert re.search(r'<h1 class="resolution-title" id="preface">', html)
    assert 'href="https://undocs.org/' in html
    assert 'href="#fn1"' in html and 'href="#fnref1"' in html
    assert "@media print" in html and "@media (max-width" in html
    multi = files["80_236_zh"]["html"].read_text(encoding="utf-8")
    assert multi.count('class="resolution-title component-title"') == 2  # A and B as <h2>


# ---- EPUB ----------------------------------------------------------------------------

def test_epub_six_languages(files):
    names = [f"78_123_{lang}" for lang in LANGS] + ["76_243_en"]
    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        results = dict(zip(names, pool.map(lambda n: check_epub(files[n]["epub"], SOURCES[n]), names)))
    for name, res in results.items():
        assert not _failed(res), (name, _failed(res))
    with zipfile.ZipFile(files["78_123_ar"]["epub"]) as z:
        opf = z.read("EPUB/content.opf").decode()
        chapters = [n for n in z.namelist() if n.startswith("EPUB/text/")]
        text = z.read(chapters[0]).decode()
        nav = z.read("EPUB/nav.xhtml").decode()
    assert 'page-progression-direction="rtl"' in opf and "<dc:language>ar</dc:language>" in opf
    assert ">A/RES/78/123</dc:identifier>" in opf and "<dc:date" in opf and "2023-12-08" in opf
    assert "<dc:subject" in opf and "<dc:creator" in opf
    assert len(chapters) == 1 and 'dir="rtl"' in text
    assert 'epub:type="noteref"' in text and 'epub:type="footnote"' in text
    assert re.search(r'<body[^>]*>\s*<header [^>]*class="cover">', text)  # the cover opens the book
    assert "78/123" in nav and "A/RES/78/123" in nav
    with zipfile.ZipFile(files["76_243_en"]["epub"]) as z:
        nav = z.read("EPUB/nav.xhtml").decode()
    assert "Annex" in nav or "annex" in nav.lower()


# ---- DOCX ----------------------------------------------------------------------------

def test_docx_through_libreoffice(browser, files, tmp_path):
    names = ["78_123_en", "78_123_ar", "78_123_zh"]
    pdfs = docx_to_pdf([files[n]["docx"] for n in names], tmp_path, browser.lo_profile())
    for name, pdf in zip(names, pdfs):
        res = browser.check_docx(files[name]["docx"], SOURCES[name], pdf_path=pdf)
        assert not _failed(res), (name, _failed(res))
    from pypdf import PdfReader
    text = PdfReader(str(pdfs[0])).pages[0].extract_text()
    assert "A/RES/78/123" in text and "International Day of Potato" in text
    # no number or symbol is broken across two lines in the Chinese print ("61/18" | "5号决议")
    zh_text = subprocess.run(["pdftotext", str(pdfs[2]), "-"], capture_output=True, check=True).stdout.decode()
    source_numbers = set(re.findall(r"\d+/\d+", read_akn(SOURCES["78_123_zh"]).xpath("string()")))
    assert "61/185" in source_numbers
    assert all(n in zh_text for n in source_numbers), sorted(n for n in source_numbers if n not in zh_text)
    # the English date on the Arabic cover reads left to right ("December 2023 13" before)
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdfs[1]), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    words = [(float(x), float(y), w) for x, y, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', bbox)]
    line = next(y for _, y, w in words if w == "December")
    assert [w for _, y, w in sorted(words) if abs(y - line) < 2] == ["13", "December", "2023"]


def test_docx_language_settings(files):
    def part(name, member):
        with zipfile.ZipFile(files[name]["docx"]) as z:
            return z.read(member).decode()
    ar_styles, zh_styles = part("78_123_ar", "word/styles.xml"), part("78_123_zh", "word/styles.xml")
    assert "<w:bidi />" in ar_styles and 'w:cs="Noto Naskh Arabic"' in ar_styles and "<w:rtl />" in ar_styles
    assert 'w:eastAsia="Noto Serif CJK SC"' in zh_styles and 'w:eastAsia="zh-CN"' in zh_styles
    # Latin-script runs (numbers, symbols) in a Western language: breaking them as Chinese splits
    # "61/185" at any digit
    assert 'w:val="en-GB"' in zh_styles and 'w:val="zh-CN"' not in zh_styles
    assert 'w:bidi="ar-SA"' in ar_styles
    assert "<w:bidi />" not in part("78_123_en", "word/styles.xml")
    assert "<w:bidi" in part("78_123_ar", "word/document.xml")
    settings = part("78_123_fr", "word/settings.xml")
    assert '<w:autoHyphenation w:val="true" />' in settings
    assert 'w:numRestart w:val="continuous"' in settings
    document = part("78_123_en", "word/document.xml")
    assert 'w:numRestart w:val="continuous"' in document and "eachSect" not in document
    assert "<w:tab />" in document  # number, tab, text: the hanging number
    for style in ("Cover symbol", "Resolution title", "Formula", "Preambular paragraph", "Operative paragraph",
                  "Sub-paragraph", "Annex heading", "Footnote Text"):
        assert f'w:val="{style}"' in part("78_123_en", "word/styles.xml"), style
    assert len(re.findall(r'<w:footnote w:id="\d+"', part("78_123_en", "word/footnotes.xml"))) \
        == expected(SOURCES["78_123_en"])["notes"]


def test_reproducible_docx_epub(files, tmp_path):
    for name in ("78_123_ar", "78_123_zh"):
        again = export(SOURCES[name], ["docx", "epub"], tmp_path, name)
        for path in again:
            assert path.read_bytes() == files[name][path.suffix[1:]].read_bytes(), path.name
