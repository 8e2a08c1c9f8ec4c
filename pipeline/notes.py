"""Footnotes: find each note's marker in the text and put a placeholder there.

A note's text was found at the foot of a page (blocks.Note.after_block); its
marker stands earlier, after the previous note's marker.  Markers come as
superscript digits (¹), "(¹)" in Arabic, "1/" in older layouts, or plain
digits glued to a word, punctuation or a year ("2023" + "1" = "20231").
"""
import re
from functools import lru_cache

from .blocks import SUPERSCRIPT_DIGITS, Blocks
from .languages import Language

PLACEHOLDER = "\ue000{}\ue001"
PLACEHOLDER_RE = re.compile("\ue000(\\d+)\ue001")


def _sup(marker: str) -> str:
    return marker.translate(str.maketrans("0123456789", SUPERSCRIPT_DIGITS))


# Words that take a number after them ("resolution 1", "Group of 20", "on 4 and 5 September"):
# a bare number after one of these is that number, not a note marker set apart by spaces.
_TAKES_NUMBER = {
    "of", "on", "to", "and", "or", "from", "between", "than", "by", "at", "in", "the", "for", "with", "under",
    "nor", "about", "least", "some", "per", "after", "before", "until", "through", "over", "within",
    "resolution", "resolutions", "paragraph", "paragraphs", "para", "paras", "goal", "goals", "target",
    "targets", "no", "nos", "article", "articles", "annex", "chapter", "chap", "item", "items", "group",
    "decision", "decisions", "rule", "rules", "section", "sect", "principle", "principles", "protocol",
    "part", "phase", "level", "category", "vol", "volume", "page", "pages", "p", "pp", "table", "figure",
    "agenda", "step", "round", "session", "meeting", "sub", "indicator", "objective", "recommendation",
    "recommendations", "option", "module", "stage", "tier", "class", "zone", "sector", "region",
    "de", "du", "des", "la", "le", "les", "et", "el", "los", "las", "y", "del", "и", "в", "с", "от",
}

# Words after a number that go on with it: a date, a quantity ("12 August", "5 per cent").
_UNITS = re.compile(r"\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December|per\s+cent|percent|million|billion|trillion|years?|days?|months?|weeks?|hours?)\b")


# What a spaced marker may follow: a word (and its punctuation: "Agenda”,"), or a number whole by
# itself, a year, a range of years or a document symbol ("July 2023, 2", "2015–2030 3", "71/205 18").
_MARKED_WORD = re.compile(r"[^\W\d_][,.;:)”’\"]*$|(?:\b(?:19|20)\d\d|/[\w.]*\d)[,.;:)”’\"]+$|(?:^|[–‑-])(?:19|20)\d\d$|/[\w.]*\d$")


class _SpacedMarker:
    """A note marker set apart by spaces, as pdftotext prints a raised digit: "Framework, 1 and",
    "Development 14 in".  The match takes the space before it along.  `ordinal`: the language's
    ordinal before the noun it numbers ("sixty-second session")."""

    def __init__(self, marker: str, ordinal: str):
        self.regex = re.compile(rf"\s+({re.escape(marker)})(?=[\s,.;:)]|$)")
        self.ordinal = re.compile(ordinal, re.I)

    def search(self, text: str, pos: int = 0):
        for m in self.regex.finditer(text, pos):
            if not self._in_number_phrase(text[:m.start()].split(), text[m.end():]):
                return m
        return None

    def _in_number_phrase(self, before: list[str], after: str) -> bool:
        """The number belongs to a number phrase, so it is no marker: the number of the word before
        it ("resolution 5", "para. 7"; not of a word its punctuation closes, "“Our Common Agenda”, 1",
        nor of one an ordinal numbers already, "its sixty-second session 13 and"), one more of a list
        ("1, 2 and 3"), the first figures of a date or quantity ("12 August", "1.5", "1,5 degré",
        "1,200", "3 369 000"), or one of a row of numbers after a year ("2024 3 2025 4"): a marker
        before punctuation has a space after it ("1, 2")."""
        word = before[-1] if before else ""
        if not _MARKED_WORD.search(word):
            return True
        if (word.strip("(“\"'’").rstrip(".").lower() in _TAKES_NUMBER
                and not (len(before) > 1 and self.ordinal.search(before[-2]))):
            return True
        return bool(_UNITS.match(after) or re.match(r"[.,]\d|\s\d{3}(?!\d)", after)
                    or word[-1:].isdigit() and re.match(r"\s+\d", after))


class _StarMarker:
    """An asterisk marker: apart after a word ("… process *"), or glued to the block's last word with
    no star to pair it ("… du Comité*", "Partie I*"); a star glued to a word in a pair is italics."""
    apart = re.compile(r"(?<=\s)\*(?=\s|$)")
    last = re.compile(r"(?<=\S)\*(?=\s*$)")

    def search(self, text: str, pos: int = 0):
        return self.apart.search(text, pos) or (self.last.search(text, pos) if text.count("*") % 2 else None)


