"""HTML, DOCX and EPUB through pandoc (each returns the file's bytes)."""
import tempfile
from pathlib import Path

from . import pandoc
from .resources import path as template_path, read_text
from .transform import for_docx, for_epub, for_html


def html(doc: dict, epoch: int) -> bytes:
    # The stylesheet is inlined by us (header-includes): nothing for pandoc to fetch.
    return pandoc.run(for_html(doc, read_text("akn.css")), "html5", ["-s"], epoch=epoch)


def _to_file(doc: dict, to: str, args, epoch: int) -> bytes:
    # Binary writers need -o; write into a private temp dir, read back.
    with tempfile.TemporaryDirectory(prefix="akn-export-") as tmp:
        out = Path(tmp) / f"out.{to}"
        pandoc.run(doc, to, args, output=out, epoch=epoch)
        return out.read_bytes()


def docx(doc: dict, epoch: int) -> bytes:
    return _to_file(for_docx(doc), "docx", ["--reference-doc", str(template_path("reference.docx"))], epoch)


def epub(doc: dict, epoch: int) -> bytes:
    return _to_file(for_epub(doc, read_text("akn.css")), "epub3",
                    ["--epub-title-page=false", "--split-level=1"], epoch)
