"""Checks on a PDF made by `akn export` from an AKN file: archival, fonts, text, language.

    check_pdf(pdf_path, akn_path) -> {name: Check(ok, detail)}

Names: pdfa, tagged, akn_embedded, fonts_embedded, text_back, no_missing_glyph, language,
paper, running_header (and reproducible when asked). Uses pypdf; `pdftotext` (poppler-utils)
is used for the text when it is installed, else pypdf's extraction.

    python bench/pdf_checks.py output/A_RES_58_170_fr.pdf output/A_RES_58_170_fr.akn.xml [...]
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pypdf import PdfReader
from pypdf.generic import ContentStream, IndirectObject

LANGS = {"fra": "fr", "fre": "fr", "eng": "en", "spa": "es", "rus": "ru", "ara": "ar",
         "zho": "zh", "chi": "zh"}
A4 = (595.276, 841.89)
LETTER = (612.0, 792.0)


@dataclass
class Check:
    ok: bool
    detail: str = ""

    def __bool__(self):
        return self.ok


# ---- AKN side ------------------------------------------------------------------------------

def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _text(el) -> str:
    """Text of an element, notes and numbers left out."""
    parts = []

    def walk(e):
        if _local(e) in ("authorialNote", "num"):
            return
        if e.text and _local(e):
            parts.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                parts.append(c.tail)
    walk(el)
    return " ".join("".join(parts).split())


def akn_language(root) -> str:
    lang = next((e for e in root.iter() if _local(e) == "FRBRlanguage"), None)
    code = (lang.get("language") or "").lower() if lang is not None else ""
    return LANGS.get(code, code)


def operative_openings(root, words: int = 4) -> list[str]:
    """The first words of every paragraph of the body (not sub-paragraphs), numbered or with its
    label typed into its text (about half of the UN's Arabic files of sessions 75-77)."""
    out = []
    for el in root.iter():
        if _local(el) != "paragraph" or not any(_local(c) in ("num", "content", "intro", "list") for c in el):
            continue
        if not any(_local(a) in ("mainBody", "body") for a in el.iterancestors()):
            continue
        if any(_local(a) in ("paragraph", "list", "point", "attachment") for a in el.iterancestors()):
            continue
        first_p = next((c for c in el.iter() if _local(c) == "p"), el)   # the intro, not its points
        text = _text(first_p)
        if text:
            first = " ".join(text.split()[:words])
            out.append(first[:30] if len(first) >= 3 else text[:12])  # Chinese: no spaces
    return out


# ---- PDF side ------------------------------------------------------------------------------

def _squeeze(s: str) -> str:
    """Letters and digits only, NFKC: compares text whatever the spacing, line breaks,
    hyphenation, bidi marks or Arabic presentation forms of the extraction."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def pdf_text(pdf_path: Path, first: int | None = None, last: int | None = None) -> str:
    exe = shutil.which("pdftotext")
    if exe:
        cmd = [exe, "-enc", "UTF-8"]
        if first:
            cmd += ["-f", str(first)]
        if last:
            cmd += ["-l", str(last)]
        return subprocess.run(cmd + [str(pdf_path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    reader = PdfReader(pdf_path)
    pages = reader.pages[(first or 1) - 1:(last or len(reader.pages))]
    return "\n".join(p.extract_text() or "" for p in pages)


def _xmp(reader) -> str:
    meta = reader.trailer["/Root"].get("/Metadata")
    return meta.get_object().get_data().decode("utf-8", "replace") if meta is not None else ""


def _xmp_field(xmp: str, name: str) -> str:
    m = re.search(rf"pdfaid:{name}\s*=\s*\"([^\"]*)\"", xmp) or re.search(rf"<pdfaid:{name}>([^<]*)<", xmp)
    return m.group(1).strip() if m else ""


def _fonts(reader):
    """(name, font dict) for every font used by the pages (forms and Type3 resources included)."""
    seen, out = set(), []

    def visit(resources):
        resources = resources.get_object() if resources is not None else None
        if not resources:
            return
        for name, ref in (resources.get("/Font") or {}).items():
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            seen.add(key)
            font = ref.get_object()
            out.append((name, font))
            if font.get("/Subtype") == "/Type3":
                visit(font.get("/Resources"))
        for ref in (resources.get("/XObject") or {}).values():
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            seen.add(key)
            xobj = ref.get_object()
            if xobj.get("/Subtype") == "/Form":
                visit(xobj.get("/Resources"))
    for page in reader.pages:
        visit(page.get("/Resources"))
    return out


def _font_embedded(font) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs are content streams inside the PDF
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    desc = font.get("/FontDescriptor")
    desc = desc.get_object() if desc is not None else {}
    return any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _notdef_shows(reader) -> int:
    """Glyph id 0 (.notdef) drawn with an Identity-H font (typst's encoding for text)."""
    count = 0
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get_object().get("/Font") or {}
        identity = {name for name, ref in fonts.items() if ref.get_object().get("/Encoding") == "/Identity-H"}
        contents = page.get_contents()
        if contents is None:
            continue
        current = None
        for operands, op in ContentStream(contents, reader).operations:
            if op == b"Tf":
                current = operands[0]
            elif op in (b"Tj", b"'", b'"', b"TJ") and current in identity:
                items = operands[-1] if op != b"TJ" else operands[0]
                strings = items if op == b"TJ" else [items]
                for s in strings:
                    if isinstance(s, (bytes, str)) or hasattr(s, "original_bytes"):
                        data = s.original_bytes if hasattr(s, "original_bytes") else bytes(s, "latin-1") if isinstance(s, str) else s
                        count += sum(1 for i in range(0, len(data) - 1, 2) if data[i:i + 2] == b"\0\0")
    return count


def check_pdf(pdf_path: Path, akn_path: Path, reproducible: bool = False,
              typst_warnings: list[str] | None = None) -> dict[str, Check]:
    pdf_path, akn_path = Path(pdf_path), Path(akn_path)
    akn_bytes = akn_path.read_bytes()
    root = etree.fromstring(akn_bytes, etree.XMLParser(resolve_entities=False, no_network=True))
    reader = PdfReader(pdf_path)
    catalog = reader.trailer["/Root"]
    results: dict[str, Check] = {}

    # PDF/A: the part and conformance declared in the XMP metadata
    xmp = _xmp(reader)
    part, conf = _xmp_field(xmp, "part"), _xmp_field(xmp, "conformance")
    results["pdfa"] = Check(part.isdigit() and int(part) >= 3 and bool(conf),
                            f"PDF/A-{part or '?'}{conf.lower() or '?'}" if part else "no pdfaid in the XMP metadata")

    # tagged: /MarkInfo << /Marked true >> and a structure tree
    mark = catalog.get("/MarkInfo")
    marked = bool(mark is not None and mark.get_object().get("/Marked"))
    struct = "/StructTreeRoot" in catalog
    results["tagged"] = Check(marked and struct, f"Marked={marked}, StructTreeRoot={struct}")

    # the AKN, byte for byte, as an embedded (associated) file
    attachments = reader.attachments
    found = [name for name, datas in attachments.items() if any(d == akn_bytes for d in datas)]
    af = "/AF" in catalog
    results["akn_embedded"] = Check(bool(found), (f"{found[0]} ({len(akn_bytes)} bytes)" + (", in /AF" if af else ""))
                                    if found else f"attachments: {sorted(attachments) or 'none'}")

    # fonts
    fonts = _fonts(reader)
    bare = sorted({str(f.get("/BaseFont", name)) for name, f in fonts if not _font_embedded(f)})
    results["fonts_embedded"] = Check(bool(fonts) and not bare,
                                      f"{len(fonts)} fonts" + (f"; not embedded: {', '.join(bare)}" if bare else ""))

    # text: the opening words of every operative paragraph come back out of the PDF
    text = pdf_text(pdf_path)
    squeezed = _squeeze(text)
    openings = operative_openings(root)
    # piece by piece (the letters and digits of each word): text extraction may put a combining
    # mark of a right-to-left word on the line above, and reorders the pieces of a symbol that
    # opens with digits in right-to-left text ("22/COP.15" comes out "COP.15/22")
    lost = [o for o in openings if not all(_squeeze(piece) in squeezed for piece in re.split(r"[\s/.()\-]+", o))]
    results["text_back"] = Check(bool(openings) and not lost,
                                 f"{len(openings) - len(lost)}/{len(openings)} operative paragraphs found"
                                 + (f"; missing: {lost[0]!r}" if lost else ""))

    # missing glyphs: no U+FFFD in the text, no glyph 0 drawn, no typst font warning
    notdef = _notdef_shows(reader)
    fffd = text.count("\ufffd")
    glyph_warnings = [w for w in (typst_warnings or []) if re.search(r"glyph|font|not PDF/A", w, re.I)]
    results["no_missing_glyph"] = Check(not notdef and not fffd and not glyph_warnings,
                                        f".notdef drawn {notdef}x, U+FFFD {fffd}x"
                                        + (f", typst: {glyph_warnings[0]}" if glyph_warnings else ""))

    # language
    want = akn_language(root)
    have = str(catalog.get("/Lang", ""))
    results["language"] = Check(bool(want) and have.split("-")[0].lower() == want,
                                f"/Lang {have or 'missing'}, AKN {want or '?'}")

    # paper: every page on the paper the PDF's metadata names (US Letter for New York, else A4)
    sizes = {(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in reader.pages}
    named = "US Letter" if "paper: US Letter" in str((reader.metadata or {}).get("/Keywords", "")) else "A4"
    want = LETTER if named == "US Letter" else A4
    results["paper"] = Check(sizes == {(round(want[0], 1), round(want[1], 1))}, f"{named}: page sizes {sorted(sizes)}")

    # running header: the symbol heads page 2
    symbol = next((_text(e) for e in root.iter() if _local(e) == "docNumber" and
                   (e.get("refersTo") or "").lstrip("#") == "symbol"), "")
    if len(reader.pages) >= 2 and symbol:
        head = pdf_text(pdf_path, 2, 2).strip().splitlines()
        # the header: the symbol, and the title beside it (on a line of its own in extracted text)
        first_lines = [line for line in head if line.strip()][:8]  # a long title wraps in the header
        results["running_header"] = Check(any(_squeeze(symbol) in _squeeze(line) for line in first_lines),
                                          f"page 2 starts {' / '.join(first_lines).strip()[:60]!r}")
    else:
        results["running_header"] = Check(True, "one page" if symbol else "no symbol")

    if reproducible:
        again = rerender(akn_path)
        results["reproducible"] = Check(again == pdf_path.read_bytes(),
                                        "same bytes" if again == pdf_path.read_bytes() else "the bytes differ")
    return results


def rerender(akn_path: Path) -> bytes:
    """The PDF of akn_path made again by the pipeline (the AKN's bytes embedded)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pipeline.export import pandoc, pdf
    from pipeline.export.ast import build
    from pipeline.xmlio import read_akn
    doc, meta = build(read_akn(Path(akn_path)), pandoc.api_version())
    return pdf.render(doc, meta.date_iso, Path(akn_path).read_bytes())


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    bad = 0
    for pdf_path, akn_path in zip(argv[::2], argv[1::2]):
        results = check_pdf(Path(pdf_path), Path(akn_path))
        print(pdf_path)
        for name, check in results.items():
            print(f"  {'ok ' if check.ok else 'BAD'} {name:17} {check.detail}")
        bad += not all(results.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
