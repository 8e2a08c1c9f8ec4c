"""Our PDF beside the UN's own: paper, page count, and where each page begins.

    python bench/pagination.py [DIR] [-v] [--keep OUT]

For every DIR/NAME.pdf (an official UN PDF) with its official AKN DIR/NAME.xml beside it
(default: ../shared/corpus/real-pdf), `akn export NAME.xml --to pdf` makes our PDF; then
pdfinfo gives both papers and page counts, and pdftotext -bbox-layout the first words of
each page from page 2, the running header (symbol, title), page number and job number
left out. Prints the table of issue 15:

    paper size equal to the official PDF's     100 %   (floor 100 %)
    page count equal                            ...    (floor >= 70 %)
    page count within one page                  ...    (floor >= 97 %)
    pages 2+ that begin with the same three words ...  (floor >= 50 %)

The last is counted over the official pages 2+; a page we do not have counts as different.
A last row, with no floor, says what most of the gap comes from: the share of the official
PDFs' text lines (body and notes, the running header and footer left out) that our PDF breaks
at the same words (spaces ignored); a line broken otherwise moves the rest of its paragraph,
and a paragraph one line longer or shorter moves every page after it. Its second figure counts
only the official lines whose line before our PDF has too: a line break made at the same word
where the line begins at the same word, which is what a model of Word's widths decides (a
first-fit simulation of Word's breaks is to be compared with it, not with the row above: one
break made elsewhere also changes every later line of its paragraph).
-v also prints one row per document. --keep OUT keeps our PDFs in OUT.
"""
import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.export.meta import read_meta  # noqa: E402
from pipeline.xmlio import read_akn  # noqa: E402
from shared_corpus import SHARED  # noqa: E402

AKN = ROOT / ".venv" / "bin" / "akn"
FLOORS = {"paper": 100.0, "pages": 70.0, "within_one": 97.0, "starts": 50.0}


