"""The Pandoc document adjusted for the typst writer and templates/resolution.typ."""
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
    """Divs -> calls of the template's akn-div(); the main cover comes from the template.

    Also: French spacing before ; : ! ? and inside « » (only here, never in the AKN), and the
    metadata the template needs (language region, direction, PDF document info, attachment).
    """
    doc = N.clone(doc)
    seen_cover = []
    lang = N.meta_text(doc["meta"], "lang") or "en"
    french = lang == "fr"
    number = N.meta_text(doc["meta"], "res-number")

    def fix_inlines(inls):
        N.replace_space_after_num(inls, "")  # the number's box already makes the gap
        out = []
        for node in inls:
            kids = N._children(node)
            if node["t"] == "Note":
                node["c"] = walk_blocks(node["c"], rewrite)
            elif kids:
                kids[:] = fix_inlines(kids)
            if node["t"] == "Span" and "num" in node["c"][0][1]:
                out.append(N.RawInline("typst", f"#akn-num({_typst_str(N.plain_text(node['c'][1]))})"))
                continue
            if node["t"] == "Str":
                # soft hyphens (AKN from elsewhere): typst would break words there, the print breaks none
                text = node["c"].replace("\u00ad", "")
                if "/" in text:
                    out += _slashed_whole(text)
                    continue
                node["c"] = text
            out.append(node)
        return _dates_whole(out)

    def rewrite(b):
        if b["t"] in ("Para", "Plain"):
            if french:
                french_spacing(b["c"])
            b["c"] = fix_inlines(b["c"])
        elif b["t"] == "Header":
            if french:
                french_spacing(b["c"][2])
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
        if kind == "resolution-title":
            _title_number(b["c"][1], number)
        level = next((c.split("-")[1] for c in classes if c.startswith("level-")), "0")
        sticky = ", sticky: true" if ["sticky", "true"] in b["c"][0][2] else ""
        kept = ", kept: true" if ["kept", "true"] in b["c"][0][2] else ""
        opening = f"#akn-div({_typst_str(kind)}, level: {int(level)}{sticky}{kept})["
        return [N.RawBlock("typst", opening), *b["c"][1], N.RawBlock("typst", "]" + _typst_label(ident))]

    # Para/Header inlines are rewritten in rewrite(); children are visited first by walk_blocks
    _keep_with_conclusions(doc["blocks"])
    _number_with_heading(doc["blocks"])
    _mark_paragraph_ends(doc["blocks"])  # after the headings are joined: one end a heading
    doc["blocks"] = walk_blocks(doc["blocks"], rewrite)
    if french:
        for value in doc["meta"].values():
            if value.get("t") == "MetaInlines":
                french_spacing(value["c"])
            elif value.get("t") == "MetaList":
                for item in value["c"]:
                    if item.get("t") == "MetaInlines":
                        french_spacing(item["c"])
    for item in doc["meta"].get("resolution-lines", {}).get("c", []):     # the cover's adoption line
        for node in item.get("c", []) if item.get("t") == "MetaInlines" else []:
            if node["t"] == "Str":
                node["c"] = _DATE_TEXT.sub(lambda m: m.group(0).replace(" ", "\u00a0"), node["c"])
    doc["meta"].update(typst_meta(doc["meta"], lang))
    return doc


# A word or symbol with a slash before a letter ("A/80/30/Corr.1", "NPT/CONF.2000/28",
# "obligations/savings"): typst may break a line after any slash, the official print never
# does, and a symbol split over two lines reads back as two words.
_WORD_CHAR = r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"  # not a space, not Chinese (no spaces there)
_SLASHED = re.compile(rf"(?<!{_WORD_CHAR})(?={_WORD_CHAR}*?[^\s/]/[^\W\d_])(?:{_WORD_CHAR})+")
LONGEST_UNBROKEN = 40  # characters: a longer run (a web address) may still break


_DATE_TEXT = re.compile(r"(?<!\w)\d{1,2} (?:de )?[^\W\d_]+ (?:de )?\d{4}(?!\w)")
_DAY = re.compile(r"^\d{1,2}$")
_YEAR = re.compile(r"^\d{4}\W*$")


