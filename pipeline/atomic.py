"""Atomic file writes: a temp file in the target directory, then os.replace. Every file the
tool writes goes through here, so an OS error becomes one line naming the file (OutputError)."""
import os
import tempfile
from pathlib import Path

from .errors import cannot_write


def make_folder(path: Path) -> Path:
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise cannot_write(path, exc) from None
        raise
    return path


def check_writable(folder: Path) -> None:
    """Make the folder and prove a file can be written in it, before a batch starts."""
    make_folder(folder)
    probe = write_bytes(Path(folder) / ".akn-write-probe", b"")
    probe.unlink()
