"""The spikker's JSON format (issue #4): export, and an all-or-nothing import by key.

{"entries": [{"key", "area", "stages": [...], "situations": [...], "children_only", "sources": [{"url", "checked"}],
              "translations": {"et": {"title", "situation", "rule", "examples": [...], "why", "tip"}, ...}}]}

`situations` (optional, as on the journey map) names whom the rule is written for; none means everyone.
"""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from teekond.core.output import ImportRefused
from teekond.core.schema import Date, ListOf, Record, Text, Texts, YesNo, limit, text_fields
from teekond.core.translation import OUTDATED, exported_texts, imported_texts, outdated_mark_errors
from teekond.journey import selectors as journey
from teekond.journey.selectors import Situation, Stage
from teekond.spikker import services
from teekond.spikker.models import Entry, EntrySource, EntryStatus, EntryText, LifeArea
from teekond.spikker.search import reindex_entry
from teekond.spikker.services import reserved_keys  # noqa: F401  (kept for callers)

TEXT_FIELDS = ("title", "situation", "rule", "examples", "why", "tip")


def export_data() -> dict:
    entries = Entry.objects.select_related("area").prefetch_related("texts", "stages", "sources").order_by("key")
    return {"entries": [_export(entry) for entry in entries]}


def _export(entry: Entry) -> dict:
    return {
        "key": entry.key,
        "area": entry.area.key,
        "stages": sorted(stage.slug for stage in entry.stages.all()),
        "situations": entry.situations,
        "children_only": entry.children_only,
        "sources": [
            {"url": s.url, "checked": s.checked.isoformat() if s.checked else None} for s in entry.sources.all()
        ],
        "translations": exported_texts(entry, TEXT_FIELDS),
    }


def import_data(data, *, publish: bool = False) -> dict[str, int]:
    errors = validate(data)
    if errors:
        raise ImportRefused(errors)
    counts = {"created": 0, "updated": 0}
    with transaction.atomic():
        for item in data["entries"]:
            counts["created" if _import(item, publish=publish) else "updated"] += 1
    return counts


def _import(item: dict, *, publish: bool) -> bool:
    entry = Entry.objects.filter(key=item["key"]).first()
    created = entry is None
    entry = entry or Entry(key=item["key"])
    entry.area = LifeArea.objects.get(key=item["area"])
    entry.situations = item.get("situations", [])
    entry.children_only = item.get("children_only", False)
    if publish and entry.status != EntryStatus.PUBLISHED:
        entry.status, entry.published_at = EntryStatus.PUBLISHED, timezone.now()
    entry.save()
    entry.stages.set(journey.stages_by_slugs(item.get("stages", [])))
    entry.sources.all().delete()
    for source in item.get("sources", []):
        EntrySource.objects.create(entry=entry, url=source["url"], checked=_date(source.get("checked")))
    imported_texts(entry, item["translations"], TEXT_FIELDS)
    reindex_entry(entry)
    return created


def _date(value):
    return dt.date.fromisoformat(value) if value else None


MAX_ENTRIES = 2000
EXAMPLE_LENGTH = 1000


def _entry_schema() -> Record:
    examples = ListOf(Text(EXAMPLE_LENGTH), max_items=services.MAX_EXAMPLES)
    return Record(
        {
            "key": Text(limit(Entry, "key")),
            "area": Text(limit(LifeArea, "key")),
            "stages": ListOf(Text(limit(Stage, "slug")), max_items=50),
            "situations": ListOf(Text(limit(Stage, "slug")), max_items=len(Situation.values)),
            "children_only": YesNo(),
            "sources": ListOf(Record({"url": Text(limit(EntrySource, "url")), "checked": Date()}), max_items=50),
            "translations": Texts(text_fields(EntryText, TEXT_FIELDS, examples=examples)),
        },
        required=("key", "area", "translations"),
    )


