"""Raw block text -> AKN inline content: italics (`*...*`), superscripts (`77^e`),
footnotes (placeholders from notes.py) and references to UN documents (undocs.org)."""
import re

from lxml import etree

from .languages import LANGUAGES
from .notes import PLACEHOLDER_RE

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# `*` opens or closes italics unless glued to a letter of a spaced script (Chinese has no spaces).
_SPACED_LETTER = r"[^\W\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]"
_ITALIC = re.compile(rf"(?<!{_SPACED_LETTER})(?<!\*)\*(?=\S)([^*\n]+?)(?<=\S)\*(?!{_SPACED_LETTER})(?!\*)")
_SUP = re.compile(r"\^([^\s^*]+)\^?")
# A letter or digit of a spaced script: CJK characters are \w too, but "第70/1号决议" has no spaces,
# so a reference may stand right against them (every boundary below uses this, never \w).
_WORD = r"[^\W\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]"
# UN document symbols: A/58/508/Add.2, E/CN.4/2001/2, S/2023/363, A/CONF.157/24, S/RES/1267 (1999);
# a symbol is written in Latin letters, so it ends where another script starts ("A/76/411和A/76/594").
# Also the symbols of treaty bodies' conferences, a session number in brackets ("ICCD/COP(15)/23/Add.1",
# "FCCC/CP/2015/10/Add.1", "CD/1064"), and a volume's part ("NPT/CONF.2000/28 (Parts I and II)").
_SYMBOL = re.compile(rf"(?<!{_WORD})(?<!/)((?:A|S|E|ST|CCPR|CERD|DP|TD|UNEP|ICCD|FCCC|CD|NPT)/"
                     r"(?:[A-Z0-9][A-Za-z0-9_.\-]*(?:\(\d{1,3}\))?/)*"
                     r"[A-Za-z0-9_.\-]*\d[A-Za-z0-9_.\-]*(?:\s?\(Parts? [IVX]+(?: and [IVX]+)?\))?"
                     r"(?:/(?:Add|Rev|Corr)\.\d+)*(?:\s\(\d{4}\))?)(?<![.\-])")
