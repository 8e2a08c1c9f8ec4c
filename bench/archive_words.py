"""Publishing an AKN archive: how much of each AKN file's text its HTML, DOCX and PDF hold.

    python bench/archive_words.py OUT_DIR AKN_FILE...

For every AKN file given (published into OUT_DIR by `akn convert`), the words of its text
(outside <meta>; words of three letters or more, and every CJK character) are looked for in
OUT_DIR/NAME.html (its text), NAME.docx (its paragraphs, tables and notes) and NAME.pdf (the
text layer, read by pdftotext): the share found, as a multiset, per file; the mean and the
worst file per format are printed.
"""
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree, html as lxml_html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.convert import stem_of  # noqa: E402
from pipeline.xmlio import safe_parser  # noqa: E402

_WORD = re.compile(r"[\u3400-\u9fff]|[^\W\d_]{3,}")


def words(text: str) -> Counter:
    # a superscript ordinal (n<sup>o</sup>) may render as º; a compound's hyphen may break a line
    text = text.replace("º", "o").replace("\u00ad", "")
    return Counter(w.casefold() for w in _WORD.findall(text))


def akn_words(path: Path) -> Counter:
    root = etree.parse(str(path), safe_parser()).getroot()
    for meta in root.xpath("//*[local-name()='meta']"):
        meta.getparent().remove(meta)
    return words(" ".join(root.itertext()))


def html_words(path: Path) -> Counter:
    page = lxml_html.fromstring(path.read_bytes())
    for junk in page.xpath("//style|//script"):
        junk.getparent().remove(junk)
    return words(" ".join(page.itertext()))


def docx_words(path: Path) -> Counter:
    with zipfile.ZipFile(path) as z:
        xml = " ".join(z.read(n).decode() for n in z.namelist()
                       if n in ("word/document.xml", "word/footnotes.xml"))
    return words(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))


def pdf_words(path: Path) -> Counter:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True).stdout
    return words(text.decode("utf-8", "replace"))


def found(expected: Counter, got: Counter) -> float:
    total = sum(expected.values())
    return sum((expected & got).values()) / total if total else 1.0


def main(argv):
    out = Path(argv[0])
    shares = {"html": [], "docx": [], "pdf": []}
    readers = {"html": html_words, "docx": docx_words, "pdf": pdf_words}
    for name in argv[1:]:
        source = Path(name)
        expected = akn_words(source)
        for fmt, reader in readers.items():
            target = out / f"{stem_of(source)}.{fmt}"
            shares[fmt].append((found(expected, reader(target)) if target.exists() else 0.0, source.name))
    print(f"{len(argv) - 1} AKN files: words of the AKN text found in each format")
    for fmt, values in shares.items():
        mean = sum(v for v, _ in values) / len(values)
        worst = min(values)
        print(f"  {fmt:<5} mean {100 * mean:6.2f} %   worst {100 * worst[0]:6.2f} % ({worst[1]})")


if __name__ == "__main__":
    main(sys.argv[1:])
