"""The journey map as plain data: the JSON export, and its import (all-or-nothing).

The starter content (data/map.json, data/sample-issues.json) is written in this same shape, so the seed
is an import too. Every record has a stable key; an import creates or updates by key, and an error names
the record and the field and changes nothing.

A file may carry `"sources": {"S1": "https://…"}` and name a source by its key in any `source` field
("S21; S20"); several files are read as one (`exchange.files.merge_documents`), so the starter files share one sources
file (core/data/sources.json). An export writes the addresses themselves.
"""

from teekond.journey.exchange.exporting import export_data
from teekond.journey.exchange.importing import import_data

__all__ = ["export_data", "import_data"]
