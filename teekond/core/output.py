"""Files in and out of management commands: JSON read with a clear refusal, documents written to a file or
standard output, and the refusal an all-or-nothing import raises."""

import json
import sys
from pathlib import Path

from django.core.management.base import CommandError


class ImportRefused(Exception):
    """The data was not imported; `errors` name each record and field that is wrong."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


# An export of the whole map with every translation is under 1 MB; ten times that is room enough, and a file
# far larger is a mistake (or an attack) that would keep the import busy for minutes.
MAX_IMPORT_BYTES = 10 * 1024 * 1024


def read_json(path: str, *, max_bytes: int = MAX_IMPORT_BYTES):
    """A JSON file for an import: at most `max_bytes`, its objects remembering keys written twice
    (core.schema.Pairs), so that the import's schema check refuses them."""
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            raise CommandError(
                f"{path}: the file is {size / 1024 / 1024:.1f} MB; an import file can be at most "
                f"{max_bytes / 1024 / 1024:.0f} MB. Nothing was imported."
            )
        return loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CommandError(f"{path}: not a JSON file ({error}); nothing was imported") from None
    except RecursionError:
        raise CommandError(f"{path}: nested too deeply to be an export file; nothing was imported") from None


def loads(text: str):
    """JSON with duplicate keys remembered (core.schema.Pairs)."""
    from teekond.core.schema import object_pairs

    return json.loads(text, object_pairs_hook=object_pairs)


def refused_import(refused: ImportRefused) -> CommandError:
    return CommandError("nothing was imported:\n" + "\n".join(f"  {error}" for error in refused.errors))


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
