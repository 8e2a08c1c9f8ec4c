"""HTML and DOCX through pandoc (each returns the file's bytes); the EPUB is epub.py.

The DOCX zip is adjusted after pandoc (deterministically: same entries, same order): it gets
the document language's fonts, direction, hyphenation and continuous footnote numbering, and
the document's date on every entry and in its properties.
"""
import datetime as dt
import io
import re
import zipfile

from . import nodes as N, pandoc
from .resources import path as template_path, read_text
from .transform import for_docx, for_html


def html(doc: dict, epoch: int) -> bytes:
    # The stylesheet is inlined by us (header-includes): nothing for pandoc to fetch.
    return pandoc.run(for_html(doc, read_text("akn.css")), "html5", ["-s"], epoch=epoch)


def rezip(data: bytes, edit, date_time: tuple) -> bytes:
    """Rewrite a zip: edit(name, bytes) -> bytes for every entry, each dated `date_time`;
    order and compression kept."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = edit(info.filename, src.read(info))
            new = zipfile.ZipInfo(info.filename, date_time=date_time)
            new.compress_type, new.external_attr, new.create_system = (
                info.compress_type, info.external_attr, info.create_system)
            dst.writestr(new, body)
    return buf.getvalue()


# ---- DOCX --------------------------------------------------------------------------

# language -> (w:lang attribute to set, rFonts attributes for the document defaults).
# w:val is the language of Latin-script runs (numbers, symbols, English names), w:eastAsia and
# w:bidi those of Chinese and Arabic runs: with w:val="zh-CN", LibreOffice breaks digits as it
# breaks Chinese, anywhere ("61/18" | "5号决议").
DOCX_LANG = {
    "ar": {"lang": 'w:val="en-GB" w:bidi="ar-SA" w:eastAsia="zh-CN"',
           "fonts": 'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Noto Naskh Arabic" '
                    'w:eastAsia="SimSun"'},
    "zh": {"lang": 'w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"',
           "fonts": 'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" '
                    'w:eastAsia="Noto Serif CJK SC"'},
}
LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU"}


def _docx_styles(xml: str, lang: str, rtl: bool) -> str:
    spec = DOCX_LANG.get(lang)
    if spec is None:
        tag = LANG_TAGS.get(lang, lang or "en-GB")
        spec = {"lang": f'w:val="{tag}" w:eastAsia="zh-CN" w:bidi="ar-SA"',
                "fonts": 'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" '
                         'w:eastAsia="SimSun"'}
    defaults = f'<w:rFonts {spec["fonts"]} /><w:lang {spec["lang"]} />'
    xml = re.sub(r"<w:rPrDefault>\s*<w:rPr>.*?</w:rPr>\s*</w:rPrDefault>",
                 lambda m: f'<w:rPrDefault><w:rPr>{defaults}<w:sz w:val="22" /><w:szCs w:val="22" />'
                           f'</w:rPr></w:rPrDefault>', xml, count=1, flags=re.S)
    # style fonts name the Latin face only: the defaults above give the Arabic/CJK faces
    xml = re.sub(r'<w:rFonts w:ascii="([^"]+)" w:hAnsi="\1"\s*/>',
                 lambda m: f'<w:rFonts w:ascii="{m.group(1)}" w:hAnsi="{m.group(1)}" />', xml)
    if rtl:
        xml = re.sub(r"<w:pPrDefault>\s*<w:pPr>", "<w:pPrDefault><w:pPr><w:bidi />", xml, count=1)
        xml = xml.replace("<w:rPrDefault><w:rPr>", "<w:rPrDefault><w:rPr><w:rtl />", 1)
    return xml


def _docx_settings(xml: str) -> str:
    """Hyphenation on, footnotes numbered 1, 2, 3 ... through the document (CT_Settings order)."""
    xml = re.sub(r"<w:(autoHyphenation|consecutiveHyphenLimit|hyphenationZone)\b[^>]*/>", "", xml)
    xml = re.sub(r"<w:footnotePr>.*?</w:footnotePr>", "", xml, flags=re.S)
    hyph = ('<w:autoHyphenation w:val="true" /><w:consecutiveHyphenLimit w:val="3" />'
            '<w:hyphenationZone w:val="357" />')
    xml = re.sub(r"(<w:defaultTabStop\b[^>]*/>)", r"\1" + hyph, xml, count=1)
    foot = ('<w:footnotePr><w:numFmt w:val="decimal" /><w:numRestart w:val="continuous" />'
            '<w:footnote w:id="-1" /><w:footnote w:id="0" /></w:footnotePr>')
    for anchor in ("<w:endnotePr", "<w:compat", "<w:docVars", "<w:rsids", "<m:mathPr", "<w:themeFontLang"):
        if anchor in xml:
            return xml.replace(anchor, foot + anchor, 1)
    return xml.replace("</w:settings>", foot + "</w:settings>")


_SECT_FOOT = '<w:footnotePr><w:numFmt w:val="decimal" /><w:numRestart w:val="continuous" /></w:footnotePr>'


def _docx_document(xml: str, rtl: bool) -> str:
    # tabs (after paragraph numbers, from transform.for_docx) as Word tab elements
    xml = re.sub(r"<w:t xml:space=\"preserve\">([^<]*\t[^<]*)</w:t>",
                 lambda m: "<w:tab />".join(f'<w:t xml:space="preserve">{t}</w:t>' if t else ""
                                            for t in m.group(1).split("\t")), xml)
    def sect(m):
        body = re.sub(r"<w:footnotePr>.*?</w:footnotePr>", "", m.group(2), flags=re.S)
        refs = re.match(r"(?:\s*<w:(?:header|footer)Reference\b[^>]*/>)*", body).end()
        body = body[:refs] + _SECT_FOOT + body[refs:]
        if rtl and "<w:bidi" not in body:
            i = body.find("<w:docGrid")
            i = i if i >= 0 else (body.find("<w:printerSettings") if "<w:printerSettings" in body else len(body))
            body = body[:i] + "<w:bidi />" + body[i:]
        return m.group(1) + body + m.group(3)
    xml = re.sub(r"(<w:sectPr\b[^>]*>)(.*?)(</w:sectPr>)", sect, xml, flags=re.S)
    return re.sub(r"<w:p>.*?</w:p>", _left_to_right, xml, flags=re.S) if rtl else xml


def _left_to_right(m) -> str:
    """A paragraph pandoc left unmarked in a right-to-left document (a Div dir="ltr", such as an
    English date on an Arabic cover): say left to right, or it inherits the document's bidi;
    at the left margin, where the Arabic print has the symbol, distribution and date."""
    para = m.group(0)
    if "<w:bidi" in para or not re.match(r'<w:p><w:pPr><w:pStyle w:val="[^"]*" /></w:pPr>', para):
        return para
    para = para.replace("</w:pPr>", '<w:bidi w:val="0" /><w:jc w:val="left" /></w:pPr>', 1)
    return para.replace("<w:r><w:t", '<w:r><w:rPr><w:rtl w:val="0" /></w:rPr><w:t')


def docx(doc: dict, epoch: int) -> bytes:
    # No code in a resolution: without highlighting, pandoc adds no 32 code-token styles
    args = ["--reference-doc", str(template_path("reference.docx")), "--syntax-highlighting", "none"]
    data = pandoc.run(for_docx(doc), "docx", args, epoch)
    lang, rtl = N.meta_text(doc["meta"], "lang"), N.meta_text(doc["meta"], "dir") == "rtl"
    # Every date in the package is the document's: pandoc keeps the reference document's own
    # entry dates, and `pandoc --sandbox` ignores SOURCE_DATE_EPOCH (it writes 1970).
    when = dt.datetime.fromtimestamp(epoch, dt.timezone.utc)

    def edit(name, body):
        if name == "docProps/core.xml":
            return _docx_dates(body.decode("utf-8"), when.strftime("%Y-%m-%dT%H:%M:%SZ")).encode("utf-8")
        if name == "word/styles.xml":
            return _docx_styles(body.decode("utf-8"), lang, rtl).encode("utf-8")
        if name == "word/settings.xml":
            return _docx_settings(body.decode("utf-8")).encode("utf-8")
        if name == "word/document.xml":
            return _docx_emphasis(_docx_document(body.decode("utf-8"), rtl), lang).encode("utf-8")
        if name == "word/footnotes.xml":
            return _docx_emphasis(body.decode("utf-8"), lang).encode("utf-8")
        return body
    return rezip(data, edit, when.timetuple()[:6])


# Arabic and Chinese have no italic (Word slants the letters): emphasis, the leading words of
# paragraphs, is bold in Arabic and in a sans-serif (heiti) face in Chinese, as in the HTML and PDF.
_ITALIC = "<w:i /><w:iCs />"
_SANS_CJK = 'w:eastAsia="Noto Sans CJK SC"'
_EMPHASIS = {"ar": "<w:b /><w:bCs />", "zh": f'<w:rFonts {_SANS_CJK} w:hint="eastAsia" />'}


def _docx_emphasis(xml: str, lang: str) -> str:
    instead = _EMPHASIS.get(lang)
    if instead is None or _ITALIC not in xml:
        return xml

    def run_properties(m):
        props = m.group(0)
        if _ITALIC not in props:
            return props
        if lang == "ar":  # b, bCs come just before i, iCs in CT_RPr: the same place
            return props.replace(_ITALIC, "" if "<w:b />" in props else instead)
        props = props.replace(_ITALIC, "")
        if "<w:rFonts" in props:  # pandoc's hint on CJK runs: add the face to it
            return props if "w:eastAsia=" in props else props.replace("<w:rFonts ", f"<w:rFonts {_SANS_CJK} ", 1)
        start = re.match(r"<w:rPr>(?:<w:rStyle [^>]*/>)?", props).end()  # rFonts: after rStyle
        return props[:start] + instead + props[start:]
    return re.sub(r"<w:rPr>.*?</w:rPr>", run_properties, xml, flags=re.S)


def _docx_dates(xml: str, stamp: str) -> str:
    return re.sub(r"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{stamp}\g<3>", xml)
