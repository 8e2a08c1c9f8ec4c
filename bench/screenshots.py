"""Screenshots of the HTML of A/RES/78/123 in the six languages, phone and desktop widths.

    python bench/screenshots.py OUTDIR [CORPUS_DIR]

Writes OUTDIR/A_RES_78_123_<lang>.html and OUTDIR/A_RES_78_123_<lang>-{phone,desktop}.png
(full page), rendered by Debian's chromium through playwright (see bench/web_checks.py).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.web_checks import DESKTOP, PHONE, WebChecker  # noqa: E402
from pipeline.export import export  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "clean-ga"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")


def main(out_dir, corpus=CORPUS, stem="A_RES_78_123"):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = []
    with WebChecker() as wc:
        for lang in LANGS:
            name = f"{stem}_{lang}"
            html = export(Path(corpus) / f"{name}.xml", ["html"], out_dir, name)[0]
            for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
                page = wc.browser.new_page(viewport=viewport, device_scale_factor=1)
                page.goto(html.resolve().as_uri(), wait_until="load")
                png = out_dir / f"{name}-{label}.png"
                page.screenshot(path=str(png), full_page=True)
                page.close()
                shots.append(png)
                print(png)
    return shots


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(*sys.argv[1:])
