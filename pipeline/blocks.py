"""Text -> blocks: page furniture dropped, footnote texts taken out, hard-wrapped lines joined.

A *block* is one logical line of the resolution: a cover line, a paragraph, a
heading.  Clean texts (copied from Word) already have one block per line; text
extracted from PDF is hard-wrapped at the page width, with running headers,
page numbers, job numbers and footnotes at the foot of each page, often in the
middle of a sentence that continues on the next page.
"""
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUP_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Page furniture: every token of the line is one of these.
_FURNITURE_TOKEN = re.compile(
    r"""^(?:\d{0,3}\d{2}-\d{5}\d{0,3}\*?  # job number, maybe glued to a page number: 06-680142
        |\(\w\)                           # its language letter: (E)
        |\*\d{6,}\*                       # barcode
        |\d{1,3}(?:/\d{1,3})?             # page number: 7, 2/9
        |\d{0,3}\d{2}-\d{5}\d{1,3}/\d{1,3}  # job number glued to "page/pages": 14-5559516/23
        |\d{1,3}/\d{1,3}\d{2}-\d{5}       # "page/pages" glued to the job number: 5/2314-55595
        |[-–—]                            # - 3 -
        |Please|recycle|♲|Page|Página)$""", re.X)
PART_LABEL = re.compile(r"^(?:[IVXLC]+|[A-H])\.?$")          # "II", "B.": a part's label on its own line
LETTERED_HEADING = re.compile(r"^(?:[IVXLC]+|[A-H])\.\s+[A-ZÁÉÍÓÚÀ-ÝА-ЯЁ]")  # "B. Evolución del margen …"
_PAGE_NUMBER = re.compile(r"^\d{1,3}(?:/\d{1,3})?$")
_LOGO = re.compile(r"^(?:([A-Z]{3,})\1|S?NATIONS(?:NATIONS)?|UNITED)$")   # PDF logo residue
RULE = re.compile(r"^\s*[_\-–—=]{5,}\s*$")
SYMBOL = re.compile(r"\b([ASE]/(?:RES/)?[\w./-]+(?:\s+[A-Z](?:-[A-Z])?\b)?(?:\s*\(\d{4}\))?)")
NOTE_START = re.compile(rf"^\s*(?P<m>[{SUPERSCRIPT_DIGITS}]+|\(\s*[{SUPERSCRIPT_DIGITS}]+\s*\))\s+(?:\(\s*\)\s*)?(?P<t>\S.*)$")
# a note marked by an asterisk, after the rule ("Annex A – Items subject to a no-objection process *" /
# … / "* (Not applicable to the Government of the Federal Republic of Somalia …")
NOTE_STAR = re.compile(r"^\s*(?P<m>\*)\s+(?P<t>[^\s*].*)$")
NOTE_MARKER_ALONE = re.compile(r"^(?P<m>\d{1,3})/(?P<t>)$")       # older layouts: "1/" above its text
# "12 Nations Unies, …", older "1/ …"; not "1/CP.21." (a symbol the margin cut: "décision" / "1/CP.21.")
NOTE_START_PLAIN = re.compile(r"^\s*(?P<m>\d{1,3})(?:/(?=\s)|\s)\s*(?:\(\s*\)\s*)?(?P<t>\S.*)$")
# a label in brackets is no year: "(1973) of 22 October 1973" opens a wrapped line, not an item; a
# number with a decimal is no paragraph's: "targets 15.3," / "6.1 and 6.6 …" opens a wrapped line; nor is
# a capitalized word in brackets a label: "… ; Doha" / "(Qatar) ; Vienne (Autriche) …"
NUMBERED = re.compile(r"^\s*(?:\d{1,3}\s?[.．](?!\d)|\d{1,3}\s*-\s|\((?!\d{4}\)|[A-Z][a-z])\w{1,5}\)|[a-z]{1,3}\)|[а-яё]\)|[a-z]{1,3}\.\s|[一二三四五六七八九十]+、|[㈠-㈩]|’\d{1,2}‘)\s*\S")
REISSUE = re.compile(r"^\*\s*(?:(?:Second|Third|Fourth)\s+reissue|Reissued|Nouveau tirage|Publicado nuevamente|Переиздан|أعيد إصدار|因技术原因重新印发)", re.I)
# "1.2 The Board shall …": a decimal number and a capital, an annex's paragraph when a sentence ended before
_DECIMAL_NUMBERED = re.compile(r"^\s*\d{1,3}\.\d{1,2}\s+(?P<first>\w)")
BARE_NUMBER = re.compile(r"^(?:\d{1,3}\s?\.|\((?!\d{4}\))\w{1,4}\)|\d{1,3}\s*-)$")
TERMINAL = tuple(".,;:!?。，；：！？،؛")
TRAILING_MARKER = re.compile(rf"(?<=[.,;:!?。，；：！？،؛])\s?(?:\d{{1,3}}|[{SUPERSCRIPT_DIGITS}]+|\(\d{{1,3}}\))$")


@dataclass
class Note:
    marker: str          # as ASCII digits: "1"
    text: str
    after_block: int     # index of the last body block before the note text


@dataclass
class Blocks:
    blocks: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)   # furniture lines, for the audit
    cover_notes: list[str] = field(default_factory=list)   # "* Reissued for technical reasons …"
    wrapped: bool = False
    bold: set[int] = field(default_factory=set)    # blocks printed in bold (PDF): headings


def is_furniture(line: str, symbol: str | None, seen_symbol: bool) -> bool:
    s = line.strip()
    if not s:
        return False
    if _LOGO.match(s):
        return True
    if symbol and seen_symbol and abs(len(s) - len(symbol)) < 4 and squash(s) == squash(symbol):
        return True                         # running header repeating the symbol
    if s in ("/...", "/…", "./..."):
        return True                         # continuation mark at the foot of an older page
    if symbol and "/" in s and squash(symbol).endswith("/" + s):
        return False                        # "77/158" alone: the resolution's number (A/RES/77/158), no page
    tokens = s.split()
    if not all(_FURNITURE_TOKEN.match(t) or t in ("/...", "/…") for t in tokens) or not any(ch.isdigit() for ch in s):
        return False
    # "2/9 23-26261" is a page foot; "38 721 700" is a number in a table
    return sum(1 for t in tokens if _PAGE_NUMBER.match(t)) <= 1


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


