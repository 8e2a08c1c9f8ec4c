"""Every publication format of a development set, checked by its own checker, as one table.

    python bench/check_outputs.py [SET] [--keep DIR]        # SET defaults to clean-ga

Converts every text of ../shared/corpus/SET twice (to check byte-identical reruns), then for each
document: the PDF (PDF/A declared, tagged, its embedded AKN identical to the .akn.xml, fonts
embedded, no missing glyph, text back), the HTML in Chromium (no console error, footnote link,
lang/dir), the EPUB with epubcheck (0 errors, 0 warnings), the DOCX opened by LibreOffice.
Exit status 1 if any check fails.
"""
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pdf_checks import check_pdf  # noqa: E402
from bench.web_checks import WebChecker, check_docx, check_epub, docx_to_pdf  # noqa: E402
from pipeline.batch import run_batch  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FORMATS = ("akn", "html", "pdf", "docx", "epub")


def ok(result) -> bool:
    return bool(result[0]) if isinstance(result, tuple) else bool(result)


def detail(result) -> str:
    return result[1] if isinstance(result, tuple) else getattr(result, "detail", "")


def summarise(results: dict) -> tuple[bool, str]:
    failed = [f"{name}: {detail(r)}" for name, r in results.items() if not ok(r)]
    return (not failed, "; ".join(failed))


def main(argv):
    name = next((a for a in argv if not a.startswith("--")), "clean-ga")
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    texts = sorted((CORPUS / name).glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(keep) if keep else Path(tmp)
        first, second = base / "run1", base / "run2"
        for out in (first, second):
            report = run_batch(texts, out, FORMATS, force=True)
            if report.failed:
                print("conversion failed:", *[o.error for o in report.failed], sep="\n  ")
                return 1
        stems = [t.stem for t in texts]
        rows = {stem: {} for stem in stems}
        for stem in stems:
            same = all((first / f"{stem}.{ext}").read_bytes() == (second / f"{stem}.{ext}").read_bytes()
                       for ext in ("akn.xml", "html", "pdf", "docx", "epub"))
            rows[stem]["reproducible"] = (same, "" if same else "two runs differ")
            akn = first / f"{stem}.akn.xml"
            rows[stem]["PDF"] = summarise(check_pdf(first / f"{stem}.pdf", akn))
        with WebChecker() as web:
            for stem in stems:
                rows[stem]["HTML"] = summarise(web.check_html(first / f"{stem}.html", first / f"{stem}.akn.xml"))
        with ThreadPoolExecutor(max_workers=4) as pool:
            epubs = dict(zip(stems, pool.map(lambda s: check_epub(first / f"{s}.epub"), stems)))
        docx_pdfs = docx_to_pdf([first / f"{s}.docx" for s in stems], base / "docx-pdf")
        for stem, docx_pdf in zip(stems, docx_pdfs):
            rows[stem]["EPUB"] = summarise(epubs[stem])
            rows[stem]["DOCX"] = summarise(check_docx(first / f"{stem}.docx", first / f"{stem}.akn.xml", docx_pdf))
    columns = ["PDF", "HTML", "EPUB", "DOCX", "reproducible"]
    width = max(len(s) for s in stems)
    print(f"{'document':<{width}}  " + "  ".join(f"{c:<12}" for c in columns))
    problems = []
    for stem in stems:
        cells = []
        for column in columns:
            passed, why = rows[stem][column]
            cells.append(f"{'pass' if passed else 'FAIL':<12}")
            if not passed:
                problems.append(f"{stem} {column}: {why}")
        print(f"{stem:<{width}}  " + "  ".join(cells))
    total = len(stems) * len(columns)
    print(f"\n{total - len(problems)} of {total} checks passed on {len(stems)} documents of {name}")
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
