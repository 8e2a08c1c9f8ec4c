"""Blocks -> Document: cover, preface, formula, preamble, operative paragraphs with
their sub-paragraphs, headings, conclusions and annexes.

Every block ends up somewhere: what fits no pattern stays in the body, in order,
and is listed in the audit (Document.warnings).
"""
import re
import unicodedata
from functools import lru_cache

from . import notes as footnotes
from .audit import audit
from .blocks import DASH_ITEM, NUMBERED, PART_LABEL, RES_NUMBER, ROMANS, SEPARATOR, TERMINAL, TRAILING_MARKER, Blocks, LineKinds, display_width, split_blocks
from .cover import parse_cover
from .dates import find_date, session_number
from .detect import detect_language
from .languages import LANGUAGES, Language
from .model import Conclusions, Document, Part, Unit

_ROMAN = re.compile(r"^(?=[ivxlc]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_NUM_PATTERNS = [
    # (regex, level kind)
    (re.compile(r"^(\d{1,3}\s?[.．])\s*(.*)$", re.S), "digit"),
    (re.compile(r"^(\d{1,3}\s*-)\s+(.*)$", re.S), "digit"),                 # Arabic "1 -"
    (re.compile(r"^([一二三四五六七八九十]+、)\s*(.*)$", re.S), "digit"),
    (re.compile(r"^(\(\s*[a-z]{1,4}\s*\)|（[a-z]{1,4}）|[a-z]{1,4}\))\s*(.*)$", re.S), "alpha"),
    # a Cyrillic letter typed for a Latin one in a Russian label ("а)", "с)", "е)" among "b)", "d)"),
    # or Cyrillic labels throughout ("а)", "б)", "в)")
    (re.compile(r"^(\(\s*[а-яё]\s*\)|[а-яё]\))\s+(.*)$", re.S), "alpha"),
    (re.compile(r"^([a-z]{1,4}\.)\s+(.*)$", re.S), "alpha"),                # "a." (Security Council 2020+)
    (re.compile(r"^(\([\u0621-\u064a]{1,2}\)|（[\u0621-\u064a]{1,2}）)\s*(.*)$", re.S), "alpha"),
    (re.compile(r"^(\([A-Z]\)|[A-Z]\))\s+(.*)$", re.S), "upper"),
    (re.compile(r"^([㈠-㈩])\s*(.*)$", re.S), "roman"),                    # Chinese (i), (ii)
    (re.compile(r"^(’\d{1,2}‘)\s*(.*)$", re.S), "roman"),                 # Arabic (i), (ii): ’1‘, ’2‘
]
# a table's row as a text flattener writes it: cells between " | " ("Création | Juriste | P-4 | 1", "| | |")
_TABLE_ROW = re.compile(r"^\|(?:\s|$)|\s\|\s")
# A dash item (blocks.DASH_ITEM: "– supplies …;", "- …"): a sub-paragraph of the paragraph whose words
# it completes (its text ends with a colon), of an item that is a title, or the next of a run of them;
# the UN gives it the dash as its num.
_DASHES = ("–", "—", "-")
# how a preambular paragraph ends (its comma), and an operative one (a semicolon or full stop)
_PREAMBLE_END = (",", "،", "，")
_OPERATIVE_END = (".", ";", "؛", "。", "；")


# Characters XML cannot hold, and the private-use pair notes.py uses as placeholders. The form
# feed stays: pdftotext puts one between pages, and split_blocks reads pages by it (and drops it).
# Invisible direction marks (LRM, RLM, ALM, embeddings, isolates) that word processors put around
# Arabic paragraph labels ("‏(ب)‏", "6 -‎"): not characters of the text, and they hide the label.
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_UNUSABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff\ue000\ue001]")


# A soft hyphen only marks where a word may be broken; hyphenating typesetters put one in their
# text layer where they did break it. A word broken at a line end is joined whole, and no soft
# hyphen is kept: the AKN has whole words (and the PDF breaks none: UN texts are not hyphenated).
SOFT_HYPHEN = "\u00ad"
_BROKEN_WORD = re.compile(r"\u00ad[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[^\W\d_])")


def readable(text: str) -> str:
    """The text as the parser reads it: no character XML cannot hold, no direction mark, no soft
    hyphen (the form feed stays)."""
    text = _BIDI_MARKS.sub("", _UNUSABLE.sub("", text))
    return _BROKEN_WORD.sub("", text).replace(SOFT_HYPHEN, "")


def parse(text: str, lang: str | None = None) -> Document:
    text = readable(text)
    lang = lang or detect_language(text)
    return parse_blocks(split_blocks(text, _block_starts(LANGUAGES[lang])), lang)


