"""/open-data/: the list of dumps, and the files themselves (built on the first request if missing)."""

import json
import mimetypes

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from teekond.opendata.dumps import build

CONTENT_TYPES = {".csv": "text/csv; charset=utf-8", ".json": "application/json", ".md": "text/markdown; charset=utf-8"}


def _folder():
    folder = settings.OPEN_DATA_DIR
    if not (folder / "datapackage.json").exists():
        build(folder)  # a fresh installation before its first daily run
    return folder


@require_GET
def index(request):
    package = json.loads((_folder() / "datapackage.json").read_text(encoding="utf-8"))
    return render(request, "opendata/index.html", {"package": package})


@require_GET
def dump_file(request, name):
    folder = _folder()
    path = (folder / name).resolve()
    if path.parent != folder.resolve() or not path.is_file():
        raise Http404
    content_type = CONTENT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    # Read whole (the dumps are small) so that the response gets an ETag and If-None-Match answers 304.
    return HttpResponse(path.read_bytes(), content_type=content_type)
