"""Walking a Pandoc JSON document: apply a function to every block, bottom-up."""
from . import nodes as N


def walk_blocks(blocks, fn):
    """Apply fn(block) -> list[block] bottom-up over a block list (Divs, notes, tables...)."""
    out = []
    for b in blocks:
        _walk_children(b, fn)
        out.extend(fn(b))
    return out


def _walk_children(b, fn):
    t = b["t"]
    if t == "Div":
        b["c"][1] = walk_blocks(b["c"][1], fn)
    elif t in ("Para", "Plain"):
        _walk_inlines(b["c"], fn)
    elif t == "Header":
        _walk_inlines(b["c"][2], fn)
    elif t == "Table":
        for body in b["c"][4]:
            for row in body[3]:
                for cell in row[1]:
                    cell[4] = walk_blocks(cell[4], fn)


def _walk_inlines(inls, fn):
    for node in inls:
        if node["t"] == "Note":
            node["c"] = walk_blocks(node["c"], fn)
        else:
            kids = N._children(node)
            if kids:
                _walk_inlines(kids, fn)
