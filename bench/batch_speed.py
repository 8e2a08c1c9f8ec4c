"""Batch conversion speed and memory: text -> AKN + HTML + PDF + DOCX + EPUB.

    python bench/batch_speed.py [--repeat N] [--jobs J]

Runs `akn convert` on the development corpus (every text of ../shared/corpus) and on a
synthetic batch of the corpus repeated N times (default: up to >= 2,000 documents), once with
the long-lived pandoc per worker and once with one `pandoc --sandbox` process per format per
document (AKN_PANDOC_SERVER=0: pandoc writes the HTML, the DOCX and the Typst source of the
PDF; the EPUB is the HTML packaged), and prints documents/s, their ratio and the peak memory
of the whole process tree (sum of every process's proportional set size, sampled every 0.2 s)
and of its largest process (resident set size). On the corpus it also runs the route issue 5
compares with (naive_route.py: one process per format per document, pandoc's own EPUB writer
and a fresh typst per PDF).
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


def tree_memory(pid: int) -> tuple[int, int]:
    """(sum of PSS, largest RSS) in bytes over a process and all its descendants, from /proc.
    PSS shares the pages processes share (the pandoc binary, Python's libraries) among them."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    pss = largest = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            fields = dict(line.split(":", 1) for line in
                          Path(f"/proc/{current}/smaps_rollup").read_text().splitlines()[1:])
        except (OSError, ValueError):
            continue
        pss += int(fields["Pss"].split()[0]) * 1024
        largest = max(largest, int(fields["Rss"].split()[0]) * 1024)
    return pss, largest


def run(inputs: Path, out: Path, server: bool, jobs: int) -> tuple[float, tuple[int, int]]:
    env = dict(os.environ, AKN_PANDOC_SERVER="1" if server else "0")
    cmd = [sys.executable, "-m", "pipeline.cli", "convert", str(inputs), "-o", str(out), "-q", "--force",
           "-j", str(jobs)]
    return timed(cmd, env)


def run_naive(inputs: Path, out: Path, jobs: int) -> tuple[float, tuple[int, int]]:
    cmd = [sys.executable, str(ROOT / "bench" / "naive_route.py"), str(inputs), str(out), "-j", str(jobs)]
    return timed(cmd, dict(os.environ))


def timed(cmd, env) -> tuple[float, tuple[int, int]]:
    """(seconds, (peak PSS of the tree, peak RSS of its largest process)) of a command."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = (0, 0)
    while proc.poll() is None:
        pss, largest = tree_memory(proc.pid)
        peak = (max(peak[0], pss), max(peak[1], largest))
        time.sleep(0.2)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[1]} failed: {proc.stderr.read().decode()[-500:]}")
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
            rows = [("one pandoc per worker:", fast, fast_peak),
                    ("one pandoc per format per document:", slow, slow_peak)]
            if folder is corpus:
                naive, naive_peak = run_naive(folder, tmp / "out-naive", jobs)
                rows.append(("one process per format per document:", naive, naive_peak))
            print(f"{name}: {count} documents")
            for label, seconds, (pss, largest) in rows:
                print(f"  {label:36s} {seconds:7.1f} s  {count / seconds:6.1f} documents/s  peak memory "
                      f"{pss / 2**20:4.0f} MB (all processes, PSS), largest process {largest / 2**20:4.0f} MB RSS")
            print(f"  ratio to one pandoc per format per document (the same pipeline otherwise): {slow / fast:.2f}x")
            if folder is corpus:
                print(f"  ratio to one process per format per document (issue 5's route: pandoc for HTML, DOCX, "
                      f"EPUB and the Typst source, a fresh typst per PDF): {naive / fast:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
