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


def test_the_allocation_option_only_goes_to_a_pandoc_that_takes_it(monkeypatch, tmp_path):
    """GHCRTS=-A64m makes the long-lived pandoc faster; a pandoc built with restricted RTS
    options exits on it, so the server must then start without it rather than not at all."""
    server._runtime_options.cache_clear()
    assert server._runtime_options() == {"GHCRTS": "-A64m"}      # the pandoc we ship takes it
    strict = tmp_path / "pandoc"
    strict.write_text('#!/bin/sh\n[ -n "$GHCRTS" ] && { echo "Most RTS options are disabled" >&2; exit 1; }\n'
                      f'exec "{pandoc.pandoc_path()}" "$@"\n')
    strict.chmod(0o755)
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: str(strict))
    server._runtime_options.cache_clear()
    try:
        assert server._runtime_options() == {}
        proc = server.PandocServer()
        try:
            assert b"<p>ok</p>" in proc.convert(server.request_for("html5", [], 0), json.dumps(
                {"pandoc-api-version": pandoc.api_version(), "meta": {},
                 "blocks": [{"t": "Para", "c": [{"t": "Str", "c": "ok"}]}]}).encode())
        finally:
            proc.close()
    finally:
        server._runtime_options.cache_clear()
