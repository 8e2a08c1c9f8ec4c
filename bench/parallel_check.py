"""Parallel editions on the six-language development set (clean-ga): alignment, completeness,
the report on the official files, and speed.

    python bench/parallel_check.py

- alignment: for every operative paragraph of the official files of a resolution, whether its
  six versions sit in one row of our parallel HTML (made by `akn convert --parallel` from the six
  clean texts); a version's paragraph is found in the row whose cell shares most words with it;
- completeness: the words of the six AKN files found in the parallel HTML;
- the report: `akn parallel --strict` on the six official files exits 2 for every resolution
  whose official versions disagree on the number of preambular or operative paragraphs;
- speed: one six-language edition (HTML and PDF) from the six AKN files, on one core.
"""
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from lxml import etree, html as lxml_html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline import align  # noqa: E402
from pipeline.editions import build  # noqa: E402
from pipeline.xmlio import safe_parser  # noqa: E402
from shared_corpus import CORPUS  # noqa: E402

_WORD = re.compile(r"[\u3400-\u9fff]|[^\W\d_]+|\d+")


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text))


def similarity(a: Counter, b: Counter) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def resolutions(folder: Path) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.xml")):
        groups.setdefault(path.name.rsplit("_", 1)[0], []).append(path)
    return {name: paths for name, paths in groups.items() if len(paths) >= 2}


def rows_of(page: Path) -> list[dict[str, Counter]]:
    tree = lxml_html.fromstring(page.read_bytes())
    return [{td.get("lang"): words(" ".join(td.itertext())) for td in tr.iter("td")}
            for tr in tree.iter("tr") if tr.get("data-eid")]


def main():
    folder = CORPUS / "clean-ga"
    groups = resolutions(folder)
    aligned = total = numbered_aligned = numbered_total = 0
    found_words = all_words = 0
    strict_ok = strict_due = 0
    seconds = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for paths in groups.values():
            for path in paths:
                (inputs / path.with_suffix(".txt").name).write_bytes(path.with_suffix(".txt").read_bytes())
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "pipeline.cli", "convert", str(inputs), "-o", str(out),
                        "--to", "akn,html", "--parallel", "-q"], cwd=ROOT, check=False)
        for name, paths in groups.items():
            official = [align.read(etree.parse(str(p), safe_parser()).getroot()) for p in paths]
            page = out / f"{name}.parallel.html"
            rows = rows_of(page) if page.exists() else []
            # alignment of the official operative paragraphs
            # (a version that left a paragraph unnumbered, or lacks it, is not asked for it; unnumbered
            # paragraphs are known by the numbered one they follow: "15+2")
            present = Counter(u.key for v in official for u in v.units if u.kind == "operative")
            keys = sorted(k for k, n in present.items() if n >= 2)
            for key in keys:
                places = set()
                for version in official:
                    unit = version.by_key().get(key)
                    if unit is None:
                        continue
                    target = words(unit.text)
                    scores = [similarity(target, row.get(version.lang, Counter())) for row in rows]
                    places.add(max(range(len(scores)), key=scores.__getitem__) if scores else None)
                total += 1
                aligned += len(places) == 1 and None not in places
                numbered_total += "+" not in key
                numbered_aligned += "+" not in key and len(places) == 1 and None not in places
                if len(places) != 1 and "--details" in sys.argv:
                    print(f"  not aligned: {name} {key}")
            # completeness: the words of our six AKN files in the parallel page
            if page.exists():
                shown = Counter()
                for row in rows:
                    for cell in row.values():
                        shown += cell
                for path in paths:
                    ours = out / f"{path.stem}.akn.xml"
                    version = align.read(etree.parse(str(ours), safe_parser()).getroot())
                    expected = Counter()
                    for unit in version.units:
                        expected += words(unit.text + " " + " ".join(unit.notes))
                    found_words += sum((expected & shown).values())
                    all_words += sum(expected.values())
            # the report on the official files
            per_kind = {kind: {sum(1 for u in v.units if u.kind == kind) for v in official}
                        for kind in ("preamble", "operative")}
            disagree = any(len(n) > 1 for n in per_kind.values())
            result = subprocess.run([sys.executable, "-m", "pipeline.cli", "parallel", *map(str, paths), "-o",
                                     str(Path(tmp) / "official"), "--strict"], cwd=ROOT, capture_output=True)
            if disagree:
                strict_due += 1
                strict_ok += result.returncode == 2
            start = time.process_time()
            build(paths, Path(tmp) / "speed", ("html", "pdf"))
            seconds.append(time.process_time() - start)
    print(f"parallel editions of clean-ga: {len(groups)} resolutions")
    print(f"  alignment: {aligned}/{total} official operative paragraphs in one row in every language "
          f"({100 * aligned / max(total, 1):.1f} %, floor 98 %); numbered ones: {numbered_aligned}/{numbered_total} "
          f"({100 * numbered_aligned / max(numbered_total, 1):.1f} %)")
    print(f"  completeness: {100 * found_words / max(all_words, 1):.2f} % of the words of the AKN files "
          f"in the parallel HTML (floor 99.9 %)")
    print(f"  report: --strict exits 2 for {strict_ok} of the {strict_due} resolutions whose official "
          f"versions disagree on paragraph counts")
    seconds.sort()
    print(f"  speed: one edition (HTML and PDF, from the official AKN) in {seconds[len(seconds) // 2]:.2f} s "
          f"CPU (median), {seconds[-1]:.2f} s at most (floor: under 1 s)")


if __name__ == "__main__":
    main()
