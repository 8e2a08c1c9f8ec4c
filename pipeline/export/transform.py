"""Per-format adjustments of the Pandoc document built by ast.py (each returns a new doc)."""
import copy

from . import nodes as N
from .walk import walk_blocks

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
    doc["blocks"] = walk_blocks(doc["blocks"], style)
    return doc
