"""The front page: it gathers several capabilities, so it lives with the project, not in `core`."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from teekond.network import selectors as network


@require_GET
def home(request):
    today = timezone.localdate()
    context = {
        "partnerships": network.current_partners(today),
        "upcoming": network.upcoming_events(today)[:3],
    }
    return render(request, "home.html", context)
