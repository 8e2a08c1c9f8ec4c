"""Six languages, one resolution: the language versions aligned unit by unit, and what differs.

Alignment is by structure, never by translation: a unit is keyed by its role and number
(preambular paragraph k, operative paragraph n, its sub-paragraph n(a)(i), heading k, annex
paragraph k), falling back to order where a version has no numbers. Everything here reads
AKN only, so it works on the UN's own files as on ours.
"""
import re
from dataclasses import dataclass, field

from .blocks import ROMANS
from .dates import find_dates
from .export.meta import local
from .inline import symbol_spans
from .languages import TWO_LETTER

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
_TYPED_LABEL = re.compile(r"^\s*(\d{1,3})\s*(?:[.．]|-|–)\s")


@dataclass
class Unit:
    key: str              # the same in every language: "op:7/2" is paragraph 7 (b)
    label: str            # for people: "para 7(b)"
    kind: str             # title, formula, preamble, operative, point, heading, conclusions, annex
    text: str
    num: str = ""         # as printed
    italic: str = ""      # the leading phrase, as printed in italics
    notes: list[str] = field(default_factory=list)
    eid: str = ""


@dataclass
class Version:
    lang: str             # two letters
    symbol: str
    units: list[Unit]
    numbered: bool        # operative paragraphs carry numbers (else aligned by order)

    def by_key(self) -> dict[str, Unit]:
        return {u.key: u for u in self.units}


def _children(element, *names):
    return [c for c in element if local(c) in names]


def _text(element, skip=("authorialNote", "list", "point", "num", "heading", "subheading")) -> str:
    """The element's words, without its notes and without the sub-units that have rows of their own."""
    parts = []

    def walk(e, top):
        if not top and local(e) in skip:
            if e.tail:
                parts.append(e.tail)
            return
        if e.text:
            parts.append(e.text)
        for c in e:
            walk(c, False)
        if not top and e.tail:
            parts.append(e.tail)
    walk(element, True)
    return " ".join("".join(parts).split())


def _notes(element, stop=("point", "list")) -> list[str]:
    """The notes in this unit, not in its sub-units."""
    found = []

    def walk(e):
        for c in e:
            name = local(c)
            if name == "authorialNote":
                found.append(" ".join("".join(c.itertext()).split()))
            elif name not in stop:
                walk(c)
    walk(element)
    return found


def _italic_start(element) -> str:
    for span in element.iter():
        if local(span) in ("span", "i") and ("italic" in (span.get("class") or "") or local(span) == "i"):
            return " ".join("".join(span.itertext()).split())
    return ""


def read(root) -> Version:
    """An AKN document (ours or the UN's) as a sequence of keyed units."""
    lang = _first_attr(root, "FRBRlanguage", "language")
    symbol = " ".join("".join(next((e.itertext() for e in root.iter() if local(e) == "docNumber"
                                    and e.get("refersTo") == "#symbol"), [])).split())
    statements = [e for e in root.iter() if local(e) in ("statement", "resolution", "act", "doc")
                  and not any(local(a) == "attachment" for a in e.iterancestors())]
    units: list[Unit] = []
    numbered = True
    many = len(statements) > 1
    for part, statement in enumerate(statements or [root], 1):
        prefix, named = (f"part{part}:", f"part {part}, ") if many else ("", "")
        numbered &= _read_statement(statement, prefix, named, units)
    for a, attachment in enumerate((e for e in root.iter() if local(e) == "attachment"), 1):
        _read_annex(attachment, a, units)
    return Version(TWO_LETTER.get(lang, lang), symbol, units, numbered)


def _first_attr(root, name, attr) -> str:
    return next((e.get(attr, "") for e in root.iter() if local(e) == name), "")


def _read_statement(statement, prefix, named, units) -> bool:
    numbered = True
    for title in (e for e in statement.iter() if local(e) == "docTitle"
                  and any(local(a) == "preface" for a in e.iterancestors())):
        units.append(Unit(f"{prefix}title", f"{named}title", "title", _text(title)))
        break
    preamble = next((c for c in statement if local(c) == "preamble"), None)
    k = 0
    if preamble is not None:
        for child in preamble:
            name = local(child)
            if name == "formula":
                units.append(Unit(f"{prefix}formula", f"{named}formula", "formula", _text(child),
                                  italic=_italic_start(child), notes=_notes(child)))
            elif name in ("container", "blockList", "p", "blockContainer"):
                k += 1
                units.append(Unit(f"{prefix}pre:{k}", f"{named}preamble {k}", "preamble", _text(child),
                                  italic=_italic_start(child), notes=_notes(child), eid=child.get("eId", "")))
    body = next((c for c in statement if local(c) == "mainBody"), None)
    if body is not None:
        state = {"pre": k, "head": 0, "op": 0, "last": "0", "after": 0, "scope": 0}
        numbered = _read_body(body, prefix, named, units, state)
    for conclusions in (c for c in statement if local(c) == "conclusions"):
        units.append(Unit(f"{prefix}conclusions", f"{named}closing", "conclusions", _text(conclusions)))
    return numbered