# GA resolutions: 78/5, ES-10/21, S-26/2 (a special session), and before 1976 2625 (XXV)
_GA_RES = re.compile(rf"(?<!{_WORD})(?<![/.-])((?:E?S-)?\d{{1,2}}/\d{{1,3}})(?!{_WORD}|/|\.\d)")
_GA_RES_OLD = re.compile(rf"(?<!{_WORD})(?<![/.-])(\d{{1,4}})(?: [A-Z])? ?[(（]([IVXL]{{1,6}})[)）]")   # "2200 A (XXI)"
# Economic and Social Council resolutions, numbered by year: 1980/67, when the Council is named near
_ECOSOC_RES = re.compile(rf"(?<!{_WORD})(?<![/.-])((?:19|20)\d\d/\d{{1,3}})(?!{_WORD}|/|\.\d)")
# SC resolutions: 2713 (2023), in the Council's own texts and in the Assembly's
_SC_RES = re.compile(rf"(?<!{_WORD})(?<![/.-])(\d{{2,4}}) ?[(（]((?:19|20)\d\d)[)）]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _el(tag, **attrib):
    return etree.Element(f"{{{NS}}}{tag}", {k.rstrip("_"): v for k, v in attrib.items()})


class InlineWriter:
    """Appends inline content to AKN elements; one per document (knows its notes and language)."""

    def __init__(self, lang: str, notes: list[str], markers: list[str], body: str, emphasis: str = "italic"):
        self.lang, self.notes, self.markers, self.body = lang, notes, markers, body
        self.emphasis = emphasis    # the class of a leading phrase's span: "italic" or "underline"
        self.note_count = 0

    def fill(self, parent, text: str, with_refs: bool = True, lead: str | None = None) -> None:
        """Append `text` to `parent`; a leading phrase not already marked `*...*` is set in italics
        (or underlined, in the typescript era), as the UN prints it."""
        text = CONTROL.sub("", text)
        stripped = text.lstrip()
        if lead and not stripped.startswith("*") and stripped.startswith(lead):
            span = _el("span", class_=self.emphasis)
            parent.append(span)
            self._italics(span, lead, with_refs)
            text = stripped[len(lead):]
        self._italics(parent, text, with_refs)

    def _append_text(self, parent, text: str) -> None:
        if not text:
            return
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def _italics(self, parent, text, with_refs):
        pos = 0
        for m in _ITALIC.finditer(text):
            self._notes(parent, text[pos:m.start()], with_refs)
            span = _el("span", class_="italic")
            parent.append(span)
            self._notes(span, m.group(1), with_refs)
            pos = m.end()
        self._notes(parent, text[pos:], with_refs)

    def _notes(self, parent, text, with_refs):
        pos = 0
        for m in PLACEHOLDER_RE.finditer(text):
            self._sups(parent, text[pos:m.start()], with_refs)
            index = int(m.group(1))
            self.note_count += 1
            note = _el("authorialNote", marker=self.markers[index], placement="bottom",
                       eId=f"authorialNote_{self.note_count}")
            p = _el("p")
            note.append(p)
            self._italics(p, self.notes[index], with_refs)
            parent.append(note)
            pos = m.end()
        self._sups(parent, text[pos:], with_refs)

    def _sups(self, parent, text, with_refs):
        pos = 0
        for m in _SUP.finditer(text):
            self._refs(parent, text[pos:m.start()], with_refs)
            sup = _el("sup")
            sup.text = m.group(1)
            parent.append(sup)
            pos = m.end()
        self._refs(parent, text[pos:], with_refs)

    def _council_or_assembly(self, text: str, m: re.Match) -> str:
        """'52/6' is the Human Rights Council's resolution A/HRC/RES/52/6 when the Council is named
        right before it ("Human Rights Council resolution 52/6", "مجلس حقوق الإنسان 52/6") or right
        after it ("la résolution 52/6 du Conseil des droits de l’homme"); else the Assembly's."""
        table = LANGUAGES.get(self.lang)
        if not table:
            return "A/RES/" + m.group(1)
        # before: the Council, then its resolutions, maybe a list ("resolutions 5/1 and 5/2"); after:
        # a genitive, never "and" ("77/221 and Human Rights Council resolution 52/6": 77/221 is the Assembly's)
        listed = r"(?:\d{1,2}/\d{1,3}[,،，]?\s(?:\w{1,3}\s)?)*"
        short = rf"(?:(?!(?:{'|'.join(map(re.escape, table.lead_and))})\s)\w{{1,3}}\s)"
        if (re.search(rf"(?:{table.hrc})[^/\d]{{0,25}}{listed}$", text[max(0, m.start() - 80):m.start()])
                or re.match(rf"\W{{0,3}}{short}{{0,2}}(?:{table.hrc})", text[m.end():m.end() + 60])):
            return "A/HRC/RES/" + m.group(1)
        return "A/RES/" + m.group(1)

    def _refs(self, parent, text, with_refs):
        if not with_refs or ("/" not in text and "(" not in text and "（" not in text):
            return self._append_text(parent, text)      # (every reference has a slash or a bracket)
        found = []
        for m in _SYMBOL.finditer(text):
            found.append((m.start(), m.end(), m.group(1).replace(" ", "")))
        found += [(m.start(), m.end(), f"S/RES/{m.group(1)}({m.group(2)})") for m in _SC_RES.finditer(text)]
        if self.body != "sc":
            found += [(m.start(), m.end(), self._council_or_assembly(text, m)) for m in _GA_RES.finditer(text)]
            found += [(m.start(), m.end(), f"A/RES/{m.group(1)}({m.group(2)})") for m in _GA_RES_OLD.finditer(text)]
        table = LANGUAGES.get(self.lang)
        found += [(m.start(), m.end(), "E/RES/" + m.group(1)) for m in _ECOSOC_RES.finditer(text)
                  if table and _ecosoc_resolution(text, m, table)]
        pos = 0
        for start, end, symbol in sorted(found):
            if start < pos:
                continue
            self._append_text(parent, text[pos:start])
            a = _el("a", href=undocs_url(self.lang, symbol))
            a.text = text[start:end]
            parent.append(a)
            pos = end
        self._append_text(parent, text[pos:])


def symbol_spans(text: str) -> list[tuple[int, int, str]]:
    """UN document symbols in `text` ("A/77/942, para. 30", "A/76/411和A/76/594"):
    (start, end, symbol for undocs.org)."""
    return [(m.start(1), m.end(1), m.group(1).replace(" ", "")) for m in _SYMBOL.finditer(text)]


def undocs_url(lang: str, symbol: str) -> str:
    return f"https://undocs.org/{lang}/{symbol}"


def strip_marks(text: str) -> str:
    """Plain text of raw block text (for attributes such as container/@name)."""
    return _SUP.sub(r"\1", PLACEHOLDER_RE.sub("", text)).replace("*", "").strip()


def _ecosoc_resolution(text: str, m: re.Match, table) -> bool:
    """'1980/67' is the Economic and Social Council's resolution E/RES/1980/67: the Council named
    near it, and the word "resolution" right after it ("第1980/67号决议") or before it with nothing
    between but the Council's name, other numbers, dates and short words ("resolutions 2018/18 of
    3 July 2018 and 2019/27"); not its decisions ("decision 2023/325", E/DEC), not a biennium."""
    if not re.search(table.ecosoc, text[max(0, m.start() - 80):m.end() + 50]):
        return False
    if re.match(rf"\W{{0,2}}.?(?:{table.resolution})", text[m.end():m.end() + 6]):
        return True
    before = text[max(0, m.start() - 120):m.start()]
    words = list(re.finditer(table.resolution, before))
    if not words:
        return False
    gap = re.sub(table.ecosoc, " ", before[words[-1].end():])
    gap = re.sub(rf"\d{{1,2}}\s+(?:\S+\s+){{1,3}}(?:19|20)\d\d(?:\s+\w{{1,4}}\b)?|{table.dated}", " ", gap)  # "3 июля 2018 года"
    return all(len(w) <= 3 or w.isdigit() for w in re.findall(r"\w+", gap))
