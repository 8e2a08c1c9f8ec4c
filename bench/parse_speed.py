"""Parse + AKN throughput on one core: the whole development corpus, and one large
document made by concatenating real texts, at growing sizes (time should grow linearly).

    python bench/parse_speed.py
"""
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.convert import text_to_akn  # noqa: E402
from pipeline.reading import read_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def timed(texts, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for name, text in texts:
            text_to_akn(text, name)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    texts = [(str(p), read_text(p)) for p in sorted(CORPUS.glob("*/*.txt"))]
    size = sum(len(t.encode()) for _, t in texts)
    seconds = timed(texts, repeat=2)
    print(f"corpus: {len(texts)} documents, {size / 1e6:.2f} MB in {seconds:.2f} s: "
          f"{size / 1e6 / seconds:.2f} MB/s, {len(texts) / seconds:.1f} documents/s (parse + AKN + XSD check)")
    english = [t for n, t in texts if "/raw-sc/" in n or n.endswith("_en.txt")]
    print("one large document (real texts concatenated):")
    for target in (150_000, 300_000, 600_000, 1_200_000, 2_400_000):
        big, i = "", 0
        while len(big.encode()) < target:
            big += english[i % len(english)] + "\n\n"
            i += 1
        mb = len(big.encode()) / 1e6
        seconds = timed([("big", big)], repeat=2)
        print(f"  {mb:5.2f} MB: {seconds:6.3f} s, {mb / seconds:.2f} MB/s, {seconds / mb:.3f} s per MB")


if __name__ == "__main__":
    main()
