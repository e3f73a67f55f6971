"""Editing an event as a coordinator: validation messages, translation states, history."""

import pytest
from bs4 import BeautifulSoup

from teekond.network.models import Event, EventType, Municipality
from teekond.network.tests.test_permissions import event_post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference():
    return Event.objects.get(type=EventType.CONFERENCE)


def post(client, event, **changes):
    """Post the event's form as it stands (all four languages), with `changes` on top."""
    data = event_post_data(event.host_municipality_id)
    data.update(type=event.type, start_date="2025-10-16", town=event.town)
    for language, row in event.texts_by_language().items():
        data.update({f"{field}_{language}": getattr(row, field) for field in ("title", "description", "audience")})
    data.update(changes)
    return client.post(f"/en/events/{event.pk}/edit/", data)


def test_a_major_estonian_edit_marks_the_other_languages_outdated(as_persona, conference):
    client = as_persona("coordinator")
    assert post(client, conference, title_et="Konverents „Lõimumise võtmetegurid“").status_code == 302
    conference.refresh_from_db()
    assert conference.translation_states() == {"et": "source", "en": "outdated", "ru": "outdated", "uk": "outdated"}
    soup = BeautifulSoup(client.get(f"/en/events/{conference.pk}/edit/").content, "html.parser")
    legends = {
        legend.span.get_text(): legend.get_text(" ", strip=True) for legend in soup.select("legend") if legend.span
    }
    assert "outdated" in legends["English"] and "source text" in legends["Eesti"]


def test_a_minor_edit_keeps_translations_up_to_date(as_persona, conference):
    client = as_persona("coordinator")
    assert post(client, conference, title_et="Konverents „Lõimumise võtmetegurid“", minor="on").status_code == 302
    conference.refresh_from_db()
    assert conference.translation_states()["en"] == "up_to_date"
    assert conference.text("et").title == "Konverents „Lõimumise võtmetegurid“"


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"start_date": "2025-10-16", "end_date": "2025-10-15"}, "end_date", "cannot be before the start date"),
        ({"start_date": "", "end_date": "2025-10-15"}, "start_date", "Give the start date"),
        ({"start_date": "", "year": ""}, "year", "at least the year"),
        ({"title_et": ""}, "title_et", "This field is required"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(as_persona, conference, changes, field, message):
    before = (conference.start_date, conference.text("et").title)
    response = post(as_persona("coordinator"), conference, **changes)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    conference.refresh_from_db()
    assert (conference.start_date, conference.text("et").title) == before


def test_an_event_with_only_a_year(as_persona):
    data = event_post_data("", title="Töörühma koosolek 2026")
    data.update(type=EventType.WORKING_GROUP_MEETING, start_date="", year="2026", host_municipality="")
    assert as_persona("coordinator").post("/en/events/new/", data).status_code == 302
    event = Event.objects.get(texts__title="Töörühma koosolek 2026")
    assert (event.year, event.start_date) == (2026, None)


def test_the_service_refuses_an_event_without_its_estonian_source(coordinator):
    from django.core.exceptions import ValidationError

    from teekond.network.services import event_save

    with pytest.raises(ValidationError, match="Estonian title is required"):
        event_save(user=coordinator, fields={"type": EventType.ACADEMY, "year": 2026}, texts={"en": {"title": "Only"}})
    assert not Event.objects.filter(texts__title="Only").exists()


def test_deleting_an_event_that_records_refer_to_is_refused_with_a_message(as_persona):
    meeting = Event.objects.get(type=EventType.NETWORK_MEETING, start_date="2025-05-22")
    client = as_persona("coordinator")
    response = client.post(f"/en/events/{meeting.pk}/delete/", {"reason": "test"}, follow=True)
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert Event.objects.filter(pk=meeting.pk).exists()


def test_editing_keeps_the_participating_municipalities(as_persona, conference):
    conference.participating_municipalities.set(Municipality.objects.filter(slug__in=["tartu-linn", "tallinn"]))
    data_client = as_persona("coordinator")
    response = post(
        data_client,
        conference,
        participating_municipalities=[m.pk for m in conference.participating_municipalities.all()],
    )
    assert response.status_code == 302
    assert conference.participating_municipalities.count() == 2