def parse_blocks(blocks: Blocks, lang: str | None = None) -> Document:
    """The one structure recogniser, for the blocks of every reader (text, PDF)."""
    lang = lang or detect_language("\n".join(blocks.blocks[:200]))
    table = LANGUAGES[lang]
    formula_at = _find_formula(blocks.blocks, table)
    body_blocks, notes_text, markers, warnings = footnotes.anchor(blocks, table, formula_at or 0)
    bold = {body_blocks[i] for i in blocks.bold if i < len(body_blocks)}

    start = _find_formula(body_blocks, table)
    number_at = next((i for i, b in enumerate(body_blocks[:start if start is not None else 40])
                      if RES_NUMBER.match(b.strip("*"))), None)
    no_formula_end = _cover_length(body_blocks) if start is None else None
    cover_end = min(x for x in (start, number_at, no_formula_end, len(body_blocks)) if x is not None)
    doc = Document(lang=lang, cover=parse_cover(body_blocks[:cover_end], lang),
                   notes=notes_text, note_markers=markers, warnings=warnings)
    doc.is_resolution = start is not None
    doc.cover.other += blocks.cover_notes
    rest = body_blocks[cover_end:]
    if number_at is not None and number_at == cover_end:
        m = RES_NUMBER.match(rest[0].strip("*"))
        doc.number = m.group(1) + m.group(2)
        title = [m.group(3)] if m.group(3) else []
        rest = rest[1:]
        while rest and start is not None and not _opens_part(rest, 0, table):
            title.append(rest[0])     # titles printed over several lines (older layouts)
            rest = rest[1:]
        doc.title = " ".join(t for t in title if t).strip() or None
    doc.parts = []
    for label, blocks_of_part in _split_parts(rest, table):
        part = Part(label=label)
        if blocks_of_part and re.match(_loose(table), blocks_of_part[0].strip("*")):
            part.formula, blocks_of_part = blocks_of_part[0], blocks_of_part[1:]
        doc.parts.append(part)
        _parse_body(doc, part, blocks_of_part, table, bold)
    doc.adoption = _adoption_date(doc, lang)
    doc.emphasis = emphasis_of(doc)
    doc.warnings += audit(doc)
    return doc


_RESOLUTION_PART = re.compile(r"^\*?([A-Z]|[А-Я]|[\u0621-\u064a]{1,4})\*?$")


def _opens_part(blocks: list[str], i: int, table: Language) -> bool:
    """The formula, or a part label ("A", "B") standing just before it."""
    if re.match(_loose(table), blocks[i].strip("*")):
        return True
    return bool(_RESOLUTION_PART.match(blocks[i].strip()) and i + 1 < len(blocks)
                and re.match(table.formula, blocks[i + 1].strip("*")))


def _split_parts(blocks: list[str], table: Language):
    """[(label, blocks)]: one part, or the parts A, B … of a multi-part resolution."""
    starts = [i for i in range(len(blocks)) if _RESOLUTION_PART.match(blocks[i].strip()) and _opens_part(blocks, i, table)]
    if len(starts) < 2:
        return [(None, blocks)]
    parts = [(None, blocks[:starts[0]])] if starts[0] > 0 else []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        parts.append((blocks[i].strip("* "), blocks[i + 1:end]))
    return parts


def _block_starts(table: Language) -> LineKinds:
    """What a line opens in `table`'s language: 'part' for the lines that open a part of the
    resolution (formula, number, closing meeting, annex: they also end a footnote area), 'strong'
    for other cover lines, 'label' for a lettered heading of the language's own letters, 'lead' for
    a participle; with the language's word for a resolution, its operative verbs, the titles before
    a person's name and its formula."""
    part = re.compile("|".join(f"(?:{p})" for p in (table.formula, r"^(?:ES-)?\d{1,3}/\d{1,4}\.(?:\s|$)")))
    meeting = re.compile(table.meeting, re.I)
    # an annex's heading is short ("Annex I — Coversheet"); a long line that opens with the word
    # is a sentence the margin cut before it ("Annex I of resolution 1747 (2007) and Annex II of …")
    annex = re.compile(table.annex)
    # the cover's bracket ("[on the report of the Fifth Committee (A/78/646)]") closes at its line's end, or
    # on a line after it; one closed before more words ("[agent local] à la division …") is a wrapped line
    strong = re.compile("|".join(f"(?:{p})" for p in (table.adopted, r"^\[(?![^\]]*\]\s*[^\W\d_])", r"^Distr\.")))
    agenda = re.compile(table.agenda)
    lead = re.compile(table.line_start or table.lead_start)
    label = re.compile(table.heading_label)

    def starts(line: str):
        line = line.strip("*")
        if (part.match(line) or _annex_heading(line, annex) or table.numbers_part(line.strip())
                or _meeting_line(line, meeting)):
            return "part"           # a part's number alone ("一", "أولا") opens a block, as "II" does
        if label.match(line):
            return "label"          # a lettered heading ("باء - تطور …"), as "B. Evolución …"
        if strong.match(line) or _agenda_line(line, agenda):
            return "strong"
        return "lead" if lead.match(line) else None
    return LineKinds(starts, resolution=re.compile(table.resolution, re.I), verb=re.compile(table.op_verb),
                     person=re.compile(table.person), formula=re.compile(_loose(table)))