def _dates_whole(inls: list) -> list:
    """A date's words joined by no-break spaces, as the UN prints them: no line ends inside "3 March
    2025", "16 janvier 2025" or "3 de marzo de 2025" (the print's adoption line puts the whole date
    under "on")."""
    words = [i for i, node in enumerate(inls) if node["t"] != "Space"]
    for k, i in enumerate(words):
        if inls[i]["t"] != "Str" or not _DAY.match(inls[i]["c"]):
            continue
        for length in (3, 5):              # "3 March 2025", "3 de marzo de 2025"
            span = words[k:k + length]
            if len(span) < length or span[-1] - span[0] != 2 * (length - 1):
                continue                   # the words and single spaces between them only
            middle = [inls[j] for j in span[1:-1]]
            if (all(n["t"] == "Str" and n["c"].isalpha() for n in middle)
                    and inls[span[-1]]["t"] == "Str" and _YEAR.match(inls[span[-1]]["c"])):
                for j in range(span[0] + 1, span[-1], 2):
                    inls[j] = N.Str("\u00a0")
                break
    return inls


def _slashed_whole(text: str) -> list:
    """Str text -> inlines, each slashed word of it in an unbreakable box."""
    out, start = [], 0
    for m in _SLASHED.finditer(text):
        if len(m.group(0)) > LONGEST_UNBROKEN:
            continue
        if m.start() > start:
            out.append(N.Str(text[start:m.start()]))
        out.append(N.RawInline("typst", f"#box[#{_typst_str(m.group(0))}];"))
        start = m.end()
    if start < len(text):
        out.append(N.Str(text[start:]))
    return out


def _title_number(blocks, number: str) -> None:
    """The resolution's number out of its title's first line, into the template's akn-title-num,
    which sets it right-aligned before the column as the official print does."""
    para = next((b for b in blocks if b["t"] in ("Para", "Plain")), None)
    if para is None:
        return
    found = ""
    leaves = _leaves(para["c"], [])
    k = 0
    # the spaces before the number, the number, the spaces after it
    while k < len(leaves):
        lst, i, _ = leaves[k]
        node = lst[i]
        if node["t"] == "Space":
            lst[i] = N.Str("")
        else:
            text = node["c"].lstrip()
            if number and not found and text.startswith(number):
                found, text = number, text[len(number):]
            text = text.lstrip()
            lst[i] = N.Str(text)
            if text:
                break
        k += 1
    para["c"].insert(0, N.RawInline("typst", f"#akn-title-num({_typst_str(found)})"))


# Divs whose paragraphs are no body text: their spacing is their own (templates/resolution.typ)
_NOT_BODY = ("cover", "resolution-title", "component-title", "conclusions")
_KEEP_END = "#akn-keep-end"


def _mark_paragraph_ends(blocks, body: bool = True) -> None:
    """Every body paragraph and heading ends with the template's akn-end: its last line then
    keeps some of the paragraph's space after below it, as the official print does above the
    notes (the spacings after it are as much smaller)."""
    for b in blocks:
        if b["t"] == "Div":
            _mark_paragraph_ends(b["c"][1], body and not any(k in b["c"][0][1] for k in _NOT_BODY))
        elif not body:
            continue
        elif b["t"] == "Para" and b["c"] and b["c"][-1] != N.RawInline("typst", _KEEP_END):
            b["c"].append(N.RawInline("typst", "#akn-end"))
        elif b["t"] == "Header" and b["c"][2]:
            b["c"][2].append(N.RawInline("typst", "#akn-end"))


def _keep_with_conclusions(blocks) -> None:
    """The closing meeting and date never stand alone on a page. As in Word (keep with next):
    the last lines of the paragraph before them go over with them, not the whole paragraph:
    its last line ends with the template's akn-keep-end, which needs the room of the
    conclusions under it. Where the Div before them does not end with a paragraph (a table,
    a heading), that Div sticks to them (typst sticky: it goes over whole)."""
    for i, b in enumerate(blocks):
        if b["t"] != "Div":
            continue
        _keep_with_conclusions(b["c"][1])
        if "conclusions" in b["c"][0][1] and i and blocks[i - 1]["t"] == "Div":
            last = _last_para(blocks[i - 1])
            if last is not None:
                last["c"].append(N.RawInline("typst", _KEEP_END))
                b["c"][0][2].append(["kept", "true"])
            else:
                blocks[i - 1]["c"][0][2].append(["sticky", "true"])


