"""PDF -> blocks: the UN's own PDF files read by their layout, not only their characters.

Poppler's `pdftohtml -xml` gives every text run with its font and box; from those
this reader rebuilds what the print shows and `pdftotext` throws away:
  - fonts: italic runs become `*italic*` (the leading participles and verbs), a
    smaller raised run of digits is a footnote marker (written as superscript digits);
  - positions: the running header and the page foot (symbol, title, `2/8`, job number,
    barcode) are page furniture; the lines under the short rule at the foot of a page
    are the notes, each with the marker it starts with;
  - paragraphs start at a vertical gap or a first-line indent, never at a blank line; a
    paragraph goes on across a page break and across the notes at the foot of a page.
The result is the same intermediate form the text reader makes (`blocks.Blocks`), so
structure recognition stays one code path.

Why poppler: it reads the UN's PDFs fast (≈ 60 ms for 8 pages, in C), runs as a separate
program (GPL poppler, MIT project: no linking), executes no JavaScript and follows no link,
and comes from the same Debian package as the tools the tests use. PyMuPDF is as fast but
AGPL; pypdfium2 needs a Python call per character for fonts (≈ 150 ms); pdfplumber ≈ 1.3 s.
"""
import io
import re
import resource
import subprocess
import tempfile
from dataclasses import dataclass

from lxml import etree

from ..blocks import REISSUE, RULE, SUPERSCRIPT_DIGITS, Blocks, Note, is_furniture, join_lines, rejoin_split_blocks
from ..children import die_with_parent
from ..errors import InputError

MAX_PAGES = 500               # a resolution has under 100; a longer PDF is refused, in bounded time
TIMEOUT_S = 120
MEMORY_LIMIT = 2 << 30        # pdftohtml's address space

HEADER_BAND = 0.085           # running header above this share of the page height (pages 2+)
FOOTER_BAND = 0.925           # job number, page number, barcode below it
_SPACES = re.compile(r"\s+")
_MARKER = re.compile(r"\d{1,3}|\*{1,3}")        # a footnote marker's text
_TO_SUP = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_FURNITURE_WORDS = re.compile(r"^(?:Please recycle|\*\d{5,}\*|[\d\s/().A-Z-]*\d{2}-\d{5}[\d\s/().A-Z-]*)$")


class Run:
    """One text run of pdftohtml: its box, font size and style."""
    __slots__ = ("top", "left", "width", "height", "size", "bold", "italic", "text", "barcode", "bottom", "right")

    def __init__(self, top: float, left: float, width: float, height: float, size: float,
                 bold: bool, italic: bool, text: str, barcode: bool = False):
        self.top, self.left, self.width, self.height = top, left, width, height
        self.size, self.bold, self.italic, self.text, self.barcode = size, bold, italic, text, barcode
        self.bottom, self.right = top + height, left + width


class Line:
    """Runs on one band of the page, left to right. Its facts are computed once: the reader
    asks for them many times per line (plain attributes: cached_property takes a lock)."""
    __slots__ = ("runs", "main", "top", "left", "right", "plain", "bold")

    def __init__(self, runs: list[Run]):
        self.runs = runs
        self.main = max(runs, key=lambda r: (r.height, len(r.text.strip())))   # not a superscript
        self.top, self.left, self.right = self.main.top, runs[0].left, runs[-1].right
        self.plain = _SPACES.sub(" ", "".join(r.text for r in runs)).strip()
        styled = [r for r in runs if r.text.strip()]
        self.bold = bool(styled) and all(r.bold for r in styled)


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]


def read_pdf(data: bytes, name: str) -> Blocks:
    pages = _layout(_pdftohtml(data, name), name)
    if not any(line.plain for page in pages for line in page.lines):
        raise InputError(f"{name}: no text layer (a scanned image?); OCR it first")
    return _blocks(pages)