def _annex_heading(line: str, annex: re.Pattern) -> bool:
    """An annex's heading ("Annex I — Coversheet", "المرفق الأول", "附件二"): short, and no clause of a
    sentence (a wrapped line that opens with the word ends on a comma or semicolon: "المرفق، القرار 2/5،";
    or goes on in lower case after a comma: "Annex C, to keep records of transactions and share")."""
    return (bool(annex.match(line)) and len(line) < 60 and not line.rstrip().endswith((",", ";", ":", "،", "؛", "，", "；", "。"))
            and not re.search(r",\s+[a-zà-ÿа-яё]", line))


def _meeting_line(line: str, meeting: re.Pattern) -> bool:
    """The closing meeting ("52nd plenary meeting", "第40次全体会议"): a short line, no clause of a
    sentence ("…at its 309th and" / "310th meetings, and further notes …" is a wrapped line)."""
    return bool(meeting.match(line)) and display_width(line) < 60 and not re.search(r"[,;،，；]", line)


def _agenda_line(line: str, agenda: re.Pattern) -> bool:
    """The cover's agenda item ("Agenda item 71 (b)", "议程项目148"): short, with its number; not a
    wrapped line of the body that opens with the words ("议程项目进一步改为两年一审…")."""
    return bool(agenda.match(line)) and display_width(line) < 60 and bool(re.search(r"\d", line))


def _cover_length(blocks: list[str]) -> int:
    """Where the cover ends in a text with no formula: at the first block that reads like
    body text (long, or numbered), so that a text that is not a resolution keeps a body."""
    for i, block in enumerate(blocks):
        if len(block) > 120 or NUMBERED.match(block):
            return i
    return min(len(blocks), 1)


def _loose(table: Language) -> str:
    """The formula without its comma ("L'Assemblée générale" alone on its line); no other mark may
    end it ("…رئيس" / "الجمعية العامة؛" is a paragraph's last line)."""
    assert table.formula.endswith(r"\W*[,،，]\W*$")
    return table.formula[:-len(r"\W*[,،，]\W*$")] + r"(?:(?![;؛；.。:：!?])\W)*$"


def _find_formula(blocks: list[str], table: Language) -> int | None:
    """The enacting formula; without its comma only after the resolution number, since the
    issuing body's name stands alone on the cover too."""
    for i, b in enumerate(blocks[:80]):
        if re.match(table.formula, b.strip("*")):
            return i
    number = next((i for i, b in enumerate(blocks[:40]) if RES_NUMBER.match(b.strip("*"))), None)
    if number is not None:
        for i in range(number + 1, min(len(blocks), number + 6)):
            if re.match(_loose(table), blocks[i].strip("*")):
                return i
    return None


def _numbered(text: str):
    for pattern, style in _NUM_PATTERNS:
        m = pattern.match(text)
        if m:
            return m.group(1).strip(), m.group(2), style
    return None


def _level(num: str, style: str, stack: list[Unit]) -> int:
    """Depth of a numbered unit: 1 for "1.", 2 for "(a)", 3 for "(i)"; "(i)" after "(h)" is a letter."""
    if style == "digit":
        return 1
    if style == "roman":
        return 3 if len(stack) >= 2 else 2
    key = re.sub(r"[^\w]", "", num)
    top = re.sub(r"[^\w]", "", stack[0].num or "")
    # ("(h) Support for … the rule of law" / "(i) To support …": after a title or a colon, "(i)" opens
    # the title's sub-items; the next letter follows an item that ended its sentence)
    announces = not stack[0].text.rstrip().endswith(_OPERATIVE_END)
    # (and "(aa)" after "(z)", "(bb)" after "(aa)": the letters once more, doubled)
    following = (len(top) == 1 and len(key) == 1 and ord(key) == ord(top) + 1 or (top, key) == ("z", "aa")
                 or len(top) == len(key) == 2 and top[0] == top[1] and key[0] == key[1] and ord(key[0]) == ord(top[0]) + 1)
    if following and not (key in "ivx" and announces):
        # a paragraph's items that a heading interrupted: the first after it stands alone, as the
        # UN's files have it ("…in order to:" / "(e) …;" / "Disarmament, demobilization …" / "(f) …"
        # / "(g) …"), the next ones are its siblings, not its sub-items
        return 1
    # "c" and "l" alone are letters: no list runs to a hundredth sub-item ("(vi)" then "(c)")
    roman = bool(_ROMAN.match(key)) and key not in ("c", "l")
    if roman and len(stack) >= 2:
        prev = re.sub(r"[^\w]", "", stack[1].num or "")
        if ((len(stack) == 2 or stack[2].num in _DASHES) and prev and len(prev) == 1
                and ord(key[0]) == ord(prev) + 1 and len(key) == 1):
            return 2                                     # (h) then (i): a letter, after (h)'s dash items too
    if roman and len(stack) >= 2 and key in ROMANS[1:]:
        if re.sub(r"[^\w]", "", stack[1].num or "") == ROMANS[ROMANS.index(key) - 1]:
            return 2                                     # (i) under "1." then (ii): its sibling
    if roman and (len(stack) >= 2 or key not in ("i", "v", "x")):
        return 3 if len(stack) >= 2 else 2
    return 2


