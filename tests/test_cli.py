"""The `akn` command as users run it: exit codes, stdin/stdout, bad input, batches."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from shared_corpus import CORPUS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = CORPUS / "seed" / "A_RES_58_170_fr.txt"
AKN = [sys.executable, "-m", "pipeline.cli"]


def run(*args, stdin: bytes | None = None):
    return subprocess.run([*AKN, *map(str, args)], input=stdin, capture_output=True, cwd=ROOT)


def test_version_and_help_on_every_command():
    assert run("--version").stdout.decode().startswith("akn, version ")
    for command in ("parse", "export", "convert", "validate"):
        result = run(command, "--help")
        assert result.returncode == 0 and b"Example: akn " + command.encode() in result.stdout


def test_parse_to_file_then_validate(tmp_path):
    out = tmp_path / "seed.akn.xml"
    assert run("parse", SEED, "-o", out).returncode == 0
    result = run("validate", out)
    assert result.returncode == 0 and result.stdout.decode().strip().endswith("valid")


def test_parse_stdin_to_stdout_equals_file_output(tmp_path):
    out = tmp_path / "seed.akn.xml"
    run("parse", SEED, "-o", out)
    piped = run("parse", "-", stdin=SEED.read_bytes())
    assert piped.returncode == 0 and piped.stdout == out.read_bytes()


def test_same_input_gives_byte_identical_akn(tmp_path):
    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    run("parse", SEED, "-o", a)
    run("parse", SEED, "-o", b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("content,message", [
    (None, "no such file"),
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"L'Assembl\xe9e g\xe9n\xe9rale,\n", "not UTF-8 text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
])
def test_bad_input_one_line_error_nonzero_exit_no_output(tmp_path, content, message):
    source = tmp_path / "bad.txt"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "bad.akn.xml"
    result = run("parse", source, "-o", out)
    err = result.stderr.decode().strip()
    assert result.returncode != 0
    assert len(err.splitlines()) == 1 and str(source) in err and message in err
    assert not out.exists() and list(tmp_path.iterdir()) == ([source] if content is not None else [])


def test_utf16_with_bom_is_read():
    text = SEED.read_text(encoding="utf-8")
    result = run("parse", "-", stdin=text.encode("utf-16"))
    assert result.returncode == 0 and b"A/RES/58/170" in result.stdout


def test_validate_reports_invalid_and_unsafe_files(tmp_path):
    invalid = tmp_path / "invalid.xml"
    invalid.write_text('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement/></akomaNtoso>')
    xxe = tmp_path / "xxe.xml"
    xxe.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '<akomaNtoso>&x;</akomaNtoso>')
    result = run("validate", invalid, xxe)
    out = result.stdout.decode()
    assert result.returncode == 1
    assert f"{invalid}: invalid:" in out and f"{xxe}: invalid:" in out and "root:" not in out


def test_convert_batch_goes_past_a_bad_file(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs)
    shutil.copy(CORPUS / "raw-sc" / "S_RES_1290_2000.txt", inputs)
    shutil.copy(CORPUS / "raw-sc" / "S_RES_1290_2000.xml", inputs)   # official XML beside it: not an input
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run("convert", inputs, "-o", out, "--to", "akn,html")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "2 converted, 0 up to date, 1 failed" in err and "empty.txt: empty file" in err
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "A_RES_58_170_fr.akn.xml", "A_RES_58_170_fr.html", "S_RES_1290_2000.akn.xml", "S_RES_1290_2000.html",
        "index.html"]
    root = etree.parse(str(out / "S_RES_1290_2000.akn.xml")).getroot()
    assert root.find(".//{*}docNumber").text == "S/RES/1290 (2000)"


def test_a_large_batch_prints_a_few_warnings_and_points_to_the_catalogue(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for text in CORPUS.glob("*/*.txt"):
        shutil.copy(text, inputs / f"{text.parent.name}__{text.name}")
    result = run("convert", inputs, "-o", tmp_path / "out", "--to", "akn")
    err = result.stderr.decode()
    total = int(err.split(" audit warnings (")[0].rsplit(" ", 1)[1])
    assert total > 50     # the corpus has a few hundred
    assert err.count(": warning: ") == 50
    assert f"... and {total - 50} more audit warnings in " in err and "index.html" in err


def test_unknown_format_is_refused():
    result = run("convert", SEED, "--to", "akn,rtf")
    assert result.returncode != 0 and b"unknown format" in result.stderr


def test_report_lists_what_could_not_be_placed_and_strict_fails(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("\n3. *Réaffirme*", "\n4. *Réaffirme*", 1)
    source = tmp_path / "gap.txt"
    source.write_text(text + "\nUne ligne isolée sans place\n", encoding="utf-8")
    out = tmp_path / "gap.akn.xml"
    clean = run("parse", SEED, "-o", tmp_path / "seed.akn.xml", "--strict")
    assert clean.returncode == 0 and clean.stderr == b""
    result = run("parse", source, "-o", out, "--report")
    err = result.stderr.decode()
    assert result.returncode == 0 and out.exists()
    assert "numbering gap in the operative paragraphs: 4. after number 2" in err
    assert "numbering repeated number in the operative paragraphs: 4. after number 4" in err
    assert "unplaced text kept as an unnumbered paragraph: 'Une ligne isolée sans place'" in err
    assert b"Une ligne isol\xc3\xa9e sans place" in out.read_bytes()     # kept, not dropped
    assert run("parse", source, "-o", out, "--strict").returncode == 2


def test_paper_option_overrides_the_issuing_place(tmp_path):
    """New York documents print on US Letter; --paper a4 (or letter) sets every PDF's paper, in
    export and in a batch, and a batch made on another paper is made again."""
    from pypdf import PdfReader

    def size(path):
        box = PdfReader(path).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))
    assert run("export", SEED.with_suffix(".xml"), "--to", "pdf", "-o", tmp_path / "a").returncode == 0
    assert size(tmp_path / "a" / "A_RES_58_170_fr.pdf") == (612, 792)
    assert run("export", SEED.with_suffix(".xml"), "--to", "pdf", "-o", tmp_path / "b", "--paper", "a4").returncode == 0
    assert size(tmp_path / "b" / "A_RES_58_170_fr.pdf") == (595, 842)
    assert run("convert", SEED, "-o", tmp_path / "c", "--to", "pdf", "-q", "--paper", "A4").returncode == 0
    assert size(tmp_path / "c" / "A_RES_58_170_fr.pdf") == (595, 842)
    again = run("convert", SEED, "-o", tmp_path / "c", "--to", "pdf")
    assert b"1 converted" in again.stderr and size(tmp_path / "c" / "A_RES_58_170_fr.pdf") == (612, 792)
