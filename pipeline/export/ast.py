"""AKN (AKN4UN) -> Pandoc document as a JSON-able dict. Pure: no I/O beyond the tree given.

The text is never passed through a markup reader: every character of the resolution
becomes a Pandoc ``Str``, so ``*``, ``#``, ``$`` stay literal in every output.
Unknown elements are never dropped: they fall back to their text (block or inline).
"""
from ..inline import symbol_spans, undocs_url
from . import nodes as N
from .meta import DocMeta, glued_to_date, local, read_meta, refers

API_VERSION = [1, 23, 1, 1]  # pandoc 3.9; checked against the binary in pandoc.api_version()

SKIP = {"meta", "img", "collectionBody", "documentRef", "componentRef", "toc"}
UNITS = {"paragraph", "point", "subparagraph", "alinea", "clause", "indent", "item", "article"}
SECTIONS = {"section", "part", "chapter", "title", "subtitle", "subsection", "book", "tome",
            "division", "subdivision", "subpart", "subchapter", "level", "hcontainer"}
TRANSPARENT = {"akomaNtoso", "statement", "doc", "act", "bill", "mainBody", "body", "preamble",
               "content", "intro", "wrapUp", "list", "sublist", "attachments", "components",
               "documentCollection", "listIntroduction", "listWrapUp", "blockContainer", "tblock",
               "quotedStructure", "embeddedStructure", "mod", "foreign", "div", "ul", "ol", "li",
               "debateBody", "judgmentBody", "amendmentBody", "portionBody", "interstitial",
               "longTitle", "recital", "recitals", "citation", "citations", "wrap", "subFlow"}
BLOCKS = (SKIP | UNITS | SECTIONS | TRANSPARENT
          | {"p", "coverPage", "preface", "formula", "container", "crossHeading", "conclusions",
             "attachment", "component", "table", "blockList", "heading", "subheading", "num",
             "tr", "th", "td", "caption", "eol_block"})
SUBPARA_PARENTS = UNITS | {"sublist"}


