"""Per-format adjustments of the Pandoc document built by ast.py (each returns a new doc)."""
import copy
import json
import re

from . import nodes as N

# class of a Div (first match wins) -> Word paragraph style defined in templates/reference.docx
DOCX_STYLES = [
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


def _walk_blocks(blocks, fn):
    """Apply fn(block) -> list[block] bottom-up over a block list (Divs, notes, tables...)."""
    out = []
    for b in blocks:
        _walk_children(b, fn)
        out.extend(fn(b))
    return out


def _walk_children(b, fn):
    t = b["t"]
    if t == "Div":
        b["c"][1] = _walk_blocks(b["c"][1], fn)
    elif t in ("Para", "Plain"):
        _walk_inlines(b["c"], fn)
    elif t == "Header":
        _walk_inlines(b["c"][2], fn)
    elif t == "Table":
        for body in b["c"][4]:
            for row in body[3]:
                for cell in row[1]:
                    cell[4] = _walk_blocks(cell[4], fn)


def _walk_inlines(inls, fn):
    for node in inls:
        if node["t"] == "Note":
            node["c"] = _walk_blocks(node["c"], fn)
        else:
            kids = N._children(node)
            if kids:
                _walk_inlines(kids, fn)


def for_html(doc: dict, css: str) -> dict:
    doc = copy.deepcopy(doc)
    meta = doc["meta"]
    meta["pagetitle"] = meta.pop("title")
    meta["document-css"] = N.MetaBool(False)  # our stylesheet only
    meta["header-includes"] = N.MetaBlocks([N.RawBlock("html", f"<style>\n{css}</style>")])
    return doc


def for_epub(doc: dict, css: str) -> dict:
    # pandoc --sandbox cannot read a --css file: the stylesheet goes in each chapter's head.
    doc = copy.deepcopy(doc)
    doc["meta"]["header-includes"] = N.MetaBlocks([N.RawBlock("html", f"<style>\n{css}</style>")])
    return doc


def for_docx(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    for key in ("title", "date"):  # both are in the body already (title with its number)
        doc["meta"].pop(key, None)

    def style(b):
        if b["t"] == "Div":
            classes = b["c"][0][1]
            name = next((s for cls, s in DOCX_STYLES if cls in classes), None)
            if name:
                b["c"][0][2] = [kv for kv in b["c"][0][2] if kv[0] != "custom-style"]
                b["c"][0][2].append(["custom-style", name])
        elif b["t"] == "Header" and "annex-heading" in b["c"][1][1]:
            return [N.Div(N.attr(b["c"][1][0], ["annex-heading"], [("custom-style", "Annex heading")]),
                          [N.Para(b["c"][2])])]
        return [b]
    doc["blocks"] = _walk_blocks(doc["blocks"], style)
    return doc


def _typst_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid typst string literal


_LABEL = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:-]*$")


def _typst_label(ident: str) -> str:
    return f" <{ident}>" if ident and _LABEL.match(ident) else ""


TYPST_KINDS = ("preamble", "formula", "operative", "subpara", "component-title", "resolution-title",
               "conclusions", "annex", "cover", "sublist", "section", "component", "blocklist", "paragraph",
               "container")


def for_typst(doc: dict) -> dict:
    """Divs -> calls of the template's akn-div(); the main cover comes from the template."""
    doc = copy.deepcopy(doc)
    seen_cover = []

    def fix_inlines(inls):
        out = []
        for node in inls:
            if node["t"] == "Space" and out and out[-1]["t"] == "RawInline" and out[-1]["c"][1].startswith("#akn-num("):
                continue  # the number's box already makes the gap
            kids = N._children(node)
            if node["t"] == "Note":
                node["c"] = _walk_blocks(node["c"], rewrite)
            elif kids:
                kids[:] = fix_inlines(kids)
            if node["t"] == "Span" and "num" in node["c"][0][1]:
                out.append(N.RawInline("typst", f"#akn-num({_typst_str(N.plain_text(node['c'][1]))})"))
                continue
            out.append(node)
        return out

    def rewrite(b):
        if b["t"] in ("Para", "Plain"):
            b["c"] = fix_inlines(b["c"])
        elif b["t"] == "Header":
            b["c"][2] = fix_inlines(b["c"][2])
        if b["t"] != "Div":
            return [b]
        ident, classes, _ = b["c"][0]
        if "cover" in classes and "cover-extra" not in classes and not seen_cover:
            seen_cover.append(b)
            return []
        kind = next((k for k in TYPST_KINDS if k in classes), "block")
        if kind == "resolution-title" and "component-title" in classes:
            kind = "component-title"
        level = next((c.split("-")[1] for c in classes if c.startswith("level-")), "0")
        opening = f"#akn-div({_typst_str(kind)}, level: {int(level)})["
        return [N.RawBlock("typst", opening), *b["c"][1], N.RawBlock("typst", "]" + _typst_label(ident))]

    # Para/Header inlines are rewritten in rewrite(); children are visited first by _walk_blocks
    doc["blocks"] = _walk_blocks(doc["blocks"], rewrite)
    return doc
