"""The spikker as a printed booklet: every published entry in one language, as an A4 PDF.

WeasyPrint lays out the pages, so the table of contents takes its page numbers from CSS
(`target-counter`) rather than from a second pass of our own. Entries without the booklet's language
fall back as on the site and say so, so a printed copy never silently mixes languages.

Building takes seconds, so the bytes are cached per language under a version of the published content
(the day, the number of published entries and their newest edit): a publish, an edit or an
unpublish changes the version, and the next download builds afresh.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import timezone, translation

from teekond.core.dates import format_date
from teekond.core.translation import Shown
from teekond.spikker.models import Entry, LifeArea

CACHE_SECONDS = 24 * 60 * 60  # the cover carries the day, so a copy is never kept past it


@dataclass(frozen=True)
class Section:
    """One life area of the booklet with its entries, each with the text shown in the booklet's language."""

    area: LifeArea
    name: Shown
    entries: list[tuple[Entry, Shown]]


def booklet_filename(language: str) -> str:
    return f"spikker-{language}.pdf"


def booklet_sections(language: str) -> list[Section]:
    """Published entries grouped by life area in the site's order; areas without entries are left out."""
    entries = Entry.objects.published().for_listing().prefetch_related("sources")
    grouped: dict[int, Section] = {}
    for entry in entries:
        if entry.area_id not in grouped:
            grouped[entry.area_id] = Section(entry.area, entry.area.text(language), [])
        grouped[entry.area_id].entries.append((entry, entry.text(language)))
    return list(grouped.values())


def booklet_html(language: str) -> str:
    with translation.override(language):
        context = {
            "language": language,
            "language_name": dict(settings.LANGUAGES)[language],
            "printed_on": format_date(timezone.localdate()),
            "sections": booklet_sections(language),
        }
        return render_to_string("spikker/booklet.html", context)


def booklet_document(language: str):
    """The laid-out booklet (a WeasyPrint document): its pages can be counted before it is written."""
    from weasyprint import HTML

    return HTML(string=booklet_html(language)).render()


def document_pdf(document) -> bytes:
    # Tagged, so that a screen reader follows headings and lists and the text reflows on a phone.
    return document.write_pdf(pdf_tags=True)


def booklet_pdf(language: str) -> bytes:
    return document_pdf(booklet_document(language))


def content_version() -> str:
    """Changes when an entry is published, unpublished or saved, or one of its texts is saved.

    A text saved on its own (a translation fixed) leaves the entry's `updated_at` alone, hence the texts'
    stamp too. A renamed life area shows from the next day, when the day in the version changes.
    """
    published = Entry.objects.published().aggregate(
        count=Count("pk", distinct=True), entries=Max("updated_at"), texts=Max("texts__updated_at")
    )
    stamps = [published["entries"], published["texts"]]
    newest = max((stamp for stamp in stamps if stamp), default=None)
    return f"{timezone.localdate():%Y%m%d}-{published['count']}-{newest.timestamp() if newest else 0}"


def cached_booklet_pdf(language: str) -> bytes:
    key = f"spikker-booklet:{language}:{content_version()}"
    return cache.get_or_set(key, lambda: booklet_pdf(language), CACHE_SECONDS)