_STAR_MARKER = [[_StarMarker()]]


@lru_cache(maxsize=1024)   # per marker; re's own cache (512) is outrun by a batch's markers
def _patterns(marker: str, ordinal: str, takes_number: str, title_close: str) -> list[list]:
    """The forms a note's marker takes in the text, in tiers from the strongest sign to the weakest;
    the forms of one tier are as likely as each other.  The other arguments are the language
    table's fields of those names."""
    if marker == "*":
        return _STAR_MARKER
    sup = re.escape(_sup(marker))
    n = re.escape(marker)
    # after a closing title bracket ("《友好关系宣言》1所载的原则"); between Chinese characters, after no
    # character that takes a number ("第15和", "项目132和", "至12日")
    title = [re.compile(rf"(?<=[{title_close}]){n}(?=[\u4e00-\u9fff])")] if title_close else []
    glued_zh = ([[re.compile(rf"(?<=[\u4e00-\u9fff])(?<![{takes_number}]){n}(?=[和及与并、])")]]
                if takes_number else [])
    return [
        # a superscript, or a bracketed one
        [re.compile(rf"\s?\(\s*{sup}\s*\)|(?<![{SUPERSCRIPT_DIGITS}]){sup}(?![{SUPERSCRIPT_DIGITS}])")],
        # "1/", as the older documents print it
        [re.compile(rf"(?<=\s){n}/(?=\s|$)")],
        # a number glued to a word, a Chinese punctuation mark, a year, an Arabic word or a title bracket
        [# (not the first digits of a number grouped by spaces: "减去3 369 000美元", nor the decimal of a
         # figure of one digit: "dont 1,9 million", "1.1 billion"; "Agenda 21,5" and "70/1,3" take one)
         re.compile(rf"(?<=[^\W\d_]|[,.;:)”’»\"])(?<!\b[A-Z])(?<!\s\d[,.]){n}(?=[\s,.;:)，。；]|$)(?!\s\d{{3}}(?!\d))"),
         re.compile(rf"(?<=[、，。；）”{title_close}】〉])\s?{n}(?=[\s,.;:)，。；]|$)"),  # "报告，1 ", "《议程》2 的"
         re.compile(rf"(?<=\b(?:19|20)\d\d){n}(?=[\s,.;:)]|$)"),
         re.compile(rf"(?<=[\u0600-\u06ff\d“”»)\]])\({n}\)"),             # Arabic: "2023(1)،", "…“(4)،"
         *title],
        # a number set apart by spaces, as pdftotext prints a raised digit: "Framework, 1 and"
        [_SpacedMarker(marker, ordinal)],
        # glued between Chinese characters, before a word that joins nouns ("成果信息15和领导人对话")
        *glued_zh,
    ]


def anchor(blocks: Blocks, table: Language, body_start: int = 0):
    """Returns (body blocks with placeholders, note texts, note markers, audit warnings); `table`
    is the document's language.

    Superscript markers are looked for everywhere; the weaker forms (bare digits)
    only from `body_start` on, since cover lines are full of numbers and dates."""
    body = list(blocks.blocks)
    texts, markers, warnings = [], [], []
    pos_block, pos_char = 0, 0
    for note in blocks.notes:
        end = max(note.after_block, 0)
        found = None
        for strength, tier in enumerate(_patterns(note.marker, table.ordinal, table.takes_number, table.title_close)):
            needle = _sup(note.marker) if strength == 0 else note.marker
            first = pos_block if strength == 0 else max(pos_block, body_start)
            for b in range(first, min(end, len(body) - 1) + 1):
                if needle not in body[b]:       # a cheap test before the regex
                    continue
                # the forms of one tier are as likely: the first in the text is the marker ("… 31
                # décembre 20235, …" before "… d’inflation6 …" wherever each form stands)
                start = pos_char if b == pos_block else 0
                hits = [m for m in (form.search(body[b], start) for form in tier) if m]
                if hits:
                    found = (b, min(hits, key=lambda m: m.start()))
                    break
            if found:
                break
        index = len(texts)
        texts.append(note.text)
        markers.append(note.marker)
        if found:
            b, m = found
            body[b] = body[b][:m.start()] + PLACEHOLDER.format(index) + body[b][m.end():]
            pos_block, pos_char = b, m.start() + len(PLACEHOLDER.format(index))
        else:
            if not body:
                body.append("")             # a text of nothing but notes: they still need a place
            b = min(end, len(body) - 1)
            warnings.append(f"footnote {note.marker}: marker not found, note placed at the end of its paragraph")
            body[b] = body[b] + PLACEHOLDER.format(index)
    return body, texts, markers, warnings