class _Builder:
    def __init__(self, meta: DocMeta):
        self.meta = meta
        self.used_ids: set[str] = set()
        self.annexes = 0
        self.covers = 0

    # ---- identifiers ---------------------------------------------------------------
    def ident(self, el, fallback=""):
        base = (el.get("eId") or el.get("id") or fallback or "").strip()
        base = "".join(ch if (ch.isalnum() or ch in "_-.:") else "_" for ch in base)
        if not base:
            return ""
        if base[0].isdigit() or base[0] in "-.":
            base = "id_" + base
        ident, n = base, 1
        while ident in self.used_ids:
            n += 1
            ident = f"{base}-{n}"
        self.used_ids.add(ident)
        return ident

    # ---- inlines -------------------------------------------------------------------
    def inlines(self, el):
        out = N.text_inlines(el.text) if local(el) else []
        for child in el:
            if local(child) == "docDate" and out and out[-1]["t"] == "Str" and glued_to_date(out[-1]["c"]):
                out.append(N.SPACE)   # the Council's "on<docDate>16 January 2025": printed "on 16"
            out.extend(self.inline(child))
            if child.tail:
                out.extend(N.text_inlines(child.tail))
        return out

    def inline(self, el):
        name = local(el)
        if not name or name == "meta":
            return []
        if name == "img":       # an image is not fetched; its description is text of the document
            described = (el.get("alt") or el.get("title") or "").strip()
            return [N.Span(N.attr("", ["image"]), N.text_inlines(f"[{described}]"))] if described else []
        if name == "authorialNote":
            return [N.Note(self.blocks(el, note=True) or [N.Para([])])]
        if name in ("eol", "br", "eop"):
            return [N.LINEBREAK]
        kids = self.inlines(el)
        classes = set((el.get("class") or "").split())
        if name in ("i", "em"):
            return [N.Emph(kids)]
        if name in ("b", "strong"):
            return [N.Strong(kids)]
        if name == "u":
            return [N.Underline(kids)]
        if name == "sup":
            return [N.Superscript(kids)]
        if name == "sub":
            return [N.Subscript(kids)]
        if name in ("a", "ref") and el.get("href"):
            return [N.Link(kids, el.get("href"))]
        if name == "span":
            if "italic" in classes:
                kids = [N.Emph(kids)]
            if "underline" in classes:
                kids = [N.Underline(kids)]
            if "bold" in classes:
                kids = [N.Strong(kids)]
            if el.get("eId"):
                return [N.Span(N.attr(self.ident(el)), kids)]
            return kids
        if name == "inline" and el.get("name") == "originating document" and len(el) == 0:
            # the committee's report on the cover (A/78/L.16; A/58/508/Add.2, para. 12): the UN's
            # files mark it without a link; every output links its symbols, as the body's
            kids = linked_inlines(el.text or "", self.meta.lang)
        if name in BLOCKS:  # a block element in inline position: keep its text
            return [N.SPACE] + kids + [N.SPACE]
        return [N.Span(N.attr(self.ident(el) if el.get("eId") else "", [name]), kids)]

    def para(self, el, wrap=None):
        inl = N.clean_inlines(self.inlines(el))
        if not N.has_text(inl):
            return []
        if wrap:
            inl = [wrap(inl)]
        return [N.Para(inl)]

    # ---- blocks --------------------------------------------------------------------
    def blocks(self, el, note=False, skip=()):
        """Mixed content: runs of text/inline children become paragraphs."""
        out, run = [], []

        def flush():
            if run:
                inl = N.clean_inlines(run[:])
                if N.has_text(inl):
                    out.append(N.Para(inl))
                run.clear()
        if el.text and local(el):
            run.extend(N.text_inlines(el.text))
        for child in el:
            name = local(child)
            if name in skip:
                pass
            elif name in BLOCKS:
                flush()
                out.extend(self.block(child))
            else:
                run.extend(self.inline(child))
            if child.tail:
                run.extend(N.text_inlines(child.tail))
        flush()
        return out

    def block(self, el):
        name = local(el)
        if not name or name in SKIP:
            return []
        if name == "p":
            return self.para(el)
        if name == "coverPage":
            return self.cover(el)
        if name == "preface":
            return self.preface(el)
        if name == "formula":
            return [N.Div(N.attr(self.ident(el), ["formula"]), self.blocks(el))]
        if name == "container":
            in_preamble = any(local(a) == "preamble" for a in el.iterancestors())
            blocks = self.blocks(el)
            title = _heading_only(blocks) if in_preamble else None
            if title:       # a title between preambular paragraphs, all bold: set as a heading, as printed
                return [N.Header(self.hlevel(el), N.attr(self.ident(el), ["crossheading"]), title)]
            return [N.Div(N.attr(self.ident(el), ["preamble" if in_preamble else "container"]), blocks)]
        if name == "crossHeading":
            if refers(el, "preamble"):
                return [N.Div(N.attr(self.ident(el), ["preamble"]), self.para(el))]
            inl = N.clean_inlines(self.inlines(el))
            return [N.Header(self.hlevel(el), N.attr(self.ident(el), ["crossheading"]), inl)] if inl else []
        if name in ("heading", "subheading"):
            inl = N.clean_inlines(self.inlines(el))
            level = self.hlevel(el) + (name == "subheading")
            return [N.Header(min(level, 6), N.attr(self.ident(el), [name]), inl)] if inl else []
        if name == "num":
            return self.para(el)
        if name in UNITS:
            return self.unit(el)
        if name in SECTIONS:
            return self.section(el)
        if name == "conclusions":
            return [N.Div(N.attr(self.ident(el, "conclusions"), ["conclusions"]), self.blocks(el))]
        if name == "attachment":
            return self.blocks(el)
        if name == "doc" and any(local(a) == "attachment" for a in el.iterancestors()):
            self.annexes += 1
            return [N.Div(N.attr(self.ident(el, f"annex_{self.annexes}"), ["annex"]), self.blocks(el))]
        if name == "component":
            return [N.Div(N.attr(self.ident(el), ["component"]), self.blocks(el))]
        if name == "table":
            return self.table(el)
        if name == "sublist":  # its points are one level down: indent them as a group
            return [N.Div(N.attr(self.ident(el), ["sublist"]), self.blocks(el))]
        if name == "blockList":
            return [N.Div(N.attr(self.ident(el), ["blocklist"]), self.blocks(el))]
        if name in TRANSPARENT:
            return self.blocks(el)
        # unknown element at block level: keep its content
        if any(local(c) in BLOCKS for c in el):
            return self.blocks(el)
        return self.para(el)

    def hlevel(self, el):
        depth = sum(1 for a in el.iterancestors() if local(a) in SECTIONS)
        return min(3 + depth, 6)

    def cover(self, el):
        self.covers += 1
        out = []
        for child in el:
            if local(child) in SKIP:
                continue
            blocks = self.block(child) if local(child) in BLOCKS else self.para(child)
            kind = _cover_kind(child)
            out.append(N.Div(N.attr("", ["cover-line", kind] if kind else ["cover-line"]), blocks)
                       if blocks else None)
        out = [b for b in out if b]
        classes = ["cover"] if self.covers == 1 else ["cover", "cover-extra"]
        return [N.Div(N.attr(self.ident(el, "cover" if self.covers == 1 else ""), classes), out)] if out else []

    def preface(self, el):
        component = any(local(a) == "component" for a in el.iterancestors())
        classes = ["resolution-title", "component-title"] if component else ["resolution-title"]
        out = []
        for child in el:
            name = local(child)
            if name == "p":
                out.extend(self.para(child, wrap=N.Strong))
            elif name in BLOCKS:
                out.extend(self.block(child))
            else:
                inl = N.clean_inlines(self.inline(child))
                if N.has_text(inl):
                    out.append(N.Para([N.Strong(inl)]))
        return [N.Div(N.attr(self.ident(el, "preface" if not component else ""), classes), out)] if out else []

    def unit(self, el):
        level = sum(1 for a in el.iterancestors() if local(a) in SUBPARA_PARENTS)
        num_el = next((c for c in el if local(c) == "num"), None)
        blocks = self.blocks(el, skip={"num"})
        num = N.clean_inlines(self.inlines(num_el)) if num_el is not None else []
        heading_only = _heading_only(blocks)
        if not num and heading_only is not None and local(el) == "paragraph":
            in_annex = any(local(a) == "attachment" for a in el.iterancestors())
            classes = ["heading", "annex-heading"] if in_annex else ["heading"]
            return [N.Header(2 if in_annex else self.hlevel(el), N.attr(self.ident(el), classes),
                             heading_only)]
        if level == 0 and local(el) == "paragraph":
            classes = ["operative"] if num else ["paragraph"]
        else:
            classes = ["subpara", f"level-{max(level, 1)}"]
        if num:
            _prepend_num(blocks, [N.Span(N.attr("", ["num"]), num), N.SPACE])
        return [N.Div(N.attr(self.ident(el), classes), blocks)] if blocks else []

    def section(self, el):
        num_el = next((c for c in el if local(c) == "num"), None)
        head_el = next((c for c in el if local(c) == "heading"), None)
        head = []
        if num_el is not None:
            head += N.clean_inlines(self.inlines(num_el))
        if head_el is not None:
            inl = N.clean_inlines(self.inlines(head_el))
            head += ([N.SPACE] if head and inl else []) + inl
        out = []
        if head:
            out.append(N.Header(self.hlevel(el), N.attr("", ["section-heading"]), head))
        out += self.blocks(el, skip={"num", "heading"})
        return [N.Div(N.attr(self.ident(el), ["section", local(el)]), out)] if out else []

    def table(self, el):
        rows, occupied, ncols = [], set(), 0
        trs = [tr for tr in el.iter() if local(tr) == "tr"]
        for r, tr in enumerate(trs):
            row, c = [], 0
            for cell in tr:
                if local(cell) not in ("td", "th"):
                    continue
                rs, cs = _int(cell.get("rowspan")), _int(cell.get("colspan"))
                while (r, c) in occupied:
                    c += 1
                for dr in range(rs):
                    for dc in range(cs):
                        occupied.add((r + dr, c + dc))
                c += cs
                blocks = self.blocks(cell)
                if local(cell) == "th":
                    blocks = [N.Para([N.Strong(b["c"])]) if b["t"] == "Para" else b for b in blocks]
                row.append((blocks, rs, cs))
            ncols = max(ncols, c, max((cc + 1 for rr, cc in occupied if rr == r), default=0))
            rows.append(row)
        if not rows or not ncols:
            return self.blocks(el)
        # a row with fewer cells than the table has columns ends with empty ones: pandoc's DOCX
        # writer fails on a cell of the grid that no cell fills ("Encountered unassigned table cell")
        for r, row in enumerate(rows):
            row.extend(([], 1, 1) for c in range(ncols) if (r, c) not in occupied)
        return [N.Table(rows, ncols, N.attr(self.ident(el)))]


