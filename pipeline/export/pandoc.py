"""Running the pandoc binary (from pypandoc-binary) sandboxed, JSON AST on stdin."""
import json
import os
import subprocess
from functools import lru_cache
from pathlib import Path

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
    """Convert the Pandoc JSON document `doc` to format `to`, as `pandoc --sandbox -f json -t TO ARGS`.

    Returns the output (also written to `output` when given). `epoch` becomes
    SOURCE_DATE_EPOCH so that pandoc writes no clock date (EPUB/DOCX zips, metadata).
    A long-lived pandoc process (server.py) does the work unless AKN_PANDOC_SERVER=0.
    """
    from . import server
    request = server.request_for(to, args, epoch)
    if request is not None and server.enabled():
        data = server.shared().convert(request, json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        if output is not None:
            Path(output).write_bytes(data)
        return data
    return run_process(doc, to, args, output, epoch)


def run_process(doc: dict, to: str, args=(), output=None, epoch: int | None = None) -> bytes:
    """One `pandoc --sandbox` process for this one conversion."""
    cmd = [pandoc_path(), "--sandbox", "-f", "json", "-t", to, *args]
    if output is not None:
        cmd += ["-o", str(output)]
    env = dict(os.environ)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    proc = subprocess.run(cmd, input=data, capture_output=True, env=env)
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"pandoc ({to}) failed: {msg[-1] if msg else proc.returncode}")
    if output is not None:
        return Path(output).read_bytes()
    return proc.stdout
