"""Every `akn` command of the README, as written, in a fresh folder: the README cannot drift
from the tool. The files a command names are put where it names them (the project's input/,
a PDF in ~/Downloads, official AKN files in ~/UNxml/GAresolutions, six versions of A/RES/78/123).
Commands that need other machines (the Dask cluster) are run in test_batch against a local one."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from shared_corpus import CORPUS

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin"


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```\n(.*?)^```", text, re.S | re.M)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if (line.startswith("akn ") or "| akn " in line) and "--scheduler" not in line:
                commands.append(line)
    return commands


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("readme")
    home = base / "home"
    work = base / "work"
    shutil.copytree(ROOT / "input", work / "input")
    (work / "output").mkdir()          # as after the README's first command, `make`
    (home / "Downloads").mkdir(parents=True)
    shutil.copy(CORPUS / "real-pdf" / "A_RES_79_227_en.pdf", home / "Downloads")
    archive = home / "UNxml" / "GAresolutions"
    archive.mkdir(parents=True)
    for name in ("A_RES_78_123_en.xml", "A_RES_80_45_fr.xml", "A_RES_78_247_zh.xml"):
        shutil.copy(CORPUS / "clean-ga" / name, archive)
    for source in CORPUS.glob("clean-ga/A_RES_78_123_*"):
        shutil.copy(source, work)
    shutil.copy(CORPUS / "clean-ga" / "A_RES_80_45_en.txt", work / "resolution.txt")
    return work, home


def test_the_readme_shows_every_command():
    commands = readme_commands()
    for command in ("parse", "export", "convert", "parallel", "validate"):
        assert any(c.startswith(f"akn {command} ") for c in commands), command


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs_as_written(folder, command):
    work, home = folder
    env = dict(os.environ, HOME=str(home), PATH=f"{BIN}:{os.environ.get('PATH', '')}")
    result = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True, timeout=600)
    allowed = {0, 2} if "--strict" in command else {0}        # 2: the audit or the report is not empty
    assert result.returncode in allowed, (command, result.stderr.decode()[-2000:])
    assert b"Traceback" not in result.stderr
