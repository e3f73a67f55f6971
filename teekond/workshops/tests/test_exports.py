"""The board as CSV and as a PDF summary, at any moment of the workshop, for those who run it."""

import csv
import io

import pytest
from django.test import Client
from django.utils import translation

from teekond.core.tests import pdf
from teekond.journey.models import Perspective, Stage
from teekond.workshops import services
from teekond.workshops.models import Phase
from teekond.workshops.tests.test_outcome import (
    CELL,
    FORM_NOTE,
    HIDDEN_NOTE,
    MARI_NOTE,
    OLENA_NOTE,
    build_board,
    outsider,
)

pytestmark = pytest.mark.django_db
HEADER = ["Stage", "Perspective", "Group", "Note", "Author", "Votes", "Votes of the group", "Hidden", "Created"]


@pytest.fixture
def board(facilitator):
    return build_board(facilitator)


def csv_rows(client, board, language="en"):
    response = client.get(f"/{language}/workshops/{board.workshop.code}/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="workshop-{board.workshop.code}.csv"' in response["Content-Disposition"]
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def pdf_text(client, board, language="en") -> str:
    response = client.get(f"/{language}/workshops/{board.workshop.code}/export.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return " ".join(pdf.text(response.content).split())


def test_csv_has_a_header_and_one_row_per_note(board, as_persona):
    header, *rows = csv_rows(as_persona("facilitator"), board)
    assert header == HEADER
    by_text = {row[3]: dict(zip(HEADER, row, strict=True)) for row in rows}
    assert set(by_text) == {MARI_NOTE, OLENA_NOTE, FORM_NOTE, HIDDEN_NOTE}
    mari, olena, form = by_text[MARI_NOTE], by_text[OLENA_NOTE], by_text[FORM_NOTE]
    with translation.override("en"):
        cell = (str(Stage.objects.get(slug=CELL[0])), str(Perspective.objects.get(slug=CELL[1])))
    assert (mari["Stage"], mari["Perspective"]) == cell
    assert mari["Group"] == "Registreerimise järjekord" and mari["Votes of the group"] == "3" and mari["Votes"] == "0"
    assert mari["Author"] == "Mari Maasikas" and olena["Author"] == "anonymous" and form["Author"] == "anonymous"
    assert (form["Group"], form["Votes"], form["Votes of the group"]) == ("", "2", "")
    assert by_text[HIDDEN_NOTE]["Hidden"] == "yes" and mari["Hidden"] == "no"
    assert len(mari["Created"]) == len("2025-03-20 10:15")


def test_csv_headers_follow_the_language(board, as_persona):
    header = csv_rows(as_persona("facilitator"), board, language="et")[0]
    assert len(header) == len(HEADER)


def test_exports_work_mid_workshop(facilitator, as_persona):
    board = build_board(facilitator, phase=Phase.VOTE)
    client = as_persona("facilitator")
    assert len(csv_rows(client, board)) == 5
    assert "Teenusdisaini töötuba" in pdf_text(client, board)


def test_pdf_summary_has_the_board_groups_votes_and_decisions(board, facilitator, as_persona):
    services.decision_save(
        actor=facilitator, group=board.group, text="Kutsume registri esindaja järgmisele kohtumisele"
    )
    promotion = services.group_promote(user=facilitator, group=board.group, title_et="Pikk järjekord")
    text = pdf_text(as_persona("facilitator"), board)
    for expected in (
        "Teenusdisaini töötuba",
        "20.03.2025",
        "summary",
        "Registreerimise järjekord",
        "Kutsume registri esindaja",
        "Pikk järjekord",
        promotion.bottleneck.get_absolute_url(),
    ):
        assert expected in text, expected
    squeezed = text.replace(" ", "")
    for note in (MARI_NOTE, OLENA_NOTE, FORM_NOTE):  # õäöü and Cyrillic come through the DejaVu font
        assert note.replace(" ", "") in squeezed, note
    assert HIDDEN_NOTE not in text and "1 note hidden by the facilitator is left out" in text


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
@pytest.mark.parametrize("persona", ["member", "tartu_editor", "other_facilitator", "participant"])
def test_others_get_404_as_for_a_code_that_does_not_exist(request, board, persona, fmt, django_user_model):
    client = Client()
    client.force_login(outsider(request, persona, board, django_user_model))
    assert client.get(f"/en/workshops/{board.workshop.code}/export.{fmt}").status_code == 404


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_a_coordinator_may_export_and_a_visitor_is_asked_to_sign_in(board, as_persona, fmt):
    assert as_persona("coordinator").get(f"/en/workshops/{board.workshop.code}/export.{fmt}").status_code == 200
    response = Client().get(f"/en/workshops/{board.workshop.code}/export.{fmt}")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_exports_answer_get_only_and_a_wrong_code_is_404(board, as_persona):
    client = as_persona("facilitator")
    assert client.post(f"/en/workshops/{board.workshop.code}/export.csv").status_code == 405
    assert client.get("/en/workshops/ZZZZZZ/export.pdf").status_code == 404
