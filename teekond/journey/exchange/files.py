"""Reading several journey files as one, and the sources they name by key.

A file may carry `"sources": {"S1": "https://…"}` and name a source by its key in any `source` field
("S21; S20"); the starter files share one sources file (core/data/sources.json), so an address that moves is
changed in one place. Records keep the resolved text: an export writes the addresses themselves.
"""

import copy

from teekond.core import sources as shared
from teekond.core.output import ImportRefused

FORMAT = "teekond-journey"
VERSION = 1


def merge_documents(documents: list[dict]) -> dict:
    """Several files as one import: their records one after another, their sources together.

    A sources file (`"format": "teekond-sources"`) contributes only its sources.
    """
    merged: dict = {"format": FORMAT, "version": VERSION, "sources": {}}
    for document in documents:
        if not isinstance(document, dict):
            raise ImportRefused(["the file must hold a JSON object"])
        if document.get("format") == shared.FORMAT:
            merged["sources"].update(document.get("sources", {}))
            continue
        for name, value in document.items():
            if name == "sources":
                merged["sources"].update(value)
            elif isinstance(value, list):
                merged.setdefault(name, []).extend(value)
            else:
                merged.setdefault(name, value)
    return merged


def resolved_sources(data) -> tuple[dict, list[str]]:
    """The document with every source key replaced by its text; an unknown key is an error."""
    sources = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(sources, dict) or not all(_is_source(value) for value in sources.values()):
        return data, []  # nothing to resolve, or a malformed list of sources that the file's shape check names
    data, errors = copy.deepcopy(data), []
    for collection in ("steps", "bottlenecks", "editions"):
        rows = data.get(collection)
        for index, row in enumerate(rows if isinstance(rows, list) else []):
            if not isinstance(row, dict):
                continue
            where = f"{collection}[{index}] {row.get('key', row.get('year', '?'))}"
            errors += _resolve_source(where, row, data["sources"])
            evidence = row.get("evidence")
            for number, item in enumerate(evidence if isinstance(evidence, list) else []):
                errors += _resolve_source(f"{where}: evidence[{number}]", item, data["sources"])
    return data, errors


def _is_source(value) -> bool:
    """An address or a title (text), or a document's title per language."""
    return isinstance(value, str) or (isinstance(value, dict) and all(isinstance(v, str) for v in value.values()))


def _resolve_source(where: str, row, known: dict) -> list[str]:
    if not isinstance(row, dict) or not isinstance(row.get("source"), str):
        return []
    row["source"], unknown = shared.resolve(row["source"], known)
    return [f"{where}: field 'source': unknown source {key!r}" for key in unknown]