def _parse_body(doc: Document, part: Part, blocks: list[str], table: Language, bold: set[str] = frozenset()) -> None:
    """`bold`: blocks the reader saw printed in bold; unnumbered among operative paragraphs, a heading."""
    blocks = list(blocks)           # a block holding two paragraphs is split in place
    stack: list[Unit] = []          # current operative unit and its open sub-units
    target = part.body
    in_annex = False
    seen_heading = seen_operative = False
    preamble_open = True
    i = 0
    while i < len(blocks):
        block = blocks[i]
        plain = footnotes.PLACEHOLDER_RE.sub("", block).strip("* ")    # for classifying only
        meeting = re.match(table.meeting, plain, re.I)
        number = _meeting_number(meeting, doc.lang) if meeting else None
        if meeting and number and not in_annex and len(plain) < 80:
            date = find_date(plain[meeting.end():], doc.lang)
            raw = blocks[i + 1] if i + 1 < len(blocks) else ""
            nxt = footnotes.PLACEHOLDER_RE.sub("", raw).strip("* ")
            # a note whose marker was not found, put after the last line before its text (the date):
            # the last paragraph keeps it, the body's or, with no body, the preamble's
            carried = "".join(m.group(0) for m in footnotes.PLACEHOLDER_RE.finditer(raw))
            home = part.body or part.preamble
            if (date is None and (d := find_date(nxt, doc.lang)) and len(nxt) <= len(d.text) + 6
                    and (home or not carried)):
                d.text = nxt            # the next line is the date, as printed ("8 декабря 2023 года")
                date, i = d, i + 1
                if carried:
                    home[-1].text += carried
            elif date and block.rstrip().endswith(date.text) and block.rstrip() != date.text:
                # the date printed under the meeting joined to its line (a page foot between them):
                # the meeting's text without it, the date written once, as the date
                block = block.rstrip()[:-len(date.text)].rstrip(" ,،")
            part.conclusions.append(Conclusions(block, number, date))
            i += 1
            continue
        if _annex_heading(plain, re.compile(table.annex)):
            in_annex, target, stack = True, doc.annexes, []
            target.append(Unit("heading", block))
            i += 1
            continue
        if SEPARATOR.match(block.strip()) and not in_annex:
            # "* * *" (S/RES/1357 (2001), S/RES/1456 (2003)): a paragraph of its own, as the UN's files
            # have it; what follows may open as a preamble does ("Reaffirming …,")
            target.append(Unit("text", block))
            stack = []
            seen_heading = preamble_open = True
            i += 1
            continue
        if _TABLE_ROW.search(plain) and (plain.strip("| \t") or target and target[-1].kind == "table"):
            # a row of a table, its cells between "|" ("Création | Juriste | P-4 | 1"): one table for
            # the run of rows, where the UN has a table (a container, neither paragraph nor heading);
            # bars alone open none (a header's rule "| | |" only follows the table's first row)
            if not (target and target[-1].kind == "table"):
                target.append(Unit("table", ""))
            target[-1].children.append(Unit("row", block))
            stack = []
            i += 1
            continue
        dash = DASH_ITEM.match(block)
        if dash and stack and not in_annex and (stack[-1].num in _DASHES or stack[-1].text.rstrip().endswith(":")
                                                 or _titled_item(stack[-1])):
            unit = Unit("point", dash.group(2), num=dash.group(1))
            if stack[-1].num in _DASHES and len(stack) > 1:
                stack.pop()                                  # the next dash item: a sibling
            stack[-1].children.append(unit)
            stack.append(unit)
            i += 1
            continue
        numbered = _numbered(block)
        if numbered:
            num, text, style = numbered
            if style == "upper" and not stack:
                numbered = None
        if numbered and stack and _inline_run(num, text):
            # "(a) assist …; (b) gather …": items printed inside the sentence, the first one put at a
            # line's start by wrapping; the UN keeps them in the paragraph's text
            stack[-1].text += " " + block
            i += 1
            continue
        if (numbered and not stack and preamble_open and not seen_heading and style != "digit" and part.preamble
                and (part.preamble[-1].children or part.preamble[-1].text.rstrip().endswith((":", "：")))):
            # the items of a preambular paragraph announced by a colon ("Emphasizing that phase II …
            # should be based on the following considerations:" / "(a) that the parties …;"): the
            # paragraph's own (AKN blockList), the preamble goes on after them
            part.preamble[-1].children.append(Unit("point", text, num=num))
            i += 1
            continue
        if numbered:
            nxt = blocks[i + 1].strip() if i + 1 < len(blocks) else ""
            if num[:1].isdigit() and _first_words_after(text, footnotes.PLACEHOLDER_RE.sub("", nxt).strip("* "), table):
                text, i = nxt + " " + text, i + 1
            level = _level(num, style, stack) if stack else 1
            unit = Unit("operative" if level == 1 else "point", text, num=num)
            unit.lead = _lead(text, table, doc.cover.body == "sc") if level == 1 and style != "alpha" else None
            if level == 1 or not stack:
                target.append(unit)
                stack = [unit]
                preamble_open, seen_operative = False, True
            else:
                del stack[level - 1:]
                stack[-1].children.append(unit)
                stack.append(unit)
        elif _is_heading(plain, blocks, i, table) or (seen_operative and block in bold and len(plain) < 200):
            target.append(Unit("heading", block))
            stack = []
            seen_heading = preamble_open = True
        elif in_annex:
            target.append(Unit("text", block))
        elif (preamble_open and plain.endswith(_OPERATIVE_END) and not re.match(table.op_verb, plain)
              and not _preamble_goes_on(blocks, i, table) and (cut := _operative_tail(block, table))):
            # the preamble's last paragraph and an unnumbered operative one in one block: wrapping joined
            # them, the verb in lower case after the comma ("…Совета по правам человека1," / "принимает к
            # сведению доклад …."); a preambular paragraph never ends on a full stop
            blocks[i:i + 1] = [block[:cut].rstrip(), block[cut:]]
            continue
        elif preamble_open and not seen_heading and _preamble_heading(part.preamble, plain, blocks, i, table):
            part.preamble.append(Unit("heading", block))
        elif (preamble_open and (plain.endswith(_PREAMBLE_END) or re.match(table.lead_start, plain)
                                 or _preamble_goes_on(blocks, i, table))
              and not re.match(table.op_verb, plain)):
            # before the first operative paragraph of the resolution or of a part ("I", "II" …); not
            # one opening with an operative verb, whatever it ends on ("Approuve, avec effet au 1er
            # janvier 2026, … rapport," under "I" in A/RES/80/236 fr)
            unit = Unit("preamble", block, lead=_lead(block, table, doc.cover.body == "sc"))
            if seen_heading:
                part.body.append(unit)       # a preamble inside a section
            else:
                part.preamble.append(unit)
        elif stack and plain[:1].islower() and not stack[-1].text.rstrip().endswith(TERMINAL):
            stack[-1].text += " " + block    # the rest of a paragraph cut by a page break
        elif (len(stack) >= 2 and plain[:1].islower() and stack[-1].text.rstrip().endswith((";", "؛", "；"))
              and not stack[0].wrap_up):
            # "(c) … a final report by 13 November 2025;" / "and urges the Panel to seek feedback …;":
            # the paragraph's words after its sub-paragraphs, its wrap-up (AKN list/wrapUp)
            stack[0].wrap_up = block
            del stack[1:]
        else:
            # a line of a list announced by a colon ("Vendredi 13 juin, de 10 heures … ;"): a paragraph
            # of its own, as the UN's files have it, but no operative paragraph with a leading verb
            operative = (doc.is_resolution and (plain.endswith(_OPERATIVE_END) or re.match(table.op_verb, plain))
                         and not _in_listed_run(blocks, i))
            unit = Unit("operative" if operative else "text", block, lead=_lead(block, table, doc.cover.body == "sc") if operative else None)
            if not operative or seen_operative:
                doc.warnings.append(f"unplaced text kept as an unnumbered paragraph: {plain[:60]!r}")
            target.append(unit)
            stack = [unit]
            preamble_open, seen_operative = preamble_open and not operative, seen_operative or operative
        i += 1


