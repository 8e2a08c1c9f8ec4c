"""The route issue 5 measured before the batch existed: one process per format per document.

    python bench/naive_route.py INPUT_DIR OUT_DIR [-j N]

Each text is parsed into AKN and the Pandoc AST in a worker (the same code as `akn
convert`), then every format is made by a process of its own, as a per-file, per-format
Makefile or script does: `pandoc --sandbox` for the HTML, the DOCX, the EPUB (pandoc's
EPUB writer) and the PDF's Typst source, and a fresh typst (`typst.compile`, fonts
scanned anew) for the PDF. Nothing is shared between documents but the worker.

It does less than `akn convert` (no DOCX or EPUB finishing, no manifest, no catalogue),
so its figure flatters it. batch_speed.py runs it for the ratio the issue asks for.
"""
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def one_document(source: str, out_dir: str) -> None:
    import typst
    from lxml import etree

    from pipeline.convert import parse_file, stem_of
    from pipeline.export import ast, pandoc, pdf
    from pipeline.export.nodes import compact
    from pipeline.export.resources import path as template, read_text
    from pipeline.export.to_typst import for_typst
    from pipeline.export.transform import for_docx, for_html

    out, stem = Path(out_dir), stem_of(Path(source))
    xml = parse_file(Path(source)).xml
    (out / f"{stem}.akn.xml").write_bytes(xml)
    doc, meta = ast.build(etree.ElementTree(etree.fromstring(xml)), pandoc.api_version())
    stamp = pdf.epoch(meta.date_iso)
    html_doc = for_html(doc, read_text("akn.css"))
    outputs = {
        "html": pandoc.run_process(html_doc, "html5", ["-s"], stamp),
        "docx": pandoc.run_process(for_docx(doc), "docx", ["--reference-doc", str(template("reference.docx")),
                                                          "--syntax-highlighting", "none"], stamp),
        "epub": pandoc.run_process(html_doc, "epub3", [], stamp),
    }
    source_typ = pandoc.run_process(compact(for_typst(doc), longest=16), "typst",
                                    ["-s", "--template", str(template("resolution.typ"))])
    outputs["pdf"] = typst.compile(source_typ, font_paths=list(pdf.FONT_DIRS), ignore_system_fonts=True,
                                   format="pdf", pdf_standards=[pdf.PDF_STANDARD], pdf_tags=True,
                                   sys_inputs={pdf.AKN_INPUT: xml.decode("utf-8")}, timestamp=stamp)
    for fmt, data in outputs.items():
        (out / f"{stem}.{fmt}").write_bytes(data)


def main(argv):
    inputs, out = Path(argv[0]), Path(argv[1])
    jobs = int(argv[argv.index("-j") + 1]) if "-j" in argv else 1
    out.mkdir(parents=True, exist_ok=True)
    texts = sorted(inputs.glob("*.txt"))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for future in [pool.submit(one_document, str(t), str(out)) for t in texts]:
            future.result()


if __name__ == "__main__":
    main(sys.argv[1:])
