"""The audit of a parsed document: what a reader should check by hand.

Numbering gaps and jumps, footnote markers left in the text with no note, and
notes whose marker was not found are listed; the parser itself adds the lines
it could not place.  `akn parse --report` prints these; `--strict` fails on them.
"""
import re

from .blocks import SUPERSCRIPT_DIGITS
from .model import Document, Unit
from .notes import PLACEHOLDER_RE

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int | None:
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        value = _ROMAN[a]
        total += -value if b != " " and _ROMAN[b] > value else value
    return total


def _ordinal(num: str, previous: int | None) -> int | None:
    """Position of a paragraph number in its sequence: '12.' -> 12, '(c)' -> 3, '(iv)' -> 4."""
    key = re.sub(r"[\W_]", "", num)
    if key.isdigit():
        return int(key)
    if len(key) == 1 and "a" <= key <= "z":
        letter = ord(key) - ord("a") + 1
        roman = _roman(key)
        return roman if roman and previous is not None and previous + 1 == roman and letter != previous + 1 else letter
    return _roman(key)


def _check_sequence(units: list[Unit], where: str, warnings: list[str]) -> None:
    previous = None
    for unit in units:
        if unit.num is None:
            continue
        value = _ordinal(unit.num, previous)
        if value is None:
            continue
        if previous is not None and value != previous + 1 and value != 1:
            kind = "gap" if value > previous + 1 else "repeated number" if value == previous else "jump back"
            warnings.append(f"numbering {kind} in {where}: {unit.num} after number {previous}")
        previous = value
        if unit.children:
            _check_sequence(unit.children, f"the sub-paragraphs of {unit.num}", warnings)


def audit(doc: Document) -> list[str]:
    warnings: list[str] = []
    for part in doc.parts:
        where = f"the operative paragraphs of part {part.label}" if part.label else "the operative paragraphs"
        _check_sequence([u for u in part.body if u.kind in ("operative", "heading")], where, warnings)
    texts = [u.text for u in doc.preamble] + [_all_text(u) for u in doc.body]
    for text in texts:
        for m in re.finditer(rf"[{SUPERSCRIPT_DIGITS}]+", PLACEHOLDER_RE.sub("", text)):
            context = text[max(0, m.start() - 30):m.start()].split("\n")[-1]
            warnings.append(f"footnote marker {m.group(0)} has no note text (after {context!r})")
    if not doc.is_resolution:
        warnings.append("no enacting formula found: not read as a resolution, every line kept as a paragraph")
    return warnings


def _all_text(unit: Unit) -> str:
    return " ".join([unit.text] + [_all_text(c) for c in unit.children] + [unit.wrap_up or ""])
