"""The live fragment that htmx polls and swaps in: the board alone, drawn once for everyone with each reader's
own parts, and what changed since the reader's last look."""

import pytest
from django.test import Client

from teekond.workshops import render, services
from teekond.workshops.models import Note, Phase, Workshop
from teekond.workshops.tests.helpers import JSON, PERSPECTIVES, STAGES, joined, set_phase, soup

pytestmark = pytest.mark.django_db


# The live fragment the script swaps in


def test_the_fragment_is_the_board_alone_and_says_what_changed(board):
    client = joined(board)
    response = client.get(f"/en/w/{board.code}/", {"fragment": "1", "seen": "0", "phase": "collect"})
    page = soup(response)
    live = page.select_one("#board-live")
    assert live and not page.select("header, footer")
    assert "{#" not in response.content.decode()  # a template comment over several lines would show
    assert live["data-version"] == str(Workshop.objects.get(pk=board.pk).version)
    assert live["data-announce"] == "The workshop is now in the phase: group. 2 new notes."
    unchanged = soup(client.get(f"/en/w/{board.code}/", {"fragment": "1", "seen": "2", "phase": "group"}))
    assert unchanged.select_one("#board-live")["data-announce"] == ""


def joined_with_csrf_checks(workshop, name) -> Client:
    client = Client(enforce_csrf_checks=True)
    form = soup(client.get(f"/en/w/{workshop.code}/")).select_one("[name=csrfmiddlewaretoken]")["value"]
    response = client.post(f"/en/w/{workshop.code}/", {"name": name, "csrfmiddlewaretoken": form})
    assert response.status_code == 302
    return client


def test_parts_drawn_once_for_everyone_still_show_each_reader_their_own(board):
    """Notes and vote counters are drawn once and reused for every reader who sees them alike; what is one
    reader's own stays theirs: "yours", their votes, and a CSRF token that works for them alone."""
    mari, jaan = joined_with_csrf_checks(board, "Mari"), joined_with_csrf_checks(board, "Jaan")
    set_phase(board, Phase.COLLECT)
    for reader, text in ((mari, "Mari märkus"), (jaan, "Jaani märkus")):
        token = soup(reader.get(f"/en/w/{board.code}/")).select_one("#note-form [name=csrfmiddlewaretoken]")["value"]
        data = {"text": text, "stage": STAGES[1], "perspective": PERSPECTIVES[1], "csrfmiddlewaretoken": token}
        assert reader.post(f"/en/w/{board.code}/notes/", data, **JSON).status_code == 200
    set_phase(board, Phase.VOTE)
    fragments = {}
    for name, reader in (("Mari", mari), ("Jaan", jaan)):
        response = reader.get(f"/en/w/{board.code}/", {"fragment": "1"})
        assert render.CSRF_PLACEHOLDER.encode() not in response.content
        fragments[name] = soup(response)
    mine = {
        name: [note.select_one(".note-text").get_text() for note in page.select(".note.is-mine")]
        for name, page in fragments.items()
    }
    assert mine == {"Mari": ["Mari märkus"], "Jaan": ["Jaani märkus"]}
    vote_form = fragments["Jaan"].select_one(f"#vote-g{board.group.pk}").find_parent("form")
    data = {field["name"]: field["value"] for field in vote_form.select("input[type=hidden]")}
    assert jaan.post(f"/en/w/{board.code}/votes/", data, **JSON).status_code == 200
    assert mari.post(f"/en/w/{board.code}/votes/", data, **JSON).status_code == 403  # Jaan's token is not Mari's
    page = soup(jaan.get(f"/en/w/{board.code}/", {"fragment": "1"}))
    assert "yours: 1" in page.select_one(f"#group-{board.group.pk} .vote-count").get_text()
    page = soup(mari.get(f"/en/w/{board.code}/", {"fragment": "1"}))
    assert "yours" not in page.select_one(f"#group-{board.group.pk} .vote-count").get_text()


def test_a_readers_votes_left_and_take_back_buttons_are_theirs_alone(board):
    """The board is drawn once for every reader; the votes on a loose note and what is left of the budget
    are put in for each reader, also on the page first loaded."""
    mari, jaan = joined(board, "Mari"), joined(board, "Jaan")
    set_phase(board, Phase.COLLECT)
    mari.post(f"/en/w/{board.code}/notes/", {"text": "Mari märkus", "stage": STAGES[1], "perspective": PERSPECTIVES[1]})
    note = Note.objects.get(text="Mari märkus")
    set_phase(board, Phase.VOTE)
    assert jaan.post(f"/en/w/{board.code}/votes/", {"target": f"n{note.pk}"}, **JSON).status_code == 200
    budget = Workshop.objects.get(pk=board.pk).vote_budget
    for query in ({"fragment": "1"}, {}):
        seen_by = {
            name: soup(reader.get(f"/en/w/{board.code}/", query)) for name, reader in (("Mari", mari), ("Jaan", jaan))
        }
        version = str(Workshop.objects.get(pk=board.pk).version)  # a vote changes the version, not the layout
        assert {page.select_one("#board-live")["data-version"] for page in seen_by.values()} == {version}
        assert {page.select_one(f"#note-{note.pk} .vote-count").get_text()[:6] for page in seen_by.values()} == {
            "1 vote"
        }
        assert seen_by["Jaan"].select_one(f"#unvote-n{note.pk}") is not None
        assert "yours: 1" in seen_by["Jaan"].select_one(f"#note-{note.pk} .vote-count").get_text()
        assert seen_by["Mari"].select_one(f"#unvote-n{note.pk}") is None
        assert "yours" not in seen_by["Mari"].select_one(f"#note-{note.pk} .vote-count").get_text()
        assert seen_by["Mari"].select_one(f"#note-{note.pk}.is-mine") is not None
        assert seen_by["Jaan"].select_one(f"#note-{note.pk}.is-mine") is None
        assert seen_by["Jaan"].select_one("#votes-left strong").get_text().startswith(f"{budget - 1} vote")
        assert seen_by["Mari"].select_one("#votes-left strong").get_text().startswith(f"{budget} vote")


def test_the_fragment_announces_the_results_and_the_focus_when_discussion_starts(board, facilitator):
    voter = joined(board)
    set_phase(board, Phase.VOTE)
    voter.post(f"/en/w/{board.code}/votes/", {"target": f"g{board.group.pk}"})
    set_phase(board, Phase.DISCUSS)
    services.focus_set(actor=facilitator, workshop=board, group=board.group)
    client = Client()
    client.force_login(facilitator)
    params = {"fragment": "1", "seen": "2", "phase": "vote", "focus": ""}
    announce = soup(client.get(f"/en/workshops/{board.code}/", params)).select_one("#board-live")["data-announce"]
    assert announce == "The workshop is now in the phase: discuss. Most votes: G (1). In focus: G."


def test_board_pages_mark_notes_in_the_workshops_language(board):
    client = joined(board)
    page = soup(client.get(f"/en/w/{board.code}/"))
    assert page.select_one(f"#title-n{board.note.pk}")["lang"] == "et"
    page = soup(client.get(f"/et/w/{board.code}/"))
    assert not page.select_one(f"#title-n{board.note.pk}").has_attr("lang")
