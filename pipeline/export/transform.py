"""Per-format adjustments of the Pandoc document built by ast.py (each returns a new doc)."""

from . import nodes as N
from .walk import walk_blocks

# class of a Div (first match wins) -> Word paragraph style defined in templates/reference.docx
DOCX_STYLES = [
    ("symbol", "Cover symbol"),
    ("issuing-body", "Cover issuing body"),
    ("distribution", "Cover date"),
    ("date", "Cover date"),
    ("agenda-item-name", "Cover agenda item"),
    ("resolution-line", "Cover resolution line"),
    ("cover", "Cover"),
    ("component-title", "Resolution title"),
    ("resolution-title", "Resolution title"),
    ("formula", "Formula"),
    ("preamble", "Preambular paragraph"),
    ("operative", "Operative paragraph"),
    ("level-1", "Sub-paragraph"),
    ("level-2", "Sub-paragraph 2"),
    ("level-3", "Sub-paragraph 3"),
    ("subpara", "Sub-paragraph 3"),
    ("conclusions", "Conclusions"),
    ("paragraph", "Body Text"),
]


def _title_header(b, level):
    """The preface Div (number and title, all bold) as a heading: the page's <h1>."""
    ident, classes, kvs = b["c"][0]
    paras = [x for x in b["c"][1] if x["t"] in ("Para", "Plain")]
    if len(paras) != len(b["c"][1]) or not paras:
        return None
    inls = []
    for para in paras:
        c = para["c"]
        if len(c) == 1 and c[0]["t"] == "Strong":
            c = c[0]["c"]
        inls += ([N.LINEBREAK] if inls else []) + c
    return N.Header(level, N.attr(ident, classes, kvs), inls)


def _fix_urls(inls):
    """Spaces in link targets (a symbol such as "A/78/301 (Part I)") percent-encoded."""
    for node in inls:
        if node["t"] == "Link":
            node["c"][2][0] = node["c"][2][0].strip().replace(" ", "%20")
        kids = N._children(node)
        if kids:
            _fix_urls(kids)


def _headings(doc):
    """Resolution title (h1; component titles h2) -> headings; numbers hang without a space."""

    def fn(b):
        if b["t"] in ("Para", "Plain", "Header"):
            _fix_urls(b["c"] if b["t"] != "Header" else b["c"][2])
        if b["t"] == "Para":
            N.replace_space_after_num(b["c"], "")  # the number's box (CSS .num) makes the gap
        if b["t"] != "Div":
            return [b]
        classes = b["c"][0][1]
        if "resolution-title" in classes:
            h = _title_header(b, 2 if "component-title" in classes else 1)
            return [h] if h else [b]
        return [b]
    doc["blocks"] = walk_blocks(doc["blocks"], fn)
    return doc


def _cover_as_header(blocks):
    """The main cover Div -> <header class="cover"> (raw HTML around the same content).
    Returns the blocks and the index just after the header (0 when there is no cover)."""
    for i, b in enumerate(blocks):
        if b["t"] == "Div" and "cover" in b["c"][0][1] and "cover-extra" not in b["c"][0][1]:
            ident, classes, _ = b["c"][0]
            id_attr = f' id="{ident}"' if ident else ""
            inner = [N.RawBlock("html", f'<header{id_attr} class="{" ".join(classes)}">'), *b["c"][1],
                     N.RawBlock("html", "</header>")]
            return blocks[:i] + inner + blocks[i + 1:], i + len(inner)
    return blocks, 0


def for_html(doc: dict, css: str) -> dict:
    doc = _headings(N.clone(doc))
    meta = doc["meta"]
    meta["pagetitle"] = meta.pop("title")
    meta["document-css"] = N.MetaBool(False)  # our stylesheet only
    meta["header-includes"] = N.MetaBlocks([N.RawBlock("html", f"<style>\n{css}</style>")])
    blocks, end = _cover_as_header(doc["blocks"])
    # landmarks: <header> (cover), <main> (the resolution); pandoc's footnotes section follows
    doc["blocks"] = blocks[:end] + [N.RawBlock("html", "<main>")] + blocks[end:] + [N.RawBlock("html", "</main>")]
    return doc