def embedded_akn(data: bytes) -> bytes | None:
    """The AKN a PDF made by this tool carries (PDF/A-3 associated file), else None.
    Only the file's bytes are read: nothing in the PDF is opened as a document or run."""
    if b"/EmbeddedFiles" not in data or b".akn.xml" not in data:
        return None
    from pypdf import PdfReader           # imported only for PDFs that carry a file
    try:
        reader = PdfReader(io.BytesIO(data))
        for filename, contents in (reader.attachments or {}).items():
            if filename.endswith(".akn.xml") and contents and b"akomaNtoso" in contents[0][:2000]:
                return contents[0]
    except Exception:                     # a damaged attachment: read the PDF's text instead
        return None
    return None


def _limit_memory():
    die_with_parent()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _pdftohtml(data: bytes, name: str) -> bytes:
    if not data.startswith(b"%PDF-"):
        raise InputError(f"{name}: not a PDF file")
    with tempfile.TemporaryDirectory(prefix="akn-pdf-") as folder:
        path = f"{folder}/in.pdf"
        with open(path, "wb") as out:
            out.write(data)
        # -i: no images written; -stdout: nothing else written; -l: bounded work on huge files
        command = ["pdftohtml", "-xml", "-stdout", "-i", "-fontfullname", "-l", str(MAX_PAGES + 1), path]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, cwd=folder,
                                  preexec_fn=_limit_memory, stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise InputError(f"{name}: cannot read PDF files: poppler's pdftohtml is not installed "
                             "(apt-get install poppler-utils)") from None
        except subprocess.TimeoutExpired:
            raise InputError(f"{name}: the PDF took more than {TIMEOUT_S} s to read; is it a resolution?") from None
    errors = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0 or b"<page " not in done.stdout:
        if re.search(r"password|encrypt", errors, re.I):
            raise InputError(f"{name}: encrypted PDF (it needs a password); decrypt it first")
        if re.search(r"copying of text|not allowed", errors, re.I):
            raise InputError(f"{name}: the PDF's permissions forbid copying its text")
        if re.search(r"page range|no pages|pages in the document", errors, re.I) or \
                (done.returncode == 0 and b"<page " not in done.stdout):
            raise InputError(f"{name}: the PDF has no pages")
        reason = next((ln.strip() for ln in errors.splitlines() if ln.strip()), "unreadable")
        raise InputError(f"{name}: corrupt or truncated PDF ({reason[:120]})")
    return done.stdout


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, recover=True)


def _layout(xml: bytes, name: str) -> list[Page]:
    root = etree.fromstring(xml, _PARSER)
    if root is None:
        raise InputError(f"{name}: corrupt PDF (no text could be read)")
    page_elements = root.findall("page")
    if len(page_elements) > MAX_PAGES:
        raise InputError(f"{name}: more than {MAX_PAGES} pages; a resolution is far shorter")
    families: dict[str, tuple[float, str]] = {}
    styles: dict[str, tuple[float, bool, bool, bool]] = {}     # font id -> size, bold, italic, barcode
    pages = []
    for p in page_elements:
        for spec in p.iter("fontspec"):
            families[spec.get("id")] = (float(spec.get("size", "0")), spec.get("family", "").lower())
        runs = []
        for t in p.iter("text"):
            text = "".join(t.itertext())
            if not text.strip():
                continue
            font = t.get("font")
            style = styles.get(font)
            if style is None:       # once per font: its name says bold or italic, else pdftohtml's tags do
                size, low = families.get(font, (0.0, ""))
                style = styles[font] = (
                    size, "bold" in low or "black" in low or (t.find("b") is not None and _only_child(t, "b")),
                    "italic" in low or "oblique" in low or (t.find("i") is not None and _only_child(t, "i")),
                    "barcode" in low)
            size, bold, italic, barcode = style
            runs.append(Run(float(t.get("top")), float(t.get("left")), float(t.get("width")),
                            float(t.get("height")), size, bold, italic, text, barcode))
        pages.append(Page(int(p.get("number")), float(p.get("width")), float(p.get("height")), _lines(runs)))
    return pages