def _meeting_number(meeting: re.Match, lang: str) -> int | None:
    """The closing meeting's number: in figures (group 'n'), or in ordinal words (group 'w')."""
    if meeting.group("n"):
        return int(meeting.group("n"))
    words = meeting.groupdict().get("w")
    return session_number(words, lang) if words else None


def _inline_run(num: str, text: str) -> bool:
    """A first item label ("(a)", "(i)") whose text runs on into its sibling ("…; (b) gather")."""
    nxt = {"(a)": "b", "(i)": "ii", "a)": "b"}.get(num)
    return bool(nxt) and bool(re.search(rf"[;,]\s+\(?{nxt}\)\s", text))


def _is_heading(plain: str, blocks: list[str], i: int, table: Language) -> bool:
    if PART_LABEL.match(plain) or table.numbers_part(plain):
        return True
    if _in_listed_run(blocks, i):
        return False
    nxt = footnotes.PLACEHOLDER_RE.sub("", blocks[i + 1]).strip("* ") if i + 1 < len(blocks) else ""
    before_number = bool(NUMBERED.match(nxt))
    prv = footnotes.PLACEHOLDER_RE.sub("", blocks[i - 1]).strip("* ") if i > 0 else ""
    under_label = bool(PART_LABEL.match(prv) or table.numbers_part(prv))
    if (under_label and nxt and not plain.endswith(TERMINAL) and len(plain) < 200 and not plain[:1].islower()
            and not re.match(_loose(table), nxt)):
        return True                  # a part's title under its label: "II" / "Condiciones de servicio …"
    if _LABELLED_HEADING.match(plain) and nxt and not plain.endswith(TERMINAL) and len(plain) < 200:
        return True                  # "B. Evolución del margen entre … y la de los Estados Unidos"
    if _opens_with_phrase(plain, table) and _opens_like_a_verb(plain, table):
        # "Notes with satisfaction the support … by the host": body text; not a title whose noun a
        # phrase of the table may follow ("International support", S/RES/2085 (2012))
        return False
    # a heading before a numbered paragraph may be long, and open like a participle ("Working methods")
    if plain.endswith(TERMINAL) or len(plain) > (200 if before_number else 120) or not plain:
        return False
    if re.match(table.lead_start, plain) and not before_number:
        return False
    # or, after an operative paragraph's end, before the preambular paragraph of a new section
    # ("…Naciones Unidas;" / "Condiciones de servicio … superiores A Escala de sueldos básicos/mínimos" /
    # "Recordando …,"): a title with its label, wider than a line
    before_preamble = (prv.endswith(_OPERATIVE_END) and bool(re.match(table.lead_start, nxt))
                       and nxt.endswith(_PREAMBLE_END))
    return bool(nxt) and (before_number or before_preamble or len(plain) < 80) and not plain[:1].islower()


