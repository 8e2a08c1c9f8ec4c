"""EPUB 3 from the HTML page pandoc wrote: the same XHTML, packaged with its navigation and metadata.

Pandoc's EPUB writer would render the document a second time, at about twice the cost of
its HTML writer, then need patching (stylesheet, direction, dates, a title chapter). The
page pandoc's HTML writer made is already well-formed XHTML with the document's
landmarks and notes, so the book is that page with the EPUB stylesheet, EPUB note
semantics, a navigation document from its headings and package metadata from the AKN.
"""
import datetime as dt
import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from ..errors import InputError
from . import nodes as N
from .resources import read_text

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
CHAPTER = "text/ch001.xhtml"
STYLESHEET = "styles/stylesheet1.css"
TOC_DEPTH = 3  # h1-h3 in the navigation: title, parts and annexes, their sections


def package(html: bytes, meta: dict, epoch: int) -> bytes:
    """The EPUB (bytes) of `html` (pandoc's standalone HTML page); `meta` is the Pandoc metadata."""
    info = _metadata(meta)
    chapter, headings = _chapter(html, info)
    files = [("mimetype", b"application/epub+zip"),
             ("META-INF/container.xml", CONTAINER.encode()),
             ("EPUB/content.opf", _package_document(info, epoch).encode()),
             ("EPUB/nav.xhtml", _navigation(info, headings).encode()),
             (f"EPUB/{STYLESHEET}", _stylesheet()),
             (f"EPUB/{CHAPTER}", chapter)]
    return _zip(files, epoch)


# ---- metadata -----------------------------------------------------------------------

def _metadata(meta) -> dict:
    symbol, title = N.meta_text(meta, "symbol"), N.meta_text(meta, "title")
    lines = [N.plain_text(x["c"]) for x in meta.get("resolution-lines", {}).get("c", []) if x["t"] == "MetaInlines"]
    return {
        "lang": N.meta_text(meta, "lang") or "en",
        "dir": "rtl" if N.meta_text(meta, "dir") == "rtl" else "ltr",
        "symbol": symbol,
        "title": f"{symbol}: {title}" if symbol and title else (title or symbol or "Resolution"),
        "identifiers": [i for i in dict.fromkeys((N.meta_text(meta, "identifier"), symbol)) if i],
        "date": N.meta_text(meta, "date"),
        "creator": N.meta_text(meta, "issuing-body"),
        "publisher": N.meta_text(meta, "publisher"),
        "subjects": [s for s in (*N.meta_texts(meta, "agenda-item-names"), symbol) if s],
        "description": " ".join(lines),
    }


# ---- the chapter ----------------------------------------------------------------------

def _chapter(html: bytes, info: dict):
    """(XHTML bytes, [(level, id, text)]) from pandoc's page: its <body> in an EPUB document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    try:
        page = etree.fromstring(re.sub(rb"^\s*<!DOCTYPE[^>]*>", b"", html, count=1), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"EPUB: the HTML page is not well-formed XHTML ({exc})") from None
    body = page.find(f"{{{XHTML}}}body")
    root = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML, "epub": OPS})
    root.set("lang", info["lang"])
    root.set("{http://www.w3.org/XML/1998/namespace}lang", info["lang"])
    root.set("dir", info["dir"])
    head = etree.SubElement(root, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}meta", charset="utf-8")
    etree.SubElement(head, f"{{{XHTML}}}title").text = info["title"]
    etree.SubElement(head, f"{{{XHTML}}}link", rel="stylesheet", type="text/css", href=f"../{STYLESHEET}")
    root.append(body)
    body.set(f"{{{OPS}}}type", "bodymatter")
    _notes(body)
    headings = _headings(body)
    xml = etree.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' + xml + "\n").encode("utf-8"), headings


def _notes(body) -> None:
    """Pandoc's note links and end notes with EPUB semantics: readers show a note in a pop-up."""
    for link in body.iter(f"{{{XHTML}}}a"):
        if "footnote-ref" in (link.get("class") or "").split():
            link.set(f"{{{OPS}}}type", "noteref")
    for section in body.iter(f"{{{XHTML}}}section"):
        if section.get("id") != "footnotes":
            continue
        section.set(f"{{{OPS}}}type", "footnotes")
        section.attrib.pop("role", None)  # doc-endnotes would need doc-endnote items, not pop-up notes
        for items in section.findall(f"{{{XHTML}}}ol"):
            start = int(items.get("start") or 1)
            for number, item in enumerate(items.findall(f"{{{XHTML}}}li"), start):
                item.tag = f"{{{XHTML}}}aside"
                item.set(f"{{{OPS}}}type", "footnote")
                item.set("role", "doc-footnote")
                label = etree.Element(f"{{{XHTML}}}span", {"class": "footnote-number"})
                label.text = f"{number}. "
                first = item[0] if len(item) and item[0].tag == f"{{{XHTML}}}p" else None
                if first is not None:  # the number the list showed, at the start of the note
                    label.tail, first.text = first.text, None
                    first.insert(0, label)
                items.addprevious(item)
            section.remove(items)


