"""The parallel edition of a resolution: its language versions side by side, one row per
aligned unit (see align.py), as an HTML page and a PDF.

The HTML is one self-contained page: the cross-language report at the top, a table whose
rows carry the unit's eId (data-eid) and whose cells carry their language and direction,
notes under their cell; on a phone the versions of a unit are stacked. The PDF sets the
languages in aligned columns (portrait for two, landscape for more), each in its own font
and direction, notes under their column; tagged PDF/A-3a, embedding every version's AKN.
"""
import json
from html import escape

from ..align import Row, Version
from ..errors import InputError

NAMES = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}
RTL = {"ar"}
ORDER = ["ar", "zh", "en", "fr", "ru", "es"]      # the UN's order of the official languages

_CSS = """
body { font-family: "Noto Serif", "Times New Roman", serif; margin: 1.5rem; color: #111; line-height: 1.45; }
header h1 { font-size: 1.4rem; margin: 0 0 .2rem; }
header p { margin: 0 0 1rem; }
.report { border: 1px solid #c9a227; background: #fffbea; padding: .5rem 1rem; margin-bottom: 1.2rem; }
.report.agree { border-color: #3a7d44; background: #eef7ef; }
.report h2 { font-size: 1rem; margin: .3rem 0; }
.report ul { margin: .3rem 0; padding-left: 1.2rem; }
table.parallel { border-collapse: collapse; width: 100%; table-layout: fixed; }
.parallel th, .parallel td { border-top: 1px solid #ddd; padding: .4rem .6rem; vertical-align: top; text-align: start; }
.parallel thead th { position: sticky; top: 0; background: #f4f4f4; }
.parallel th[scope=row] { width: 6.5rem; font-weight: normal; color: #666; font-size: .85rem; }
.parallel td p { margin: 0; }
.parallel td.missing { color: #b00; }
.parallel tr.heading td, .parallel tr.title td { font-weight: bold; }
.parallel td ol.notes { font-size: .82rem; color: #333; margin: .4rem 0 0; padding-inline-start: 1.2rem; }
.parallel td em { font-style: italic; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Arial", serif; }
:lang(zh) { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
:lang(ar) em, :lang(zh) em { font-style: normal; font-weight: bold; }
@media (max-width: 700px) {
  table.parallel, .parallel tbody, .parallel tr, .parallel td, .parallel th { display: block; width: auto; }
  .parallel thead { display: none; }
  .parallel tr { border-top: 2px solid #999; padding: .3rem 0; }
  .parallel td { border: none; }
  .parallel td::before { content: attr(data-language); display: block; font-size: .75rem; color: #777; }
}
@media print {
  body { margin: 0; font-size: 9pt; }
  .parallel thead th { position: static; }
  .parallel tr { break-inside: avoid; }
}
"""


def ordered(versions: list[Version], langs: list[str] | None = None) -> list[Version]:
    chosen = [v for v in versions if not langs or v.lang in langs]
    return sorted(chosen, key=lambda v: ORDER.index(v.lang) if v.lang in ORDER else len(ORDER))


def html(versions: list[Version], rows: list[Row], report: list[str], title: str) -> bytes:
    langs = [v.lang for v in versions]
    symbol = versions[0].symbol
    head = "".join(f'<th scope="col" lang="{lang}" dir="{_dir(lang)}">{escape(NAMES.get(lang, lang))}</th>'
                   for lang in langs)
    body = []
    used = set()
    for row in rows:
        eid = _eid(row, used)
        cells = "".join(_cell(row.cells.get(lang), lang) for lang in langs)
        body.append(f'<tr class="{row.kind}" data-eid="{escape(eid)}" id="{escape(eid)}">'
                    f'<th scope="row">{escape(row.label)}</th>{cells}</tr>')
    if report:
        checked = (f'<section class="report"><h2>Cross-language check: {len(report)} '
                   f'difference{"s" if len(report) != 1 else ""}</h2><ul>'
                   + "".join(f"<li>{escape(line)}</li>" for line in report) + "</ul></section>")
    else:
        checked = '<section class="report agree"><h2>Cross-language check: the versions agree in structure</h2></section>'
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(symbol)}: parallel edition</title><style>{_CSS}</style></head>\n<body>'
            f'<header><h1>{escape(symbol)}</h1><p>{escape(title)}</p></header>{checked}'
            f'<table class="parallel"><thead><tr><th scope="col"></th>{head}</tr></thead>'
            f'<tbody>\n' + "\n".join(body) + "\n</tbody></table></body></html>\n")
    return page.encode()


def _dir(lang: str) -> str:
    return "rtl" if lang in RTL else "ltr"


def _eid(row: Row, used: set) -> str:
    eid = next((u.eid for u in row.cells.values() if u is not None and u.eid), "") or \
        row.key.replace(":", "_").replace("/", "__").replace("#", "n")
    while eid in used:
        eid += "_"
    used.add(eid)
    return eid


def _cell(unit, lang: str) -> str:
    attrs = f'lang="{lang}" dir="{_dir(lang)}" data-language="{escape(NAMES.get(lang, lang))}"'
    if unit is None:
        return f'<td class="missing" {attrs}>—</td>'
    text = escape(unit.text)
    if unit.italic and unit.text.startswith(unit.italic):
        text = f"<em>{escape(unit.italic)}</em>{escape(unit.text[len(unit.italic):])}"
    elif unit.italic and unit.num and unit.text.startswith(unit.num):
        rest = unit.text[len(unit.num):].lstrip()
        if rest.startswith(unit.italic):
            text = f"{escape(unit.num)} <em>{escape(unit.italic)}</em>{escape(rest[len(unit.italic):])}"
    notes = ("<ol class=\"notes\">" + "".join(f"<li>{escape(n)}</li>" for n in unit.notes) + "</ol>") \
        if unit.notes else ""
    return f"<td {attrs}><p>{text}</p>{notes}</td>"


