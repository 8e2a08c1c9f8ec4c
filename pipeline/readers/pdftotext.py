"""poppler's pdftotext (default and -layout) run on the UN's own PDF files.

What such a text still has: a form feed between pages; the page top (symbol, and since
session 78 the title) and foot (page "2/13", job number, barcode, date stamp); the notes under
a short rule, each marker on its own line (in the default mode the markers may stand before,
after or between the note texts); paragraphs without blank lines (in -layout: a first-line
indent); body markers as bare digits between spaces ("Framework, 1 and").

The text reader (blocks.split_blocks) hands such a text here; the blocks are the same form.
"""
import re
from collections import Counter
from functools import lru_cache

from ..blocks import (BARE_NUMBER, NUMBERED, REISSUE, RULE, TERMINAL, Blocks, Note, display_width, find_symbol, heading_between,
                      heading_goes_on, is_furniture, join_lines, rejoin_split_blocks, squash, starts_new)


_BARCODE_LINE = re.compile(r"^\s*\*\d{7,}\*\s*$", re.M)
_DATE_STAMP = re.compile(r"^\d{6}$")                      # "291223" beside the job number
_MARKER_LINE = re.compile(r"^(\d{1,3})$")
_RES_NUMBER_LINE = re.compile(r"^(?:ES-)?\d{1,3}/\d{1,4}\.(?:\s|$)")
_CELL_GAP = re.compile(r"\s{3,}")


def looks_pdftotext(text: str) -> bool:
    """Pages separated by form feeds, and the barcode of a UN job number on a line of its own."""
    return "\f" in text and bool(_BARCODE_LINE.search(text))


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_layout(pages: list[list[str]]) -> bool:
    """`pdftotext -layout`: the body lines keep their left margin."""
    lines = [ln for page in pages for ln in page if ln.strip()]
    return sum(1 for ln in lines if ln.startswith("     ")) > 0.5 * len(lines)


@lru_cache(maxsize=4096)    # a page's lines are asked again for each line above them (_following)
def _page_furniture(s: str, symbol: str | None, first_page: bool) -> bool:
    cells = [c for c in _CELL_GAP.split(s.strip()) if c]
    return all(is_furniture(c, symbol, not first_page) or _DATE_STAMP.match(c)
               or all(is_furniture(t, symbol, not first_page) or _DATE_STAMP.match(t) for t in c.split())
               for c in cells)


@lru_cache(maxsize=4096)
def _is_symbol(s: str, symbol: str | None) -> bool:
    return bool(symbol) and squash(s) == squash(symbol)


def _title_of(page: list[str], starts_block) -> str:
    """The resolution title on the first page: after "78/136." up to the formula."""
    title, inside = [], False
    for line in page:
        s = line.strip()
        if not inside:
            if _RES_NUMBER_LINE.match(s):
                inside = True
                title.append(s.split(".", 1)[1])
            continue
        if starts_block(s) == "part":
            break
        title.append(s)
    return _norm(" ".join(title))


def _top_groups(page: list[str], limit: int = 4) -> list[list[int]]:
    """The first groups of non-blank lines of a page (blank-line separated), as line indexes."""
    groups, current = [], []
    for i, line in enumerate(page):
        if line.strip():
            current.append(i)
        elif current:
            groups.append(current)
            current = []
            if len(groups) == limit:
                break
    if current and len(groups) < limit:
        groups.append(current)
    return groups