def _headings(body):
    """[(level, id, text)] of h1..h{TOC_DEPTH}; a heading without an id gets one."""
    used = {el.get("id") for el in body.iter() if el.get("id")}
    out, count = [], 0
    for el in body.iter(*(f"{{{XHTML}}}h{n}" for n in range(1, TOC_DEPTH + 1))):
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if not el.get("id"):
            count += 1
            while f"heading-{count}" in used:
                count += 1
            el.set("id", f"heading-{count}")
            used.add(el.get("id"))
        out.append((int(el.tag[-1]), el.get("id"), text))
    return out


# ---- package files ----------------------------------------------------------------------

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml" />
  </rootfiles>
</container>
"""

ACCESSIBILITY = ('<meta property="schema:accessMode">textual</meta>',
                 '<meta property="schema:accessModeSufficient">textual</meta>',
                 '<meta property="schema:accessibilityFeature">readingOrder</meta>',
                 '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
                 '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
                 '<meta property="schema:accessibilityHazard">none</meta>')


def _modified(info, epoch) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", info["date"]):
        return f"{info['date']}T00:00:00Z"
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _package_document(info: dict, epoch: int) -> str:
    ids = info["identifiers"] or [info["title"]]
    meta = [f'<dc:identifier id="epub-id-{n}">{escape(i)}</dc:identifier>' for n, i in enumerate(ids, 1)]
    meta.append(f'<dc:title id="epub-title-1">{escape(info["title"])}</dc:title>')
    if info["date"]:
        meta.append(f'<dc:date id="epub-date">{escape(info["date"])}</dc:date>')
    meta.append(f'<dc:language>{escape(info["lang"])}</dc:language>')
    if info["creator"]:
        meta += [f'<dc:creator id="epub-creator-1">{escape(info["creator"])}</dc:creator>',
                 '<meta refines="#epub-creator-1" property="role" scheme="marc:relators">aut</meta>']
    meta += [f'<dc:subject id="subject-{n}">{escape(s)}</dc:subject>' for n, s in enumerate(info["subjects"], 1)]
    if info["description"]:
        meta.append(f'<dc:description>{escape(info["description"])}</dc:description>')
    if info["publisher"]:
        meta.append(f'<dc:publisher>{escape(info["publisher"])}</dc:publisher>')
    meta.append(f'<meta property="dcterms:modified">{_modified(info, epoch)}</meta>')
    meta += ACCESSIBILITY
    lines = "\n    ".join(meta)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package version="3.0" xmlns="http://www.idpf.org/2007/opf" xml:lang={quoteattr(info["lang"])} unique-identifier="epub-id-1">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    {lines}
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />
    <item id="stylesheet1" href="{STYLESHEET}" media-type="text/css" />
    <item id="ch001_xhtml" href="{CHAPTER}" media-type="application/xhtml+xml" />
  </manifest>
  <spine page-progression-direction="{info["dir"]}">
    <itemref idref="ch001_xhtml" />
  </spine>
</package>
"""


def _navigation(info: dict, headings) -> str:
    """The table of contents: the symbol (the cover page), then the headings nested by level."""
    entries = [(1, CHAPTER, info["symbol"] or info["title"])]
    entries += [(level, f"{CHAPTER}#{ident}", text) for level, ident, text in headings]
    out, open_levels, depth = [], [], -1
    for level, href, text in entries:
        while open_levels and open_levels[-1] >= level:
            open_levels.pop()
        new_depth = len(open_levels)  # at most one deeper than the entry before
        open_levels.append(level)
        if new_depth > depth:
            out.append('<ol class="toc">')
        else:
            out.append("</li>" + "</ol></li>" * (depth - new_depth))
        out.append(f"<li><a href={quoteattr(href)}>{escape(text)}</a>")
        depth = new_depth
    out.append("</li>" + "</ol></li>" * depth + "</ol>")
    lang = quoteattr(info["lang"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang={lang} xml:lang={lang} dir="{info["dir"]}">
<head>
  <meta charset="utf-8" />
  <title>{escape(info["title"])}</title>
  <link rel="stylesheet" type="text/css" href="{STYLESHEET}" />
</head>
<body epub:type="frontmatter">
<nav epub:type="toc" role="doc-toc" id="toc"><h1 id="toc-title">{escape(info["title"])}</h1>{"".join(out)}</nav>
</body>
</html>
"""


def _stylesheet() -> bytes:
    css = read_text("akn.css") + "\n" + read_text("epub-extra.css")
    # EPUB style sheets must not set unicode-bidi (epubcheck): the reader applies `dir`
    return re.sub(r"\s*unicode-bidi:[^;}]*;?", "", css).encode("utf-8")


def _zip(files, epoch: int) -> bytes:
    """The OCF zip: `mimetype` first and stored, the rest deflated, all dated `epoch` (reproducible)."""
    stamp = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).timetuple()[:6]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 3
            z.writestr(entry, data)
    return buf.getvalue()