def shape_problems(data) -> list[str]:
    """The file's shape (types, lengths from the models, keys written twice), each problem naming the entry."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return ['the file must hold {"entries": [...]}']
    errors = [f"file: field '{key}': appears twice" for key in getattr(data, "duplicates", ())]
    errors += [f"file: field '{key}': is not part of a spikker file" for key in data if key != "entries"]
    if len(data["entries"]) > MAX_ENTRIES:
        return errors + [f"file: field 'entries': at most {MAX_ENTRIES} entries ({len(data['entries'])} given)"]
    schema = _entry_schema()
    for index, item in enumerate(data["entries"]):
        key = item.get("key") if isinstance(item, dict) else None
        where = f"entries[{index}] {key}" if isinstance(key, str) and key else f"entries[{index}]"
        errors += [f"{where}: {error}" for error in schema.check(item, "")]
    return errors


def validate(data) -> list[str]:
    """Every problem in the file, each naming the entry and the field; an empty list when it can be imported."""
    errors = shape_problems(data)
    if errors:
        return errors

    areas = set(LifeArea.objects.values_list("key", flat=True))
    stages = journey.stage_slugs()
    errors, seen, reserved = [], set(), services.reserved_keys()
    for index, item in enumerate(data["entries"]):
        if not isinstance(item, dict):
            errors.append(f"entries[{index}]: not an object")
            continue
        key = item.get("key")
        where = f"entries[{index}] {key}"
        if not key or slugify(key) != key:
            errors.append(f"{where}: field 'key': must be a slug of lower-case letters, digits and hyphens")
        if key in reserved:
            errors.append(f"{where}: field 'key': {key!r} is the address of a spikker page; choose another key")
        if key in seen:
            errors.append(f"{where}: field 'key': appears twice in the file")
        seen.add(key)
        if item.get("area") not in areas:
            errors.append(
                f"{where}: field 'area': unknown area {item.get('area')!r} (known: {', '.join(sorted(areas))})"
            )
        errors += [f"{where}: field 'stages': unknown stage {s!r}" for s in item.get("stages", []) if s not in stages]
        errors += _situation_errors(where, item)
        errors += _source_errors(where, item.get("sources", []))
        errors += _translation_errors(where, item.get("translations"))
    return errors


def _situation_errors(where: str, item: dict) -> list[str]:
    situations = item.get("situations", [])
    if not isinstance(situations, list):
        return [f"{where}: field 'situations': a list of situations"]
    known = Situation.values
    errors = [
        f"{where}: field 'situations': unknown situation {s!r} (known: {', '.join(known)})"
        for s in situations
        if s not in known
    ]
    if item.get("children_only", False) not in (True, False):
        errors.append(f"{where}: field 'children_only': true or false")
    return errors


def _source_errors(where: str, sources) -> list[str]:
    errors = []
    for number, source in enumerate(sources if isinstance(sources, list) else [None]):
        if not isinstance(source, dict) or not str(source.get("url", "")).startswith(("http://", "https://")):
            errors.append(f"{where}: field 'sources[{number}].url': an http(s) address is needed")
            continue
        try:
            _date(source.get("checked"))
        except (TypeError, ValueError):
            errors.append(f"{where}: field 'sources[{number}].checked': not a date (YYYY-MM-DD)")
    return errors


def _translation_errors(where: str, translations) -> list[str]:
    if not isinstance(translations, dict):
        return [f"{where}: field 'translations': missing"]
    errors = []
    if not (translations.get(settings.SOURCE_LANGUAGE) or {}).get("title"):
        errors.append(f"{where}: field 'translations.et.title': the Estonian title is missing")
    for language, text in translations.items():
        if language not in settings.CONTENT_LANGUAGES:
            errors.append(f"{where}: field 'translations.{language}': unknown language")
            continue
        examples = (text or {}).get("examples", [])
        if not isinstance(examples, list) or len(examples) > 3 or not all(isinstance(e, str) for e in examples):
            errors.append(f"{where}: field 'translations.{language}.examples': a list of at most three texts")
        unknown = set(text or {}) - set(TEXT_FIELDS) - {OUTDATED}
        if unknown:
            errors.append(f"{where}: field 'translations.{language}.{sorted(unknown)[0]}': not a field of an entry")
    return errors + outdated_mark_errors(where, "translations", translations)
