"""PDF: Pandoc typst writer with templates/resolution.typ, compiled by the typst Python binding.

The PDF is tagged, PDF/A-3a, carries the AKN it was made from as an associated file
(relationship "source"), and is typeset only with the fonts listed in FONT_DIRS (Debian
font packages) plus the fonts typst embeds, so that the same input gives the same bytes
on every machine that installed those packages.
"""
import datetime as dt
import os
import re
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

import typst

from ..errors import InputError
from . import nodes as N, pandoc
from .resources import path as template_path
from .to_typst import for_typst

# Debian packages: fonts-liberation (Liberation Serif: the widths of Times New Roman, the UN's
# typeface, for Latin and Cyrillic), fonts-noto-core (Noto Serif, Noto Naskh Arabic),
# fonts-noto-cjk (Noto Serif/Sans CJK SC), fonts-dejavu-core (DejaVu Sans, the symbol fallback).
FONT_DIRS = ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/noto",
             "/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/dejavu")
# The families the template asks for (templates/resolution.typ): without them, fall back
# to the machine's fonts rather than print empty boxes.
REQUIRED_FAMILIES = ("Liberation Serif", "Noto Serif", "Noto Naskh Arabic", "Noto Serif CJK SC")
PDF_STANDARD = "a-3a"
AKN_INPUT = "akn"  # sys.inputs key holding the AKN text (when it is UTF-8)
AKN_FILE = "akn-source.xml"  # file read by the template when the AKN is not UTF-8


@lru_cache(maxsize=1)
def compiler() -> typst.Compiler:
    """One compiler per process: fonts are scanned once, each call feeds its own source."""
    dirs = [d for d in FONT_DIRS if Path(d).is_dir()]
    if len(dirs) == len(FONT_DIRS):
        comp = typst.Compiler(font_paths=dirs, ignore_system_fonts=True)
        if not missing_families(comp):
            return comp
    warnings.warn("akn-pipeline: the font packages (fonts-liberation, fonts-noto-core, fonts-noto-cjk) are not "
                  "installed; the PDF uses the machine's fonts and may differ between machines")
    return typst.Compiler(font_paths=dirs)


def missing_families(comp: typst.Compiler) -> list[str]:
    """Families of REQUIRED_FAMILIES the compiler does not know (typst warns 'unknown font family')."""
    missing = []
    for family in REQUIRED_FAMILIES:
        _, warns = comp.compile_with_warnings(input=f'#set text(font: "{family}")\nx'.encode(), format="pdf")
        if any("unknown font family" in str(w) for w in warns):
            missing.append(family)
    return missing


PAPER_ENV = "AKN_PAPER"  # 'a4' or 'letter': every PDF on that paper (akn export/convert --paper)
_JOB = re.compile(r'refersTo="#publicationJobNumber"[^>]*>\s*([^<]*?)\s*<')


def job_number(akn_bytes: bytes | None) -> str:
    """The job number of the official AKN (meta/presentation, akn4un:footerFirstPage):
    '23-25926 (E)' for New York, 'GE.24-01234 (E)' for Geneva; '' when it has none."""
    if not akn_bytes:
        return ""
    head = akn_bytes[:200_000]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = head.decode("utf-16", errors="ignore") if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
    m = _JOB.search(text)
    return " ".join(m.group(1).split()) if m else ""


def with_print_meta(doc: dict, akn_bytes: bytes | None = None, paper: str | None = None) -> dict:
    """The document with what only the print needs: the job number, the paper asked for."""
    meta = dict(doc["meta"])
    job = job_number(akn_bytes)
    if job:
        meta["job-number"] = N.MetaString(job)
    paper = (paper or os.environ.get(PAPER_ENV, "")).strip().lower()
    if paper:
        meta["paper"] = N.MetaString(paper)
    return dict(doc, meta=meta)


def typst_source(doc: dict, akn_bytes: bytes | None = None, paper: str | None = None) -> bytes:
    doc = with_print_meta(doc, akn_bytes, paper)
    return pandoc.run(N.compact(for_typst(doc), longest=16), "typst", ["-s", "--template", str(template_path("resolution.typ"))])


def render(doc: dict, date_iso: str = "", akn_bytes: bytes | None = None, paper: str | None = None) -> bytes:
    """Pandoc document -> PDF bytes. The PDF dates come from the document, never the clock.

    akn_bytes: the AKN file exactly as the user has it; embedded in the PDF as its source.
    paper: 'a4' or 'letter'; by default the issuing place's (see to_typst.paper_of).
    """
    return render_with_warnings(doc, date_iso, akn_bytes, paper)[0]


def render_with_warnings(doc: dict, date_iso: str = "", akn_bytes: bytes | None = None, paper: str | None = None):
    """(PDF bytes, typst warnings as strings)."""
    return compile_source(typst_source(doc, akn_bytes, paper), date_iso, akn_bytes)


_GLYPH_ERROR = re.compile(r"could not be displayed with font")


def compile_source(source: bytes, date_iso: str = "", akn_bytes: bytes | None = None):
    """typst source -> (PDF bytes, warnings). PDF/A-3a; a text no installed font can show
    is not allowed in PDF/A: then the PDF is made without the PDF/A claim, with a warning."""
    kwargs = dict(input=source, format="pdf", timestamp=epoch(date_iso), sys_inputs={}, pdf_tags=True)
    if akn_bytes is None:
        return _compile(kwargs)
    try:
        kwargs["sys_inputs"][AKN_INPUT] = akn_bytes.decode("utf-8")
    except UnicodeDecodeError:  # e.g. UTF-16 AKN: hand typst the file itself
        with tempfile.TemporaryDirectory(prefix="akn-pdf-") as tmp:
            (Path(tmp) / AKN_FILE).write_bytes(akn_bytes)
            kwargs["sys_inputs"]["akn-file"] = AKN_FILE
            return _compile(dict(kwargs, root=tmp))
    return _compile(kwargs)


def _compile(kwargs):
    try:
        try:
            pdf, warns = compiler().compile_with_warnings(pdf_standards=[PDF_STANDARD], **kwargs)
        except typst.TypstError as exc:
            if not _GLYPH_ERROR.search(str(exc)):
                raise
            pdf, warns = compiler().compile_with_warnings(**kwargs)
            warns = [*warns, f"not PDF/A: {str(exc).strip().splitlines()[0]}"]
    except Exception as exc:  # typst.TypstError carries the diagnostics
        first = str(exc).strip().splitlines()
        raise InputError(f"typst could not typeset the document: {first[0] if first else exc}") from None
    return pdf, [str(getattr(w, "message", w)) for w in warns]


MIN_EPOCH = 315532800  # 1980-01-01: zip (EPUB/DOCX) cannot store older times


def epoch(date_iso: str) -> int:
    try:
        d = dt.datetime.strptime(date_iso, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return MIN_EPOCH
    return max(MIN_EPOCH, int(d.timestamp()))