def _running_header(page: list[str], symbol: str | None, titles: set[str], layout: bool) -> set[int]:
    """The lines of a page's running header: the symbol, and the title repeated beside it."""
    groups = _top_groups(page)
    if not groups:
        return set()
    if layout:      # one block at the page top, the symbol one of its cells
        first = groups[0]
        if any(_is_symbol(c, symbol) for i in first for c in _CELL_GAP.split(page[i].strip())):
            return set(first)
        return set()
    at = next((g for g, group in enumerate(groups[:3])
               if any(_is_symbol(page[i].strip(), symbol) for i in group)), None)
    if at is None:
        return set()
    found = set(groups[at])
    if len(found) > 6:      # no header: text without blank lines around the symbol; the symbol alone
        return {i for i in groups[at] if _is_symbol(page[i].strip(), symbol)}
    for group in groups[:at]:
        text = " ".join(page[i].strip() for i in group)
        if _norm(text) in titles or len(group) <= 4 and not text.endswith(TERMINAL):
            found.update(group)
    if at + 1 < len(groups):
        text = " ".join(page[i].strip() for i in groups[at + 1])
        if _norm(text) in titles:
            found.update(groups[at + 1])
    return found


def _note_breaks(lines: list[str], count: int, width: int) -> list[int]:
    """Where `count` notes start among `lines` (the first line always starts one): the
    likeliest places are after a line that ends a sentence and is shorter than the column."""
    if count <= 1 or len(lines) <= 1:
        return [0]
    if count >= len(lines):
        return list(range(len(lines)))

    def score(k):                      # a note starting at lines[k]
        prev, line = lines[k - 1], lines[k]
        return (2 * prev.endswith(TERMINAL) + (display_width(prev) < 0.8 * width)
                + (line[:1].isupper() or line[:1].isdigit()) - 0.001 * k)
    best = sorted(range(1, len(lines)), key=score, reverse=True)[:count - 1]
    return [0] + sorted(best)


def _page_notes(items: list, previous: Note | None, width: int) -> list[tuple[str, str]]:
    """[(marker, text)] of one page's note area.  `items`: the area's lines in order, a marker
    as an int, a text line as a str.  Each marker standing just before a text line starts that
    note; the texts between such fixed starts are shared out among the markers that fall
    between them in number order; text before any note continues the previous page's note."""
    markers = sorted({m for m in items if isinstance(m, int)})
    texts, fixed = [], {}                 # fixed: text index -> rank of its marker
    for k, item in enumerate(items):
        if isinstance(item, str):
            if k and isinstance(items[k - 1], int) and items[k - 1] in markers:
                rank = markers.index(items[k - 1])
                last_t, last_r = max(fixed.items()) if fixed else (0, 0)
                if rank > last_r and len(texts) - last_t >= rank - last_r or not fixed and rank == 0:
                    fixed[len(texts)] = rank    # else "1 2" above both texts: 2 is not the first's
            texts.append(item)
    if not markers:
        return [("", " ".join(texts))] if texts else []
    starts = sorted(fixed.items())
    bounds = [(0, 0)] + starts + [(len(texts), len(markers))]
    notes: list[list] = []
    for (a, ra), (b, rb) in zip(bounds, bounds[1:]):
        seg = texts[a:b]
        count = rb - ra
        if not seg:
            continue
        if count <= 0:                     # no marker left for these lines: a continuation
            if notes:
                notes[-1][1].extend(seg)
            else:
                notes.append(["", seg])
            continue
        cut = _note_breaks(seg, count, width)
        for j, c in enumerate(cut):
            end = cut[j + 1] if j + 1 < len(cut) else len(seg)
            notes.append([str(markers[ra + j]), seg[c:end]])
    result = []
    for marker, lines in notes:
        text = ""
        for line in lines:
            text = join_lines(text, line) if text else line
        result.append((marker, text))
    return result


def _following(page: list[str], i: int, rule: int, header: set[int], symbol, number: int, layout: bool) -> list[str]:
    """The next three lines of the page's text after line i (blank lines, furniture and running
    header skipped), as the block splitter sees them."""
    found = []
    for k in range(i + 1, rule):
        s = page[k].strip()
        if not s or k in header or _page_furniture(s, symbol, not number) or (_is_symbol(s, symbol) and number):
            continue
        found.append(re.sub(r"\s{2,}", " ", s) if layout else s)
        if len(found) == 3:
            break
    return (found + ["", "", ""])[:3]


