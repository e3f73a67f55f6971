from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import translate_url
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from teekond.core.permissions import allowed
from teekond.journey import selectors as journey
from teekond.spikker import selectors
from teekond.spikker.models import Entry
from teekond.spikker.search import MAX_RESULTS, search_entries

# The children filter as the guide's plan address writes it.
CHILDREN = {"": None, "1": True, "0": False}


@require_GET
def index(request):
    stage_slug = request.GET.get("stage", "")
    situation = request.GET.get("situation", "")
    children = request.GET.get("children", "")
    stages = journey.stages()
    unknown_stage = stage_slug and not stages.filter(slug=stage_slug).exists()
    if unknown_stage or situation not in ("", *journey.Situation.values) or children not in CHILDREN:
        raise Http404
    areas = selectors.browse(
        stage_slug=stage_slug, situation=situation, children=CHILDREN[children], include_unpublished=False
    )
    context = {
        "areas": areas,
        "stages": stages,
        "situations": journey.Situation.choices,
        "selected_stage": stage_slug,
        "selected_situation": situation,
        "selected_children": children,
        "filtered": bool(stage_slug or situation or children),
        "found": any(entries for _area, entries in areas),
    }
    return render(request, "spikker/index.html", context)


@require_GET
def entry(request, key):
    editor = allowed(request.user, "spikker.change_entry")
    try:
        item, related = selectors.entry_page(key, include_unpublished=editor)
    except Entry.DoesNotExist:
        raise Http404 from None
    language = request.LANGUAGE_CODE
    states = item.translation_states()
    translations = [
        {"code": code, "name": name, "url": translate_url(request.path, code), "outdated": states[code] == "outdated"}
        for code, name in settings.LANGUAGES
        if code != language and states.get(code, "missing") != "missing"
    ]
    context = {"entry": item, "shown": item.text(language), "related": related, "translations": translations}
    return render(request, "spikker/entry.html", context)


@require_GET
@vary_on_headers("HX-Request")  # the same address answers the whole page, or only the results to htmx
def search(request):
    """Full results for a submitted query; only the result list when htmx asks while the reader types."""
    query = request.GET.get("q", "").strip()[:200]
    typing = request.headers.get("HX-Request") == "true"
    results = []
    if query:
        editor = allowed(request.user, "spikker.change_entry")
        results = search_entries(query, request.LANGUAGE_CODE, include_unpublished=editor, typing=typing)
    context = {"query": query, "results": results, "max_results": MAX_RESULTS}
    template = "spikker/search_results.html" if typing else "spikker/search.html"
    return render(request, template, context)
