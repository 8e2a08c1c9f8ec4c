"""Publishing an AKN archive: every official AKN file of the corpus through one `akn convert`
to HTML, PDF, DOCX and EPUB on every core, documents/s; a second run (nothing to do); and the
words of each file found in its HTML, DOCX and PDF (archive_words.py).

    python bench/archive_speed.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from shared_corpus import CORPUS  # noqa: E402


def main():
    files = sorted({p.name: p for p in CORPUS.glob("*/*.xml")}.values())
    if not files:
        sys.exit("archive_speed: no AKN files in the corpus")
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "archive", Path(tmp) / "out"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder)
        cmd = [sys.executable, "-m", "pipeline.cli", "convert", str(folder), "-o", str(out), "-j", str(jobs),
               "--to", "html,pdf,docx,epub"]
        start = time.perf_counter()
        first = subprocess.run(cmd + ["-q"], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        failed = first.stderr.count("akn: error:")
        print(f"AKN archive: {len(files)} official AKN files, {failed} refused, to four formats on {jobs} cores: "
              f"{seconds:.1f} s, {(len(files) - failed) / seconds:.1f} documents/s")
        start = time.perf_counter()
        second = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        print(f"  second run: {time.perf_counter() - start:.1f} s, says: {second.stderr.strip().splitlines()[-1]}")
        subprocess.run([sys.executable, str(ROOT / "bench" / "archive_words.py"), str(out),
                        *map(str, sorted(folder.iterdir()))], check=True)


if __name__ == "__main__":
    main()
