"""The iCalendar (RFC 5545) feed of the network's events, for subscribing from calendar programs."""

import datetime as dt

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from teekond.network import selectors
from teekond.network.models import Event, EventType

PRODUCT_ID = "-//ELVL//Teekond//ET"


def _language(request) -> str:
    code = request.GET.get("lang", settings.LANGUAGE_CODE)
    return code if code in settings.CONTENT_LANGUAGES else settings.LANGUAGE_CODE


def build_calendar(events, *, language: str, base_url: str, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    # How often subscribers should fetch the feed again (RFC 7986, and the older X- form Outlook reads).
    calendar.add("refresh-interval", dt.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    stamp = timezone.now()
    for event in events:
        calendar.add_component(_component(event, language=language, base_url=base_url, stamp=stamp))
    return calendar


def _component(event: Event, *, language: str, base_url: str, stamp) -> CalendarEvent:
    shown = event.text(language)
    component = CalendarEvent()
    component.add("uid", f"event-{event.pk}@teekond")
    component.add("dtstamp", stamp)
    component.add("summary", shown.title or event.get_type_display())
    # All-day events: DTEND is exclusive, so a 06.–07.02 meeting ends on 08.02.
    component.add("dtstart", event.start_date)
    component.add("dtend", (event.end_date or event.start_date) + dt.timedelta(days=1))
    place = ", ".join(part for part in (event.town, event.country) if part)
    if place:
        component.add("location", place)
    description = "\n\n".join(part for part in (shown.description, shown.audience) if part)
    if description:
        component.add("description", description)
    component.add("categories", [event.type])
    with translation.override(language):
        component.add("url", base_url + event.get_absolute_url())
    return component


@require_GET
def calendar_ics(request):
    event_type = request.GET.get("type") or None
    if event_type is not None and event_type not in EventType.values:
        return HttpResponse(
            f"Unknown event type {event_type!r}; use one of: {', '.join(EventType.values)}\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    language = _language(request)
    base_url = request.build_absolute_uri("/").rstrip("/")
    calendar = build_calendar(
        selectors.feed_events(event_type), language=language, base_url=base_url, name="Teekond – ELVL"
    )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="teekond.ics"'
    return response