def pdfinfo(path: Path) -> tuple[tuple[int, int], int]:
    """((width, height) in points, rounded; pages)."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out)
    pages = re.search(r"Pages:\s+(\d+)", out)
    return (round(float(size.group(1))), round(float(size.group(2)))), int(pages.group(1))


_LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>')
_FURNITURE = re.compile(r"^(?:\d+\s*/\s*\d+|\d{2}-\d{5}(?:\s*\(\w\))?(?:\s+\d{6})?|GE\.\d{2}-\d+.*)$")
_TOKEN = re.compile(r"\w+(?:[’'‑-]\w+)*")


def _norm(s: str) -> str:
    """Spaces as one space, lower case; a non-breaking hyphen (U+2011, which one PDF's text layer keeps
    and another's gives as "-") as a hyphen."""
    return " ".join(s.replace("\u00a0", " ").replace("\u2011", "-").split()).lower()


def page_starts(path: Path, symbol: str, title: str) -> list[list[str]]:
    """For each page: its first three words, the running header and footer left out."""
    return read_pages(path, symbol, title)[0]


def read_pages(path: Path, symbol: str, title: str) -> tuple[list[list[str]], list[str]]:
    """(for each page its first three words, every text line spaces removed), the running
    header and footer left out."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    sym, ttl = _norm(symbol), _norm(title)
    starts, texts = [], []
    for page in out.split("<page ")[1:]:
        lines = []
        for body in _LINE.findall(page):
            words = _WORD.findall(body)
            if words:
                lines.append((float(words[0][1]), float(words[0][0]),
                              html.unescape(" ".join(w[2] for w in words))))
        lines = _reading_order(lines)
        words = []
        for _, _, text in lines:
            t = _norm(text)
            if sym:
                t = t.replace(sym, " ").strip()
            if not t or _FURNITURE.match(t) or (len(t) > 3 and t in ttl):
                continue
            if len(words) < 3:
                words += _TOKEN.findall(t)
            texts.append("".join(t.split()))
        starts.append(words[:3])
    return starts, texts


ROW = 2.0  # points: lines whose tops differ by less are one row of the page


def _reading_order(lines: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """(top, left, text) lines in reading order: row by row from the top, each row from the
    left. A paragraph's number ('4.') and its first line are one row even when their tops differ
    by a hundredth of a point (our PDF: the number's digits are lower than the italic capital
    of 'Calls'), or the page would begin 'Calls upon the' where the official one begins
    '4. Calls upon'."""
    rows: list[list[tuple[float, float, str]]] = []
    for line in sorted(lines):
        if rows and line[0] - rows[-1][0][0] < ROW:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda l: l[1])]


def export_all(xmls: list[Path], out: Path, jobs: int) -> None:
    """One `akn export` per chunk of files, `jobs` chunks at a time."""
    chunks = [xmls[i::jobs] for i in range(jobs)]

    def run(chunk):
        if chunk:
            subprocess.run([str(AKN), "export", *map(str, chunk), "--to", "pdf", "-o", str(out)],
                           check=True, stdout=subprocess.DEVNULL)
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(run, chunks))


def compare(folder: Path, ours_dir: Path, verbose: bool) -> dict:
    names = sorted(p.stem for p in folder.glob("*.pdf") if (folder / f"{p.stem}.xml").exists())
    export_all([folder / f"{n}.xml" for n in names], ours_dir, jobs=max(1, min(4, os.cpu_count() or 1)))
    rows = []
    for name in names:
        meta = read_meta(read_akn(folder / f"{name}.xml").getroot())
        official, ours = folder / f"{name}.pdf", ours_dir / f"{name}.pdf"
        (osize, opages), (size, pages) = pdfinfo(official), pdfinfo(ours)
        ostarts, olines = read_pages(official, meta.symbol, meta.title)
        starts, lines = read_pages(ours, meta.symbol, meta.title)
        same = sum(1 for i in range(1, opages) if i < pages and ostarts[i] and ostarts[i] == starts[i])
        lines_same = sum((Counter(olines) & Counter(lines)).values())
        have = Counter(lines)
        after_same = [line for before, line in zip(olines, olines[1:]) if have[before]]
        rows.append(dict(name=name, paper=osize == size, pages=opages == pages,
                         within_one=abs(opages - pages) <= 1, same=same, of=opages - 1,
                         lines_same=lines_same, lines=len(olines),
                         breaks_same=sum(1 for line in after_same if have[line]), breaks=len(after_same),
                         detail=f"{opages:3d} {pages:3d}  {osize[0]}x{osize[1]} {size[0]}x{size[1]}"))
        if verbose:
            print(f"{name:26s} pages official/ours {rows[-1]['detail']}  starts equal {same}/{opages - 1}")
    n = len(rows) or 1
    return {"documents": len(rows),
            "paper": 100 * sum(r["paper"] for r in rows) / n,
            "pages": 100 * sum(r["pages"] for r in rows) / n,
            "within_one": 100 * sum(r["within_one"] for r in rows) / n,
            "starts": 100 * sum(r["same"] for r in rows) / max(1, sum(r["of"] for r in rows)),
            "lines": 100 * sum(r["lines_same"] for r in rows) / max(1, sum(r["lines"] for r in rows)),
            "breaks": 100 * sum(r["breaks_same"] for r in rows) / max(1, sum(r["breaks"] for r in rows)),
            "pages_2plus": sum(r["of"] for r in rows)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=SHARED / "corpus" / "real-pdf")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep our PDFs in this folder")
    args = ap.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = compare(args.folder, args.keep, args.verbose)
    else:
        with tempfile.TemporaryDirectory(prefix="akn-pagination-") as tmp:
            result = compare(args.folder, Path(tmp), args.verbose)
    print(f"\nPagination against the official PDFs: {result['documents']} documents of {args.folder}, "
          f"{result['pages_2plus']} official pages 2+")
    print(f"| {'':52s} | {'ours':>6s} |  floor |")
    print(f"|{'-' * 54}|{'-' * 8}|--------|")
    labels = {"paper": ("paper size equal to the official PDF's", "100 %"),
              "pages": ("page count equal", "≥ 70 %"),
              "within_one": ("page count within one page", "≥ 97 %"),
              "starts": ("pages 2+ that begin with the same three words", "≥ 50 %")}
    for key, (label, floor) in labels.items():
        mark = "" if result[key] >= FLOORS[key] else " *"
        print(f"| {label:52s} | {result[key]:5.1f}% | {floor:>6s} |{mark}")
    print(f"| {'text lines broken at the same words (no floor)':52s} | {result['lines']:5.1f}% |        |")
    print(f"| {'  of those after a line broken the same (no floor)':52s} | {result['breaks']:5.1f}% |        |")
    return result


if __name__ == "__main__":
    main()
