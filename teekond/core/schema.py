"""The shape of an import file, checked before anything is written (journey and spikker exchange).

A schema is built from a few kinds (text, whole number, yes/no, date, list, record, fixed-length row, texts
per language); lengths come from the models (`limit`), so the file and the database agree on what fits. Each
problem names where it is, e.g. "field 'texts.et.title': at most 200 characters (5000 given)"; the caller
prefixes the record. JSON objects read by `core.output.read_json` remember keys written twice, and those are
problems too: with duplicate keys, the file says two things at once.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from django.conf import settings

# For text fields without a length of their own in the database (TextField): long enough for any real text.
LONG_TEXT = 20_000


class Pairs(dict):
    """A JSON object that remembers the keys it was given more than once (see `object_pairs`)."""

    duplicates: tuple = ()


def object_pairs(pairs):
    """json's object_pairs_hook: a dict, with any key that came twice noted instead of silently overwritten."""
    made = Pairs(pairs)
    if len(made) != len(pairs):
        seen, twice = set(), []
        for key, _value in pairs:
            if key in seen and key not in twice:
                twice.append(key)
            seen.add(key)
        made.duplicates = tuple(twice)
    return made


def limit(model, name: str) -> int:
    """The length a model's field takes: its max_length, or LONG_TEXT for a text without one."""
    return model._meta.get_field(name).max_length or LONG_TEXT


def _type_name(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list | tuple):
        return "a list"
    return "an object"


def _at(path: str, message: str) -> str:
    return f"field '{path}': {message}" if path else message


@dataclass
class Text:
    max_length: int
    nullable: bool = False
    pattern: str | None = None
    choices: tuple | None = None

    def check(self, value, path: str) -> list[str]:
        if value is None and self.nullable:
            return []
        if not isinstance(value, str):
            return [_at(path, f"must be a text, not {_type_name(value)}")]
        if len(value) > self.max_length:
            return [_at(path, f"at most {self.max_length} characters ({len(value)} given)")]
        if self.choices is not None and value not in self.choices:
            return [_at(path, f"{value[:60]!r} is not one of {', '.join(map(str, self.choices))}")]
        if self.pattern and not re.fullmatch(self.pattern, value):
            return [_at(path, f"{value[:60]!r} is not of the form expected")]
        return []


@dataclass
class Number:
    minimum: int = 0
    maximum: int = 2**31 - 1
    nullable: bool = False

    def check(self, value, path: str) -> list[str]:
        if value is None and self.nullable:
            return []
        if isinstance(value, bool) or not isinstance(value, int):
            return [_at(path, f"must be a whole number, not {_type_name(value)}")]
        if not self.minimum <= value <= self.maximum:
            return [_at(path, f"must be from {self.minimum} to {self.maximum}")]
        return []


@dataclass
class YesNo:
    def check(self, value, path: str) -> list[str]:
        return [] if isinstance(value, bool) else [_at(path, f"true or false, not {_type_name(value)}")]


@dataclass
class Date:
    nullable: bool = True

    def check(self, value, path: str) -> list[str]:
        if value is None and self.nullable:
            return []
        if isinstance(value, str) and len(value) == 10:
            try:
                dt.date.fromisoformat(value)
                return []
            except ValueError:
                pass
        return [_at(path, "must be a date written YYYY-MM-DD")]


@dataclass
class ListOf:
    item: object
    max_items: int = 1000
    nullable: bool = False

    def check(self, value, path: str) -> list[str]:
        if value is None and self.nullable:
            return []
        if not isinstance(value, list | tuple):  # a tuple: the same, written in Python (the starter content)
            return [_at(path, f"must be a list, not {_type_name(value)}")]
        if len(value) > self.max_items:
            return [_at(path, f"at most {self.max_items} items ({len(value)} given)")]
        errors = []
        for index, item in enumerate(value):
            errors += self.item.check(item, f"{path}[{index}]")
        return errors


@dataclass
class Row:
    """A short list, each place of its own kind (an organisation, an event reference); the last `optional`
    places may be left out."""

    items: tuple
    nullable: bool = False
    optional: int = 0

    def check(self, value, path: str) -> list[str]:
        if value is None and self.nullable:
            return []
        shortest = len(self.items) - self.optional
        if not isinstance(value, list | tuple) or not shortest <= len(value) <= len(self.items):
            count = f"{shortest} to {len(self.items)}" if self.optional else f"{len(self.items)}"
            return [_at(path, f"must be a list of {count} values")]
        errors = []
        for index, (spec, item) in enumerate(zip(self.items, value, strict=False)):
            errors += spec.check(item, f"{path}[{index}]")
        return errors


@dataclass
class Either:
    """A value of one kind or of another (a source: an address, or a document's title per language)."""

    first: object
    second: object
    description: str

    def check(self, value, path: str) -> list[str]:
        if not self.first.check(value, path) or not self.second.check(value, path):
            return []
        return [_at(path, f"must be {self.description}")]


@dataclass
class MapOf:
    """An object whose keys are names of one kind and whose values are all of one kind (sources by key,
    names by language)."""

    key: Text
    value: object
    max_items: int = 1000

    def check(self, value, path: str) -> list[str]:
        if not isinstance(value, dict):
            return [_at(path, f"must be an object, not {_type_name(value)}")]
        if len(value) > self.max_items:
            return [_at(path, f"at most {self.max_items} items ({len(value)} given)")]
        errors = [_at(f"{path}.{key}", "appears twice") for key in getattr(value, "duplicates", ())]
        for key, item in value.items():
            errors += self.key.check(key, f"{path}.{key}") + self.value.check(item, f"{path}.{key}")
        return errors


@dataclass
class Record:
    fields: dict
    required: tuple = ()
    nullable: bool = False
    extra: tuple = field(default=())  # keys that are allowed and ignored

    def check(self, value, path: str) -> list[str]:
        if value is None and self.nullable:
            return []
        if not isinstance(value, dict):
            return [_at(path, f"must be an object, not {_type_name(value)}")]
        prefix = f"{path}." if path else ""
        errors = [_at(f"{prefix}{key}", "appears twice") for key in getattr(value, "duplicates", ())]
        errors += [_at(f"{prefix}{key}", "is missing") for key in self.required if key not in value]
        for key, item in value.items():
            spec = self.fields.get(key)
            if spec is None:
                if key not in self.extra:
                    errors.append(_at(f"{prefix}{key}", "is not a field of this record"))
                continue
            errors += spec.check(item, f"{prefix}{key}")
        return errors


@dataclass
class Texts:
    """Texts per content language, each a record of the model's text fields (and the `outdated` mark)."""

    text: Record

    def check(self, value, path: str) -> list[str]:
        if not isinstance(value, dict):
            return [_at(path, f"must be an object of languages, not {_type_name(value)}")]
        errors = [_at(f"{path}.{key}", "appears twice") for key in getattr(value, "duplicates", ())]
        for language, text in value.items():
            if language not in settings.CONTENT_LANGUAGES:
                errors.append(_at(f"{path}.{language}", "not a content language"))
                continue
            errors += self.text.check(text, f"{path}.{language}")
        return errors


def text_fields(model, names, **kinds) -> Record:
    """The record of a text model's fields for one language, with the `outdated` mark an export writes."""
    fields = {name: kinds.get(name) or Text(limit(model, name)) for name in names}
    fields["outdated"] = YesNo()
    return Record(fields)
