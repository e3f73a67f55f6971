"""The iCalendar feed parses back with a standard library and says what the calendar page says."""

import datetime as dt

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def feed(client, query=""):
    response = client.get(f"/calendar.ics{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_feed_has_every_dated_event_as_an_all_day_event(client):
    calendar = feed(client)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 10  # the working-group meeting has no date in the source, so it cannot be in a calendar
    assert len({str(e["UID"]) for e in events}) == 10
    first = min(events, key=lambda e: e.decoded("DTSTART"))
    assert first.decoded("DTSTART") == dt.date(2025, 2, 6)
    # DTEND is exclusive for all-day events: the 06.–07.02 meeting ends before 08.02.
    assert first.decoded("DTEND") == dt.date(2025, 2, 8)
    assert str(first["SUMMARY"]) == "Võrgustiku kvartaalne kohtumine partneritega"
    assert "Tallinn" in str(first["LOCATION"])
    assert all("DTSTAMP" in e for e in events)


def test_feed_by_type_and_language(client):
    events = feed(client, "?type=academy&lang=en").walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Integration academy in Riga"] * 3
    assert all(str(e["URL"]).startswith("http://testserver/en/events/") for e in events)


def test_unknown_type_is_a_clear_400(client):
    response = client.get("/calendar.ics?type=party")
    assert response.status_code == 400
    assert b"network-meeting" in response.content