def _only_child(element, tag) -> bool:
    """The whole run is wrapped in <b> or <i> (pdftohtml's guess from the font's flags)."""
    return not (element.text or "").strip() and all(c.tag in (tag, "a") for c in element)


def _lines(runs: list[Run]) -> list[Line]:
    """Runs -> lines: a run joins a line its box overlaps by half its own height (a raised
    footnote marker overlaps its line); far-apart runs on one band (the masthead's columns)
    stay separate lines."""
    runs.sort(key=lambda r: (r.top, r.left))
    bands: list[list[Run]] = []
    tallest: list[Run] = []                  # each band's tallest run
    for run in runs:
        for k in range(len(bands) - 1, max(len(bands) - 5, -1), -1):
            main = tallest[k]
            overlap = min(main.bottom, run.bottom) - max(main.top, run.top)
            if overlap >= 0.5 * min(main.height, run.height):
                bands[k].append(run)
                if run.height > main.height:
                    tallest[k] = run
                break
        else:
            bands.append([run])
            tallest.append(run)
    lines = []
    for band in bands:
        band.sort(key=lambda r: r.left)
        runs_of_line = [band[0]]
        for run in band[1:]:
            last = runs_of_line[-1]
            if run.left - last.right > 3 * max(run.height, max(r.height for r in runs_of_line)):
                lines.append(Line(runs_of_line))
                runs_of_line = [run]
            else:
                runs_of_line.append(run)
        lines.append(Line(runs_of_line))
    lines.sort(key=lambda ln: (ln.top, ln.left))
    return lines


def _is_marker(run: Run, line: Line) -> bool:
    """A footnote marker: digits (or *) smaller than the line's text and raised above its baseline."""
    main = line.main
    text = run.text.strip()
    return (run is not main and run.height < 0.8 * main.height and run.bottom < main.bottom - 0.1 * main.height
            and bool(_MARKER.fullmatch(text)))


_ITALIC_EDGES = re.compile(r"^([\s.,;:)\]”’]*)(.*?)([\s.,;:(\[“‘]*)$")
_SPACED_LINE_END_HYPHEN = re.compile(r"(?<=\w) ([-\u2011])$")


def _text(line: Line, markers: bool = True) -> str:
    """A line's text with `*italic*` marks and superscript-digit footnote markers."""
    parts: list[tuple[str, bool]] = []          # (text, italic)
    prev = None
    for run in line.runs:
        text = run.text
        if prev is not None and run.left - prev.right > 0.15 * run.height and not text.startswith(" ") \
                and not (parts and parts[-1][0].endswith(" ")):
            parts.append((" ", False))
        if markers and _is_marker(run, line):
            stripped = text.strip()
            text = stripped.translate(_TO_SUP) if stripped[0].isdigit() else stripped
            if parts:
                parts[-1] = (parts[-1][0].rstrip(), parts[-1][1])
            parts.append((text, False))
        else:
            parts.append((text, run.italic and bool(text.strip())))
        prev = run
    parts = _whole_words(parts)
    out, italic_run = [], []

    def flush():
        if italic_run:
            joined = _SPACES.sub(" ", "".join(italic_run))
            lead, core, trail = _ITALIC_EDGES.match(joined).groups()
            out.append(f"{lead}*{core}*{trail}" if core else joined)
            italic_run.clear()
    for text, italic in parts:
        if italic or (italic_run and not text.strip()):
            italic_run.append(text)
        else:
            flush()
            out.append(text)
    flush()
    text = _SPACES.sub(" ", "".join(out)).strip()
    return _SPACED_LINE_END_HYPHEN.sub(r"\1", text)   # "Secretary -" at a justified line end


