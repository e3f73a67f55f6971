"""The front page: it gathers several capabilities, so it lives with the project, not in `core`."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from teekond.journey import selectors as journey
from teekond.network import selectors as network


@require_GET
def home(request):
    today = timezone.localdate()
    upcoming = list(network.upcoming_events(today)[:3])
    context = {
        "partnerships": network.current_partners(today),
        "upcoming": upcoming,
        # Without announced events the page shows the network's latest news instead of an empty list.
        "last_event": None if upcoming else network.last_event(today),
        "latest_answer": None if upcoming else journey.latest_answered_proposal(),
    }
    return render(request, "home.html", context)
