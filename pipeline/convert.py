"""One document through the stages (text -> AKN -> publication formats), and batches of them."""
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import akn, export
from .errors import InputError
from .model import Document
from .reading import decode, read_bytes
from .readers.pdf import embedded_akn, read_pdf
from .detect import detect_language
from .structure import parse, parse_blocks
from .xmlio import parse_akn_bytes, validation_errors

ALL_FORMATS = ("akn",) + export.FORMATS


@dataclass
class Parsed:
    xml: bytes
    warnings: list[str]
    doc: Document | None
    given: bool = False       # AKN that was given (an AKN file, or carried by a PDF of ours): not parsed
    notices: list[str] = field(default_factory=list)    # said on stderr whatever the options


def text_to_akn(text: str, name: str, lang: str | None = None) -> Parsed:
    """Parse a resolution's text; the AKN is checked against the strict XSD before it is returned."""
    parsed = _checked(parse(text, lang), name)
    parsed.notices += _language_notice(text, lang)
    return parsed


_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}


def _language_notice(text: str, lang: str | None) -> list[str]:
    detected = detect_language(text) if lang else lang
    if detected and detected != lang:
        return [f"the text reads as {_NAMES[detected]}, not {_NAMES[lang]} (--lang {lang}); it is tagged {lang} as asked"]
    return []


def _checked(doc: Document, name: str) -> Parsed:
    tree = akn.build(doc)
    errors = validation_errors(tree)
    if errors:   # a parser bug, never the user's fault: say so rather than write invalid AKN
        raise InputError(f"{name}: internal error, the AKN is not schema-valid ({errors[0]})")
    xml = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Parsed(xml, doc.warnings, doc)


def pdf_to_akn(data: bytes, name: str, lang: str | None = None) -> Parsed:
    """A PDF made by this tool gives back the AKN it carries; any other is read by its layout."""
    carried = embedded_akn(data)
    if carried is not None:
        return Parsed(carried, [], None, given=True,
                      notices=["a PDF made by akn-pipeline; the AKN it carries is returned as it is, not parsed again"])
    blocks = read_pdf(data, name)
    parsed = _checked(parse_blocks(blocks, lang), name)
    parsed.notices += _language_notice("\n".join(blocks.blocks[:200]), lang)
    return parsed


def parse_file(path: Path, lang: str | None = None) -> Parsed:
    return parse_bytes(read_bytes(path), str(path), lang)


def parse_bytes(data: bytes, name: str, lang: str | None = None) -> Parsed:
    """Text, PDF or AKN: an AKN file is taken as it is (checked to be safe, well-formed AKN)."""
    if data.startswith(b"%PDF-"):
        return pdf_to_akn(data, name, lang)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":
        parse_akn_bytes(data, name)
        return Parsed(data, [], None, given=True, notices=["already Akoma Ntoso; returned as it is"])
    return text_to_akn(decode(data, name), name, lang)


INPUT_SUFFIXES = (".akn.xml", ".xml", ".txt", ".pdf")
FOLDER_PATTERNS = ("*.txt", "*.pdf", "*.xml")     # what a folder contributes to a batch


def stem_of(path: Path) -> str:
    """Output name: the input's name without .txt / .pdf / .akn.xml / .xml."""
    name = Path(path).name
    for suffix in INPUT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def name_of_symbol(symbol: str) -> str:
    """A/RES/80/236 A-B -> A_RES_80_236_A-B, S/RES/2769 (2025) -> S_RES_2769_2025: as files are named."""
    return "_".join(symbol.replace("/", " ").replace("(", " ").replace(")", " ").split())


def collect_inputs(paths, patterns=FOLDER_PATTERNS) -> list[Path]:
    """Files as given; folders contribute their texts, PDFs and AKN files, sorted. In a folder,
    an XML file named like a text or PDF there (NAME.txt + NAME.xml, the official AKN beside its
    text; or NAME.akn.xml that this tool wrote beside it) is that document's AKN, not a second
    input. Two inputs that would write the same output names are refused, naming both."""
    found = []
    for p in map(Path, paths):
        if not p.is_dir():
            if not p.exists():
                raise InputError(f"{p}: no such file or folder")
            found.append(p)
            continue
        files = sorted(f for pattern in patterns for f in p.glob(pattern) if f.is_file())
        sources = {stem_of(f) for f in files if f.suffix in (".txt", ".pdf")}
        found.extend(f for f in files if f.suffix in (".txt", ".pdf") or stem_of(f) not in sources)
    seen: dict[str, Path] = {}
    for path in found:
        other = seen.setdefault(stem_of(path), path)
        if other != path and other.resolve() != path.resolve():
            raise InputError(f"{path}: same output name as {other} ({stem_of(path)}.*); rename one of them")
    return list(dict.fromkeys(found))


def parse_formats(spec: str, choices=ALL_FORMATS) -> list[str]:
    formats = [f.strip().lower() for f in spec.split(",") if f.strip()]
    unknown = [f for f in formats if f not in choices]
    if unknown or not formats:
        raise InputError(f"unknown format {unknown[0] if unknown else spec!r}: choose from {', '.join(choices)}")
    return formats
