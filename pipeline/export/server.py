"""A long-lived `pandoc lua` process per worker that writes every format of every document.

Starting pandoc costs ≈ 40 ms; a batch has pandoc write three formats per document (HTML,
DOCX, the PDF's Typst source), so one process per format per document spends much of its
time starting pandoc. The server reads
requests on its stdin (see templates/pandoc-server.lua) and keeps the sandbox's promise
by construction: it never lets a document name a file.
"""
import atexit
import json
import os
import subprocess
import threading
from functools import lru_cache

from ..children import die_with_parent
from ..errors import InputError
from .resources import path as template_path

_WITH_VALUE = {"--template": "template", "--reference-doc": "reference_doc",
               "--syntax-highlighting": "highlight_method"}


def enabled() -> bool:
    return os.environ.get("AKN_PANDOC_SERVER", "1") != "0"


def request_for(to: str, args, epoch) -> dict | None:
    """The server request for `pandoc -t TO ARGS`, or None for an option the server does not know."""
    request = {"to": to, "epoch": epoch}
    if to.startswith("epub"):
        request["standalone"] = True      # the command line always uses the EPUB template
    args = list(args)
    while args:
        arg = args.pop(0)
        if arg in ("-s", "--standalone"):
            request["standalone"] = True
        elif arg in _WITH_VALUE and args:
            request[_WITH_VALUE[arg]] = args.pop(0)
        else:
            return None
    return request


@lru_cache(maxsize=1)
def _runtime_options() -> dict:
    """A 64 MB allocation area, larger than GHC's default: the long-lived pandoc collects
    garbage less often, ~3 ms less CPU per document for ~4 MB more (measured on the corpus).
    Only if this pandoc takes the option: a build with restricted RTS options exits on it."""
    from .pandoc import pandoc_path
    wanted = {"GHCRTS": "-A64m"}
    probe = subprocess.run([pandoc_path(), "--version"], env={"PATH": os.environ.get("PATH", ""), **wanted},
                           capture_output=True)
    return wanted if probe.returncode == 0 else {}


class PandocServer:
    def __init__(self):
        from .pandoc import pandoc_path
        self.lock = threading.Lock()
        self.proc = subprocess.Popen([pandoc_path(), "lua", str(template_path("pandoc-server.lua"))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env={"PATH": os.environ.get("PATH", ""), **_runtime_options()},
                                     # dies with its worker; the terminal's Ctrl-C is the batch's to handle
                                     preexec_fn=die_with_parent, start_new_session=True)

    def convert(self, request: dict, payload: bytes) -> bytes:
        with self.lock:
            header = dict(request, length=len(payload))
            try:
                self.proc.stdin.write(json.dumps(header).encode() + b"\n" + payload)
                self.proc.stdin.flush()
                reply = json.loads(self.proc.stdout.readline() or b"null")
            except (BrokenPipeError, ValueError):
                reply = None
            if reply is None:
                raise RuntimeError("the pandoc server stopped")
            if not reply["ok"]:
                message = reply["error"].strip().splitlines()
                raise InputError(f"pandoc ({request['to']}) failed: {message[-1] if message else 'error'}")
            return self.proc.stdout.read(reply["length"])

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)


_server: PandocServer | None = None
_pid = None


def shared() -> PandocServer:
    """This process's server (a forked worker starts its own)."""
    global _server, _pid
    if _server is None or _pid != os.getpid() or _server.proc.poll() is not None:
        _server, _pid = PandocServer(), os.getpid()
        atexit.register(_server.close)
    return _server
