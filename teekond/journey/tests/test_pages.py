"""What people see on the journey map's pages."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from teekond.journey.models import Bottleneck, Perspective, Proposal, Stage
from teekond.journey.services import bottleneck_merge

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_map_has_stages_across_and_perspectives_down_with_counts(client):
    soup = soup_of(client, "/en/journey/")
    header = [th.get_text(strip=True) for th in soup.select("thead th")]
    assert len(header) == Stage.objects.count() + 1
    rows = soup.select("tbody tr")
    assert len(rows) == Perspective.objects.count()
    # Every cell that belongs to the path states its number of open bottlenecks in words, not only in colour.
    counts = [
        cell.select_one(".cell-count").get_text(strip=True)
        for cell in soup.select("td.cell")
        if cell.select_one(".cell-count")
    ]
    assert counts and all(text.endswith("open") for text in counts)
    shown = len(soup.select("td.cell li > a"))
    assert shown == Bottleneck.objects.current().count()


def test_map_filters(client):
    soup = soup_of(client, "/en/journey/?perspective=returnee")
    assert len(soup.select("tbody tr")) == 1
    assert len(soup.select("td.cell li > a")) == Bottleneck.objects.filter(perspective__slug="returnee").count()
    soup = soup_of(client, "/en/journey/?level=state")
    expected = Bottleneck.objects.filter(proposals__level="state").exclude(proposals__state="draft").distinct().count()
    assert len(soup.select("td.cell li > a")) == expected
    soup = soup_of(client, "/en/journey/?municipality=tallinn&status=open")
    for link in soup.select("td.cell li > a"):
        bottleneck = Bottleneck.objects.get(pk=link["href"].rstrip("/").split("/")[-1])
        assert bottleneck.status == "open"


def test_map_and_tracker_take_a_constant_number_of_queries(client, django_assert_max_num_queries):
    def count(url):
        with django_assert_max_num_queries(60) as captured:
            client.get(url)
        return len(captured.captured_queries)

    before = {url: count(url) for url in ("/en/journey/", "/en/journey/state/")}
    template = Bottleneck.objects.first()
    for number in range(25):
        extra = Bottleneck.objects.create(stage=template.stage, perspective=template.perspective, key=f"extra-{number}")
        extra.texts.create(language="et", title=f"Lisa {number}")
        extra.proposals.add(*template.proposals.all())
    assert {url: count(url) for url in before} == before


def test_stage_page_lists_steps_with_their_sources_and_bottlenecks(client):
    soup = soup_of(client, "/en/journey/stages/residence-registration/")
    text = soup.get_text(" ")
    assert "14" in text and "siseministeerium.ee" in text
    assert soup.select("ol.steps > li")


def test_proposal_page_tells_its_path_on_one_timeline(client):
    proposal = Proposal.objects.filter(state__in=["answered", "in-implementation", "implemented"]).first()
    soup = soup_of(client, f"/en/journey/proposals/{proposal.pk}/")
    timeline = soup.select_one("ol.timeline").get_text(" ")
    assert "Bottleneck" in timeline
    for transition in proposal.transitions.all():
        assert (
            transition.get_to_state_display().capitalize() in timeline or transition.get_to_state_display() in timeline
        )
    assert "sample content" in soup.get_text()


def test_state_tracker_shows_how_long_each_has_waited(client):
    waiting = Proposal.objects.filter(level="state", state="sent").first()
    soup = soup_of(client, "/en/journey/state/")
    row = soup.find("a", href=f"/en/journey/proposals/{waiting.pk}/").find_parent("tr")
    days = (dt.date.today() - waiting.sent_on).days
    assert f"{days} days" in row.get_text(" ")


def test_a_merged_bottleneck_address_leads_to_the_one_it_became(client, coordinator):
    source, target = Bottleneck.objects.filter(stage__slug="residence-registration")[:2]
    evidence_before = source.evidence.count() + target.evidence.count()
    bottleneck_merge(user=coordinator, source=source, target=target, reason="sama")
    response = client.get(f"/en/journey/bottlenecks/{source.pk}/")
    assert response.status_code == 301 and response["Location"].endswith(f"/journey/bottlenecks/{target.pk}/")
    assert target.evidence.count() == evidence_before


def test_my_municipality_page(client):
    soup = soup_of(client, "/en/journey/municipalities/tallinn/")
    assert "Tallinn" in soup.h1.get_text()
    assert len(soup.select("main h2")) == 4


def test_unknown_journey_objects_answer_404(client):
    for url in ("/en/journey/stages/nowhere/", "/en/journey/bottlenecks/999999/", "/en/journey/proposals/999999/"):
        assert client.get(url).status_code == 404
