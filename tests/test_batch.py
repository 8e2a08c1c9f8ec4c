"""Batches as users run them: incremental, resumable, fault-tolerant, on a Dask cluster too."""
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dask import distributed
from lxml import etree

from pipeline.batch import run_batch
from pipeline.xmlio import read_akn, validation_errors
from shared_corpus import CORPUS  # noqa: E402
from signals import ctrl_c_as_at_a_terminal

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
AKN = [sys.executable, "-m", "pipeline.cli"]
FEW = ["seed/A_RES_58_170_fr.txt", "raw-sc/S_RES_1290_2000.txt", "clean-ga/A_RES_78_123_en.txt",
       "clean-ga/A_RES_78_123_ar.txt"]


def run(*args, **kw):
    return subprocess.run([*AKN, *map(str, args)], capture_output=True, cwd=ROOT, **kw)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FEW:
        shutil.copy(CORPUS / name, folder)
    return folder


def snapshot(folder: Path) -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir() if p.is_file()}


def test_second_run_does_nothing_and_says_so(inputs, tmp_path):
    out = tmp_path / "out"
    first = run("convert", inputs, "-o", out, "--to", "akn,html", "-j", "2")
    assert first.returncode == 0 and b"4 converted, 0 up to date, 0 failed" in first.stderr
    before = snapshot(out)
    second = run("convert", inputs, "-o", out, "--to", "akn,html")
    assert second.returncode == 0 and b"4 documents up to date, nothing to do" in second.stderr
    assert snapshot(out) == before             # not one file rewritten


def test_only_a_changed_input_is_redone_and_force_redoes_all(inputs, tmp_path):
    out = tmp_path / "out"
    run("convert", inputs, "-o", out, "--to", "akn")
    seed = inputs / "A_RES_58_170_fr.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("de poursuivre l'examen", "de reprendre l'examen"),
                    encoding="utf-8")
    again = run("convert", inputs, "-o", out, "--to", "akn")
    assert b"1 converted, 3 up to date" in again.stderr
    assert "de reprendre l'examen" in (out / "A_RES_58_170_fr.akn.xml").read_text(encoding="utf-8")
    forced = run("convert", inputs, "-o", out, "--to", "akn", "--force")
    assert b"4 converted, 0 up to date" in forced.stderr


def test_tool_fingerprint_follows_every_file_that_shapes_outputs(tmp_path):
    """'Up to date' compares a hash of the tool's files: a change to code, a template, the
    reference DOCX or the pandoc server's Lua script changes it; caches and editor files do not
    (or every batch would be redone while someone edits)."""
    from pipeline.batch import tool_fingerprint
    package = tmp_path / "pipeline"
    shutil.copytree(ROOT / "pipeline", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = tool_fingerprint(package)
    (package / "__pycache__").mkdir()
    for junk in ("__pycache__/x.pyc", "export/.writers.py.swp", ".DS_Store", "structure.py~"):
        (package / junk).write_bytes(b"junk")
    assert tool_fingerprint(package) == before
    for name in ("export/templates/pandoc-server.lua", "export/templates/reference.docx",
                 "export/templates/resolution.typ", "export/templates/akn.css", "structure.py"):
        with open(package / name, "ab") as fh:
            fh.write(b"\n")
        changed = tool_fingerprint(package)
        assert changed != before, name
        before = changed


def test_a_deleted_output_is_made_again(inputs, tmp_path):
    out = tmp_path / "out"
    run("convert", inputs, "-o", out, "--to", "akn,html")
    (out / "S_RES_1290_2000.html").unlink()
    again = run("convert", inputs, "-o", out, "--to", "akn,html")
    assert b"1 converted, 3 up to date" in again.stderr and (out / "S_RES_1290_2000.html").exists()


def test_same_batch_gives_byte_identical_files(inputs, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    first = run("convert", inputs, "-o", a, "--to", "akn,html,docx,epub,pdf", "-j", "2")
    assert first.returncode == 0, first.stderr.decode()
    run("convert", inputs, "-o", b, "--to", "akn,html,docx,epub,pdf", "-j", "1")
    names = sorted(p.name for p in a.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in b.iterdir() if not p.name.startswith("."))
    assert len(names) == 4 * 5 + 1
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_batch_leaves_no_partial_file_and_resumes(tmp_path, sig):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = sorted((CORPUS / "clean-ga").glob("*.txt"))[:12]
    for text in texts:
        shutil.copy(text, folder)
    out = tmp_path / "out"
    proc = subprocess.Popen([*AKN, "convert", str(folder), "-o", str(out), "--to", "akn,html,pdf", "-j", "1"],
                            cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.PIPE, preexec_fn=ctrl_c_as_at_a_terminal)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.pdf"))) < 3:
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    if sig == signal.SIGINT:  # (killed, it cannot clean up: a hidden .tmp may stay, never a half file)
        assert not list(out.glob(".*.tmp")), "a temporary file was left behind"
    else:  # killed: what was done is in the journal, not yet in the manifest
        assert (out / ".akn-manifest.journal").exists()
    for akn in out.glob("*.akn.xml"):
        assert validation_errors(read_akn(akn)) == []
    for pdf in out.glob("*.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF")
    resumed = run("convert", folder, "-o", out, "--to", "akn,html,pdf", "-j", "2")
    assert resumed.returncode == 0
    up_to_date = int(resumed.stderr.decode().split(" up to date")[0].split()[-1])
    assert up_to_date >= 3
    assert len(list(out.glob("*.pdf"))) == len(texts)
    assert not (out / ".akn-manifest.journal").exists()


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", bytes(range(256)) * 40, "binary file"),
    ("nul.txt", "L’Assemblée générale,\x00\n".encode(), "binary file"),
    ("latin1.txt", "L'Assembl\xe9e g\xe9n\xe9rale,\n".encode("latin-1"), "not UTF-8 text"),
])
def test_bad_documents_do_not_stop_the_batch(inputs, tmp_path, name, content, reason):
    (inputs / name).write_bytes(content)
    out = tmp_path / "out"
    result = run("convert", inputs, "-o", out, "--to", "akn,html")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "4 converted, 0 up to date, 1 failed" in err
    assert f"{inputs / name}: {reason}" in err
    assert not list(out.glob(Path(name).stem + ".*"))          # nothing partial for the bad one
    catalogue = (out / "index.html").read_text(encoding="utf-8")
    assert "failed</span>" in catalogue and reason in catalogue


