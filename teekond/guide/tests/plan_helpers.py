"""Helpers shared by the tests of test_plan."""

import datetime as dt

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teekond.guide.models import LocalService
from teekond.journey.models import Actor, Stage
from teekond.network.models import Municipality

TARTU_UK = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"


ARRIVAL = dt.date(2026, 12, 1)


# A municipality the brief tells nothing local about: it has no local services.
ANTSLA = "antsla-vald"


def soup_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def step_keys(soup) -> list[str]:
    return [item["data-step"] for item in soup.select("li[data-step]")]


def stage_slugs(soup) -> set[str]:
    return {item["data-stage"] for item in soup.select("li[data-step]")}


def relative_plan(language: str, situation: str, arrival: dt.date, children: int = 1) -> str:
    return f"/{language}/guide/tartu-linn/?situation={situation}&children={children}&arrival={arrival.isoformat()}"


def expected_steps(situation: str, children: bool, municipality: Municipality) -> list[str]:
    """The newcomer's steps of the map for the situation, in the map's order, read the long way round."""
    served = set(LocalService.objects.filter(municipality=municipality).values_list("step_id", flat=True))
    keys = []
    for stage in Stage.objects.order_by("order"):
        if stage.situations and situation not in stage.situations:
            continue
        for step in stage.steps.order_by("order", "pk"):
            mine = step.actor == Actor.PERSON or step.pk in served
            fits = (not step.situations or situation in step.situations) and (children or not step.children_only)
            if mine and fits:
                keys.append(step.key)
    return keys


def rule_keys(soup) -> list[str]:
    return [link["href"].split("/")[-2] for link in soup.select(".plan-rules a[data-offline]")]


def plan_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)
