"""PDF: Pandoc typst writer with templates/resolution.typ, compiled by the typst Python binding."""
import datetime as dt
from functools import lru_cache

import typst

from ..errors import InputError
from . import pandoc
from .resources import path as template_path
from .to_typst import for_typst


@lru_cache(maxsize=1)
def compiler() -> typst.Compiler:
    """One compiler per process: fonts are scanned once, each call feeds its own source."""
    return typst.Compiler()


def typst_source(doc: dict) -> bytes:
    return pandoc.run(for_typst(doc), "typst", ["-s", "--template", str(template_path("resolution.typ"))])


def render(doc: dict, date_iso: str = "") -> bytes:
    """Pandoc document -> PDF bytes. The PDF dates come from the document, never the clock."""
    source = typst_source(doc)
    stamp = epoch(date_iso)
    try:
        return compiler().compile(input=source, format="pdf", timestamp=stamp)
    except Exception as exc:  # typst.TypstError carries the diagnostics
        first = str(exc).strip().splitlines()
        raise InputError(f"typst could not typeset the document: {first[0] if first else exc}") from None


MIN_EPOCH = 315532800  # 1980-01-01: zip (EPUB/DOCX) cannot store older times


def epoch(date_iso: str) -> int:
    try:
        d = dt.datetime.strptime(date_iso, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return MIN_EPOCH
    return max(MIN_EPOCH, int(d.timestamp()))