def _preamble_heading(preamble: list[Unit], plain: str, blocks: list[str], i: int, table: Language) -> bool:
    """A title between two preambular paragraphs, as the Council prints some in bold (S/RES/2713
    (2023), S/RES/2776 (2025): "…to degrade the threat posed by Al-Shabaab," / "Degrading the threat
    posed by Al-Shabaab, and the Arms Embargo on Al‑Shabaab" / "Expressing grave concern …,"): no
    end punctuation, short, after a paragraph that ended on its comma and before one that opens
    with a leading word and ends so."""
    if not preamble or preamble[-1].kind != "preamble" or i + 1 >= len(blocks):
        return False
    before = footnotes.PLACEHOLDER_RE.sub("", preamble[-1].text).strip("* ")
    nxt = footnotes.PLACEHOLDER_RE.sub("", blocks[i + 1]).strip("* ")
    # (a note marker the reader left as a digit after the comma, or a closing quotation mark, ends no
    # title: "…Development,7", "…“small island Territories,”")
    end = TRAILING_MARKER.sub("", plain).rstrip("”»’\"")
    return (len(plain) < 100 and plain[:1].isupper() and not end.endswith(TERMINAL)
            and not any(c in plain for c in ";:؛；：")
            and TRAILING_MARKER.sub("", before).endswith(_PREAMBLE_END)
            and bool(re.match(table.lead_start, nxt)) and nxt.endswith(_PREAMBLE_END))


def _opens_with_phrase(plain: str, table: Language) -> bool:
    """`plain` opens with an operative paragraph's leading phrase of more than one word, as the tables
    build it ("Notes with satisfaction", "Prend note avec satisfaction"): body text, never a heading.
    A participle is no sign: headings open so too ("Taking forward the working methods"), and two
    words joined by "and" are none ("Privileges and immunities" heads a section)."""
    if re.match(table.lead_start, plain):
        return False
    lead = _lead(plain, table) if table.spaced else None
    words = lead.lower().split() if lead else []
    return len(words) >= 2 and not any(w in table.lead_and for w in words)


def _opens_like_a_verb(plain: str, table: Language) -> bool:
    """An operative verb of the table, a word that comes before one and a word in lower case ("Deeply
    regrets", "Se réjouit"; not the title "Further Measures") or a whole phrase of the table ("Looks
    forward", "Pays tribute"): no noun opening a title."""
    words = plain.split()
    said = " ".join(words[:3]).lower()
    return bool(re.match(table.op_verb, plain)
                or _fold(words[0]).lower() in table.lead_before and len(words) > 1 and not words[1][:1].isupper()
                or any((said + " ").startswith(p + " ") for p in table.lead_phrases))


def _first_words_after(text: str, nxt: str, table: Language) -> bool:
    """A numbered paragraph's text is its short last line ("2." / "country;") and the next block, with
    no number, opens with a leading phrase and ends no sentence ("Notes with satisfaction … by the
    host"): pdftotext read the paragraph's last line before its first; the next block is its start."""
    return (bool(text) and text[:1].islower() and text.rstrip().endswith(TERMINAL) and len(text.split()) <= 3
            and bool(nxt) and not nxt.endswith(TERMINAL) and not _numbered(nxt) and _opens_with_phrase(nxt, table))


_LABELLED_HEADING = re.compile(r"^(?:[IVXLC]+|[A-Z])\.\s")     # "A.	Secrétariat du Comité mixte"


def _list_line(block: str) -> bool:
    plain = footnotes.PLACEHOLDER_RE.sub("", block).strip("* ")
    return (bool(plain) and len(plain) < 120 and not NUMBERED.match(plain) and not PART_LABEL.match(plain)
            and not _LABELLED_HEADING.match(plain))


