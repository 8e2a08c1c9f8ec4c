"""Raw block text -> AKN inline content: italics (`*...*`), superscripts (`77^e`),
footnotes (placeholders from notes.py) and references to UN documents (undocs.org)."""
import re

from lxml import etree

from .notes import PLACEHOLDER_RE

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# `*` opens or closes italics unless glued to a letter of a spaced script (Chinese has no spaces).
_SPACED_LETTER = r"[^\W\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]"
_ITALIC = re.compile(rf"(?<!{_SPACED_LETTER})(?<!\*)\*(?=\S)([^*\n]+?)(?<=\S)\*(?!{_SPACED_LETTER})(?!\*)")
_SUP = re.compile(r"\^([^\s^*]+)\^?")
# UN document symbols: A/58/508/Add.2, E/CN.4/2001/2, S/2023/363, A/CONF.157/24, S/RES/1267 (1999)
_SYMBOL = re.compile(r"(?<![\w/])((?:A|S|E|ST|CCPR|CERD|DP|TD|UNEP)/(?:[A-Z0-9][\w.\-]*/)*[\w.\-]*\d[\w.\-]*"
                     r"(?:/(?:Add|Rev|Corr)\.\d+)*(?:\s\(\d{4}\))?)(?<![.\-])")
_GA_RES = re.compile(r"(?<![\w/.-])((?:ES-)?\d{1,2}/\d{1,3})(?![\w/]|\.\d)")
_SC_RES = re.compile(r"(?<![\w/])(\d{2,4} \((?:19|20)\d\d\))")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _el(tag, **attrib):
    return etree.Element(f"{{{NS}}}{tag}", {k.rstrip("_"): v for k, v in attrib.items()})


class InlineWriter:
    """Appends inline content to AKN elements; one per document (knows its notes and language)."""

    def __init__(self, lang: str, notes: list[str], markers: list[str], body: str):
        self.lang, self.notes, self.markers, self.body = lang, notes, markers, body
        self.note_count = 0

    def fill(self, parent, text: str, with_refs: bool = True, lead: str | None = None) -> None:
        """Append `text` to `parent`; a leading phrase not already marked `*...*` is set in italics,
        as the UN prints it."""
        text = CONTROL.sub("", text)
        stripped = text.lstrip()
        if lead and not stripped.startswith("*") and stripped.startswith(lead):
            span = _el("span", class_="italic")
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

    def _refs(self, parent, text, with_refs):
        if not with_refs:
            return self._append_text(parent, text)
        found = []
        for m in _SYMBOL.finditer(text):
            found.append((m.start(), m.end(), m.group(1).replace(" ", "")))
        if self.body == "sc":
            found += [(m.start(), m.end(), "S/RES/" + m.group(1).replace(" ", "")) for m in _SC_RES.finditer(text)]
        else:
            found += [(m.start(), m.end(), "A/RES/" + m.group(1)) for m in _GA_RES.finditer(text)]
        pos = 0
        for start, end, symbol in sorted(found):
            if start < pos:
                continue
            self._append_text(parent, text[pos:start])
            a = _el("a", href=f"https://undocs.org/{self.lang}/{symbol}")
            a.text = text[start:end]
            parent.append(a)
            pos = end
        self._append_text(parent, text[pos:])


def strip_marks(text: str) -> str:
    """Plain text of raw block text (for attributes such as container/@name)."""
    return _SUP.sub(r"\1", PLACEHOLDER_RE.sub("", text)).replace("*", "").strip()