def _read_body(element, prefix, named, units, state) -> bool:
    numbered = True
    for child in element:
        name = local(child)
        if name == "crossHeading" and child.get("refersTo") == "#preamble":
            state["pre"] += 1
            k = state["pre"]
            units.append(Unit(f"{prefix}pre:{k}", f"{named}preamble {k}", "preamble", _text(child),
                              italic=_italic_start(child), notes=_notes(child), eid=child.get("eId", "")))
        elif name in ("section", "part", "title", "chapter", "hcontainer", "division"):
            _heading(child, prefix, named, units, state)
            numbered &= _read_body(child, prefix, named, units, state)
        elif name in ("paragraph", "clause", "article", "subparagraph"):
            num = child.find("{*}num")
            heading_only = num is None and not any(local(e) in ("content", "list", "intro") for e in child) \
                and any(local(e) in ("heading", "subheading") for e in child)
            if heading_only:
                _heading(child, prefix, named, units, state)
                continue
            state["op"] += 1
            text = _text(child)
            digits = re.search(r"\d+", (num.text or "").translate(_DIGITS)) if num is not None else None
            if digits is None and (m := _TYPED_LABEL.match(text.translate(_DIGITS))):
                digits = m                       # the label typed into the text (official Arabic files)
            if digits is None:
                numbered = False
                state["after"] += 1          # unnumbered: placed by the numbered paragraph it follows
                n = f"{state['last']}+{state['after']}"
            else:
                n = digits.group(1 if digits.re is _TYPED_LABEL else 0)
                if int(n) <= int(state["last"].rsplit(".", 1)[-1]):
                    state["scope"] += 1      # numbering starts again (a section of its own): keys stay unique
                n = f"{state['scope']}.{n}" if state["scope"] else n
                state["last"], state["after"] = n, 0
            label = _para_label(n)
            units.append(Unit(f"{prefix}op:{n}", f"{named}{label}", "operative", text,
                              num=(num.text or "").strip() if num is not None else "",
                              italic=_italic_start(child), notes=_notes(child), eid=child.get("eId", "")))
            _points(child, f"{prefix}op:{n}", f"{named}{label}", units, 0)
        elif name in ("crossHeading", "heading", "subheading"):
            _heading(child, prefix, named, units, state, whole=True)
        elif name in ("list", "blockList", "p", "container", "tblock"):
            state["op"] += 1
            state["after"] += 1
            n = f"{state['last']}+{state['after']}"
            units.append(Unit(f"{prefix}op:{n}", f"{named}{_para_label(n, 'text')}", "operative",
                              _text(child, skip=("authorialNote",)), notes=_notes(child, stop=())))
    return numbered


def _para_label(key: str, what: str = "unnumbered paragraph") -> str:
    """'7' -> 'para 7'; '2.3' (numbering restarted) -> 'para 3'; '7+2' -> 'unnumbered paragraph 2 after para 7'."""
    if "+" not in key:
        return f"para {key.split('.', 1)[-1]}"
    after, k = key.split("+")
    after = after.split(".", 1)[-1]
    return f"{what} {k} before para 1" if after == "0" else f"{what} {k} after para {after}"


def _heading(element, prefix, named, units, state, whole=False):
    parts = [element] if whole else [e for e in element if local(e) in ("num", "heading", "subheading")]
    text = " ".join(" ".join("".join(p.itertext()).split()) for p in parts).strip()
    if text:
        state["head"] += 1
        k = state["head"]
        units.append(Unit(f"{prefix}head:{k}", f"{named}heading {k}", "heading", text))


def _points(element, key, label, units, depth):
    """Sub-paragraphs, keyed by their place among their siblings: (a) is 1 in every script."""
    lists = [e for e in element if local(e) == "list"]
    points = [p for lst in lists for p in lst if local(p) in ("point", "indent", "alinea")]
    for i, point in enumerate(points, 1):
        mark = chr(ord("a") + i - 1) if depth == 0 and i <= 26 else (ROMANS[i - 1] if i <= len(ROMANS) else str(i))
        num = point.find("{*}num")
        units.append(Unit(f"{key}/{i}", f"{label}({mark})", "point", _text(point),
                          num=(num.text or "").strip() if num is not None else "",
                          notes=_notes(point), eid=point.get("eId", "")))
        _points(point, f"{key}/{i}", f"{label}({mark})", units, depth + 1)


