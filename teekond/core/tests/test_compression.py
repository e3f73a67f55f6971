"""Which encoding a client gets, and that every stored encoding is the same page."""

import gzip

import brotli
import pytest

from teekond.core import compression

PAGE = ("<p>Elukoha registreerimine 14 päeva jooksul.</p>" * 40).encode()


@pytest.mark.parametrize(
    "header, chosen",
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip, deflate", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0, br;q=0", ""),
        ("identity", ""),
        ("", ""),
        ("*", "br"),
        ("*;q=0, gzip;q=0.5", "gzip"),
        ("BR", "br"),
        ("gzip;q=nonsense, br", "br"),
    ],
)
def test_the_client_gets_the_best_encoding_it_accepts(header, chosen):
    assert compression.choose(header, compression.ENCODINGS) == chosen


def test_a_missing_encoding_falls_back_to_the_plain_body():
    assert compression.choose("br", {"": b""}) == ""


def test_every_variant_is_the_same_page():
    found = compression.variants(PAGE, "text/html; charset=utf-8")
    assert set(found) == {"", "br", "gzip"}
    assert brotli.decompress(found["br"]) == gzip.decompress(found["gzip"]) == found[""] == PAGE


@pytest.mark.parametrize(
    "content_type, body",
    [("application/pdf", PAGE), ("image/png", PAGE), ("text/html", b"<p>short</p>")],
)
def test_what_does_not_compress_is_kept_plain(content_type, body):
    assert compression.variants(body, content_type) == {"": body}
