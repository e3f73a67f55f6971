"""Reads of the spikker, each in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F, Q

from teekond.core.translation import TranslationState
from teekond.spikker.models import Entry, EntryStatus, EntryText, LifeArea


def browse(
    *, stage_slug: str = "", situation: str = "", children: bool | None = None, include_unpublished: bool = False
) -> list[tuple]:
    """Published entries grouped by life area, optionally only those that matter at one journey stage and to
    a newcomer in one situation, with or without children (as the guide's plan chooses them)."""
    entries = Entry.objects.for_listing()
    if not include_unpublished:
        entries = entries.published()
    if stage_slug:
        entries = entries.filter(stages__slug=stage_slug)
    by_area = defaultdict(list)
    for entry in entries:
        if entry.concerns(situation, children):
            by_area[entry.area_id].append(entry)
    return [(area, by_area.get(area.pk, [])) for area in LifeArea.objects.prefetch_related("texts")]


def entry_page(key: str, *, include_unpublished: bool = False) -> tuple[Entry, list[Entry]]:
    entries = Entry.objects.for_listing().prefetch_related("sources")
    if not include_unpublished:
        entries = entries.published()
    entry = entries.get(key=key)
    stage_ids = [stage.pk for stage in entry.stages.all()]
    related = Entry.objects.published().for_listing().exclude(pk=entry.pk).filter(area=entry.area)
    if stage_ids:
        related = Entry.objects.published().for_listing().exclude(pk=entry.pk).filter(stages__in=stage_ids) | related
    return entry, list(related.distinct()[:5])


# Editorial reads: the editors' list and the translators' worklist.


def entries_by_status() -> list[tuple[str, str, list[Entry]]]:
    """Every entry grouped by workflow state, (state, label, entries), recently changed first."""
    entries = Entry.objects.select_related("area").prefetch_related("texts", "area__texts").order_by("-updated_at")
    by_status = defaultdict(list)
    for entry in entries:
        by_status[entry.status].append(entry)
    return [(status, label, by_status[status]) for status, label in EntryStatus.choices]


@dataclass(frozen=True)
class WorkItem:
    entry: Entry
    state: str  # TranslationState of the language worked on
    source: EntryText | None


WORK_ORDER = (TranslationState.MISSING, TranslationState.OUTDATED, TranslationState.UP_TO_DATE)


def translation_worklist(language: str) -> tuple[list[WorkItem], list[tuple[str, str, int]]]:
    """Entries not archived, missing and outdated translations first; and (state, label, count) per state.

    States are computed from prefetched rows, so the number of queries does not grow with the entries.
    """
    entries = (
        Entry.objects.exclude(status=EntryStatus.ARCHIVED)
        .select_related("area")
        .prefetch_related("texts", "area__texts")
    )
    items = [
        WorkItem(entry, entry.translation_states()[language], entry.texts_by_language().get(settings.SOURCE_LANGUAGE))
        for entry in entries
    ]
    items.sort(key=lambda item: WORK_ORDER.index(item.state))  # stable: keeps the area order within a state
    counts = [(state, state.label, sum(item.state == state for item in items)) for state in WORK_ORDER]
    return items, counts


def source_as_translated(entry: Entry, translation: EntryText):
    """The Estonian text as it stood when the translation was made: its last version of that source version."""
    return (
        EntryText.history.filter(
            entry_id=entry.pk, language=settings.SOURCE_LANGUAGE, made_from_version=translation.made_from_version
        )
        .exclude(history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )


def entries_by_last_check() -> list[Entry]:
    """Entries readers can see, the ones no person has checked first, then the longest unchecked."""
    entries = Entry.objects.published().select_related("area", "checked_by").prefetch_related("texts")
    return list(entries.order_by(F("checked").asc(nulls_first=True), "area__order", "key"))


@dataclass(frozen=True)
class CollectionFigures:
    """The published spikker in numbers, for the annual report."""

    entries: int
    by_language: list[tuple[str, int]]  # (language code, published entries with a text in it), content order
    areas: list[tuple[LifeArea, int]]  # life areas that have published entries, with how many


def collection_figures() -> CollectionFigures:
    published = Entry.objects.published()
    texts = EntryText.objects.filter(entry__in=published).values("language").annotate(n=Count("entry", distinct=True))
    per_language = {row["language"]: row["n"] for row in texts}
    areas = LifeArea.objects.prefetch_related("texts").annotate(
        n=Count("entries", filter=Q(entries__status=EntryStatus.PUBLISHED))
    )
    return CollectionFigures(
        entries=published.count(),
        by_language=[(code, per_language.get(code, 0)) for code in settings.CONTENT_LANGUAGES],
        areas=[(area, area.n) for area in areas if area.n],
    )


TEXT_FIELDS = ("title", "situation", "rule", "why", "tip")


def source_text(row: EntryText) -> str:
    """An entry's text in one language as one string (for finding the terms it uses)."""
    return "\n".join([*(getattr(row, name) for name in TEXT_FIELDS), *row.examples])


def published_texts():
    """(where, field, language, text) of every published entry, for `teekond terms check`."""
    for entry in Entry.objects.published().prefetch_related("texts"):
        for row in entry.texts.all():
            for name in TEXT_FIELDS:
                yield f"spikker entry {entry.key}", f"{row.language}.{name}", row.language, getattr(row, name)
            for number, example in enumerate(row.examples):
                yield f"spikker entry {entry.key}", f"{row.language}.examples[{number}]", row.language, example


def areas_by_id(ids) -> dict[int, LifeArea]:
    return LifeArea.objects.prefetch_related("texts").in_bulk(ids)


def published_entries_in_full():
    """The published entries by key, with their area, texts, stages and sources (open data)."""
    entries = Entry.objects.published().select_related("area").prefetch_related("texts", "stages", "sources")
    return entries.order_by("key")


def recently_published(count: int) -> list[Entry]:
    entries = Entry.objects.published().filter(published_at__isnull=False).prefetch_related("texts")
    return list(entries.order_by("-published_at", "key")[:count])