def _in_listed_run(blocks: list[str], i: int) -> bool:
    """Short lines one under another after a paragraph that ends on a colon ("… elected:" /
    "Mr. Richard Allen Banda (Malawi)" / "Ms. …"; "… comme suit :" / "Lundi 9 juin, de 9 heures …"
    / "Mardi 10 juin …"): what the colon announces, a list, not headings. One short line alone
    after a colon, before a numbered paragraph, may still be a heading ("… with them:" /
    "Asset Freeze" / "(a) Freeze …")."""
    def announces(k: int) -> bool:
        return footnotes.PLACEHOLDER_RE.sub("", blocks[k]).rstrip("* ").endswith((":", "："))
    if not _list_line(blocks[i]):
        return False
    start = i
    while start > 0 and _list_line(blocks[start - 1]) and not announces(start - 1):
        start -= 1
    if start == 0 or not announces(start - 1):
        return False
    end = i
    while end + 1 < len(blocks) and _list_line(blocks[end + 1]):
        end += 1
    return end > start


def _operative_tail(block: str, table: Language) -> int | None:
    """Where an operative paragraph opens in `block` after a comma (its verb from the language's table,
    in the case the block opens with), the last such place; None if none."""
    verb = table.op_verb[1:] if table.op_verb.startswith("^") else table.op_verb
    # the verb in the case the block opens with: a Russian paragraph opens in lower case, an English one
    # in upper case ("Pays tribute …, extends its deepest sympathy …" is one paragraph)
    cuts = [m.end() for m in re.finditer(rf"[,،，]\s+(?={verb})", block)
            if block[m.end()].isupper() == block.lstrip("* ")[:1].isupper()]
    return cuts[-1] if cuts else None


def _preamble_goes_on(blocks: list[str], i: int, table: Language) -> bool:
    """The paragraph after blocks[i] is preambular (unnumbered, ending on a comma): blocks[i], though it
    ends on a semicolon, is one too ("обращая особое внимание … включая Пакистан;" / "будучи глубоко
    обеспокоена …,", A/RES/77/1 ru); an unnumbered operative paragraph is followed by operative ones."""
    nxt = footnotes.PLACEHOLDER_RE.sub("", blocks[i + 1]).strip("* ") if i + 1 < len(blocks) else ""
    this = footnotes.PLACEHOLDER_RE.sub("", blocks[i]).strip("* ")
    return (this.endswith((";", "؛", "；")) and nxt.endswith(_PREAMBLE_END) and not _numbered(nxt)
            and not re.match(table.op_verb, nxt))


def _titled_item(unit: Unit) -> bool:
    """A lettered item that is a title for the dash items under it ("(c) Disarmament and dismantling
    of militias" / "– To assist …"): short, with no end punctuation."""
    return unit.kind == "point" and len(unit.text) < 200 and not unit.text.rstrip().endswith(TERMINAL)


def _lead(text: str, table: Language, council: bool = False) -> str | None:
    """The leading participle or verb phrase: marked `*...*` in the text, else the first
    word and the words of the language's table that extend it ("Recalling also").
    `council`: the Security Council's style, which leaves out of the phrase what follows a
    possessive or an adjective of degree ("*Reaffirming* its commitment", "*Expressing* grave concern")
    and the particle of "*Calls* on"."""
    m = re.match(r"^\s*\*([^*]+)\*", text)
    if m:
        return m.group(1).strip()
    text = text.strip()
    if not table.spaced:       # no spaces: known particles ("又", "还") then the longest known verb
        prefix = ""
        for particle in sorted(table.lead_before, key=len, reverse=True):
            if text.startswith(particle) and any(text[len(particle):].startswith(w) for w in table.lead_words):
                prefix = particle
                break
        rest = text[len(prefix):]
        word = max((w for w in table.lead_words if rest.startswith(w)), key=len, default=None)
        after = rest[len(word):] if word else ""
        joined = max((w for w in table.lead_words if len(w) >= 2 and after[1:].startswith(w)), key=len, default=None)
        if joined and after[:1] in table.lead_and:
            word += after[0] + joined   # a second verb joined by "并": "欢迎并敦促"
        if word and rest[len(word):].startswith("的是"):
            word += "的是"             # "表示严重关切的是，…", "深感不安的是": the phrase ends there
        return prefix + word if word else None
    words = re.findall(r"\S+", text[:200])
    if not words or not words[0][:1].isalpha() or _fold(words[0]).strip(",;:،").lower() in table.lead_never:
        return None
    keys = [_fold(w) for w in words]        # compared to the tables without vowel marks ("أيضاً")
    lead, k = [], 0
    prefix = re.match(table.lead_prefix, text)
    if prefix:                              # "с большой обеспокоенностью" before "отмечая"
        k = len(prefix.group(0).split())
        lead = words[:k]
    while k < len(words) - 1 and keys[k] in table.lead_before and len(lead) < 4:
        lead.append(words[k])               # "Also", "se", "Ayant", "с удовлетворением"
        k += 1
    lead.append(words[k])                   # the verb or participle
    verb = keys[k].strip(",;:،")
    after = {w.lower() for w in table.lead_after}
    dangling = {w.lower() for w in table.lead_dangling}
    m = k + 1
    joined = _and_verb(words, m, lead, verb, table, dangling)
    if joined:
        lead += words[m:m + joined]         # "welcomes and encourages", "alarmed and concerned"
        m += joined
    # phrases of the table ("once more", "in the strongest terms"); not the Council's, which
    # italicizes the verb alone ("*Condemning* in the strongest terms")
    phrases = [] if council else sorted((p.split() for p in after if " " in p), key=len, reverse=True)
    kept, end = k + 1, m + 6       # kept: the phrase up to here ends well (no dangling word to drop)
    while m < min(len(words), end) and lead[-1][-1:] not in ",;:،":
        # a phrase of the table ("once more", "une fois de plus") before single words
        said_next = [w.strip(",;:،") for w in keys[m:m + 8]]
        if any(said_next[:len(p.split())] == p.split() for p in table.lead_stop):
            break                   # "*Recalling* in particular …", "*Saluant* en particulier …"
        n = next((len(p) for p in phrases if said_next[:len(p)] == p
                  and not any(w[-1:] in ",;:،" for w in words[m:m + len(p) - 1])), 0)
        if not n and said_next[0] not in after:
            glued = _glued_word(words[m], after, table.word_openers)
            if glued:
                lead.append(glued)          # "وإذ تشير أيضاإلى": the space before "إلى" lost
            break
        if council and keys[m] in table.council_stop:
            break
        lead += words[m:m + max(n, 1)]
        m += max(n, 1)
        kept = len(lead) if n else kept
    while len(lead) > max(k + 1, kept) and _fold(lead[-1]).strip(",;:،") in dangling:
        lead.pop()                          # "reaffirms its [resolution]", "notes with [the]"
    m = k + len(lead[k:])
    joined = _and_verb(words, m, lead, verb, table, dangling) if m > k + 1 else 0
    lead += words[m:m + joined]             # "accueille avec satisfaction et encourage"
    said = " ".join(w.strip(",;:،") for w in keys[k:k + 4])
    kept_whole = [p for p in table.lead_phrases if not (council and p in table.council_apart)]
    for phrase in sorted(kept_whole, key=len, reverse=True):
        n = len(phrase.split())
        if (said + " ").startswith(phrase + " ") and n > len(lead) - k:
            lead = lead[:k] + words[k:k + n]     # "calls for", "looks forward": kept whole
            break
    return " ".join(lead).rstrip(",;:،")


