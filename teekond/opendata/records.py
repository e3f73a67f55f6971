"""Open data: every public record type described once — its columns, what each means, how to read it —
and served from that one description as the API (/api/v1/), the daily CSV and JSON dumps with their
datapackage.json (/open-data/) and the README that explains every field.

Rows are flat: a translated text is one column per language (`title_et`, `title_en`, …), a list is one
text joined with "; ". No personal data: no names of people, no e-mail of a person, no internal evidence.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation

LIST_SEPARATOR = "; "
# Frictionless Table Schema types of the columns.
STRING, INTEGER, NUMBER, BOOLEAN, DATE, DATETIME = "string", "integer", "number", "boolean", "date", "datetime"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    required: bool = False


@dataclass
class Filters:
    """The API's filters; each record type applies those it has columns for."""

    state: str = ""
    level: str = ""
    body: str = ""
    stage: str = ""
    perspective: str = ""
    municipality: str = ""
    changed_since: dt.datetime | None = None


@dataclass
class RecordType:
    name: str
    title: str
    description: str
    key: str
    columns: list[Column]
    read: Callable[[], Iterable[dict]]
    filters: tuple[str, ...] = ()
    licence_note: str = ""
    column_filters: dict = field(default_factory=dict)

    def rows(self, filters: Filters | None = None) -> list[dict]:
        # Pages' addresses are the Estonian ones, whatever the language of the request.
        with translation.override(settings.SOURCE_LANGUAGE):
            rows = list(self.read())
        if filters is None:
            return rows
        for name in self.filters:
            wanted = getattr(filters, name)
            if not wanted:
                continue
            if name == "changed_since":
                rows = [r for r in rows if r["changed_at"] and dt.datetime.fromisoformat(r["changed_at"]) >= wanted]
            else:
                column = self.column_filters.get(name, name)
                rows = [r for r in rows if _matches(r.get(column), wanted)]
        return rows

    def row(self, key: str) -> dict | None:
        return next((row for row in self.rows() if str(row[self.key]) == key), None)


def _matches(value, wanted: str) -> bool:
    if isinstance(value, str) and LIST_SEPARATOR in value:
        return wanted in value.split(LIST_SEPARATOR)
    return str(value) == wanted


def text_columns(fields: dict[str, str]) -> list[Column]:
    """One column per text field and content language, e.g. title_et … title_uk."""
    columns = []
    for name, meaning in fields.items():
        for code, language in settings.LANGUAGES:
            origin = "the source text" if code == settings.SOURCE_LANGUAGE else "a translation; empty when missing"
            columns.append(Column(f"{name}_{code}", STRING, f"{meaning} in {language} ({code}): {origin}."))
    return columns


def text_values(record, fields: Iterable[str]) -> dict:
    rows = record.texts_by_language()
    return {
        f"{name}_{code}": _text(getattr(rows[code], name, "")) if code in rows else ""
        for name in fields
        for code in settings.CONTENT_LANGUAGES
    }


def _text(value) -> str:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return value or ""


def iso(value) -> str | None:
    return value.isoformat() if value else None


def joined(values: Iterable) -> str:
    return LIST_SEPARATOR.join(str(value) for value in values)


def latest(*moments) -> str | None:
    known = [moment for moment in moments if moment]
    return max(known).isoformat() if known else None


KEY = "A stable key: it never changes, and other records refer to this one by it."
CHANGED = Column("changed_at", DATETIME, "When the record or one of its texts last changed (ISO 8601).")
SAMPLE = Column(
    "sample", BOOLEAN, "True for starter content written for coordinators to confirm or replace: not a fact."
)


def page(record) -> str:
    """The record's page (in the language RecordType.rows has set: Estonian)."""
    return settings.SITE_URL + record.get_absolute_url()


def latest_text(record):
    return max((row.updated_at for row in record.texts.all()), default=None)
