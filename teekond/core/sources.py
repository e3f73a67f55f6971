"""The one list of sources that starter content cites (data/sources.json), by the brief's keys.

Starter data files name a source by its key ("S17") instead of repeating its address, so that an address
that moves (ENIC/NARIC went from archimedes.ee to harno.ee) is changed in one place. A record keeps the
resolved text, so exports, pages and imports from elsewhere work with plain addresses as before. A source
that is a document rather than a web page has a title per language; Estonian is what records keep.
"""

import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings

SOURCES_FILE = Path(__file__).parent / "data" / "sources.json"
FORMAT = "teekond-sources"
# A key has no spaces, dots, slashes or colons, so no address or document title looks like one.
KEY = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")


@cache
def shared_sources() -> dict[str, str | dict]:
    data = json.loads(SOURCES_FILE.read_text(encoding="utf-8"))
    return data["sources"]


def source_text(value: str | dict, language: str = settings.SOURCE_LANGUAGE) -> str:
    """An address as it is; a document's title in `language`, else in Estonian."""
    if isinstance(value, dict):
        return value.get(language) or value[settings.SOURCE_LANGUAGE]
    return value


def resolve(value: str, sources: dict) -> tuple[str, list[str]]:
    """A source field with its keys ("S21; S20") replaced by their texts, and the keys that are unknown."""
    parts, unknown = [], []
    for part in (p.strip() for p in value.split(";")):
        if part in sources:
            parts.append(source_text(sources[part]))
        elif KEY.match(part) and len(part) <= 20:
            unknown.append(part)
        elif part:
            parts.append(part)
    return "; ".join(parts), unknown


def for_readers(value: str, language: str) -> str:
    """A stored source field for a reader of `language`: a shared document's Estonian title becomes its title
    in that language; addresses and other text stay as they are."""
    titles = {source_text(v): v for v in shared_sources().values() if isinstance(v, dict)}
    parts = [p.strip() for p in (value or "").split(";") if p.strip()]
    return "; ".join(source_text(titles[p], language) if p in titles else p for p in parts)
