"""A deploy, or a template edited under the development server, never serves pages of the code before it."""

import os
from pathlib import Path

from teekond.core import fingerprint


def test_a_changed_template_changes_the_fingerprint(settings):
    path = Path(settings.PACKAGE_DIR) / "templates" / "base.html"
    stat = path.stat()
    before = fingerprint._fingerprint()
    try:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert fingerprint._fingerprint() != before
    finally:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint._fingerprint() == before


def test_it_is_worked_out_once_per_process_in_production(settings):
    settings.DEBUG = False
    assert fingerprint.code_fingerprint() == fingerprint.code_fingerprint() == fingerprint._fingerprint_once()
