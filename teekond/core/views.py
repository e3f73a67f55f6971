from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from teekond.core.forms import DesignSampleForm


@require_GET
def accessibility(request):
    return render(request, "core/accessibility.html")


@require_GET
def design(request):
    """Every component of the design system, as a page (the examples are the components' own markup)."""
    return render(request, "core/design.html", {"sample_form": DesignSampleForm({"name": "", "months": ["3"]})})


@require_GET
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok\n", content_type="text/plain")


def forbidden(request, exception=None):
    return render(request, "403.html", status=403)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)