def _marker_under(out: Blocks, above: str, column: int, marker: str) -> bool:
    """A note's marker that `pdftotext -layout` printed on a line of its own under the line it belongs
    to ("…Development, 6 Agenda" / "21, the Programme for …" / "      7": the superscript set lower
    than the line's tops): True when it stands inside that line, where a word ends. It goes back
    there after a word, where the notes find it ("Framework, 7 and"); after a number ("Agenda 21,")
    it would read as one more figure, and is left out as before, its note at the paragraph's end."""
    prefix = above[:column].rstrip()
    if not prefix.strip() or column >= len(above.rstrip()) or not above[column:column + 1].isspace():
        return False
    line = re.sub(r"\s{2,}", " ", above.strip())
    start = out.blocks[-1].rfind(line)
    if start < 0:
        return False
    if re.search(r"[^\W\d_][,.;:)”’\"]*$", prefix):
        at = start + len(re.sub(r"\s{2,}", " ", prefix.strip()))
        out.blocks[-1] = f"{out.blocks[-1][:at]} {marker}{out.blocks[-1][at:]}"
    else:
        out.dropped.append(marker)
    return True


def _spread_line_joined(page: list[str], width: int) -> list[str]:
    """A justified line whose wide gaps the default mode took for breaks, a word or two a line
    ("institutions," / "non‑governmental" / "organizations," / "and" / "displacement -affected"),
    made one line again: three or more short lines, going on in lower case, whose words fill a
    line of the text."""
    out, i = [], 0
    while i < len(page):
        k = i + 1
        while (k < len(page) and page[k].strip()[:1].islower() and display_width(page[k].strip()) < 0.35 * width
               and not NUMBERED.match(page[k].strip())):        # (not short items: "a) birth certificates;")
            k += 1
        run = [ln.strip() for ln in page[i:k]]
        if (k - i >= 3 and run[0] and display_width(run[0]) < 0.35 * width and not NUMBERED.match(run[0])
                and 0.7 * width <= display_width(" ".join(run)) <= width):
            out.append(" ".join(run))
            i = k
        else:
            out.append(page[i])
            i += 1
    return out


