"""The guide offline: a web app manifest and a service worker, both served from the site's root.

A service worker controls only the addresses under the folder it is served from, so it cannot live
under /static/ (or under one language's prefix) and still keep the plans and spikker entries of every
language: it is a view at /sw.js. Its source stays a plain file beside the other static files.
"""

from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

SERVICE_WORKER_SOURCE = "guide/sw.js"


@cache
def _service_worker_source() -> str:
    with open(finders.find(SERVICE_WORKER_SOURCE), encoding="utf-8") as source:
        return source.read()


@require_GET
def service_worker(request):
    response = HttpResponse(_service_worker_source(), content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    # Browsers look for a new worker on each visit; an old copy from a cache would keep an old strategy alive.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def manifest(request):
    icon = static("guide/icon.svg")
    data = {
        "name": str(settings.SITE_NAME),
        "short_name": str(settings.SITE_NAME),
        "lang": get_language(),
        "start_url": reverse("guide:chooser"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b4f8a",
        "icons": [{"src": icon, "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    }
    return JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})
