"""Parse every development set of ../shared/corpus and score it against the UN's official AKN.

    python bench/eval.py [SET ...] [--details]

real-pdf is scored in its three forms: the UN's PDFs themselves (real-pdf), what
`pdftotext` makes of them (real-pdf-txt) and `pdftotext -layout` (real-pdf-layout).

Prints, per set, the scorer's per-field macro averages and per-language figures,
then a summary table and the ten worst documents.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.convert import parse_file  # noqa: E402
from pipeline.xmlio import read_akn, validation_errors  # noqa: E402
from shared_corpus import CORPUS, SHARED  # noqa: E402  (found as the tests find it, or an error)

SCORER = SHARED / "eval" / "akn_score.py"
SETS = ["seed", "clean-ga", "clean-ga-md", "pdfish-ga", "raw-sc", "clean-akn2txt",
        "real-pdf", "real-pdf-txt", "real-pdf-layout"]
# set name -> (folder, pair list); the inputs are the pair list's first column
FORMS = {"real-pdf": ("real-pdf", "pairs.tsv"), "real-pdf-txt": ("real-pdf", "pairs-txt.tsv"),
         "real-pdf-layout": ("real-pdf", "pairs-layout.tsv")}


def inputs_of(name: str) -> tuple[list[Path], Path | None]:
    folder, pairs = FORMS.get(name, (name, "pairs.tsv"))
    pairs = CORPUS / folder / pairs
    if not pairs.exists():
        return sorted((CORPUS / folder).glob("*.txt")), None
    names = [ln.split("\t")[0] for ln in pairs.read_text().splitlines()[1:] if ln.strip() and not ln.startswith("#")]
    return [CORPUS / folder / n for n in names], pairs


def main(argv):
    details = "--details" in argv
    sets = [a for a in argv if not a.startswith("--")] or SETS
    summary, worst = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            out = Path(tmp) / name
            out.mkdir()
            texts, pairs = inputs_of(name)
            if not texts:
                sys.exit(f"eval: no inputs in {CORPUS / FORMS.get(name, (name,))[0]}: nothing to score")
            crashed = invalid = 0
            for text in texts:
                try:
                    (out / f"{text.stem}.akn.xml").write_bytes(parse_file(text).xml)
                except Exception as exc:  # the figure to report, not to hide
                    crashed += 1
                    print(f"CRASH {text}: {exc}")
                    continue
                invalid += bool(validation_errors(read_akn(out / f"{text.stem}.akn.xml")))
            if pairs is None:
                pairs = Path(tmp) / f"{name}.tsv"
                pairs.write_text("".join(f"{t.name}\t{t.with_suffix('.xml')}\n" for t in texts))
            result = subprocess.run([sys.executable, str(SCORER), "--pairs", str(pairs), "--cand-dir", str(out),
                                     "--jobs", "2"], capture_output=True, text=True)
            lines = result.stdout.splitlines()
            print(f"== {name}: {len(texts)} texts, {crashed} crashed, {invalid} schema-invalid")
            print("\n".join(lines if details else [ln for ln in lines if not ln.startswith(" 0.") and not ln.startswith(" 1.")]))
            overall = next((ln.split()[1] for ln in lines if ln.strip().startswith("overall ")), "?")
            text_f1 = next((ln.split()[1] for ln in lines if ln.strip().startswith("text_f1 ")), "?")
            summary.append((name, len(texts), overall, text_f1, invalid, crashed))
            for ln in lines:
                parts = ln.split()
                if len(parts) >= 6 and parts[1] == "refs" and parts[3] == "text":
                    worst.append((float(parts[0]), name, Path(parts[5]).name))
    print("\nset            docs  overall  text_f1  invalid  crashed")
    for name, n, overall, text_f1, invalid, crashed in summary:
        print(f"{name:<14} {n:>4}  {overall:>7}  {text_f1:>7}  {invalid:>7}  {crashed:>7}")
    print("\nworst ten:")
    for s, name, doc in sorted(worst)[:10]:
        print(f"  {s:.3f}  {name}/{doc}")


if __name__ == "__main__":
    main(sys.argv[1:])
