"""Running the pandoc binary (from pypandoc-binary) sandboxed, JSON AST on stdin."""
import json
import os
import subprocess
from functools import lru_cache

import orjson
import pypandoc

from ..children import die_with_parent
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


def run(doc: dict, to: str, args=(), epoch: int | None = None) -> bytes:
    """Convert the Pandoc JSON document `doc` to format `to`, as `pandoc --sandbox -f json -t TO ARGS`,
    and return the output's bytes (binary formats too: nothing goes through a file).

    `epoch` becomes SOURCE_DATE_EPOCH so that pandoc writes no clock date (DOCX zip, metadata).
    A long-lived pandoc process (server.py) does the work unless AKN_PANDOC_SERVER=0.
    """
    from . import server
    request = server.request_for(to, args, epoch)
    if request is not None and server.enabled():
        return server.shared().convert(request, to_json(doc))
    return run_process(doc, to, args, epoch)


def to_json(doc: dict) -> bytes:
    # orjson: the same compact UTF-8 JSON as json.dumps(ensure_ascii=False), 5x faster
    return orjson.dumps(doc)


def run_process(doc: dict, to: str, args=(), epoch: int | None = None) -> bytes:
    """One `pandoc --sandbox` process for this one conversion."""
    cmd = [pandoc_path(), "--sandbox", "-f", "json", "-t", to, *args, "-o", "-"]
    env = dict(os.environ)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    proc = subprocess.run(cmd, input=to_json(doc), capture_output=True, env=env, preexec_fn=die_with_parent)
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"pandoc ({to}) failed: {msg[-1] if msg else proc.returncode}")
    return proc.stdout
