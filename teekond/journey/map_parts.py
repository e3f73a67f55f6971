"""The journey map's filters and cells, rendered once per content version (core.parts).

Keyed by the language, whether the reader sees internal records, and the filters as asked for in the
address: the same map is not queried and drawn again until something is written.
"""

from django.template.loader import render_to_string

from teekond.core import parts
from teekond.journey import selectors
from teekond.journey.forms.map import MapFilterForm


def filters_of(form: MapFilterForm) -> selectors.MapFilters:
    if not form.is_valid():
        return selectors.MapFilters()
    data = form.cleaned_data
    return selectors.MapFilters(
        perspective=data["perspective"],
        municipality=data["municipality"],
        level=data["level"],
        status=data["status"],
        event=int(data["event"]) if data["event"] else None,
    )


def map_parts(query, internal: bool, language: str) -> tuple[str, str]:
    """The filter box and the map's table, as HTML, for the address's query (a QueryDict)."""

    def build() -> tuple[str, str]:
        form = MapFilterForm(query or None)
        filters = filters_of(form)
        context = {"form": form, "filters": filters, "LANGUAGE_CODE": language}
        context |= selectors.journey_map(filters, internal)
        box = render_to_string("journey/_map_filters.html", context)
        table = render_to_string("journey/_map_table.html", context)
        return box, table

    return parts.cached("journey-map", (language, internal, sorted(query.lists())), build)