def _whole_words(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Italics cover whole words: a font change inside a word ("Re" + "solutions Adopted", or
    "Condemn" + "s") gives the whole word to the italic run, so that no mark falls inside a word."""
    parts = [list(p) for p in parts]
    for i, (text, italic) in enumerate(parts):
        if not italic or not text:
            continue
        if i > 0 and not parts[i - 1][1] and text[0].isalnum() and (m := re.search(r"\w+$", parts[i - 1][0])):
            parts[i][0] = m.group(0) + parts[i][0]
            parts[i - 1][0] = parts[i - 1][0][:m.start()]
        if i + 1 < len(parts) and not parts[i + 1][1] and parts[i][0][-1:].isalnum() and \
                (m := re.match(r"\w+", parts[i + 1][0])):
            parts[i][0] += m.group(0)
            parts[i + 1][0] = parts[i + 1][0][m.end():]
    return [(text, italic) for text, italic in parts if text]


def _blocks(pages: list[Page]) -> Blocks:
    body_size = _body_height(pages)
    out = Blocks(wrapped=False)
    column = _column(pages, body_size)
    prev: Line | None = None           # the last body line, for paragraph decisions
    prev_page = 0
    headers = _running_headers(pages)
    for page in pages:
        notes_top = _notes_top(page, body_size)
        note_left = None
        for line in page.lines:
            plain = line.plain
            if _is_page_furniture(line, page, plain, headers):
                out.dropped.append(plain)
                continue
            if notes_top is not None and line.top >= notes_top:
                if RULE.match(plain.replace(" ", "")):
                    out.dropped.append(plain)
                    continue
                if REISSUE.match(plain.lstrip("* ")) or REISSUE.match(plain):
                    out.cover_notes.append(plain)      # the symbol's "*": "Reissued for technical reasons"
                    continue
                note_left = _add_note_line(out, line, note_left)
                continue
            text = _text(line)
            if prev is None or _starts_block(prev, line, prev_page != page.number, column):
                out.blocks.append(text)
                if line.bold:
                    out.bold.add(len(out.blocks) - 1)
            else:
                out.blocks[-1] = join_lines(out.blocks[-1], text)
            prev, prev_page = line, page.number
    rejoin_split_blocks(out, _merge_italics)
    return out


def _merge_italics(text: str) -> str:
    """`*Recalling* *also*` (italic runs of two lines, or split by a space) -> `*Recalling also*`."""
    return re.sub(r"\*(\s+)\*", r"\1", text)


def _body_height(pages: list[Page]) -> float:
    counts: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            for run in line.runs:
                counts[run.height] = counts.get(run.height, 0) + len(run.text)
    return max(counts, key=counts.get) if counts else 12.0


def _column(pages: list[Page], body_size: float) -> tuple[float, float]:
    """The text column's left and right edges: where most body lines start and end."""
    lefts: dict[float, int] = {}
    rights: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            if abs(line.main.height - body_size) < 1:
                lefts[line.left] = lefts.get(line.left, 0) + 1
                right = round(line.right / 4) * 4
                rights[right] = rights.get(right, 0) + 1
    if not lefts:
        return 0.0, 0.0
    return max(lefts, key=lefts.get), max(rights, key=rights.get)


def _is_page_furniture(line: Line, page: Page, plain: str, headers: set[str]) -> bool:
    if all(r.barcode for r in line.runs) or not plain:
        return True
    if line.top > FOOTER_BAND * page.height:
        return bool(_FURNITURE_WORDS.match(plain) or is_furniture(plain, None, False)
                    or re.fullmatch(r"\d{1,4}(?:/\d{1,4})?", plain))
    if page.number > 1 and line.top < HEADER_BAND * page.height:
        return plain in headers
    return plain == "Please recycle" or bool(re.fullmatch(r"\*\d{6,}\*", plain))


def _running_headers(pages: list[Page]) -> set[str]:
    """The lines at the head of pages 2+ that are furniture: a symbol or page number, or a line
    that heads another page too or is part of the first page (the title, since session 78).
    A body line that happens to stand high on a page is neither, and is kept."""
    first_page = re.sub(r"\s+", "", " ".join(ln.plain for ln in pages[0].lines)) if pages else ""
    heads: dict[str, int] = {}
    for page in pages[1:]:
        for line in page.lines:
            if line.top < HEADER_BAND * page.height:
                heads[line.plain] = heads.get(line.plain, 0) + 1
    found = set()
    for text, count in heads.items():
        squashed = re.sub(r"\s+", "", text)
        if count > 1 or (squashed and squashed in first_page) or _SYMBOL_OR_PAGE.fullmatch(text):
            found.add(text)
    return found


_SYMBOL_OR_PAGE = re.compile(r"(?:[A-Z]{1,5}/\S+(?: \(\d{4}\))?|\d{1,4}(?:/\d{1,4})?|\d{2}-\d{5})"
                             r"(?: (?:[A-Z]{1,5}/\S+(?: \(\d{4}\))?|\d{1,4}(?:/\d{1,4})?|\d{2}-\d{5}))*")


def _notes_top(page: Page, body_size: float) -> float | None:
    """Where the notes begin: at the short rule above them (a line of underscores), or, where
    the rule is drawn rather than typed, at the smaller lines under the last line of text that
    open with a marker ("¹ Resolution 70/1.", "* Reissued for technical reasons")."""
    for line in page.lines:
        if RULE.match(line.plain.replace(" ", "")) and line.top > 0.3 * page.height \
                and line.right - line.left < 0.6 * page.width:
            return line.top
    lines = [ln for ln in page.lines if ln.top <= FOOTER_BAND * page.height]
    last_text = max((i for i, ln in enumerate(lines) if ln.main.height >= 0.9 * body_size), default=None)
    if last_text is None or last_text + 1 >= len(lines):
        return None
    first = lines[last_text + 1]
    opener = first.runs[0].text.strip()
    if first.main.height < 0.9 * body_size and first.top > 0.5 * page.height and \
            (_MARKER.fullmatch(opener) or REISSUE.match(first.plain)):
        return first.top
    return None


def _add_note_line(out: Blocks, line: Line, note_left):
    """A line of the notes area: a new note when it opens with a marker, else the note goes on
    (also onto the next page)."""
    first = line.runs[0]
    marker = first.text.strip()
    opens = _MARKER.fullmatch(marker) and len(line.runs) > 1 and \
        first.height < 0.85 * max(r.height for r in line.runs[1:])
    if not opens and (m := re.match(r"^(\d{1,3})\s+\S", line.plain)) and note_left is not None \
            and line.left < note_left - 2 and out.notes and m.group(1) == str(int(out.notes[-1].marker or 0) + 1):
        marker, opens = m.group(1), True     # a marker printed at full size
        text = _text(line, markers=False)[len(marker):].strip()
    elif opens:
        text = _text(Line(line.runs[1:]), markers=False)
    else:
        text = _text(line, markers=False)
    if opens:
        out.notes.append(Note(marker.translate(str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")), text,
                              len(out.blocks) - 1))
        return line.runs[1].left if len(line.runs) > 1 else line.left
    if out.notes:
        out.notes[-1].text = join_lines(out.notes[-1].text, text) if out.notes[-1].text else text
    else:
        out.blocks.append(text)              # text under a rule with no note: keep it
    return note_left


def _starts_block(prev: Line, line: Line, new_page: bool, column: tuple[float, float]) -> bool:
    """A paragraph starts at a vertical gap, a first-line indent or a change of style (a bold
    heading after text); it goes on across a page break when the line continues the text."""
    size = line.main.height
    if prev.bold != line.bold:
        return True
    prev_text = prev.plain
    ends = prev_text.rstrip("*").rstrip().endswith(tuple(".,;:!?。，；：！？،؛"))
    if line.top < prev.main.bottom - 0.3 * size and not new_page:
        return True                      # beside the previous line: another column (masthead)
    if new_page:
        # The top of a page: a continuation line is flush with the column; a new paragraph is
        # indented, or follows a short last line that ended a sentence.
        indented = line.left > column[0] + 0.8 * size
        return indented or (ends and prev.right < column[1] - 3 * size)
    gap = line.top - prev.main.bottom
    if gap > 0.35 * size:
        return True
    if line.left > prev.left + 0.8 * size and ends:
        return True                      # first-line indent
    return False
