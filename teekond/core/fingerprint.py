"""A fingerprint of the code that builds pages: templates, Python, translations and the static manifest.

It is part of every page cache key, so a deploy (new templates, new translations, new static file
names) never serves pages built by the code before it, even from a cache that outlived the deploy.
Worked out once per process from the files' names, sizes and change times (a few milliseconds); with
DEBUG on, again each second, so that a template edited under the development server shows at once.
"""

import hashlib
import time
from functools import cache
from pathlib import Path

from django.conf import settings

SUFFIXES = {".py", ".html", ".txt", ".mo", ".css", ".js", ".svg", ".json"}


_looked = (0.0, "")  # with DEBUG on: when the files were last looked at, and their fingerprint


def code_fingerprint() -> str:
    # In development a template changes under the running server, which reloads only for Python files.
    global _looked
    if not settings.DEBUG:
        return _fingerprint_once()
    if time.monotonic() - _looked[0] > 1:
        _looked = (time.monotonic(), _fingerprint())
    return _looked[1]


@cache
def _fingerprint_once() -> str:
    return _fingerprint()


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _files():
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


def _files() -> list[Path]:
    package = Path(settings.PACKAGE_DIR)
    found = sorted(path for path in package.rglob("*") if path.suffix in SUFFIXES and "tests" not in path.parts)
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    return [*found, manifest] if manifest.exists() else found