def _glued_word(word: str, after: set[str], openers: str) -> str | None:
    """A word of the table glued to the next by a lost space ("أيضاإلى" = "أيضا" + "إلى"): the table's
    word, when the rest opens with one of the language's letters that open a word only (`openers`)."""
    for i in range(2, len(word) - 1):
        if word[i] in openers and _fold(word[:i]) in after:
            return word[:i]
    return None


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """A word as the tables write it: lower case, without combining marks (the Arabic tanwin and
    harakat of "أيضاً", "علماً", "مجدداً") nor tatweel."""
    return "".join(c for c in unicodedata.normalize("NFC", word)
                   if unicodedata.category(c) != "Mn" and c != "\u0640").lower()


def _and_verb(words: list[str], m: int, lead: list[str], verb: str, table: Language, particles: set[str]) -> int:
    """How many words from words[m] join a second verb to the phrase so far: "and" and the verb
    ("welcomes and encourages": 2), maybe with a word of the table before the verb ("приветствует и
    настоятельно призывает": 3); 0 if words[m] is no such "and"."""
    if m + 1 >= len(words) or words[m].lower() not in table.lead_and or lead[-1][-1:] in ",;:،":
        return 0
    before = 1 if _fold(words[m + 1]) in table.lead_before and m + 2 < len(words) else 0
    second = words[m + 1 + before].strip(",;:،")
    return 2 + before if _second_verb(verb, second, particles, table.verb_endings) else 0


def _second_verb(verb: str, word: str, particles: set[str], endings: list[str] = ()) -> bool:
    """A second verb or participle joined by "and": same ending as the first (or one of the
    language's endings of the same form: Spanish "acoge y alienta"), not a particle."""
    same = word[-1:].lower() == verb[-1:] or any(word[-1:].lower() in e and verb[-1:] in e for e in endings)
    return (len(word) >= 4 and word[:1].islower() and word.lower() not in particles
            and same and word.lower() != verb)


# The UN's issued documents underlined the leading phrases and the formula until early 2000,
# then set them in italics: the official AKN of S/RES/1285-1292 (13 January - 29 February 2000)
# has <span class="underline"> where S/RES/1293 (31 March 2000) and every later one has "italic".
# The printed annual volumes (no "Distr." line) were typeset, in italics.
UNDERLINED_BEFORE = "2000-03-01"


def emphasis_of(doc: Document) -> str:
    """"underline" for an issued document (its cover has the distribution) dated before
    UNDERLINED_BEFORE, else "italic"."""
    date = doc.adoption or doc.cover.issued
    typescript = doc.cover.distribution and date and date.iso < UNDERLINED_BEFORE
    return "underline" if typescript else "italic"


def _adoption_date(doc: Document, lang: str):
    if doc.conclusions and doc.conclusions[-1].date:
        return doc.conclusions[-1].date
    for line in (doc.cover.adoption_line, doc.cover.adopted_title):
        if line and (d := find_date(line, lang)):
            return d
    return None
