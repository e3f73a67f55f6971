"""Reads of the spikker, each in a fixed number of queries."""

from collections import defaultdict

from teekond.spikker.models import Entry, LifeArea


def browse(*, stage_slug: str = "", include_unpublished: bool = False) -> list[tuple]:
    """Published entries grouped by life area, optionally only those that matter at one journey stage."""
    entries = Entry.objects.for_listing()
    if not include_unpublished:
        entries = entries.published()
    if stage_slug:
        entries = entries.filter(stages__slug=stage_slug)
    by_area = defaultdict(list)
    for entry in entries:
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