def _text_of(blocks) -> str:
    return " ".join(N.plain_text(b["c"]) for b in blocks if b["t"] in ("Para", "Plain"))


def _table_text(blocks):
    """A table cell's paragraphs, at any depth, as Plain: pandoc's Compact style, not justified
    and not indented like the body's (sub-)paragraphs, as in the PDF."""
    out = []
    for b in blocks:
        if b["t"] == "Para":
            b = {"t": "Plain", "c": b["c"]}
        elif b["t"] == "Div":
            b["c"][0][2] = [kv for kv in b["c"][0][2] if kv[0] != "custom-style"]
            b["c"][1] = _table_text(b["c"][1])
        out.append(b)
    return out


def _masthead(cover: dict) -> dict:
    """The cover's first lines as the print sets them: publisher and symbol on one line (the symbol
    at the right edge, by a tab stop), then the issuing body with the distribution and the date in
    a column beside it; Word would otherwise stack five lines."""
    lines = cover["c"][1]
    found = {}
    for b in lines:
        if b["t"] == "Div" and len(b["c"][1]) == 1 and b["c"][1][0]["t"] in ("Para", "Plain"):
            for part in ("publisher", "symbol", "issuing-body", "distribution", "date"):
                if part in b["c"][0][1] and part not in found:
                    found[part] = (b, b["c"][1][0]["c"])
    if not {"publisher", "symbol", "issuing-body"} <= found.keys():
        return cover

    def run(style, part):
        return N.Span(N.attr("", [], [("custom-style", style)]), found[part][1])

    def line(style, inlines):
        return N.Div(N.attr("", ["cover-line", "masthead"], [("custom-style", style)]), [N.Para(inlines)])
    tab = N.Str("\t")
    masthead = [line("Cover masthead", [run("Masthead publisher", "publisher"), tab, run("Masthead symbol", "symbol")])]
    beside = [found[p][1] for p in ("distribution", "date") if p in found]
    masthead.append(line("Cover masthead columns", [run("Masthead issuing body", "issuing-body"), tab]
                         + (beside[0] if beside else [])))
    masthead += [line("Cover masthead columns", [tab] + extra) for extra in beside[1:]]
    merged = {id(found[p][0]) for p in found}
    first = next(i for i, b in enumerate(lines) if id(b) in merged)
    rest = [b for b in lines if id(b) not in merged]
    cover["c"][1] = rest[:first] + masthead + rest[first:]
    return cover


def for_docx(doc: dict) -> dict:
    doc = N.clone(doc)
    doc["blocks"] = [_masthead(b) if b["t"] == "Div" and "cover" in b["c"][0][1] else b for b in doc["blocks"]]
    for key in ("title", "date"):  # both are in the body already (title with its number)
        doc["meta"].pop(key, None)
    rtl = N.meta_text(doc["meta"], "dir") == "rtl"

    def style(b):
        if b["t"] == "Para":  # number, tab, text: the tab reaches the hanging indent
            N.replace_space_after_num(b["c"], "\t")
        if b["t"] == "Div":
            classes = b["c"][0][1]
            name = next((s for cls, s in DOCX_STYLES if cls in classes), None)
            if name:
                b["c"][0][2] = [kv for kv in b["c"][0][2] if kv[0] != "custom-style"]
                b["c"][0][2].append(["custom-style", name])
            # "13 December 2023" on an Arabic cover: left to right, or Word shows "December 2023 13"
            if rtl and "cover-line" in classes and not N.RTL_LETTER.search(_text_of(b["c"][1])):
                b["c"][0][2].append(["dir", "ltr"])
        elif b["t"] == "Header" and "annex-heading" in b["c"][1][1]:
            return [N.Div(N.attr(b["c"][1][0], ["annex-heading"], [("custom-style", "Annex heading")]),
                          [N.Para(b["c"][2])])]
        elif b["t"] == "Table":
            for body in b["c"][4]:
                for row in body[3]:
                    for cell in row[1]:
                        cell[4] = _table_text(cell[4])
        return [b]
    doc["blocks"] = walk_blocks(doc["blocks"], style)
    return doc
