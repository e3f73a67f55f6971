"""The map's filters and cells are drawn once per content version (journey.map_parts, core.parts)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from teekond.journey.models import Bottleneck, BottleneckText

pytestmark = pytest.mark.django_db


def map_of(client, address: str = "/en/journey/") -> tuple[BeautifulSoup, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, HTTP_COOKIE="sessionid=none")  # past the page cache: the parts alone
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser"), [query["sql"] for query in queries.captured_queries]


def test_the_cells_are_drawn_once_until_something_is_written(client):
    first, _queries = map_of(client)
    again, queries = map_of(client)
    assert again.select_one(".journey-map").decode() == first.select_one(".journey-map").decode()
    assert not [sql for sql in queries if "journey_" in sql]  # neither the map nor its filters are read again
    bottleneck = Bottleneck.objects.current().first()
    BottleneckText.objects.filter(bottleneck=bottleneck, language="en").update(title="A queue of three weeks")
    changed, _queries = map_of(client)
    assert "A queue of three weeks" in changed.select_one(".journey-map").get_text()


def test_each_filter_and_language_has_its_own_cells(client):
    everything, _queries = map_of(client)
    returnees, _queries = map_of(client, "/en/journey/?perspective=returnee")
    estonian, _queries = map_of(client, "/et/journey/?perspective=returnee")
    assert len(everything.select("tbody tr")) > len(returnees.select("tbody tr")) == 1
    assert returnees.select_one("thead").get_text() != estonian.select_one("thead").get_text()
    assert returnees.select_one("details.filters-box select[name=perspective] option[selected]")["value"] == "returnee"
