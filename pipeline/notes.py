"""Footnotes: find each note's marker in the text and put a placeholder there.

A note's text was found at the foot of a page (blocks.Note.after_block); its
marker stands earlier, after the previous note's marker.  Markers come as
superscript digits (¹), "(¹)" in Arabic, "1/" in older layouts, or plain
digits glued to a word, punctuation or a year ("2023" + "1" = "20231").
"""
import re

from .blocks import SUPERSCRIPT_DIGITS, Blocks

PLACEHOLDER = "\ue000{}\ue001"
PLACEHOLDER_RE = re.compile("\ue000(\\d+)\ue001")


def _sup(marker: str) -> str:
    return marker.translate(str.maketrans("0123456789", SUPERSCRIPT_DIGITS))


def _patterns(marker: str):
    sup = re.escape(_sup(marker))
    n = re.escape(marker)
    return [
        re.compile(rf"\s?\(\s*{sup}\s*\)|(?<![{SUPERSCRIPT_DIGITS}]){sup}(?![{SUPERSCRIPT_DIGITS}])"),
        re.compile(rf"(?<=\s){n}/(?=\s|$)"),
        re.compile(rf"(?<=[^\W\d_]|[,.;:)”’»\"])(?<!\b[A-Z]){n}(?=[\s,.;:)，。；]|$)"),
        re.compile(rf"(?<=[、，。；）”])\s?{n}(?=[\s,.;:)，。；]|$)"),          # Chinese: "报告，1 "
        re.compile(rf"(?<=\b(?:19|20)\d\d){n}(?=[\s,.;:)]|$)"),
        re.compile(rf"(?<=[\u0600-\u06ff\d])\({n}\)"),                      # Arabic: "2023(1)،"
    ]


def anchor(blocks: Blocks, body_start: int = 0):
    """Returns (body blocks with placeholders, note texts, note markers, audit warnings).

    Superscript markers are looked for everywhere; the weaker forms (bare digits)
    only from `body_start` on, since cover lines are full of numbers and dates."""
    body = list(blocks.blocks)
    texts, markers, warnings = [], [], []
    pos_block, pos_char = 0, 0
    for note in blocks.notes:
        end = max(note.after_block, 0)
        found = None
        needles = [_sup(note.marker)] + [note.marker] * 5
        for strength, (pattern, needle) in enumerate(zip(_patterns(note.marker), needles)):
            first = pos_block if strength == 0 else max(pos_block, body_start)
            for b in range(first, min(end, len(body) - 1) + 1):
                if needle not in body[b]:       # a cheap test before the regex
                    continue
                m = pattern.search(body[b], pos_char if b == pos_block else 0)
                if m:
                    found = (b, m)
                    break
            if found:
                break
        index = len(texts)
        texts.append(note.text)
        markers.append(note.marker)
        if found:
            b, m = found
            body[b] = body[b][:m.start()] + PLACEHOLDER.format(index) + body[b][m.end():]
            pos_block, pos_char = b, m.start() + len(PLACEHOLDER.format(index))
        else:
            if not body:
                body.append("")             # a text of nothing but notes: they still need a place
            b = min(end, len(body) - 1)
            warnings.append(f"footnote {note.marker}: marker not found, note placed at the end of its paragraph")
            body[b] = body[b] + PLACEHOLDER.format(index)
    return body, texts, markers, warnings
