"""Bytes of an input file -> Unicode text, or a one-line InputError saying why not."""
import re
from pathlib import Path

from .errors import InputError

# control characters (Unicode category Cc) other than line breaks, tab and form feed
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: invalid UTF-16 text") from None
    else:
        if b"\x00" in data:
            raise InputError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} "
                             f"at offset {exc.start}); convert it to UTF-8 first") from None
    if not text.strip():
        raise InputError(f"{name}: empty file, no text to convert")
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: binary file ({controls} control characters), expected text")
    return text


def read_bytes(path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file to convert") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text(path) -> str:
    return decode(read_bytes(path), str(path))
