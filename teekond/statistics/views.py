from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from teekond.statistics.charts import render_png, render_svg
from teekond.statistics.figures import all_figures


def _with_samples(request) -> bool:
    return request.GET.get("sample") == "1"


@require_GET
def statistics(request):
    with_samples = _with_samples(request)
    figures = all_figures(today=timezone.localdate(), with_samples=with_samples)
    shown = [(figure, mark_safe(render_svg(figure))) for figure in figures]  # noqa: S308 (escaped in charts)
    context = {"figures": shown, "with_samples": with_samples, "today": timezone.localdate()}
    return render(request, "statistics/statistics.html", context)


@require_GET
def chart_png(request, key):
    """A chart as a picture to download or put in a document (the page shows it as SVG)."""
    figures = {f.key: f for f in all_figures(today=timezone.localdate(), with_samples=_with_samples(request))}
    if key not in figures:
        return HttpResponse(status=404)
    return HttpResponse(render_png(figures[key]), content_type="image/png")