def _last_para(block):
    """The Para that ends a Div (in its last Div, at any depth), or None."""
    while block["t"] == "Div" and block["c"][1]:
        block = block["c"][1][-1]
    return block if block["t"] == "Para" and block["c"] else None


_HEADING_NUMBER = re.compile(r"^(?:[IVXLCDM]+|[A-Z]|\d+)\.?$")


def _number_with_heading(blocks) -> None:
    """A heading that is only a number ("I", "IV", "A.") and the heading after it become one
    heading of two lines, as printed: the number's line 11.5 pt above the title's (typst would
    put the spacing before a heading, 23.8 pt, between two headings)."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b["t"] == "Div":
            _number_with_heading(b["c"][1])
        elif (b["t"] == "Header" and i + 1 < len(blocks) and blocks[i + 1]["t"] == "Header"
              and blocks[i + 1]["c"][0] == b["c"][0]
              and _HEADING_NUMBER.match(N.plain_text(b["c"][2]).strip())):
            title = blocks.pop(i + 1)
            b["c"][2] = [*b["c"][2], N.RawInline("typst", "#linebreak()"), *title["c"][2]]
        i += 1


# ---- metadata for the template ----------------------------------------------------------

REGIONS = {"zh": "cn"}  # Simplified Chinese: the CJK SC fonts and Chinese (PRC) typesetting rules


PAPERS = {"letter": ("us-letter", "US Letter"), "a4": ("a4", "A4")}
_NEW_YORK_JOB = re.compile(r"^\d{2}-\d{5}")
_GA_SESSION = re.compile(r"^A/RES/(\d+)/")


def paper_of(meta: dict) -> str:
    """'letter' or 'a4': the paper of the place that issues the document. New York (job numbers
    like 24-24315) prints on US Letter, Geneva (GE.24-...) and the other offices on A4. Without
    a job number: resolutions of the General Assembly and the Security Council are issued in
    New York. meta 'paper' (akn export --paper) overrides."""
    chosen = N.meta_text(meta, "paper").lower().replace("us-", "")
    if chosen in PAPERS:
        return chosen
    job = N.meta_text(meta, "job-number")
    if job:
        return "letter" if _NEW_YORK_JOB.match(job) else "a4"
    symbol = N.meta_text(meta, "symbol")
    uri = N.meta_text(meta, "identifier")
    if symbol.startswith(("A/", "S/")) or "/unga/" in uri or "/unsc/" in uri:
        return "letter"
    return "a4"


def typst_meta(meta: dict, lang: str) -> dict:
    """Template variables: direction, script, region, paper, running header, job number, and
    typst code for the PDF metadata."""
    symbol = N.meta_text(meta, "symbol")
    number = N.meta_text(meta, "res-number")
    title = N.meta_text(meta, "title")
    full_title = " ".join(t for t in (number, title) if t and t != symbol) or symbol or "Resolution"
    paper = paper_of(meta)
    keywords = [k for k in dict.fromkeys((symbol, number.rstrip("."))) if k] + [f"paper: {PAPERS[paper][1]}"]
    attachment = re.sub(r"[^A-Za-z0-9._-]+", "_", symbol).strip("_") or "resolution"
    doc_args = [f"title: {_typst_str(full_title)}",
                f"author: ({_typst_str(N.meta_text(meta, 'publisher') or 'United Nations')},)"]
    if symbol:
        doc_args.append(f"description: {_typst_str(symbol)}")
    if keywords:
        doc_args.append("keywords: (" + "".join(f"{_typst_str(k)}, " for k in keywords) + ")")
    out = {"typst-document-info": N.MetaInlines([N.RawInline("typst", ", ".join(doc_args))]),
           "typst-attachment-name": N.MetaInlines([N.RawInline("typst", _typst_str(f"{attachment}_{lang}.akn.xml"))]),
           "typst-attachment-description": N.MetaInlines([N.RawInline(
               "typst", _typst_str(f"Akoma Ntoso (AKN4UN) XML of {symbol or full_title}, the source of this PDF"))]),
           "typst-symbol": N.MetaInlines([N.RawInline("typst", _typst_str(symbol))]),
           "paper": N.MetaString(PAPERS[paper][0])}
    job = N.meta_text(meta, "job-number")
    if job:
        out["typst-job"] = N.MetaInlines([N.RawInline("typst", _typst_str(job))])
    session = _GA_SESSION.match(symbol)
    if session and int(session.group(1)) >= 78 and title and title != symbol:
        # the General Assembly's pages carry the title in the running header from session 78 on
        out["typst-header-title"] = N.MetaInlines([N.RawInline("typst", _typst_str(title))])
    if session and int(session.group(1)) >= 80:
        out["top-baseline"] = N.MetaString("86.4pt")  # session 80's pages begin 4 pt lower
    elif session:
        # before session 80, a first page without notes takes text 7.5 pt lower (its notes not)
        out["page1-foot"] = N.MetaString("21.5pt")
    if lang == "ar" or N.meta_text(meta, "dir") == "rtl":
        out["rtl"] = N.MetaBool(True)
        # "Distr.: General / 13 December 2023" is printed in English on Arabic documents:
        # set left to right, or the bidi algorithm prints "December 2023 13"
        corner = N.meta_text(meta, "distribution") + N.meta_text(meta, "issuance-date")
        if corner and not N.RTL_LETTER.search(corner):
            out["corner-ltr"] = N.MetaBool(True)
    if lang == "zh":
        out["cjk"] = N.MetaBool(True)
    if lang in REGIONS:
        out["region"] = N.MetaString(REGIONS[lang])
    return out


# ---- French spacing -----------------------------------------------------------------------
# As the French print: a no-break space before « : » and inside « », a narrow no-break space
# (U+202F) before ; ! ?. Spaces already there become no-break; one is added where the text has
# none before ; ! ? » or after « (never before ':' — times, symbols — and never inside links).

NBSP, NNBSP = "\u00a0", "\u202f"
_SPACES = " \u00a0\u202f"
_BEFORE = {";": NNBSP, "!": NNBSP, "?": NNBSP, ":": NBSP, "»": NBSP}


_NO_SPACE_BEFORE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)\]’”]))([;!?]+)")


def _glues(prev: str) -> bool:
    return bool(prev) and (prev.isalpha() or prev in ")]’”")


def _leaves(inls, out, in_link=False):
    """(list, index, in_link) of every Str/Space in reading order; notes are left to their own walk."""
    for i, node in enumerate(inls):
        t = node["t"]
        if t in ("Str", "Space"):
            out.append((inls, i, in_link))
        elif t != "Note":
            kids = N._children(node)
            if kids:
                _leaves(kids, out, in_link or t == "Link")
    return out


def _text(leaf):
    lst, i, _ = leaf
    node = lst[i]
    return node["c"] if node["t"] == "Str" else " "


def french_spacing(inls):
    leaves = _leaves(inls, [])
    for k, (lst, i, in_link) in enumerate(leaves):
        prev = _text(leaves[k - 1])[-1:] if k else ""
        nxt = _text(leaves[k + 1])[:1] if k + 1 < len(leaves) else ""
        node = lst[i]
        if node["t"] == "Space":
            if nxt in _BEFORE:
                lst[i] = N.Str(_BEFORE[nxt])
            elif prev == "«":
                lst[i] = N.Str(NBSP)
            continue
        s = node["c"]
        # spaces already there (inside the Str, or at its ends) become the right no-break space
        s = re.sub(r"[ \u00a0\u202f]([;!?:»])", lambda m: _BEFORE[m.group(1)] + m.group(1), s)
        s = re.sub(r"«[ \u00a0\u202f]", "«" + NBSP, s)
        if s.endswith(" ") and nxt in _BEFORE:
            s = s[:-1] + _BEFORE[nxt]
        if s.startswith(" ") and prev == "«":
            s = NBSP + s[1:]
        if not in_link:
            # no space at all: add one (after a letter or a closing bracket/quote; never for ':')
            s = _NO_SPACE_BEFORE.sub(lambda m: NNBSP + m.group(1), s)
            s = re.sub(r"(?<=[^\s\u00a0\u202f«(\[])»", NBSP + "»", s)
            s = re.sub(r"«(?=[^\s\u00a0\u202f»])", "«" + NBSP, s)
            if s[:1] in (";", "!", "?", "»") and _glues(prev):
                s = (NBSP if s[0] == "»" else NNBSP) + s
            if s.endswith("«") and nxt and nxt not in _SPACES:
                s += NBSP
        lst[i] = N.Str(s)
