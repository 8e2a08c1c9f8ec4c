"""Running the pandoc binary (from pypandoc-binary) sandboxed, JSON AST on stdin."""
import json
import os
import subprocess
from functools import lru_cache

import pypandoc

from ..errors import InputError


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    return pypandoc.get_pandoc_path()


@lru_cache(maxsize=1)
def api_version() -> list:
    """The pandoc-api-version of the installed pandoc (read once per process)."""
    out = subprocess.run([pandoc_path(), "-f", "markdown", "-t", "json"], input=b"",
                         capture_output=True, check=True).stdout
    return json.loads(out)["pandoc-api-version"]


def run(doc: dict, to: str, args=(), output=None, epoch: int | None = None) -> bytes:
    """Convert the Pandoc JSON document `doc` with `pandoc --sandbox -f json -t TO ARGS`.

    Returns stdout (or b"" when `output` is a file path). `epoch` becomes
    SOURCE_DATE_EPOCH so that pandoc writes no clock date (EPUB/DOCX zips, metadata).
    """
    cmd = [pandoc_path(), "--sandbox", "-f", "json", "-t", to, *args]
    if output is not None:
        cmd += ["-o", str(output)]
    env = dict(os.environ)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    proc = subprocess.run(cmd, input=data, capture_output=True, env=env)
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"pandoc ({to}) failed: {msg[-1] if msg else proc.returncode}")
    return proc.stdout
