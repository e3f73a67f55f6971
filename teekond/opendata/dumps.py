"""The daily open-data dumps: a CSV and a JSON file per record type, a datapackage.json (Frictionless
Data Package) describing every CSV column, and a README with every field and the licence.

Built whole into a new folder that then replaces the old one, so a reader never gets half a dump.
"""

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from teekond.opendata.catalogue import record_types
from teekond.opendata.records import STRING, RecordType

LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """A text a spreadsheet program would run as a formula, made inert with a leading apostrophe.

    One small function on purpose: the shared helper of issue 14 can replace it.
    """
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_text(record_type: RecordType, rows: list[dict]) -> str:
    strings = {column.name for column in record_type.columns if column.type == STRING}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in record_type.columns])
    for row in rows:
        writer.writerow([_cell(row[column.name], column.name in strings) for column in record_type.columns])
    return buffer.getvalue()


def _cell(value, is_text: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(str(value)) if is_text else str(value)


def descriptor(types: list[RecordType], generated: dt.datetime) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "teekond-open-data",
        "title": "Teekond — open data of the Estonian municipalities' integration network",
        "description": "Every public record of Teekond (ELVL). Field by field: README.md.",
        "homepage": settings.SITE_URL + "/open-data/",
        "created": generated.isoformat(timespec="seconds"),
        "licenses": [LICENCE],
        "resources": [_resource(record_type) for record_type in types],
    }


def _resource(record_type: RecordType) -> dict:
    fields = []
    for column in record_type.columns:
        field = {"name": column.name, "type": column.type, "description": column.description}
        if column.required:
            field["constraints"] = {"required": True, "unique": True}
        fields.append(field)
    return {
        "name": record_type.name,
        "path": f"{record_type.name}.csv",
        "title": record_type.title,
        "description": record_type.description,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": [record_type.key], "missingValues": [""]},
    }


def build(output: Path | None = None) -> Path:
    """Write every dump into `output` (OPEN_DATA_DIR by default), replacing what was there."""
    output = Path(output or settings.OPEN_DATA_DIR)
    generated = timezone.now()
    fresh = output.with_name(output.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    types = record_types()
    counts = {}
    for record_type in types:
        rows = record_type.rows()
        counts[record_type.name] = len(rows)
        (fresh / f"{record_type.name}.csv").write_text(csv_text(record_type, rows), encoding="utf-8")
        (fresh / f"{record_type.name}.json").write_text(
            json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    (fresh / "datapackage.json").write_text(json.dumps(descriptor(types, generated), ensure_ascii=False, indent=1))
    readme = render_to_string("opendata/README.md", {"types": types, "counts": counts, "generated": generated})
    (fresh / "README.md").write_text(readme, encoding="utf-8")
    _replace(fresh, output)
    return output


def _replace(fresh: Path, output: Path) -> None:
    old = output.with_name(output.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if output.exists():
        output.rename(old)
    fresh.rename(output)
    shutil.rmtree(old, ignore_errors=True)
