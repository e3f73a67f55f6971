"""Compressed answers: brotli or gzip, whichever the client accepts, for text that compresses.

Pages from the page cache are compressed once, when stored, into every encoding (`variants`); other
answers (signed-in pages, forms, the live board's JSON) are gzipped per request by Django's own
GZipMiddleware logic, which pads each answer with random bytes against BREACH-style guessing of secrets
(CSRF tokens) in compressed pages. Static files come precompressed from WhiteNoise (`.br` and `.gz`,
made by `collectstatic`).
"""

import gzip
from functools import lru_cache

import brotli
from django.middleware.gzip import GZipMiddleware

# Encodings in the order this server prefers them; "" is the uncompressed body.
ENCODINGS = ("br", "gzip", "")
COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/javascript",
    "application/manifest+json",
    "application/xml",
    "image/svg+xml",
)
MIN_SIZE = 200  # below this the encoding's own overhead eats the gain
# Chosen for answers built once and served many times: a few milliseconds for a 90 KB page.
BROTLI_QUALITY = 9
GZIP_LEVEL = 9

_gzip = GZipMiddleware(lambda request: None)


def compressible(content_type: str, size: int) -> bool:
    return size >= MIN_SIZE and content_type.startswith(COMPRESSIBLE)


def variants(body: bytes, content_type: str) -> dict[str, bytes]:
    """The body in every encoding worth sending (always the plain body under "")."""
    if not compressible(content_type, len(body)):
        return {"": body}
    found = {"": body}
    compressed = {
        "br": brotli.compress(body, quality=BROTLI_QUALITY, mode=brotli.MODE_TEXT),
        "gzip": gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0),
    }
    found.update({encoding: data for encoding, data in compressed.items() if len(data) < len(body)})
    return found


@lru_cache(maxsize=256)
def accepted(accept_encoding: str) -> tuple[str, ...]:
    """The encodings an Accept-Encoding header allows, in this server's order ("" always last)."""
    weights = {}
    for item in accept_encoding.lower().split(","):
        name, _sep, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _eq, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        weights[name.strip()] = quality
    star = weights.get("*", 0.0)
    return tuple(name for name in ENCODINGS[:-1] if weights.get(name, star) > 0) + ("",)


def choose(accept_encoding: str, available) -> str:
    return next(name for name in accepted(accept_encoding) if name in available)


def compress_dynamic(request, response):
    """Gzip an answer built for this request alone, when it is text and the client accepts gzip."""
    if response.streaming or not compressible(response.get("Content-Type", ""), len(response.content)):
        return response
    return _gzip.process_response(request, response)