_SYMBOL_LINE = re.compile(r"^[A-Z]{1,5}/[\w./()\- ]*\d[\w./()\-]*$")


def _symbol_headers(lines: list[str]) -> set[int]:
    """Running headers naming another symbol (e.g. the draft's S/2000/867): a line that is
    only a document symbol, next to a page number or job number, after the first page."""
    found = set()
    for i, line in enumerate(lines):
        s = line.strip()
        if i < 10 or not _SYMBOL_LINE.match(s) or len(s) > 30:
            continue
        near = [lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(n and is_furniture(n, None, False) for n in near):
            found.add(i)
    return found


def find_symbol(lines: list[str]) -> str | None:
    for line in lines[:25]:
        m = SYMBOL.search(line)
        if m and "/RES/" in m.group(1):
            return m.group(1).strip()
    return None


def looks_wrapped(lines: list[str]) -> bool:
    """PDF-extracted text: lines cut at the page width rather than one paragraph per line."""
    text = [ln for ln in lines if len(ln.strip()) > 20]
    if len(text) < 3:
        return False
    if sum(1 for ln in text if display_width(ln) > 200 and ln.rstrip().endswith(TERMINAL)) >= 0.05 * len(text):
        return False        # whole paragraphs on one line, far wider than a page: a short clean text
    lengths = sorted(display_width(ln) for ln in text)
    p90 = lengths[int(len(lengths) * 0.9)]
    open_ends = sum(1 for ln in text if not ln.rstrip().endswith(TERMINAL))
    # a short text of mostly one-line paragraphs is wrapped still when its open lines fill the
    # width: "…和1978年3" / "月19日第425(1978)号决议…" (a paragraph cut at the margin, mid-word)
    full_open = sum(1 for ln in text if not ln.rstrip().endswith(TERMINAL) and display_width(ln) >= 0.9 * p90)
    return p90 <= 135 and (open_ends >= 0.4 * len(text) or full_open >= max(3, 0.2 * len(text)))


class LineKinds:
    """What a line opens, in the document's language: `kinds(line)` is "part", "strong", "label",
    "lead" or None (see split_blocks); `resolution` is the language's word for a resolution, `verb`
    the verbs its operative paragraphs open with, `person` the titles before a person's name (a
    list of names), `formula` the formula with or without its comma. With no language, no line
    opens anything."""
    _NOTHING = re.compile(r"(?!)")

    def __init__(self, kind=lambda line: None, resolution: re.Pattern = _NOTHING, verb: re.Pattern = _NOTHING,
                 person: re.Pattern = _NOTHING, formula: re.Pattern = _NOTHING):
        self.kind, self.resolution, self.verb, self.person, self.formula = kind, resolution, verb, person, formula

    def __call__(self, line: str):
        return self.kind(line)


def split_blocks(text: str, starts_block: LineKinds | None = None) -> Blocks:
    """Split text into blocks.  `starts_block(line)` says whether a line opens a block
    always ("strong": a cover line, the formula, a number) or after punctuation ("lead":
    a leading participle of the document's language); it guides unwrapping."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\f" in text:   # pages: maybe pdftotext's text of a UN PDF, which its own reader knows
        from .readers.pdftotext import looks_pdftotext, split_pdftotext   # (it builds on this module)
        if looks_pdftotext(text):
            return split_pdftotext(text, starts_block or LineKinds())
    lines = [ln.rstrip().replace("\f", "") for ln in text.split("\n")]
    symbol = find_symbol(lines)
    out = Blocks(wrapped=looks_wrapped(lines))
    lengths = sorted(display_width(ln) for ln in lines if len(ln.strip()) > 20) or [80]
    width = lengths[int(len(lengths) * 0.9)]
    starts_block = starts_block or LineKinds()

    seen_symbol = False
    in_notes = False          # inside a footnote area (after a rule, until page furniture)
    prev = None               # the last body line kept, for unwrapping decisions
    gap = True                # a blank line or note area since `prev`
    note_gap = False          # a note area since `prev` (paragraph interrupted by a page foot)
    after_heading = False     # `prev` is a heading between paragraphs: the next line opens a block
    list_run = False          # `prev` is an item of a list announced by a colon
    row_bars = 0              # the "|" of the current table's first row: a row holding as many is whole

    def add_note(marker, body):
        out.notes.append(Note(marker.translate(SUP_TO_ASCII).strip("() "), body.strip(), len(out.blocks) - 1))

    header_lines = _symbol_headers(lines) if out.wrapped else set()
    for index, line in enumerate(lines):
        s = line.strip()
        if not s:
            gap = True          # a blank line does not end a note area: page furniture does
            continue
        if (out.wrapped and not in_notes and prev is not None and _marker_alone(lines, index, prev, symbol, seen_symbol)
                and index not in header_lines):
            # "…成果文件，" / "9" / "又回顾…": a note marker the wrapping left alone on its line, in the
            # middle of the page, not a page number (those stand by the page foot's furniture)
            out.blocks[-1] = join_lines(out.blocks[-1], s)
            prev = out.blocks[-1]
            continue
        if index in header_lines or is_furniture(s, symbol, seen_symbol):
            out.dropped.append(s)
            in_notes = False
            continue
        if symbol and not seen_symbol and squash(symbol) in squash(s):
            seen_symbol = True
        if RULE.match(s):
            out.dropped.append(s)
            in_notes = True
            continue
        if REISSUE.match(s):
            out.cover_notes.append(s)     # belongs to the symbol's "*" on the cover
            note_gap = True
            continue
        m = NOTE_START.match(s)
        if not m and in_notes and not _opens_numbered_in_notes(s):
            m = NOTE_START_PLAIN.match(s) or NOTE_MARKER_ALONE.match(s) or NOTE_STAR.match(s)
            # the note after the last numbered one ("*" notes count not: "1 …" / "* …" / "2 …")
            last = next((n.marker for n in reversed(out.notes) if n.marker.isdigit()), "0")
            if m and m.group("m") != "*" and out.notes and int(m.group("m")) not in (1, int(last) + 1):
                m = None            # "22 December 2023" after note 1 is text, not note 22
        if m:
            add_note(m.group("m"), m.group("t"))
            note_gap = True
            continue
        if in_notes and (_opens_numbered_in_notes(s) or starts_block(s) == "part" and not _note_continuation(s)):
            in_notes = False        # a numbered paragraph, the closing meeting, an annex: body text again
        if in_notes and out.notes and out.wrapped:     # clean text has one line per note
            out.notes[-1].text = join_lines(out.notes[-1].text, s) if out.notes[-1].text else s
            continue
        in_notes = False

        nxt, nxt2, nxt3, nxt4 = _next_lines(lines, index)
        if out.wrapped and prev is not None and _named_item(prev, s, list_run, starts_block, lambda: next(
                (ln.strip() for k, ln in enumerate(lines[index + 1:index + 9], index + 1) if ln.strip()
                 and k not in header_lines and not is_furniture(ln.strip(), symbol, seen_symbol)), "")):
            out.blocks.append(s)     # one name a line, whatever its width, on every page of the list
            prev, gap, note_gap, after_heading, list_run = s, False, False, False, True
            continue
        row_end = out.wrapped and prev is not None and _row_ended(out.blocks[-1], s, row_bars)
        heading = out.wrapped and prev is not None and heading_between(prev, s, nxt, width, starts_block, nxt2, nxt3,
                                                                       ended=row_end, nxt4=nxt4)
        item = out.wrapped and prev is not None and not heading and _list_item(
            prev, s, width, list_run, nxt, not nxt or _opens_numbered(nxt) or starts_block(nxt) is not None)
        if item and not in_notes:
            # a list announced by a colon, one item a line ("… of the International Tribunal:" /
            # "Mr. Richard Allen Banda (Malawi)" / "Ms. …"; "… comme suit :" / "Lundi 9 juin, …")
            out.blocks.append(s)
            prev, gap, note_gap, after_heading, list_run = s, False, False, False, True
            continue
        after_list, list_run = list_run, False
        if after_heading and not heading and heading_goes_on(prev, s, nxt, width, starts_block, out.blocks[-1], nxt2,
                                                           nxt3):
            out.blocks[-1] = join_lines(out.blocks[-1], s)    # "B. Evolución … de los" / "Estados Unidos"
            prev, gap, note_gap = s, False, False
            continue
        if (prev is None or heading or after_heading or row_end or after_list and NUMBERED.match(s)
                or starts_new(prev, s, out.wrapped, gap, note_gap, width, starts_block, out.blocks[-1])):
            if "|" in s and not (out.blocks and "|" in out.blocks[-1]):
                row_bars = s.count("|")      # a table's first row, its column titles (short: on one line)
            out.blocks.append(s)
        else:
            out.blocks[-1] = join_lines(out.blocks[-1], s)
        prev, gap, note_gap, after_heading = s, False, False, heading
    return out


def _marker_alone(lines: list[str], index: int, prev: str, symbol, seen_symbol: bool) -> bool:
    """lines[index] is a bare 1-3 digit number standing right after a body line that ends on
    punctuation, with body text (no furniture, no footnote rule) on both sides: a note marker."""
    s = lines[index].strip()
    if not re.fullmatch(r"\d{1,3}", s) or not prev.endswith(TERMINAL):
        return False
    before = next((ln.strip() for ln in reversed(lines[max(0, index - 2):index]) if ln.strip()), "")
    after = next((ln.strip() for ln in lines[index + 1:index + 3] if ln.strip()), "")
    return (before == prev and bool(after) and not RULE.match(after) and not re.fullmatch(r"\d{1,3}", after)
            and not is_furniture(after, symbol, seen_symbol) and not NOTE_START.match(after)
            and not (symbol and squash(symbol) in squash(after)))


def _named_item(prev: str, line: str, list_run: bool, starts_block, body_next) -> bool:
    """`line` is a person's name in a list announced by a colon, one name a line ("…of the International
    Tribunal:" / "Ms. Florence Rita Arrey (Cameroon)" / "Mr. Abdoulaye Barry (Burkina Faso)"): it opens
    with a title of the language's table, right after the colon or another item, and the next body
    line (`body_next()`, past a page's furniture) opens with a title too or ends the list. Its width
    says nothing: a long name fills the line."""
    def person(text: str) -> bool:       # a dash may mark the item: "– Mr. Mehmet Güney (Turkey)"
        dash = DASH_ITEM.match(text)
        return bool(starts_block.person.match(dash.group(2) if dash else text))
    if not person(line) or not (list_run or TRAILING_MARKER.sub("", prev).endswith((":", "："))):
        return False
    nxt = body_next()
    return not nxt or person(nxt) or bool(NUMBERED.match(nxt)) or starts_block(nxt) is not None


def _list_item(prev: str, line: str, width: int, list_run: bool, nxt: str = "", paragraph_next: bool = False) -> bool:
    """In wrapped text, `line` is an item of a list announced by a colon: it opens in upper case, is
    not a numbered paragraph, ended where the margin did not cut it (it falls short of the width, as
    no wrapped paragraph line does, or the first word of the next item or paragraph would have fitted
    after it: "Mardi 10 juin, de 10 heures … à 18 heures" / "Mercredi 11 juin, …"), and comes after the
    colon or after another item that did not end a sentence. `paragraph_next`: `nxt` opens a
    paragraph, a part or a heading, not another item."""
    # (the next word's fitting is weak evidence where the font is proportional: only before the next item)
    ended = display_width(line) < 0.85 * width or not _cut_by_margin(line, nxt, width) and (
        nxt[:1].isupper() or bool(NUMBERED.match(nxt)))
    if (not line[:1].isupper() or NUMBERED.match(line) or PART_LABEL.match(line) or not ended
            or TRAILING_MARKER.sub("", line).endswith((",", "،", "，"))):
        return False            # (ending on a comma: the rest of a title that holds a colon, "…Derecho:" / "Hacia …,")
    if prev.endswith((":", "：")):
        # (not a line ending the sentence before a paragraph opens: the rest of a title that holds a
        # colon, "…Global Resources Outlook 2019:" / "Natural Resources for the Future We Want;" /
        # "Recalling …"; a first item does so before the next item: "…in 2026:" / "Financing …;" /
        # "Climate action …;")
        return not (paragraph_next and TRAILING_MARKER.sub("", line).endswith((";", ".", "؛", "。", "；")))
    return list_run and not prev.endswith(TERMINAL)


def heading_goes_on(prev: str, line: str, nxt: str, width: int, starts_block, heading: str, nxt2: str = "",
                    nxt3: str = "") -> bool:
    """`line` is the rest of the heading `prev` that filled the width ("B. Evolución … de los" /
    "Estados Unidos"): short; or as wide as the text when a paragraph opens under it, or under the
    heading's short last line ("B. Évolution … des Nations" / "Unies et celle … des États-Unis" /
    "Rappelant …"; "… des" / "Nations Unies … fédérale des" / "États-Unis" / "Rappelant …"). An
    unlettered heading goes on so only before a paragraph's opening, numbered or a leading phrase
    ("I" / "Activities of the Office of Internal Oversight" / "Services" / "Recalling …")."""
    lettered = bool(LETTERED_HEADING.match(heading) or starts_block(heading) == "label")
    return _filled(prev, line, width) and (lettered and _heading_rest(line, width, starts_block)
                                           or _rest_then_opens([line, nxt, nxt2, nxt3], width, starts_block,
                                                               lambda after: _opens_after_heading(after, starts_block)))


def _rest_then_opens(rest: list[str], width: int, starts_block, opens) -> bool:
    """`rest` are the lines after a heading's line that filled the width: the heading goes on over
    them, each cut by the margin as the one before it, to a short last line or a full one, and a
    paragraph opens after it (`opens`). Narrow text cuts a heading into three or four lines ("Rôle du
    Département … dans les" / "opérations de maintien … politiques" / "spéciales et … de la paix des" /
    "Nations Unies" / "89. Prie …")."""
    for k, line in enumerate(rest):
        if not _heading_rest(line, width, starts_block, full=True):
            return False
        after = rest[k + 1] if k + 1 < len(rest) else ""
        if opens(after):
            return True
        if not _filled(line, after, width):
            return False        # a short line ended the heading, and no paragraph opens after it
    return False


def _next_lines(lines: list[str], index: int) -> list[str]:
    """The four lines after lines[index], as _next_line finds each."""
    found = []
    for _ in range(4):
        found.append(_next_line(lines, index))
        index = _next_index(lines, index)
    return found


def _next_index(lines: list[str], index: int) -> int:
    return next((k for k in range(index + 1, min(len(lines), index + 3)) if lines[k].strip()), index + 1)


def _next_line(lines: list[str], index: int) -> str:
    return next((ln.strip() for ln in lines[index + 1:index + 3] if ln.strip()), "")


def heading_between(prev: str, line: str, nxt: str, width: int, starts_block, nxt2: str = "", nxt3: str = "",
                    ended: bool = False, nxt4: str = "", proportional: bool = False) -> bool:
    """An unnumbered heading printed between two paragraphs ("Working methods" after "…its
    work;" and before "33. Stresses"): a short line that does not open in lower case nor end a
    sentence, after a paragraph's end, before a numbered paragraph or a leading participle; or
    the title under a part's label ("II" / "Activités du Comité …" / "Rappelant …"). A note marker
    after the paragraph's end is no part of it ("…Development; 2" / "Ways to further improve …").
    `ended`: `prev` ends a whole row of a table, as a sentence's end does ("… | P-4 | 1" / "D. Audit").
    `proportional`: the lines were set in a proportional font (pdftotext's text of a PDF), so their
    lengths in characters tell their widths on the page only roughly."""
    prev = TRAILING_MARKER.sub("", prev)
    if (prev.endswith(TERMINAL) or ended) and (PART_LABEL.match(line) and (not prev.endswith(",") or _titled(nxt, starts_block))
                                    or (LETTERED_HEADING.match(line) or starts_block(line) == "label")
                                    and not line.endswith(TERMINAL)):
        return True                     # "…esfuerzos;" / "I" / "Condiciones …"; "…informe;" / "B. Evolución …"
    if (TRAILING_MARKER.sub("", line).endswith(TERMINAL) or line[:1].islower() or not line[:1].isalpha()
            or NUMBERED.match(line) or BARE_NUMBER.match(prev)):
        # (a sentence's end before its note marker: "…Secretary-General; 3"; the text of a number
        # alone on the line before: "1." / "Takes note …")
        return False
    if PART_LABEL.match(prev) or _part_number(prev, starts_block):
        # "II", "ثانيا", "二" then its title, then the part's first paragraph; not a paragraph under the
        # label whose sentence goes on with a figure ("A" / "Recalling its resolutions … of" / "13 April 1995,")
        return (bool(nxt) and (not nxt[:1].islower() or starts_block(nxt) == "lead" or _room_for(line, nxt, width, proportional)
                               or _opens_with_verb(nxt, starts_block)
                               # a title the margin cut, then a paragraph: "B" / "Динамика величины разницы …
                               # для ее поддержания" / "на уровне, близком к желательному, …" / "ссылаясь …"
                               or _filled(line, nxt, width) and _rest_then_opens(
                                   [nxt, nxt2, nxt3, nxt4], width, starts_block,
                                   lambda after: starts_block(after) == "lead" or _opens_numbered(after)))
                and not (nxt[:1].isdigit() and not NUMBERED.match(nxt))
                and display_width(line) < 1.05 * width)
    if _filled(line, nxt, width):
        # a heading as wide as the text, after a paragraph's end (the last preambular paragraph's
        # comma too), before a numbered paragraph, maybe by way of its last words ("Укрепление …
        # Председателя" / "Генеральной Ассамблеи" / "79.")
        after_comma = prev.endswith((",", "،", "，"))
        # after a comma the text goes on unless a paragraph number follows: "(II) of 29 November
        # 1947," and "(UNEP) in this regard," open wrapped lines, not items
        opens = _opens_operative if after_comma else (lambda after: _opens_numbered_or_part(after, starts_block))
        # after a colon: the title of the items it announces ("…in order to:" / "Protection of
        # civilians, humanitarian personnel and United Nations personnel" / "and facilities" / "(a) …")
        return ((prev.endswith((".", ";", "؛", "。", "；", ":", "：")) or after_comma and starts_block(line) != "lead")
                and display_width(line) < 1.05 * width
                and (opens(nxt) or _rest_then_opens([nxt, nxt2, nxt3, nxt4], width, starts_block, opens)))
    if prev.endswith((",", "،", "，")):  # the last preambular paragraph, a heading, then "1."
        return _opens_operative(nxt)
    if not prev.endswith((".", ";", "؛", "。", "；", ":")):
        return False
    return _opens_after_heading(nxt, starts_block)


_OPERATIVE_NUMBER = re.compile(r"^\s*\d{1,3}\s?[.．](?!\d)|^\s*\d{1,3}\s*-(?:\s|$)")


def _opens_operative(line: str) -> bool:
    """An operative paragraph's number opens the line ("1. Welcomes", "1 -", "1." alone): not an item
    label nor a bracket ("(II) of 29 November 1947", "(UNEP) in this regard", "1.5°C")."""
    return bool(_OPERATIVE_NUMBER.match(line))


def _opens_numbered(line: str) -> bool:
    """A numbered paragraph's first line, or its number alone on the line ("1." over "Expresses …", as
    pdftotext gives the UN's PDFs)."""
    return bool(NUMBERED.match(line) or BARE_NUMBER.match(line))


def _opens_numbered_or_part(line: str, starts_block) -> bool:
    """A numbered paragraph, or a part's label ("A", "ألف"): what follows a heading that closes the
    section before it ("…common system;" / "Conditions of service of staff in the Professional and
    higher categories" / "A" / "Base/floor salary scale"). Not "D." or "IV.": a citation's end the
    margin cut ("…документ CL 144/9 (C 2013/20), приложение" / "D.")."""
    return (_opens_numbered(line) or bool(PART_LABEL.match(line)) and not line.endswith(".")
            or _part_number(line, starts_block))


def _opens_after_heading(line: str, starts_block) -> bool:
    """What opens under a heading: a numbered paragraph ("1." alone too, as pdftotext prints it), a
    part's label ("A") or a leading phrase ("Recalling …")."""
    return _opens_numbered_or_part(line, starts_block) or starts_block(line) == "lead"


def _part_number(line: str, starts_block) -> bool:
    """A part's number in words of the language alone on its line ("ثانيا", "二"): one short word that
    opens a part, no sentence punctuation (not the formula "大会，", not "第40次全体会议")."""
    return (starts_block(line) == "part" and len(line.split()) == 1 and display_width(line) <= 10
            and not line.endswith(TERMINAL))


def _titled(nxt: str, starts_block) -> bool:
    """The line under a part's label that follows a comma ("Acting under Chapter VII …," / "A." /
    "Targeted sanctions"): the part's title, short, no sentence end, not a participle."""
    return (bool(nxt) and nxt[:1].isupper() and not nxt.endswith(TERMINAL) and len(nxt) < 160
            and starts_block(nxt) is None and not NUMBERED.match(nxt))


def _heading_rest(line: str, width: int, starts_block, full: bool = False) -> bool:
    """The end of a heading the margin cut: short (`full`: up to the text's width), no sentence end,
    no number, no participle."""
    return (display_width(line) < 0.8 * (1.3 * width if full else width) and not TRAILING_MARKER.sub("", line).endswith(TERMINAL)
            and not NUMBERED.match(line)
            and starts_block(line) is None and not PART_LABEL.match(line))


_CITED_PLACE = re.compile(r"^[a-z]{1,3}\.\s+(?:\d|[IVXLC]+\b)")     # "par. 15.", "p. 3", "vol. I à III"


def _opens_numbered_in_notes(line: str) -> bool:
    """A numbered paragraph after a footnote area: body text again. Not a note's line that opens
    with an abbreviation and its number ("par. 15." under "5 Ibid., section intitulée …,", "vol. I à
    III […]"): it looks like a lettered item ("a. …") but goes on with the note."""
    return bool(NUMBERED.match(line)) and not _CITED_PLACE.match(line)


def _note_continuation(line: str) -> bool:
    """A note's text going on under its first line, though it opens like a part: a reference
    ending "Annex, decision 19/1, annex." names an annex, it is not one (an annex heading, the
    closing meeting and the formula carry no sentence punctuation inside or at the end)."""
    return line.endswith((".", ";", "؛", "。", "；")) or bool(re.match(r"^\w+\s*[,،，]", line))


def starts_new(prev: str, line: str, wrapped: bool, gap: bool, note_gap: bool, width: int, starts_block,
               current: str = "") -> bool:
    if BARE_NUMBER.match(prev) and (not current or current == prev):
        return False            # "1." alone on its line (older layouts): its text follows
    if BARE_NUMBER.match(line):
        # "1." alone opens its paragraph; not a number closing a sentence the margin cut before it
        # ("… o superior al de" / "117." / "69a sesión plenaria")
        return not (wrapped and prev[:1].islower() and prev[-1:].isalpha() and display_width(prev) >= 0.8 * width
                    and line.endswith("."))
    ends = TRAILING_MARKER.sub("", prev).endswith(TERMINAL)     # "…报告，1": a note marker after the comma
    continues = line[:1].islower() or line[:1].isdigit() and not NUMBERED.match(line)
    if not wrapped:
        # One block per line; a paragraph cut by a footnote area joins again.
        return not (note_gap and not ends and continues)
    if gap and not note_gap:
        return True
    if SEPARATOR.match(line) or SEPARATOR.match(prev):
        return True             # "* * *" between two runs of paragraphs stands alone
    if prev.endswith("]") and current.startswith("["):
        return True             # the cover's bracket closed: "[…(A/79/408, para. 114)]" / "79/26 Title"
    # the formula without its comma, under the resolution's number and title, is a block by itself:
    # "75/1. Декларация …" / "Генеральная Ассамблея" / "принимает следующую декларацию:"
    if starts_block.formula.match(line.strip("*")) and RES_NUMBER.match(current):
        return True
    if current == prev and starts_block.formula.match(prev.strip("*")):
        return True
    if PART_LABEL.match(line) and not line.endswith("."):
        # a part's label without a full stop ("80/236. Общая система …" / "A" / "Генеральная
        # Ассамблея,"): no wrapped sentence ends so, as one may on "annex" / "I."
        return True
    if NUMBERED.match(line) and (ends or display_width(prev) < 0.7 * width):
        return not (_inline_item(current, line) or _cited_session(prev, line, starts_block))
    if _first_under_title(current, line):
        return True
    first = _FIRST_PARAGRAPH.match(line)
    if first and not first.group(1).islower() and not NUMBERED.match(current):
        # the first numbered paragraph under a title as wide as the text, outside any numbered one
        # ("Декларация о праздновании … Организации Объединенных Наций" / "1. Мы, главы государств …")
        return True
    decimal = _DECIMAL_NUMBERED.match(line)
    if decimal and decimal["first"].isupper() and TRAILING_MARKER.sub("", prev).endswith((".", ";", ":")):
        return True             # "…shall be held." / "1.2 The Board shall …": an annex's numbered paragraph
    dash = DASH_ITEM.match(line)
    if dash and (DASH_ITEM.match(current) and ends or TRAILING_MARKER.sub("", prev).endswith((":", ";"))
                 or dash.group(2)[:1].isupper() and _ITEM_LABEL.match(current) and current == prev and not ends):
        # a dash item after the dash item before it ("– to ensure …," / "– to promote …"), after a colon or
        # under an item's title ("(c) Disarmament and dismantling of militias" / "– To assist …"); not a
        # dash clause inside a sentence ("…in its three dimensions, namely," / "– Economic, social …")
        return True
    quoted = _QUOTED_PARAGRAPH.match(line)
    if quoted and (quoted.group(1).isupper() or quoted.group(1) == "(") and prev.endswith(".") and not _QUOTE_CLOSES.search(line, 1):
        # "…in West Africa." / "“The Security Council acknowledges the need to involve national": each
        # paragraph of a quoted text opens with its quotation mark, which no mark closes on its line;
        # not a quoted term or title opening a sentence ("“Identification documents” include …"), nor a
        # title after a colon or in a list ("…Strategy:" / "“Way Forward: …”", "…/RES/7);" / "“Fortalecimiento")
        return True
    start = starts_block(line)
    if start == "part" and _SYMBOL_END.match(line) and prev[-1:].isalpha() and display_width(prev) >= 0.7 * width:
        return False            # "… de su resolución" / "61/275.": a reference the margin cut, no resolution number
    if start in ("part", "strong", "label"):
        return True
    if (TRAILING_MARKER.sub("", prev).endswith(",") and line[:1].isupper() and not NUMBERED.match(current)
            and _opens_with_verb(line, starts_block)):
        # the preamble's last paragraph, then an unnumbered operative one opening with a verb of the
        # language's table ("…du Secrétaire général1," / "Demande instamment que tous les pays …"); not
        # in a script without capitals, where a verb after a comma goes on with the sentence
        # ("وإذ تلاحظ أن اللجنة الخاصة …، في تقريرها لعام 2020،" / "تدعو الدول …")
        return True
    if start == "lead" and ends:
        # a numbered paragraph ends on a semicolon or full stop: after its comma a leading word goes
        # on with it ("…的决定，14" / "表示注意到成果信息…；"), it opens no preambular paragraph; nor
        # does one after a colon, in any paragraph ("…the Global Action Plan:" / "Accelerating for
        # Transforming Informal Settlements …", "…entitled A Multi-Billion-Dollar Opportunity:" /
        # "Repurposing Agricultural Support …": a title)
        # A lettered item ending on a comma before a capitalized leading word closes a preambular
        # paragraph's list ("(c) that the parties provide …," / "Recalling the relevant principles …")
        end = TRAILING_MARKER.sub("", prev)
        closes_list = bool(_ITEM_LABEL.match(current)) and line[:1].isupper()
        return not (NUMBERED.match(current) and end.endswith((",", "،", "，")) and not closes_list
                    or end.endswith((":", "：")))
    if not ends and starts_block(prev) == "lead":
        return False            # a paragraph opened by a participle goes on: no heading starts so
    if display_width(prev) < 0.7 * width and not prev.endswith(("-", "‑")) and not _cut_by_margin(prev, line, width):
        return not (note_gap and continues)
    return False


def _row_ended(block: str, line: str, bars: int) -> bool:
    """`block` is a whole row of a table typed as "cell | cell" (as many "|" as the table's first row)
    and `line` opens what follows it (the next row, a heading, the text after the table), not the rest
    of its last cell: a row has no end punctuation, but it is whole when its last cell is there, or
    when `line` holds cells of its own ("| | |" / "Création | …")."""
    if not bars or "|" not in block or block.count("|") < bars or line[:1].islower():
        return False
    return not block.endswith("|") or "|" in line


def _opens_with_verb(line: str, starts_block) -> bool:
    """`line` opens with a verb of the language's operative paragraphs: a paragraph's start, under a
    part's title ("Условия службы сотрудников категории специалистов и выше" / "подтверждает, что …",
    Russian writing it in lower case) or after the preamble's last comma."""
    return bool(starts_block.verb.match(line))


def _room_for(line: str, nxt: str, width: int, proportional: bool = False) -> bool:
    """The first word of `nxt`, a full line, would have fitted at the end of `line`, within the
    width: the line was ended, not cut by the margin ("I" / "Общие для обеих категорий сотрудников
    условия службы" / "утверждает введение …": the title, then a paragraph opening in lower case;
    not "… weapons, ammunition and" / "military equipment", a title printed narrower than the text)."""
    word = nxt.split(maxsplit=1)[0] if nxt.split() else ""
    # the text's width is its 90th-percentile line: in a fixed-width text a word fitting within it
    # would have been set there (a slack below it lost titles in narrow text, where one word is a
    # tenth of the line); in a proportional font, a line of as many characters may be full (a
    # quarter of pdftotext's lines that go on have room for the next word by count): keep a tenth
    room = 0.9 * width if proportional else width
    return (bool(word) and display_width(line) + 1 + display_width(word) <= room
            and display_width(nxt) >= 0.8 * width)


def _filled(line: str, nxt: str, width: int) -> bool:
    """`line` filled the width: wide, or short only because the first word of `nxt` did not fit after
    it (narrow text: "Выбор и назначение Генерального секретаря и других" / "административных …")."""
    return display_width(line) >= 0.8 * width or _cut_by_margin(line, nxt, width)


def _cut_by_margin(prev: str, line: str, width: int) -> bool:
    """`prev` is short only because the first word of `line` did not fit after it ("26. Acoge con
    beneplácito el esfuerzo del Tribunal" / "Contencioso‑Administrativo de las Naciones Unidas …"):
    no sentence end, and the word would have run past the width."""
    word = line.split(maxsplit=1)[0] if line.split() else ""
    return (not prev.endswith(TERMINAL) and not _cjk(word[:1])
            and display_width(prev) + 1 + display_width(word) > width)


# the resolution's number at a line's start, its title after it: "75/1. Declaration …", "80/236 A-B."
RES_NUMBER = re.compile(r"^\*?((?:ES-)?\d{1,3}/\d{1,4}(?:\s+[A-Z](?:-[A-Z])?)?)(\.?)\s*(.*)$")
_FIRST_PARAGRAPH = re.compile(r"^\s*1\s?(?:\.|\s-)\s+(\w)")     # "1. Мы, …", "1 - اجتمعنا …"
SEPARATOR = re.compile(r"^\*(?:\s*\*){2,}$")          # "* * *": a break between runs of paragraphs
_QUOTED_PARAGRAPH = re.compile(r"^[“«„]\s?(\S)")
_QUOTE_CLOSES = re.compile(r"[”»“]")
DASH_ITEM = re.compile(r"^([–—-])[ \t]+(\S.*)$", re.S)     # "– To assist …": an item marked by a dash
_SYMBOL_END = re.compile(r"^(?:ES-)?\d{1,3}/\d{1,4}\.?$")     # a line that is only "61/275."
_ITEM_LABEL = re.compile(r"^\(([a-z]{1,2}|[ivx]{1,5})\)\s")
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
          "xvi", "xvii", "xviii", "xix", "xx"]     # sub-sub-paragraph labels, in order


def _first_under_title(current: str, line: str) -> bool:
    """The first item of a list under an item's title that wrapped, the title ending on no mark:
    "(b) Support for the implementation of the transition process, including efforts in favour" /
    "of the extension of State authority and preservation of territorial integrity" / "(i) To take a
    leading role …" (S/RES/2149 (2014)). A label inside a sentence goes on in lower case."""
    item, title = _ITEM_LABEL.match(current), _ITEM_LABEL.match(line)
    return (bool(item and title) and title.group(1) in ("i", "a")
            and line[title.end():].lstrip()[:1].isupper() and not current.rstrip().endswith(TERMINAL))


def _inline_item(current: str, line: str) -> bool:
    """An item label that wrapping put at a line's start, in a run of items printed inside the
    sentence ("…; (b) that it shall terminate …;" / "(c) that it shall …"): its sibling before it
    stands inside the paragraph, or the one after it on the same line ("(a) assist …; (b) gather")."""
    m = _ITEM_LABEL.match(line)
    if not m:
        return False
    label = m.group(1)
    if label in ("a", "i"):
        nxt = "b" if label == "a" else "ii"
        return bool(re.search(rf"[;,]\s+\({nxt}\)\s", line))
    if label in ROMANS and label != "v" and label != "x":
        before = ROMANS[ROMANS.index(label) - 1]
    elif len(label) == 1:
        before = chr(ord(label) - 1)
    else:
        return False
    return bool(re.search(rf"[;,:]\s+\({before}\)\s", current))


_CITED_NUMBER = re.compile(r"(?<![\d/.])\d{1,4}(?:\s[A-Z])?$")     # "194", "2200 A"; not "71/205"
# a session in brackets after a resolution's number: "(III)", "(S-VI)", "（XV）"; item labels are lower case
_SESSION_LABEL = re.compile(r"^[(（](?:E?S-)?[IVXLC]+[)）]")


def _cited_session(prev: str, line: str, starts_block) -> bool:
    """The label in brackets that opens `line` is the session of a resolution cited at the end of
    `prev` ("…General Assembly resolution 194" / "(III) of 11 December 1948,"; "resolutions 1514 (XV)
    of 14 December 1960, 1541" / "(XV)"; "第1514" / "(XV)号决议"), no item: the label is a session's
    (upper-case Roman), `prev` ends on a bare number that is no note marker after its punctuation
    ("…Bangkok Rules); 34" / "(k) To implement resolution 1325 …" is an item), and its last clause, or
    the line's first, names a resolution (the language's word)."""
    word = starts_block.resolution
    if (not _SESSION_LABEL.match(line) or not _CITED_NUMBER.search(prev)
            or TRAILING_MARKER.search(prev)):
        return False
    return bool(word.search(re.split(r"[.;:。；：]", prev)[-1]) or word.search(re.split(r"[,.;:，。；：]", line)[0]))


_WIDE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def display_width(line: str) -> int:
    """Width on the page: a Chinese character takes the room of two Latin ones."""
    return len(line) + len(_WIDE.findall(line)) if not line.isascii() else len(line)


def _cjk(ch: str) -> bool:
    return bool(ch) and ("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")


_CJK_MARKER_END = re.compile(r"[，。；）》”]\d{1,3}$")


def join_lines(a: str, b: str) -> str:
    """Join a wrapped line to the next: no space in Chinese, and a line-final hyphen is
    kept and joined (UN texts do not break words, so such hyphens are real compounds)."""
    if _CJK_MARKER_END.search(a) and _cjk(b[:1]):
        return a + " " + b          # "…的决定，14" / "表示注意到…": the note marker stays apart from the next word
    if _cjk(a[-1:]) or _cjk(b[:1]):
        return a + b
    if a.endswith(("-", "‑")) and b[:1].isalpha():
        return a + b
    return a + " " + b


def _words(text: str) -> list[str]:
    return [w.strip(".,;:()“”\"'’*").lower() for w in text.split()]


def word_vocabulary(texts: list[str]) -> Counter:
    return Counter(w for t in texts for w in _words(t) if w)


_WHOLE_WORD = re.compile(r"(?<![\w\-’'])[^\W\d_]+(?![\w\-’'])")    # not a piece of "non-Self", "1st", "d’une"


# pieces of a word no language of the UN writes apart: an apostrophe opening a word ("Da ’esh",
# "Council ’s") and a Latin "s" standing alone ("civilian object s,")
_SPLIT_APOSTROPHE = re.compile(r"(?<=[^\W\d_]) (?=’[^\W\d_])")
_SPLIT_S = re.compile(r"(?<=[a-zà-ÿ]{2}) (?=s(?:[\s,.;:)]|$))")


def rejoin_split_blocks(out: "Blocks", prepare=lambda text: text) -> None:
    """rejoin_split_words on every block and note of a PDF's text (after `prepare`), with the
    document's own words and its language's frequencies."""
    from .detect import detect_language
    from .words import frequency
    texts = [prepare(b) for b in out.blocks]
    notes = [prepare(n.text) for n in out.notes]
    vocabulary = word_vocabulary(texts + notes)
    known = frequency(detect_language("\n".join(texts))) if texts else None
    out.blocks = [rejoin_split_words(t, vocabulary, known) for t in texts]
    for note, text in zip(out.notes, notes):
        note.text = rejoin_split_words(text, vocabulary, known)


# a word of the language is written at least this often in its frequency list (words.py): "transfe r"
# (0 and 50) is "transfer" (40,207), "we ll" (16 million, 0) "well" (760,409); two words are left
# apart ("per cent", "may be"), unless the document writes their join elsewhere and neither is an
# everyday word: "nation al" (9,687 for "al"), "per son" (65,226), not "up on" (5 million)
COMMON_WORD = 1000
EVERYDAY_WORD = 100_000


def rejoin_split_words(text: str, vocabulary: Counter, frequency=None) -> str:
    """Justified lines may space a word apart in the PDF ("su stainable", "object s"): the
    pieces are joined where the whole word occurs elsewhere in the document and one piece
    occurs nowhere else as a word of its own, where a piece is no word at all, or (with the
    language's `frequency`, words.py) where the whole is a common word and a piece is not."""
    text = _SPLIT_S.sub("", _SPLIT_APOSTROPHE.sub("", text))

    known: dict[str, int] = {}      # each word is asked for as the first and the second of a pair

    def freq(word: str) -> int:
        if not frequency:
            return 0
        if word not in known:
            known[word] = frequency(word.lower())
        return known[word]

    def joined(a: str, b: str) -> bool:
        whole = (a + b).lower()
        rarer = min(freq(a), freq(b))
        if rarer >= EVERYDAY_WORD:
            return False                # "up on", "in to", "can not"
        if vocabulary[whole] and (vocabulary[a.lower()] <= 1 or vocabulary[b.lower()] <= 1):
            return True                 # the document writes the whole word elsewhere
        if not frequency or rarer >= COMMON_WORD or not b[:1].islower() or freq(whole) < COMMON_WORD:
            return False                # two words of the language: "per cent", "may be"
        return not a[:1].isupper() or freq(whole) > freq(b)   # a name's pieces: "Dar es Salaam"

    def better_after(a: str, b: str, c: str) -> bool:
        """b joins c rather than a: "of f inancing" ("inancing" is no word), "for th e" ("the")."""
        return joined(b, c) and (freq(c) < COMMON_WORD <= freq(a) or freq(b + c) > freq(a + b))

    # each pair of neighbouring words in turn, a joined word not joined again ("the transfe r of":
    # "the transfe" is no word, "transfe r" is)
    words = list(_WHOLE_WORD.finditer(text))
    out, pos, k = [], 0, 0
    while k + 1 < len(words):
        a, b = words[k], words[k + 1]
        c = words[k + 2] if k + 2 < len(words) and text[b.end():words[k + 2].start()] == " " else None
        if (text[a.end():b.start()] == " " and joined(a.group(), b.group())
                and not (c and better_after(a.group(), b.group(), c.group()))):
            out += [text[pos:a.end()], b.group()]
            pos, k = b.end(), k + 2
        else:
            k += 1
    return "".join(out) + text[pos:]
