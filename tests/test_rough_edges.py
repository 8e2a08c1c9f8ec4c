"""What a first user meets: write errors, signals, empty batches and messages, as one line each."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shared_corpus import CORPUS
from signals import ctrl_c_as_at_a_terminal

ROOT = Path(__file__).resolve().parents[1]
SEED = CORPUS / "seed" / "A_RES_58_170_fr.txt"
AKN = [sys.executable, "-m", "pipeline.cli"]


def run(*args, stdin=None, stdout=subprocess.PIPE):
    return subprocess.run([*AKN, *map(str, args)], input=stdin, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT)


def one_error_line(result, starts: str) -> None:
    message = result.stderr.decode()
    assert result.returncode != 0
    assert message.count("\n") == 1 and "Traceback" not in message, message
    assert message.startswith(f"akn: error: {starts}"), message


@pytest.fixture
def seed_akn(tmp_path):
    out = tmp_path / "seed.akn.xml"
    assert run("parse", SEED, "-o", out).returncode == 0
    return out


def test_write_errors_are_one_line_naming_the_path(tmp_path, seed_akn):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    cases = [
        (("parse", SEED, "-o", "/nonexistent/x.xml"), "/nonexistent/x.xml: cannot write (No such file or directory)"),
        (("parse", SEED, "-o", a_file / "sub.xml"), f"{a_file / 'sub.xml'}: cannot write (Not a directory)"),
        (("export", seed_akn, "-o", a_file / "sub"), f"{seed_akn}: {a_file / 'sub'}: cannot write (Not a directory)"),
        (("convert", SEED, "-o", a_file / "sub"), f"{a_file / 'sub'}: cannot write (Not a directory)"),
        (("convert", SEED, "-o", "/proc/akn-out"), "/proc/akn-out: cannot write ("),
    ]
    for args, message in cases:
        one_error_line(run(*args), message)
    assert a_file.read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "seed.akn.xml"]


def test_a_full_disk_on_stdout_is_one_line():
    with open("/dev/full", "wb") as full:
        result = run("parse", SEED, stdout=full)
    one_error_line(result, "<stdout>: cannot write (No space left on device)")


def test_nothing_to_convert_is_an_error_and_writes_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    one_error_line(run("convert", tmp_path / "empty", "-o", tmp_path / "out"),
                   f"{tmp_path / 'empty'}: no texts, PDFs or AKN files to convert")
    one_error_line(run("convert", tmp_path / "missing.txt", "-o", tmp_path / "out"),
                   f"{tmp_path / 'missing.txt'}: no such file or folder")
    assert not (tmp_path / "out").exists()


def test_messages_say_what_is_wrong(tmp_path, seed_akn):
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><body>not a resolution</body></html>")
    one_error_line(run("export", page, "-o", tmp_path), f"{page}: not an Akoma Ntoso document (root <html>)")
    one_error_line(run("export", seed_akn, "--to", "rtf"), "unknown format 'rtf': choose from html, pdf, docx, epub")
    one_error_line(run("validate", tmp_path / "missing.xml"), f"{tmp_path / 'missing.xml'}: ")
    assert run("validate", tmp_path / "missing.xml").stdout == b""
    # --lang in capitals is the same language; a language the text is not in is said
    result = run("parse", SEED, "--lang", "ZH", "-o", tmp_path / "zh.xml")
    assert result.returncode == 0 and b"reads as French, not Chinese" in result.stderr
    assert run("parse", SEED, "--lang", "FR", "-o", tmp_path / "fr.xml").stderr == b""
    # a document from stdin is named after its symbol, as the tool names files
    piped = run("export", "-", "--to", "html", "-o", tmp_path / "out", stdin=seed_akn.read_bytes())
    assert piped.returncode == 0 and (tmp_path / "out" / "A_RES_58_170_fr.html").exists()


def test_a_batch_error_is_printed_once_even_quiet(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    for quiet in ((), ("-q",)):
        result = run("convert", folder, "-o", tmp_path / "out", "--to", "akn", "--force", *quiet)
        assert result.returncode == 1 and result.stderr.decode().count("bad.txt") == 1
    summary = run("convert", folder / "A_RES_58_170_fr.txt", "-o", tmp_path / "out", "--to", "akn")
    assert b"1 document up to date, nothing to do" in summary.stderr


def _batch(tmp_path, count=60):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = sorted((CORPUS / "clean-ga").glob("*.txt"))
    for i in range(count):
        shutil.copy(texts[i % len(texts)], folder / f"doc{i:03d}.txt")
    return folder


def _descendants(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                group = int(stat.rsplit(")", 1)[1].split()[2])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid or group == pid:
                found.add(int(entry.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_batch_leaves_no_worker_or_pandoc_behind(tmp_path, sig):
    folder = _batch(tmp_path)
    proc = subprocess.Popen([*AKN, "convert", str(folder), "-o", str(tmp_path / "out"), "--to", "akn,html,docx",
                             "-j", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=ctrl_c_as_at_a_terminal)
    deadline = time.monotonic() + 60
    children: set[int] = set()
    while time.monotonic() < deadline and len(list((tmp_path / "out").glob("*.docx"))) < 3:
        children |= _descendants(proc.pid)
        time.sleep(0.05)
    children |= _descendants(proc.pid)
    grandchildren = set().union(*(_descendants(c) for c in children)) if children else set()
    assert children, "the batch started no worker"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    time.sleep(5)
    assert not _alive(children | grandchildren), "a worker or its pandoc outlived the batch"
    if sig == signal.SIGTERM:
        assert proc.returncode == 143 and b"terminated; finished documents are kept" in err


def test_ctrl_c_stops_the_batch_within_seconds_and_keeps_what_is_finished(tmp_path):
    folder = _batch(tmp_path, count=300)
    out = tmp_path / "out"
    proc = subprocess.Popen([*AKN, "convert", str(folder), "-o", str(out), "--to", "akn,html,docx", "-j", "2"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=ctrl_c_as_at_a_terminal)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.docx"))) < 10:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)            # as a terminal's Ctrl-C: the whole process group
    asked = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - asked < 3, "the batch went on after Ctrl-C"
    assert proc.returncode == 130 and b"interrupted" in err
    assert not list(out.glob(".*.tmp"))
    finished = {p.name[:-5] for p in out.glob("*.docx")}
    assert len(finished) < 300
    again = run("convert", folder, "-o", out, "--to", "akn,html,docx", "-q", "-j", "2")
    assert again.returncode == 0
    second = subprocess.run([*AKN, "convert", str(folder), "-o", str(out), "--to", "akn,html,docx"],
                            cwd=ROOT, capture_output=True)
    assert b"300 documents up to date, nothing to do" in second.stderr
    # everything the first run finished was recorded: the resumed run redid only the rest
    assert len(finished) >= 10