def _int(v):
    try:
        return max(1, int(v))
    except (TypeError, ValueError):
        return 1


def _cover_kind(p):
    for d in p.iter():
        name = local(d)
        if not name or d is p:
            continue
        ref = (d.get("refersTo") or "").lstrip("#")
        if name == "docNumber":
            return "symbol"
        if name == "docAuthority":
            return "publisher" if ref == "publisher" else "issuing-body"
        if name == "docStatus":
            return "distribution"
        if name == "docDate":
            return "date"
        if name == "session":
            return "session"
        if name == "inline" and d.get("name") in ("agenda item", "agenda item name"):
            return d.get("name").replace(" ", "-")
        if name == "docTitle":
            return "resolution-line"
        if name == "docProponent":
            return "proponent"
    return ""


def _heading_only(blocks):
    """A unit made of one paragraph that is all bold (or a heading): its inlines, else None."""
    if len(blocks) != 1:
        return None
    b = blocks[0]
    if b["t"] == "Header":
        return b["c"][2]
    if b["t"] == "Para" and len(b["c"]) == 1 and b["c"][0]["t"] == "Strong":
        return b["c"]
    return None


def _prepend_num(blocks, num):
    if blocks:
        b = blocks[0]
        if b["t"] in ("Para", "Plain"):
            b["c"][:0] = num
            return
        if b["t"] == "Header":
            b["c"][2][:0] = num
            return
        if b["t"] == "Div" and "subpara" not in b["c"][0][1] and b["c"][1]:
            _prepend_num(b["c"][1], num)
            return
    blocks.insert(0, N.Para(num[:-1]))