# --- PDF ---------------------------------------------------------------------------------

FONTS = {"ar": '("Noto Naskh Arabic", "Noto Serif")', "zh": '("Noto Serif CJK SC", "Noto Serif")'}


def _str(text: str) -> str:
    """A typst string literal: no markup in the text is ever interpreted."""
    return json.dumps(text, ensure_ascii=False)


def typst_source(versions: list[Version], rows: list[Row], report: list[str], title: str,
                 akn_names: dict[str, str], date_iso: str) -> str:
    langs = [v.lang for v in versions]
    landscape = len(langs) > 2
    size = {1: 10, 2: 9.5, 3: 9, 4: 8, 5: 7.5}.get(len(langs), 7)
    lines = [
        f"#set document(title: {_str(versions[0].symbol + ': parallel edition')}"
        + (f", date: datetime(year: {int(date_iso[:4])}, month: {int(date_iso[5:7])}, day: {int(date_iso[8:10])})"
           if len(date_iso) == 10 else "") + ")",
        f'#set page(paper: "a4", flipped: {str(landscape).lower()}, margin: (x: 1.4cm, y: 1.6cm), '
        f'numbering: "1/1", header: align(right, text(size: 8pt, {_str(versions[0].symbol)})))',
        f'#set text(font: ("Noto Serif", "Noto Naskh Arabic", "Noto Serif CJK SC", "DejaVu Sans"), size: {size}pt, lang: "en")',
        # ragged, first-fit lines: narrow columns justify badly, and it is 2-3x faster to typeset
        '#set par(justify: false, linebreaks: "simple", leading: 0.5em)',
    ]
    for lang, name in akn_names.items():
        lines.append(f'#pdf.attach({_str(name)}, bytes(sys.inputs.at({_str("akn-" + lang)})), relationship: "source", '
                     f'mime-type: "application/xml", description: {_str("Akoma Ntoso, " + NAMES.get(lang, lang))})')
    lines.append(f"#heading(level: 1, {_str(versions[0].symbol)})")
    lines.append(f"#text({_str(title)})")
    if report:
        items = ", ".join(f"[#{_str(line)}]" for line in report)
        lines.append(f"#block(inset: 6pt, stroke: 0.5pt + rgb(\"#c9a227\"))[*Cross-language check: {len(report)} "
                     f"difference{'s' if len(report) != 1 else ''}* #list({items})]")
    else:
        lines.append('#block(inset: 6pt, stroke: 0.5pt + rgb("#3a7d44"))[*Cross-language check: the versions agree in structure*]')
    columns = ", ".join(["1fr"] * len(langs))
    cells = ["table.header(" + ", ".join(f"[#text(weight: \"bold\", lang: {_str(lang)}, {_str(NAMES.get(lang, lang))})]"
                                           for lang in langs) + ")"]
    for row in rows:
        for lang in langs:
            cells.append(_typst_cell(row.cells.get(lang), lang, row.kind))
    lines.append(f"#table(columns: ({columns},), inset: 4pt, stroke: (x, y) => (top: 0.4pt + luma(200)),\n  "
                 + ",\n  ".join(cells) + ")")
    return "\n".join(lines) + "\n"


def _typst_cell(unit, lang: str, kind: str) -> str:
    font = FONTS.get(lang, '("Noto Serif",)')
    direction = "rtl" if lang in RTL else "ltr"
    if unit is None:
        return f'[#text(lang: {_str(lang)}, fill: rgb("#b00"), "—")]'
    parts = []
    text = unit.text
    if unit.italic and text.startswith(unit.italic):
        lead = f"strong({_str(unit.italic)})" if lang in ("ar", "zh") else f"emph({_str(unit.italic)})"
        parts.append(f"#{lead}")
        text = text[len(unit.italic):]
    parts.append(f"#{_str(text)}")
    body = "".join(parts)
    if kind in ("heading", "title"):
        body = f"#strong[{body}]"
    notes = ""
    if unit.notes:
        notes = "#v(3pt)#text(size: 0.85em)[" + "".join(
            f"#{_str(f'{i}. ' + note)}#linebreak()" for i, note in enumerate(unit.notes, 1)) + "]"
    return f"[#set text(lang: {_str(lang)}, dir: {direction}, font: {font})\n{body}{notes}]"


def pdf(versions: list[Version], rows: list[Row], report: list[str], title: str,
        akn_files: dict[str, tuple[str, bytes]], date_iso: str) -> bytes:
    """akn_files: language -> (file name, the AKN bytes as given), each embedded in the PDF."""
    import typst

    from .pdf import compiler, epoch
    names = {lang: name for lang, (name, _) in akn_files.items()}
    source = typst_source(versions, rows, report, title, names, date_iso)
    inputs = {}
    for lang, (_, data) in akn_files.items():
        try:
            inputs[f"akn-{lang}"] = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{names[lang]}: the parallel PDF embeds UTF-8 AKN only") from None
    kwargs = dict(input=source.encode(), format="pdf", timestamp=epoch(date_iso), sys_inputs=inputs, pdf_tags=True)
    try:
        try:
            return compiler().compile_with_warnings(pdf_standards=["a-3a"], **kwargs)[0]
        except typst.TypstError as exc:
            if "could not be displayed" not in str(exc):
                raise
            return compiler().compile_with_warnings(**kwargs)[0]
    except Exception as exc:
        first = str(exc).strip().splitlines()
        raise InputError(f"typst could not typeset the parallel edition: {first[0] if first else exc}") from None
