"""Parallel editions: two to six language versions of one resolution, read (AKN as it is;
a text or PDF parsed first), aligned, checked against each other and written side by side."""
import json
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import align
from .atomic import make_folder, write_bytes
from .catalogue import describe
from .convert import name_of_symbol, parse_file, stem_of
from .errors import InputError
from .export import parallel
from .xmlio import safe_parser

FORMATS = ("html", "pdf")


@dataclass
class Edition:
    name: str                 # A_RES_78_123
    report: list[str]         # the cross-language differences
    written: list[Path]
    langs: list[str]


def load(paths) -> list[tuple[align.Version, str, bytes, str, str]]:
    """(version, file name to embed, AKN bytes, title, adoption date) per file, in the UN's order."""
    loaded = []
    for path in map(Path, paths):
        xml = parse_file(path).xml
        root = etree.fromstring(xml, safe_parser())
        symbol, lang, title, date = describe(root)
        version = align.read(root)
        version.lang = version.lang or lang
        if not version.lang:
            raise InputError(f"{path}: no language in its AKN (FRBRlanguage)")
        loaded.append((version, f"{stem_of(path)}.akn.xml", xml, title, date))
    return loaded


def build(paths, out_dir: Path, formats=FORMATS, langs: list[str] | None = None) -> Edition:
    loaded = load(paths)
    symbols = {v.symbol for v, *_ in loaded}
    if len(symbols) > 1:
        listed = "; ".join(f"{p}: {v.symbol or 'no symbol'}" for p, (v, *_) in zip(paths, loaded))
        raise InputError(f"not one resolution: {listed}")
    seen = {}
    for path, (version, *_) in zip(paths, loaded):
        if version.lang in seen:
            raise InputError(f"{path}: a second {version.lang} version (the first is {seen[version.lang]})")
        seen[version.lang] = path
    chosen = [item for item in loaded if not langs or item[0].lang in langs]
    if len(chosen) < 2:
        raise InputError("a parallel edition needs two or more language versions"
                         + (f" among --langs {','.join(langs)}" if langs else ""))
    by_lang = {item[0].lang: item for item in chosen}
    versions = parallel.ordered([item[0] for item in chosen])
    rows = align.align(versions)
    report = align.report(versions, rows)
    symbol = versions[0].symbol
    title = (by_lang.get("en") or by_lang[versions[0].lang])[3]
    date = next((item[4] for item in chosen if item[4]), "")
    name = name_of_symbol(symbol) or "parallel"
    rendered = {}
    if "html" in formats:
        rendered["html"] = parallel.html(versions, rows, report, title)
    if "pdf" in formats:
        files = {v.lang: (by_lang[v.lang][1], by_lang[v.lang][2]) for v in versions}
        rendered["pdf"] = parallel.pdf(versions, rows, report, title, files, date)
    make_folder(out_dir)
    written = [write_bytes(Path(out_dir) / f"{name}.parallel.{fmt}", data) for fmt, data in rendered.items()]
    return Edition(name, report, written, [v.lang for v in versions])


STATE = ".akn-parallel.json"      # in the output folder: the editions of a batch and their reports


def batch_editions(out_dir: Path, entries: list[dict], changed: set[str]) -> tuple[dict, list[str]]:
    """Every resolution of a batch's output folder with two or more language versions gets its
    parallel edition (HTML and PDF), made again only when one of its versions changed.
    Returns (editions by name, errors)."""
    state_path = Path(out_dir) / STATE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    groups: dict[str, dict[str, dict]] = {}
    for entry in entries:
        if entry.get("ok") and entry.get("symbol") and entry.get("lang"):
            groups.setdefault(entry["symbol"], {})[entry["lang"]] = entry
    editions, errors = {}, []
    for symbol, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        name = name_of_symbol(symbol)
        langs = {lang: e["stem"] for lang, e in sorted(members.items())}
        known = state.get(name, {})
        if known.get("langs") == langs and not changed & set(langs.values()) and \
                all((Path(out_dir) / f"{name}.parallel.{fmt}").exists() for fmt in FORMATS):
            editions[name] = known
            continue
        paths = [Path(out_dir) / f"{e['stem']}.akn.xml" if (Path(out_dir) / f"{e['stem']}.akn.xml").exists()
                 else Path(e["source"]) for e in members.values()]
        try:
            edition = build(paths, out_dir)
        except InputError as exc:
            errors.append(f"{name}.parallel: {exc}")
            continue
        editions[name] = {"symbol": symbol, "langs": langs, "report": edition.report}
    data = json.dumps(editions, ensure_ascii=False, indent=1, sort_keys=True).encode()
    if not state_path.exists() or state_path.read_bytes() != data:
        write_bytes(state_path, data)
    return editions, errors
