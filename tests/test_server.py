"""The long-lived pandoc process: same results as one process per conversion, no file read, restarts."""
import io
import json
import zipfile

import pytest

from pipeline.export import pandoc, render, server
from shared_corpus import CORPUS  # noqa: E402

SEED = CORPUS / "seed" / "A_RES_58_170_fr.xml"


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "epub"])
def test_server_and_one_process_per_conversion_agree(monkeypatch, fmt):
    monkeypatch.setenv("AKN_PANDOC_SERVER", "1")
    with_server = render(SEED, fmt)
    monkeypatch.setenv("AKN_PANDOC_SERVER", "0")
    assert render(SEED, fmt) == with_server


def test_every_date_in_the_docx_is_the_documents():
    """Not the reference document's build time, not 1970 (`pandoc --sandbox` ignores
    SOURCE_DATE_EPOCH): the date the resolution carries, on every entry and in its properties."""
    with zipfile.ZipFile(io.BytesIO(render(SEED, "docx"))) as z:
        dates = {info.date_time for info in z.infolist()}
        core = z.read("docProps/core.xml").decode()
    assert len(dates) == 1
    year, month, day = next(iter(dates))[:3]
    assert year == 2003 and f"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{year}-{month:02d}-{day:02d}T" in core


def test_a_document_cannot_make_the_server_read_a_file(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\nTOP-SECRET-BYTES")
    doc = {"pandoc-api-version": pandoc.api_version(), "meta": {"css": {"t": "MetaString", "c": str(secret)}},
           "blocks": [{"t": "Para", "c": [{"t": "Image", "c": [["", [], []], [{"t": "Str", "c": "described"}],
                                                                 [str(secret), ""]]}]}]}
    payload = json.dumps(doc).encode()
    epub = server.shared().convert(server.request_for("epub3", [], 315532800), payload)
    with zipfile.ZipFile(io.BytesIO(epub)) as z:
        everything = b"".join(z.read(name) for name in z.namelist())
    assert b"TOP-SECRET-BYTES" not in everything and b"described" in everything
    html = server.shared().convert(server.request_for("html5", ["-s"], None), payload)
    assert str(secret).encode() not in html and b"described" in html


def test_a_stopped_server_is_started_again():
    first = server.shared()
    first.proc.kill()
    first.proc.wait()
    assert render(SEED, "html").startswith(b"<!DOCTYPE html>")
    assert server.shared() is not first


def test_unknown_options_fall_back_to_a_sandboxed_process():
    assert server.request_for("html5", ["--toc"], None) is None
