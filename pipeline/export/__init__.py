"""Publishing AKN as HTML, PDF, DOCX and EPUB through Pandoc (JSON AST, never Markdown).

    export(tree_or_path, formats, out_dir, stem) -> [out_dir/stem.fmt, ...]
"""
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..xmlio import read_akn
from . import epub, pandoc, pdf, writers
from .ast import build
from ..atomic import make_folder, write_bytes

FORMATS = ("html", "pdf", "docx", "epub")
# Publishing a text takes time and memory in proportion to its length (a 2-million-character
# text: ~10 s and ~1 GB for the PDF); beyond this, the document is refused with a clear
# reason rather than exhausting the machine. The longest resolution in the corpus has 77,000.
MAX_PUBLISH_CHARS = 2_000_000


def load(tree_or_path):
    """An lxml tree/element, or a path to AKN (parsed safely by pipeline.xmlio)."""
    if isinstance(tree_or_path, (str, Path)):
        return read_akn(Path(tree_or_path))
    if isinstance(tree_or_path, etree._ElementTree):
        root = tree_or_path.getroot()
    elif isinstance(tree_or_path, etree._Element):
        root = tree_or_path
    else:
        raise InputError(f"cannot export {type(tree_or_path).__name__}: expected an AKN tree or path")
    if etree.QName(root).localname != "akomaNtoso":
        raise InputError(f"not an Akoma Ntoso document (root <{etree.QName(root).localname}>)")
    return root


def _akn_bytes(tree_or_path, root, akn_bytes):
    """The AKN the PDF carries: the user's file byte for byte, else our serialisation of the tree."""
    if akn_bytes is not None:
        return akn_bytes
    if isinstance(tree_or_path, (str, Path)):
        return Path(tree_or_path).read_bytes()
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def render(tree_or_path, fmt: str, akn_bytes: bytes | None = None) -> bytes:
    """One format's bytes, nothing written."""
    tree = load(tree_or_path)
    return _render(*build(tree, pandoc.api_version()), fmt, _akn_bytes(tree_or_path, tree, akn_bytes))


def _render(doc, meta, fmt, akn_bytes=None, html=None):
    """One format's bytes; the EPUB packages the HTML page (`html`, made here if not given)."""
    stamp = pdf.epoch(meta.date_iso)
    if fmt == "html":
        return writers.html(doc, stamp)
    if fmt == "pdf":
        return pdf.render(doc, meta.date_iso, akn_bytes)
    if fmt == "docx":
        return writers.docx(doc, stamp)
    if fmt == "epub":
        return epub.package(html or writers.html(doc, stamp), doc["meta"], stamp)
    raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def export(tree_or_path, formats, out_dir: Path, stem: str, akn_bytes: bytes | None = None) -> list[Path]:
    """Write out_dir/<stem>.<fmt> for each format, atomically; return the paths.

    Every format is rendered before anything is written, so bad input leaves no file.
    The PDF embeds `akn_bytes` (default: the file given, or the tree serialised).
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    tree = load(tree_or_path)
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    chars = sum(len(text.strip()) for text in root.itertext())  # not the indentation
    if chars > MAX_PUBLISH_CHARS:
        raise InputError(f"too long to publish ({chars:,} characters of text; "
                         f"the limit is {MAX_PUBLISH_CHARS:,})")
    out_dir = Path(out_dir)
    doc, meta = build(tree, pandoc.api_version())
    akn = _akn_bytes(tree_or_path, tree, akn_bytes) if "pdf" in formats else None
    rendered = {}
    for fmt in sorted(formats, key=lambda f: f != "html"):  # the HTML first: the EPUB is made from it
        rendered[fmt] = _render(doc, meta, fmt, akn, rendered.get("html"))
    make_folder(out_dir)
    return [write_bytes(out_dir / f"{stem}.{fmt}", rendered[fmt]) for fmt in formats]
