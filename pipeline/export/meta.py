"""Document metadata read from AKN (with or without the AKN namespace)."""
import re
from dataclasses import dataclass, field


LANGS = {"fra": "fr", "fre": "fr", "eng": "en", "spa": "es", "rus": "ru", "ara": "ar",
         "zho": "zh", "chi": "zh"}
PUBLISHER = {"en": "United Nations", "fr": "Nations Unies", "es": "Naciones Unidas",
             "ru": "Организация Объединенных Наций", "ar": "الأمم المتحدة", "zh": "联合国"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def local(el) -> str:
    """Local name of an element ('' for comments and processing instructions)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def iter_local(root, name):
    for el in root.iter():
        if local(el) == name:
            yield el


def first(root, name, pred=lambda e: True):
    if root is None:
        return None
    return next((e for e in iter_local(root, name) if pred(e)), None)


def pick(*els):
    """First candidate that is not None (lxml elements without children are falsy)."""
    return next((e for e in els if e is not None), None)


_SPACED_WORD_END = re.compile(r"[^\W_\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]$")


def glued_to_date(text: str) -> bool:
    """`text` ends on a letter or digit of a script that puts spaces between words, so a docDate
    right after it needs one: the Council's "on<docDate>16 January 2025" (Chinese "安全理事会2025年" not)."""
    return bool(_SPACED_WORD_END.search(text))


def text_of(el) -> str:
    """Text content with notes left out, whitespace folded."""
    if el is None:
        return ""
    parts = []

    def walk(e):
        if local(e) == "authorialNote":
            return
        if e.text and local(e):
            parts.append(e.text)
        for c in e:
            # the Council's adoption line has "on<docDate>16 January 2025</docDate>": the space
            # before the date is missing (the print breaks the line there): "on 16", not "on16"
            if local(c) == "docDate" and parts and glued_to_date(parts[-1]):
                parts.append(" ")
            walk(c)
            if c.tail:
                parts.append(c.tail)
        if local(e) == "eol":
            parts.append(" ")
    walk(el)
    return " ".join("".join(parts).split())


def refers(el, *ids) -> bool:
    return (el.get("refersTo") or "").lstrip("#") in ids


@dataclass
class DocMeta:
    lang: str = ""
    frbr_uri: str = ""
    symbol: str = ""
    publisher: str = ""
    issuing_body: str = ""
    distribution: str = ""
    issuance_date: str = ""        # as printed
    issuance_date_iso: str = ""
    session: str = ""
    agenda_item: str = ""
    agenda_item_names: list = field(default_factory=list)  # one per item ("Agenda items 13 and 75")
    resolution_lines: list = field(default_factory=list)  # coverPage docTitle lines
    proponent: str = ""
    res_number: str = ""           # preface docNumber
    title: str = ""
    adoption_date: str = ""        # as printed
    adoption_date_iso: str = ""
    body: str = ""                 # 'unga' / 'unsc' from the FRBR URI

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def date_iso(self) -> str:
        """The date that stamps the outputs: adoption, else issuance."""
        return self.adoption_date_iso or self.issuance_date_iso


def _iso(value) -> str:
    m = _ISO.match(value or "")
    return m.group(0) if m else ""


def read_meta(root) -> DocMeta:
    m = DocMeta()
    lang = first(root, "FRBRlanguage")
    code = (lang.get("language") or "").strip().lower() if lang is not None else ""
    m.lang = LANGS.get(code, code[:2] if len(code) == 2 else code)
    work = first(root, "FRBRWork")
    if work is not None:
        uri = first(work, "FRBRuri") if first(work, "FRBRuri") is not None else first(work, "FRBRthis")
        m.frbr_uri = (uri.get("value") or "") if uri is not None else ""
        adopted = first(work, "FRBRdate", lambda e: e.get("name") == "adoption")
        if adopted is not None:
            m.adoption_date_iso = _iso(adopted.get("date"))
    parts = m.frbr_uri.split("/")
    m.body = next((p for p in parts if p in ("unga", "unsc", "ecosoc", "hrc")), "")

    cover = first(root, "coverPage")
    if cover is not None:
        num = pick(first(cover, "docNumber", lambda e: refers(e, "symbol")), first(cover, "docNumber"))
        m.symbol = text_of(num)
        pub = first(cover, "docAuthority", lambda e: refers(e, "publisher"))
        m.publisher = text_of(pub)
        body = pick(first(cover, "docAuthority", lambda e: refers(e, "issuingBody")),
                    first(cover, "docAuthority", lambda e: not refers(e, "publisher")))
        m.issuing_body = text_of(body)
        m.distribution = text_of(first(cover, "docStatus"))
        issued = pick(first(cover, "docDate", lambda e: refers(e, "dateOfIssuance")),
                      first(cover, "docDate", lambda e: not refers(e, "adoptionDate")
                            and not any(local(a) == "docTitle" for a in e.iterancestors())))
        if issued is not None:
            m.issuance_date, m.issuance_date_iso = text_of(issued), _iso(issued.get("date"))
        m.session = text_of(first(cover, "session"))
        m.agenda_item = text_of(first(cover, "inline", lambda e: e.get("name") == "agenda item"))
        m.agenda_item_names = [t for t in (text_of(e) for e in iter_local(cover, "inline")
                                           if e.get("name") == "agenda item name") if t]
        m.resolution_lines = [t for t in (text_of(e) for e in iter_local(cover, "docTitle")) if t]
        m.proponent = text_of(first(cover, "docProponent"))
    if not m.issuance_date_iso:
        pub_date = first(root, "FRBRdate", lambda e: e.get("name") == "publication")
        if pub_date is not None:
            m.issuance_date_iso = _iso(pub_date.get("date"))
    if not m.publisher:
        m.publisher = PUBLISHER.get(m.lang, "United Nations")

    preface = first(root, "preface")
    if preface is not None:
        m.res_number = text_of(first(preface, "docNumber"))
        m.title = text_of(first(preface, "docTitle"))
    if not m.title and cover is not None:
        m.title = text_of(first(cover, "docTitle", lambda e: not refers(e, "adoption")))
    if not m.title:
        m.title = m.symbol or "Resolution"

    adopted = first(root, "docDate", lambda e: refers(e, "adoptionDate"))
    if adopted is not None:
        m.adoption_date = text_of(adopted)
        m.adoption_date_iso = _iso(adopted.get("date")) or m.adoption_date_iso
    return m