def linked_inlines(text: str, lang: str) -> list:
    """Plain text -> inlines, each UN document symbol in it a link to undocs.org."""
    out, pos = [], 0
    for start, end, symbol in symbol_spans(text):
        out += N.text_inlines(text[pos:start]) + [N.Link(N.text_inlines(text[start:end]),
                                                          undocs_url(lang or "en", symbol))]
        pos = end
    return out + N.text_inlines(text[pos:])


def _meta_inl(s):
    return N.MetaInlines(N.text_inlines(s))


def pandoc_meta(m: DocMeta) -> dict:
    meta = {"lang": N.MetaString(m.lang or "en"), "dir": N.MetaString(m.dir),
            "title": _meta_inl(m.title)}
    fields = {"symbol": m.symbol, "publisher": m.publisher, "issuing-body": m.issuing_body,
              "distribution": m.distribution, "issuance-date": m.issuance_date,
              "session": m.session, "agenda-item": m.agenda_item,
              "proponent": m.proponent,
              "res-number": m.res_number, "adoption-date": m.adoption_date}
    for key, value in fields.items():
        if value:
            meta[key] = _meta_inl(value)
    if m.proponent:       # the PDF's cover: the committee's report linked, as in the body
        meta["proponent"] = N.MetaInlines(linked_inlines(m.proponent, m.lang))
    if m.agenda_item_names:
        meta["agenda-item-names"] = N.MetaList([_meta_inl(s) for s in m.agenda_item_names])
    if m.resolution_lines:
        meta["resolution-lines"] = N.MetaList([_meta_inl(s) for s in m.resolution_lines])
    if m.date_iso:
        meta["date"] = N.MetaString(m.date_iso)
        y, mo, d = (int(x) for x in m.date_iso.split("-"))
        meta["date-year"], meta["date-month"], meta["date-day"] = (N.MetaString(str(v)) for v in (y, mo, d))
    if m.frbr_uri:
        meta["identifier"] = N.MetaString(m.frbr_uri)
    return meta


def build(tree, api_version=None):
    """AKN tree (or root element) -> (Pandoc JSON dict, DocMeta)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    meta = read_meta(root)
    builder = _Builder(meta)
    blocks = builder.blocks(root)
    doc = {"pandoc-api-version": list(api_version or API_VERSION),
           "meta": pandoc_meta(meta), "blocks": blocks}
    return N.compact(doc), meta  # runs of words as one Str: a fraction of the nodes to copy and write


def to_pandoc(tree, api_version=None) -> dict:
    return build(tree, api_version)[0]
