"""output/index.html: the catalogue of a batch, one row per document, sortable, self-contained."""
from html import escape
from urllib.parse import quote
from pathlib import Path

from .atomic import write_bytes
from .languages import TWO_LETTER


def describe(root) -> tuple[str, str, str, str]:
    """Symbol, language, title and adoption date of an AKN document, for its catalogue row."""
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}

    def first(path):
        return " ".join(str(root.xpath(path, namespaces=ns)).split())
    lang = first("string(//a:FRBRExpression/a:FRBRlanguage/@language)")
    return (first("string(//a:coverPage//a:docNumber[@refersTo='#symbol'])"),
            TWO_LETTER.get(lang, lang),
            first("string(//a:preface//a:docTitle)") or first("string(//a:coverPage//a:docTitle)"),
            next((d for d in (first("string((//a:docDate[@refersTo='#adoptionDate'])[1]/@date)"),
                              first("string(//a:FRBRWork/a:FRBRdate/@date)")) if d and not d.startswith("0001")), ""))


FORMAT_FILES = [("AKN", "{}.akn.xml"), ("HTML", "{}.html"), ("PDF", "{}.pdf"), ("DOCX", "{}.docx"), ("EPUB", "{}.epub")]

_SCRIPT = """
document.querySelectorAll('th').forEach(function (th) {
  th.addEventListener('click', function () {
    var col = th.cellIndex;
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var up = th.getAttribute('aria-sort') !== 'ascending';
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.key || a.cells[col].textContent;
      var y = b.cells[col].dataset.key || b.cells[col].textContent;
      return (up ? 1 : -1) * x.localeCompare(y, undefined, {numeric: true});
    });
    th.closest('tr').querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
"""

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { cursor: pointer; background: #f3f5f8; position: sticky; top: 0; }
th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
.bad { color: #a00; font-weight: bold; } .ok { color: #060; }
details summary { cursor: pointer; }
@media (max-width: 600px) { td:nth-child(3), th:nth-child(3) { display: none; } }
"""


def _resolutions(out_dir: Path, editions: dict) -> str:
    """One row per resolution with a parallel edition: a link per language, the edition, the check."""
    if not editions:
        return ""
    rows = []
    for name, e in sorted(editions.items()):
        langs = " ".join(f'<a href="{escape(quote(stem + ".html"))}">{escape(lang)}</a>'
                         for lang, stem in e["langs"].items())
        files = " ".join(f'<a href="{escape(quote(f"{name}.parallel.{fmt}"))}">{fmt.upper()}</a>'
                         for fmt in ("html", "pdf") if (out_dir / f"{name}.parallel.{fmt}").exists())
        report = e["report"]
        status = ('<span class="ok">agree</span>' if not report else
                  f'<details><summary class="bad">{len(report)} difference{"s" if len(report) != 1 else ""}'
                  f'</summary><ul>' + "".join(f"<li>{escape(r)}</li>" for r in report) + "</ul></details>")
        rows.append(f'<tr><td>{escape(e["symbol"])}</td><td>{langs}</td><td>{files}</td>'
                    f'<td data-key="{len(report):05d}">{status}</td></tr>')
    return (f"<h2>Resolutions: {len(editions)} with two or more languages</h2>\n<table><thead><tr><th>Symbol</th>"
            f"<th>Languages</th><th>Parallel edition</th><th>Cross-language check</th></tr></thead><tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>\n<h2>Documents</h2>")


def write_catalogue(out_dir: Path, entries: list[dict], editions: dict | None = None) -> Path:
    """`entries`: outcome dicts (see batch.Outcome), one per document of the output folder;
    `editions`: the parallel editions of the folder (see editions.py), by name."""
    rows = []
    for e in sorted(entries, key=lambda e: e["stem"]):
        links = " ".join(f'<a href="{escape(quote(pattern.format(e["stem"])))}">{label}</a>'
                         for label, pattern in FORMAT_FILES if (out_dir / pattern.format(e["stem"])).exists())
        if not e["ok"]:
            status = f'<span class="bad">failed</span>: {escape(e["error"])}'
        else:
            status = '<span class="ok">valid</span>' if e["valid"] else '<span class="bad">invalid</span>'
        warnings = e.get("warnings") or []
        audit = (f"<details><summary>{len(warnings)}</summary><ul>"
                 + "".join(f"<li>{escape(w)}</li>" for w in warnings) + "</ul></details>") if warnings else "0"
        rows.append(
            f'<tr><td>{escape(e.get("symbol") or e["stem"])}</td><td>{escape(e.get("lang", ""))}</td>'
            f'<td>{escape(e.get("title", ""))}</td><td>{escape(e.get("date", ""))}</td><td>{links}</td>'
            f'<td>{status}</td><td data-key="{len(warnings):05d}">{audit}</td></tr>')
    failed = sum(1 for e in entries if not e["ok"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Catalogue: {len(entries)} documents</title><style>{_STYLE}</style></head>
<body><h1>Catalogue</h1>
<p>{len(entries)} documents, {failed} failed. Click a column to sort.</p>
{_resolutions(out_dir, editions or {})}
<table><thead><tr><th>Symbol</th><th>Language</th><th>Title</th><th>Adopted</th><th>Files</th><th>Status</th><th>Audit warnings</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<script>{_SCRIPT}</script>
</body></html>
"""
    target, data = out_dir / "index.html", page.encode("utf-8")
    if target.exists() and target.read_bytes() == data:
        return target            # nothing changed: leave the file (and its date) alone
    return write_bytes(target, data)