def _read_annex(attachment, a, units):
    k = 0
    for element in attachment.iter():
        name = local(element)
        if name in ("heading", "subheading"):
            k += 1
            units.append(Unit(f"annex{a}:{k}", f"annex {a}, line {k}", "annex", _text(element)))
        elif name == "p" and not any(local(x) in ("heading", "authorialNote", "p") for x in element.iterancestors()):
            k += 1
            units.append(Unit(f"annex{a}:{k}", f"annex {a}, line {k}", "annex", _text(element, skip=("authorialNote",)),
                              notes=_notes(element, stop=())))


# --- the alignment and the report ----------------------------------------------------------

@dataclass
class Row:
    key: str
    label: str
    kind: str
    cells: dict[str, Unit | None]     # language -> its unit, or None where that version lacks it


def align(versions: list[Version]) -> list[Row]:
    """One row per unit key, in document order: the longest version's order, with the units
    only other versions have inserted after the unit they follow."""
    order: list[str] = []
    for version in sorted(versions, key=lambda v: -len(v.units)):
        previous = None
        for unit in version.units:
            if unit.key not in order:
                order.insert(order.index(previous) + 1 if previous in order else len(order) if previous else 0,
                             unit.key)
            previous = unit.key
    maps = {v.lang: v.by_key() for v in versions}
    rows = []
    for key in order:
        cells = {v.lang: maps[v.lang].get(key) for v in versions}
        first = next(u for u in cells.values() if u is not None)
        rows.append(Row(key, first.label, first.kind, cells))
    return rows


def _langs(langs) -> str:
    return ", ".join(langs)


def report(versions: list[Version], rows: list[Row]) -> list[str]:
    """Every difference in structure between the versions, naming the unit and the languages."""
    lines = []
    for kind, name in (("preamble", "preambular paragraphs"), ("operative", "operative paragraphs")):
        counts = {v.lang: sum(1 for u in v.units if u.kind == kind) for v in versions}
        if len(set(counts.values())) > 1:
            lines.append(f"{name}: " + "; ".join(f"{n} in {_langs(l for l, c in counts.items() if c == n)}"
                                                 for n in sorted(set(counts.values()), reverse=True)))
    for version in versions:
        if not version.numbered:
            lines.append(f"operative paragraphs without numbers in {version.lang}: aligned by order")
    for row in rows:
        present = [lang for lang, unit in row.cells.items() if unit is not None]
        missing = [lang for lang, unit in row.cells.items() if unit is None]
        if missing:
            lines.append(f"{row.label}: in {_langs(present)}, missing in {_langs(missing)}")
            continue
        notes = {lang: len(unit.notes) for lang, unit in row.cells.items()}
        if len(set(notes.values())) > 1:
            lines.append(f"{row.label}: footnotes " + "; ".join(
                f"{n} in {_langs(l for l, c in notes.items() if c == n)}" for n in sorted(set(notes.values()), reverse=True)))
        lines += _facts(row)
    return lines


def _facts(row: Row) -> list[str]:
    """Document symbols and dates that one version has and another has not, or has otherwise."""
    lines = []
    symbols = {lang: sorted({symbol for _, _, symbol in symbol_spans(unit.text)}) for lang, unit in row.cells.items()}
    if len({tuple(s) for s in symbols.values()}) > 1:
        groups: dict[tuple, list[str]] = {}
        for lang, found in symbols.items():
            groups.setdefault(tuple(found), []).append(lang)
        lines.append(f"{row.label}: symbols " + "; ".join(
            f"{' '.join(s) or 'none'} in {_langs(ls)}" for s, ls in groups.items()))
    dates = {lang: {d.iso: " ".join(d.text.split()) for d in find_dates(unit.text, lang)}
             for lang, unit in row.cells.items()}
    differing = []
    for iso in sorted({iso for found in dates.values() for iso in found}):
        having = [lang for lang, found in dates.items() if iso in found]
        if len(having) < len(dates):
            printed = ", ".join(sorted({dates[lang][iso] for lang in having}))
            differing.append(f"{printed} in {_langs(having)}, not in {_langs(l for l in dates if l not in having)}")
    if differing:
        lines.append(f"{row.label}: dates: " + "; ".join(differing))
    return lines
