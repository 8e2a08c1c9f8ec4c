"""The Pandoc document adjusted for the typst writer and templates/resolution.typ."""
import copy
import json
import re

from . import nodes as N
from .walk import walk_blocks


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
                node["c"] = walk_blocks(node["c"], rewrite)
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

    # Para/Header inlines are rewritten in rewrite(); children are visited first by walk_blocks
    doc["blocks"] = walk_blocks(doc["blocks"], rewrite)
    return doc