@pytest.mark.parametrize("name,content", [
    ("crlf.txt", (CORPUS / "seed/A_RES_58_170_fr.txt").read_bytes().replace(b"\n", b"\r\n")),
    ("utf16.txt", (CORPUS / "seed/A_RES_58_170_fr.txt").read_text(encoding="utf-8").encode("utf-16")),
    ("markup.txt", "L’Assemblée générale,\n\n1.\t*Décide* <b>&amp; # titre [x](y) $x$ \\*\n".encode()),
    ("long-line.txt", ("Recalling " + "word " * 200_000 + ",\n").encode()),
    ("not-a-resolution.txt", b"Shopping list\n\neggs\nmilk <and> bread & butter\n"),
    ("many-notes.txt", ("The General Assembly,\n\n1. Decides" + "".join(f" a{n}" for n in range(3000))
                        + ";\n\n" + "".join(f"{n} Note {n}.\n" for n in range(3000))).encode()),
])
def test_awkward_documents_give_valid_akn_with_every_word(inputs, tmp_path, name, content):
    for existing in inputs.iterdir():
        existing.unlink()
    (inputs / name).write_bytes(content)
    out = tmp_path / "out"
    result = run("convert", inputs, "-o", out, "--to", "akn")
    assert result.returncode == 0, result.stderr.decode()
    tree = read_akn(out / (Path(name).stem + ".akn.xml"))
    assert validation_errors(tree) == []
    text = " ".join("".join(tree.getroot().itertext()).split())
    if name == "markup.txt":
        assert "<b>&amp; # titre [x](y) $x$" in text
    if name == "not-a-resolution.txt":
        assert "milk <and> bread & butter" in text
        assert b"no enacting formula found" in result.stderr


def test_text_too_long_to_publish_gets_its_akn_and_a_reason(inputs, tmp_path):
    """A text of millions of characters (here real texts one after the other up to 2.4 million,
    whatever the size of the corpus) is archived as AKN; publishing it is refused with a reason,
    and the batch goes on."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "clean-ga").glob("*.txt"))]
    long, i = [], 0
    while sum(map(len, long)) < 2_400_000:
        long.append(texts[i % len(texts)])
        i += 1
    (inputs / "long.txt").write_text("\n".join(long), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", inputs, "-o", out, "--to", "akn,html", "-q")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "too long to publish (2," in err and "(its AKN was written)" in err, err
    assert [line for line in err.splitlines() if "too long" in line][0].startswith(f"akn: error: {inputs / 'long.txt'}:")
    assert validation_errors(read_akn(out / "long.akn.xml")) == []
    assert not (out / "long.html").exists()
    assert len(list(out.glob("*.html"))) == len(FEW) + 1     # the others, and the catalogue


def test_catalogue_lists_every_document(inputs, tmp_path):
    out = tmp_path / "out"
    run("convert", inputs, "-o", out, "--to", "akn,html")
    page = etree.parse(str(out / "index.html"), etree.HTMLParser())
    rows = page.findall(".//tbody/tr")
    assert len(rows) == 4
    symbols = sorted(r.findtext("td") for r in rows)
    assert symbols == ["A/RES/58/170", "A/RES/78/123", "A/RES/78/123", "S/RES/1290 (2000)"]
    hrefs = {a.get("href") for a in page.iter("a")}
    assert {"A_RES_58_170_fr.akn.xml", "A_RES_58_170_fr.html"} <= hrefs


def test_dask_cluster_gives_the_same_files_as_local_processes(inputs, tmp_path):
    local, remote = tmp_path / "local", tmp_path / "remote"
    sources = sorted(inputs.iterdir())
    run_batch(sources, local, ("akn", "html"), jobs=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                  processes=True) as cluster:
        report = run_batch(sources, remote, ("akn", "html"), scheduler=cluster.scheduler_address)
    assert len(report.done) == 4 and not report.failed
    for path in local.glob("A_*"):
        assert (remote / path.name).read_bytes() == path.read_bytes()


def test_unreachable_scheduler_is_a_clear_error(inputs, tmp_path):
    result = run("convert", inputs, "-o", tmp_path / "out", "--to", "akn", "--scheduler", "tcp://127.0.0.1:9")
    assert result.returncode == 1
    assert b"cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_catalogue_opens_in_chromium_without_error_and_sorts(inputs, tmp_path):
    from playwright.sync_api import sync_playwright

    from bench.web_checks import CHROMIUM, CHROMIUM_ARGS

    out = tmp_path / "out"
    (inputs / "empty.txt").write_bytes(b"")
    run("convert", inputs, "-o", out, "--to", "akn,html")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "index.html").as_uri())
        first_column = lambda: page.eval_on_selector_all("tbody tr td:first-child", "tds => tds.map(t => t.textContent)")
        assert len(first_column()) == 5
        page.click("th:nth-child(1)")
        ascending = first_column()
        page.click("th:nth-child(1)")
        assert first_column() == list(reversed(ascending)) and ascending == sorted(ascending, key=str.lower)
        assert errors == []
        browser.close()
