"""Writing a generated document from a management command: to a file, or to standard output."""

import sys
from pathlib import Path

from django.core.management.base import CommandError


def write_document(command, content: str | bytes, output: str | None, fmt: str) -> None:
    data = content.encode("utf-8") if isinstance(content, str) else content
    if output:
        Path(output).write_bytes(data)
        command.stderr.write(f"Wrote {output} ({len(data):,} bytes).")
    elif isinstance(content, str):
        command.stdout.write(content, ending="")
    elif sys.stdout.isatty():
        raise CommandError(f"A {fmt} file is binary: give -o FILE.{fmt} to write it.")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