def split_pdftotext(text: str, starts_block) -> Blocks:
    pages = [[ln.rstrip() for ln in page.split("\n")] for page in text.split("\f")]
    layout = _is_layout(pages)
    symbol = find_symbol([ln for page in pages[:1] for ln in page])
    out = Blocks(wrapped=True)
    lengths = sorted(display_width(ln.strip()) for page in pages for ln in page if len(ln.strip()) > 20) or [80]
    width = lengths[int(len(lengths) * 0.9)]
    if not layout:
        pages = [_spread_line_joined(page, width) for page in pages]

    titles = {_title_of(pages[0], starts_block)} - {""}
    for page in pages[1:]:                 # the title as the page tops print it
        groups = _top_groups(page, 3)
        for g, group in enumerate(groups[1:], 1):
            if any(_is_symbol(page[i].strip(), symbol) for i in group):
                titles.add(_norm(" ".join(page[i].strip() for i in groups[g - 1])))
                break

    prev = raw_before = None
    marker_line = False
    gap = True
    page_break = False
    after_heading = False  # `prev` is a heading between paragraphs: the next line opens a block
    in_body = False        # after the enacting formula: blank lines no longer part paragraphs
    for number, page in enumerate(pages):
        header = _running_header(page, symbol, titles, layout) if number else set()
        rule = next((i for i, ln in enumerate(page) if RULE.match(ln) and i not in header), len(page))
        # the body's margin; on page 1 under the resolution's number, not among the cover's lines (the
        # agenda item's title set at the page's edge: A/RES/78/322's five lines made the margin 0)
        top = next((i + 1 for i, ln in enumerate(page[:rule]) if _RES_NUMBER_LINE.match(ln.strip())), 0) if not number else 0
        indents = Counter(len(ln) - len(ln.lstrip()) for i, ln in enumerate(page[:rule])
                          if i >= top and i not in header and len(ln.strip()) > 20)
        if indents and max(indents.values()) >= 5 or number == 0:
            margin = min((d for d, n in indents.items() if n >= max(indents.values()) / 3), default=0)
        # (else the page before's: a last page of three lines under a header or footer line at the
        # page's edge measured 0, A/RES/80/174 and S/RES/2786)
        markers_here = {m.group(1) for ln in page[rule + 1:] if (m := re.match(r"^\s*(\d{1,3})(?:\s|$)", ln))}
        for i, line in enumerate(page[:rule]):
            s = line.strip()
            if (layout and in_body and s in markers_here and raw_before and out.blocks
                    and _marker_under(out, raw_before, len(line) - len(line.lstrip()), s)):
                marker_line = True      # and the blank line the superscript's own line left is no gap
                continue
            if not s and marker_line:
                marker_line = False
                continue
            marker_line = False
            if i in header or (s and _page_furniture(s, symbol, not number)) or (s and _is_symbol(s, symbol) and number):
                if s:
                    out.dropped.append(s)
                continue
            if not s:
                gap = gap or not in_body or layout
                continue
            if REISSUE.match(s):
                out.cover_notes.append(s)
                continue
            if layout and in_body:
                indented = len(line) - len(line.lstrip()) >= margin + 2
                s = re.sub(r"\s{2,}", " ", s)
                gap = gap or indented
                if indented:
                    page_break = False
            # a heading between paragraphs ("…its work;" / "E." / "Reducing the threat …" / "18. Reaffirms")
            nxt, nxt2, nxt3 = _following(page, i, rule, header, symbol, number, layout)
            heading = in_body and prev is not None and heading_between(prev, s, nxt, width, starts_block, nxt2, nxt3,
                                                                        proportional=True)
            if after_heading and not heading and heading_goes_on(prev, s, nxt, width, starts_block, out.blocks[-1], nxt2):
                out.blocks[-1] = join_lines(out.blocks[-1], s)
            elif (prev is None or heading or after_heading
                    or starts_new(prev, s, True, gap, page_break, width, starts_block)):
                out.blocks.append(s)
            else:
                out.blocks[-1] = join_lines(out.blocks[-1], s)
            after_heading = heading
            if starts_block(s) == "part" and not _RES_NUMBER_LINE.match(s):
                in_body = True
            # a paragraph's number printed apart ("4." / "Welcomes …"): the line is measured with it,
            # as pdftotext prints it when it keeps them together
            numbered = prev is not None and BARE_NUMBER.match(prev) and out.blocks[-1] == join_lines(prev, s)
            prev, gap, page_break = out.blocks[-1] if numbered else s, False, False
            raw_before = line
        items = []
        for line in page[rule + 1:]:
            s = line.strip()
            m = _MARKER_LINE.match(s)
            if not s or not m and (_page_furniture(s, symbol, False) or _is_symbol(s, symbol)):
                if s:
                    out.dropped.append(s)
                continue
            if REISSUE.match(s):
                out.cover_notes.append(s)
                continue
            if not m and layout and (m2 := re.match(r"^(\d{1,3})\s{2,}(\S.*)$", s)):
                items += [int(m2.group(1)), re.sub(r"\s{2,}", " ", m2.group(2))]
                continue
            items.append(int(m.group(1)) if m else re.sub(r"\s{2,}", " ", s) if layout else s)
        for marker, note_text in _page_notes(items, out.notes[-1] if out.notes else None, width):
            if not marker and out.notes:
                out.notes[-1].text = join_lines(out.notes[-1].text, note_text)
            else:
                out.notes.append(Note(marker, note_text, len(out.blocks) - 1))
        if number + 1 < len(pages):
            page_break = True
            gap = False
    rejoin_split_blocks(out)
    return out
