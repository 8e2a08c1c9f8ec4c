"""Batch conversion speed and memory: text -> AKN + HTML + PDF + DOCX + EPUB.

    python bench/batch_speed.py [--repeat N] [--jobs J]

Runs `akn convert` on the development corpus (every text of ../shared/corpus) and on a
synthetic batch of the corpus repeated N times (default: up to >= 2,000 documents), once with
the long-lived pandoc per worker and once with one pandoc process per format per document
(AKN_PANDOC_SERVER=0), and prints documents/s, their ratio and the peak memory of the whole
process tree (the sum of the resident sizes of every process, sampled every 0.2 s).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(stat[1]), []).append(int(entry.name))
            rss[int(entry.name)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo += children.get(current, [])
    return total


def run(inputs: Path, out: Path, server: bool, jobs: int) -> tuple[float, int]:
    env = dict(os.environ, AKN_PANDOC_SERVER="1" if server else "0")
    cmd = [sys.executable, "-m", "pipeline.cli", "convert", str(inputs), "-o", str(out), "-q", "--force",
           "-j", str(jobs)]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.2)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f"akn convert failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, peak


def main(argv):
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else (os.cpu_count() or 1)
    texts = sorted(CORPUS.glob("*/*.txt"))
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else -(-2000 // len(texts))
    print(f"{os.cpu_count()} cores, {jobs} workers; five formats per document")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus, batch = tmp / "corpus", tmp / "batch"
        corpus.mkdir()
        batch.mkdir()
        for text in texts:
            shutil.copy(text, corpus / f"{text.parent.name}__{text.name}")
            for k in range(repeat):
                shutil.copy(text, batch / f"{k:03d}__{text.parent.name}__{text.name}")
        for name, folder in (("development corpus", corpus), ("synthetic batch", batch)):
            count = len(list(folder.iterdir()))
            fast, fast_peak = run(folder, tmp / f"out-{name[:3]}-server", True, jobs)
            slow, slow_peak = run(folder, tmp / f"out-{name[:3]}-process", False, jobs)
            print(f"{name}: {count} documents")
            print(f"  one pandoc per worker:              {fast:7.1f} s  {count / fast:6.1f} documents/s  "
                  f"peak {fast_peak / 2**20:5.0f} MB")
            print(f"  one pandoc per format per document: {slow:7.1f} s  {count / slow:6.1f} documents/s  "
                  f"peak {slow_peak / 2**20:5.0f} MB")
            print(f"  ratio: {slow / fast:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
