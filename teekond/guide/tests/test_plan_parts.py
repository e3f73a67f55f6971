"""The plan is assembled from parts kept per content version (core.parts): the dates are filled in per
request, the rest is built once; a published change shows on the next request."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teekond.journey.models import StepText

PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival={arrival}"
STEP = "residence-notice"


def title_of(client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(f"#step-{STEP} h3").get_text()


def queries_for(client, address: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
def test_a_published_change_is_on_the_next_request(client):
    address = PLAN.format(arrival="2026-12-01")
    before = title_of(client, address)
    StepText.objects.filter(step__key=STEP, language="uk").update(title="Повідомте, де ви живете")
    assert before != "Повідомте, де ви живете"
    assert title_of(client, address) == "Повідомте, де ви живете"
    assert title_of(client, PLAN.format(arrival="2027-01-15")) == "Повідомте, де ви живете"


@pytest.mark.django_db
def test_the_plan_reads_as_much_whatever_the_arrival(client):
    client.get(PLAN.format(arrival="2026-12-01"))  # its parts are built once
    counts = {
        arrival: len(queries_for(client, PLAN.format(arrival=arrival)))
        for arrival in ("2025-01-31", "2026-11-20", "2026-12-02", "2027-06-30")
    }
    assert len(set(counts.values())) == 1, counts
    without_date = queries_for(client, PLAN.format(arrival="").removesuffix("&arrival="))
    assert len(without_date) == next(iter(counts.values()))


@pytest.mark.django_db
def test_dates_are_filled_in_without_reading_the_steps_again(client):
    client.get(PLAN.format(arrival="2026-12-01"))
    read = " ".join(queries_for(client, PLAN.format(arrival="2026-11-20")))
    assert "journey_step" not in read and "spikker_entry" not in read
    due = BeautifulSoup(client.get(PLAN.format(arrival="2026-11-20")).content, "html.parser")
    assert "04.12.2026" in due.select_one(f"#step-{STEP} .due").get_text()


@pytest.mark.django_db
def test_the_parts_follow_the_language(client):
    ukrainian = title_of(client, PLAN.format(arrival="2026-12-01"))
    english = title_of(client, PLAN.format(arrival="2026-12-01").replace("/uk/", "/en/"))
    assert ukrainian != english and english.isascii()
