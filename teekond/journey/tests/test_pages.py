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


# The map's honesty: sample content and priority


def test_each_sample_bottleneck_on_the_map_is_marked_and_priority_shows_only_when_there_is_one(client):
    soup = soup_of(client, "/en/journey/")
    for item in soup.select("td.cell li"):
        bottleneck = Bottleneck.objects.get(pk=item.a["href"].rstrip("/").split("/")[-1])
        meta = item.select_one(".meta").get_text()
        assert bool(item.select_one(".badge-sample")) == bottleneck.is_sample
        assert ("priority" in meta) == bool(_priority(bottleneck))
    assert "priority 0" not in soup.get_text()
    assert soup.select_one(".journey-map")["aria-describedby"] == "map-scroll-cue"
    assert soup.select_one("#map-scroll-cue")


def _priority(bottleneck) -> int:
    from teekond.journey.selectors import with_priority

    return with_priority(Bottleneck.objects.filter(pk=bottleneck.pk)).get().priority


# Coordinators' forms


def move_page(client, proposal):
    response = client.get(f"/en/journey/proposals/{proposal.pk}/state/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_state_page_has_one_form_per_allowed_move_with_only_its_fields(as_persona):
    client = as_persona("coordinator")
    proposal = Proposal.objects.filter(state="submitted").first()
    soup = move_page(client, proposal)
    moves = {details["id"].removeprefix("move-"): details for details in soup.select("details.move")}
    assert set(moves) == {"discussed", "rejected", "withdrawn", "merged"}
    names = {state: {field["name"] for field in form.select("[name]")} for state, form in moves.items()}
    assert names["discussed"] == {"csrfmiddlewaretoken", "to_state", "on", "reason", "event"}
    assert names["withdrawn"] == {"csrfmiddlewaretoken", "to_state", "on", "reason"}
    assert names["merged"] == {"csrfmiddlewaretoken", "to_state", "on", "reason", "merged_into"}
    assert soup.select("details.move[open]") == [moves["discussed"]]  # the main path's next step is open
    ids = [element["id"] for element in soup.select("details.move [id]")]
    assert len(ids) == len(set(ids))


def test_the_answer_form_asks_for_the_answer_and_refuses_a_missing_one(as_persona):
    client = as_persona("coordinator")
    proposal = Proposal.objects.filter(state="sent").first()
    names = {field["name"] for field in move_page(client, proposal).select("#move-answered [name]")}
    assert {"answer_kind", "answer_text", "answer_reasons"} <= names and "reference" not in names
    response = client.post(f"/en/journey/proposals/{proposal.pk}/state/", {"to_state": "answered", "on": "2026-01-05"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Record what the responsible body answered" in soup.select_one("#move-answered").get_text()
    assert soup.select_one("#move-answered").has_attr("open")
    proposal.refresh_from_db()
    assert proposal.state == "sent"


def test_a_move_the_lifecycle_does_not_allow_from_here_is_refused_with_the_moves_offered(as_persona):
    client = as_persona("coordinator")
    proposal = Proposal.objects.filter(state="submitted").first()
    data = {"to_state": "implemented", "on": "2026-01-05"}
    response = client.post(f"/en/journey/proposals/{proposal.pk}/state/", data)
    assert response.status_code == 400 and b"choose one of the moves below" in response.content
    proposal.refresh_from_db()
    assert proposal.state == "submitted"


def test_long_choices_are_checkbox_lists_with_a_filter(as_persona):
    client = as_persona("coordinator")
    bottleneck_form = soup_of(client, "/en/journey/bottlenecks/new/")
    municipalities = bottleneck_form.select_one('fieldset.checkbox-list:has(input[name="municipalities"])')
    assert len(municipalities.select('input[type=checkbox][name="municipalities"]')) == 79
    assert municipalities.has_attr("data-checkbox-filter") and municipalities.legend
    proposal_form = soup_of(client, "/uk/journey/proposals/new/")
    bottlenecks = proposal_form.select_one('fieldset.checkbox-list:has(input[name="bottlenecks"])')
    assert len(bottlenecks.select("input[type=checkbox]")) == Bottleneck.objects.current().count()
    # Bottlenecks written only in Estonian and English are labelled in Estonian and marked so.
    label = bottlenecks.select_one("label")
    assert label.select_one('[lang="et"][data-fallback="et"]')
    assert label.select_one(".lang-mark").get_text() == "естонською"
    assert not proposal_form.select("select[multiple]")


def test_create_forms_do_not_ask_why_the_record_changed_but_edit_forms_do(as_persona):
    client = as_persona("coordinator")
    for url in ("/en/journey/bottlenecks/new/", "/en/journey/proposals/new/", "/en/events/new/"):
        form = soup_of(client, url)
        assert not form.select('[name="minor"], [name="reason"]'), url
    edit = soup_of(client, f"/en/journey/proposals/{Proposal.objects.first().pk}/edit/")
    assert edit.select_one('[name="minor"]') and edit.select_one('[name="reason"]')
