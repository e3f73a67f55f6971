"""A workshop's outcome: groups and voted notes become bottlenecks, evidence, priority and proposals on the
journey map, keeping their origin; only those who run the workshop may record it."""

import datetime as dt
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from teekond.journey.models import Bottleneck, Perspective, Proposal, ProposalState, Stage, Support
from teekond.journey.selectors import with_priority
from teekond.network.models import Event, Municipality
from teekond.workshops import selectors, services
from teekond.workshops.models import Note, NoteGroup, Phase, Workshop

pytestmark = pytest.mark.django_db
CELL = ("residence-registration", "kov")
MARI_NOTE = "Järjekord rahvastikuregistrisse on pikk, õäöü"
OLENA_NOTE = "Нет переводчика в отделе регистрации"
FORM_NOTE = "Ankeet on ainult eesti keeles"
HIDDEN_NOTE = "Solvav märkus"


@dataclass
class Board:
    workshop: Workshop
    event: Event | None
    group: NoteGroup
    notes: dict  # text → Note
    host: object


def post_notes(mari, olena, nameless) -> dict:
    return {
        MARI_NOTE: services.note_post(participant=mari, stage=CELL[0], perspective=CELL[1], text=MARI_NOTE),
        OLENA_NOTE: services.note_post(
            participant=olena, stage=CELL[0], perspective=CELL[1], text=OLENA_NOTE, anonymous=True
        ),
        FORM_NOTE: services.note_post(participant=nameless, stage=CELL[0], perspective="immigrant", text=FORM_NOTE),
        HIDDEN_NOTE: services.note_post(participant=mari, stage=CELL[0], perspective=CELL[1], text=HIDDEN_NOTE),
    }


def build_board(facilitator, *, event=True, prefill=False, phase=Phase.SUMMARY) -> Board:
    """Three participants (Mari from Tartu, Olena from Pärnu posting anonymously, one without a name),
    a group of two notes in residence-registration × kov with 3 votes, a voted note in no group, a hidden note."""
    event = Event.objects.get(type="workshop", start_date=dt.date(2025, 3, 20)) if event else None
    workshop, _token = services.workshop_create(
        user=facilitator,
        title="Teenusdisaini töötuba",
        stages=Stage.objects.filter(slug__in=["residence-registration", "personal-code"]),
        perspectives=Perspective.objects.filter(slug__in=["kov", "immigrant"]),
        event=event,
        vote_budget=5,
        vote_cap=3,
        prefill=prefill,
    )
    mari, _token = services.participant_join(workshop=workshop, name="Mari Maasikas", municipality="tartu-linn")
    olena, _token = services.participant_join(workshop=workshop, name="Olena Salajane", municipality="parnu-linn")
    nameless, _token = services.participant_join(workshop=workshop)

    def to(phase):
        services.phase_set(actor=facilitator, workshop=workshop, phase=phase)

    to(Phase.COLLECT)
    notes = post_notes(mari, olena, nameless)
    services.note_hide(actor=facilitator, note=notes[HIDDEN_NOTE])
    to(Phase.GROUP)
    grouped = [notes[MARI_NOTE].pk, notes[OLENA_NOTE].pk, notes[HIDDEN_NOTE].pk]
    grouped += list(Note.objects.filter(workshop=workshop, bottleneck__isnull=False).values_list("pk", flat=True))
    group = services.group_create(
        actor=facilitator, workshop=workshop, title="Registreerimise järjekord", note_ids=grouped
    )
    to(Phase.VOTE)
    for participant, target in [(mari, f"g{group.pk}"), (mari, f"g{group.pk}"), (olena, f"g{group.pk}")]:
        services.vote_cast(participant=participant, target_id=target)
    for _vote in range(2):
        services.vote_cast(participant=nameless, target_id=f"n{notes[FORM_NOTE].pk}")
    to(phase)
    workshop.refresh_from_db()
    return Board(workshop, event, group, notes, workshop.participants.get(is_facilitator=True))


@pytest.fixture
def board(facilitator):
    return build_board(facilitator)


def priority(bottleneck) -> int:
    return with_priority(Bottleneck.objects.filter(pk=bottleneck.pk)).get().priority


def promote_new(user, board, **extra):
    return services.group_promote(
        user=user, group=board.group, title_et="Pikk järjekord registreerimisel", title_en="Long queue", **extra
    )


def page(client, board):
    return client.get(f"/en/workshops/{board.workshop.code}/outcome/")


def form_data(key, **values):
    data = {"target": key, f"{key}-action": "new", f"{key}-title_et": "Uus kitsaskoht töötoast"}
    data.update({f"{key}-{name}": value for name, value in values.items()})
    return data


# The service


def test_a_group_becomes_a_bottleneck_of_its_cell_with_its_origin(board, facilitator):
    proposals = [
        {"title_et": "Tõlk registreerimisele", "level": "municipality"},
        {"title_et": "Mitmekeelne ankeet", "title_en": "Multilingual form", "level": "state"},
    ]
    version = board.workshop.version
    promotion = promote_new(facilitator, board, description_et="Töötoa tulemus", proposals=proposals)
    bottleneck = promotion.bottleneck
    assert promotion.created
    assert (bottleneck.stage.slug, bottleneck.perspective.slug) == CELL
    assert bottleneck.origin == board.event and bottleneck.created_by == facilitator
    assert (
        bottleneck.text("et").title == "Pikk järjekord registreerimisel" and bottleneck.text("en").title == "Long queue"
    )
    assert set(bottleneck.municipalities.values_list("slug", flat=True)) == {"tartu-linn", "parnu-linn"}
    board.group.refresh_from_db()
    assert board.group.bottleneck == bottleneck
    last = board.group.history.latest()
    assert last.history_user == facilitator and "Teenusdisaini töötuba" in last.history_change_reason
    assert Workshop.objects.get(pk=board.workshop.pk).version > version


def test_each_visible_note_is_public_evidence_without_names(board, facilitator):
    bottleneck = promote_new(facilitator, board).bottleneck
    evidence = {item.what: item for item in bottleneck.evidence.all()}
    assert set(evidence) == {MARI_NOTE, OLENA_NOTE}  # not the hidden note
    for item in evidence.values():
        assert item.where == "Teenusdisaini töötuba" and item.observed_on == dt.date(2025, 3, 20)
        assert item.language == "et" and not item.is_internal
        assert "Mari" not in item.reported_by and "Olena" not in item.reported_by and item.reported_by
    assert evidence[MARI_NOTE].municipality.slug == "tartu-linn"
    assert evidence[OLENA_NOTE].municipality.slug == "parnu-linn"
    shown = Client().get(bottleneck.get_absolute_url()).content.decode()
    assert OLENA_NOTE in shown and MARI_NOTE in shown
    assert "Olena" not in shown and "Salajane" not in shown and "Maasikas" not in shown


def test_the_votes_are_the_priority_in_the_events_round(board, facilitator):
    bottleneck = promote_new(facilitator, board).bottleneck
    support = Support.objects.get(bottleneck=bottleneck)
    assert (support.round.event, support.supporter, support.weight) == (board.event, None, 3)
    soup = BeautifulSoup(Client().get(bottleneck.get_absolute_url()).content, "html.parser")
    facts = soup.select_one("dl.facts").get_text(" ", strip=True)
    assert "Priority 3 supports" in facts and "Raised at 20.03.2025" in facts
    assert soup.select_one(f'a[href="{board.event.get_absolute_url()}"]')


def test_proposals_are_drafts_addressing_the_bottleneck_from_the_event(board, facilitator):
    proposals = [{"title_et": "Tõlk registreerimisele", "title_en": "An interpreter", "level": "municipality"}]
    promotion = promote_new(facilitator, board, proposals=proposals)
    proposal = Proposal.objects.get(texts__title="Tõlk registreerimisele")
    assert promotion.proposals == [proposal]
    assert list(proposal.bottlenecks.all()) == [promotion.bottleneck]
    assert list(proposal.origin_events.all()) == [board.event]
    assert (proposal.level, proposal.state) == ("municipality", ProposalState.DRAFT)
    assert proposal.text("en").title == "An interpreter" and facilitator in proposal.authors.all()
    assert "Teenusdisaini töötuba" in proposal.author_names


def test_merging_adds_evidence_priority_and_municipalities_to_an_existing_bottleneck(board, facilitator):
    existing = Bottleneck.objects.current().filter(stage__slug=CELL[0], perspective__slug=CELL[1]).first()
    evidence_before, priority_before = existing.evidence.count(), priority(existing)
    bottlenecks_before = Bottleneck.objects.count()
    promotion = services.group_promote(user=facilitator, group=board.group, bottleneck=existing)
    assert promotion.bottleneck == existing and not promotion.created
    assert Bottleneck.objects.count() == bottlenecks_before
    assert existing.evidence.count() == evidence_before + 2
    assert priority(existing) == priority_before + 3
    assert {"tartu-linn", "parnu-linn"} <= set(existing.municipalities.values_list("slug", flat=True))


def test_merging_is_only_into_a_current_bottleneck_of_the_same_cell(board, facilitator):
    elsewhere = Bottleneck.objects.current().exclude(stage__slug=CELL[0]).first()
    with pytest.raises(ValidationError, match="same stage and perspective|own stage and perspective"):
        services.group_promote(user=facilitator, group=board.group, bottleneck=elsewhere)
    target = Bottleneck.objects.current().filter(stage__slug=CELL[0], perspective__slug=CELL[1]).first()
    merged = Bottleneck.objects.create(stage=target.stage, perspective=target.perspective, merged_into=target)
    with pytest.raises(ValidationError, match="merged into another one"):
        services.group_promote(user=facilitator, group=board.group, bottleneck=merged)
    assert NoteGroup.objects.get(pk=board.group.pk).bottleneck is None


def test_a_group_is_promoted_once(board, facilitator):
    promote_new(facilitator, board)
    count = Bottleneck.objects.count()
    with pytest.raises(ValidationError, match="already been turned into a bottleneck"):
        promote_new(facilitator, board)
    assert (
        Bottleneck.objects.count() == count and Support.objects.filter(round__event=board.event, weight=3).count() == 1
    )


def test_a_voted_note_in_no_group_becomes_a_group_of_one(board, facilitator):
    note = board.notes[FORM_NOTE]
    promotion = services.note_promote(user=facilitator, note=note)
    note.refresh_from_db()
    assert note.group == promotion.group and promotion.group.title == FORM_NOTE
    assert promotion.bottleneck.text("et").title == FORM_NOTE and promotion.bottleneck.perspective.slug == "immigrant"
    assert promotion.support.weight == 2 and promotion.group.votes.count() == 2
    assert [e.what for e in promotion.evidence] == [FORM_NOTE] and promotion.evidence[0].municipality is None
    with pytest.raises(ValidationError, match="in a group"):
        services.note_promote(user=facilitator, note=note)


def test_without_an_event_there_is_no_origin_and_no_round(facilitator):
    board = build_board(facilitator, event=False)
    rounds = Support.objects.count()
    promotion = promote_new(facilitator, board)
    assert promotion.bottleneck.origin is None and promotion.support is None and Support.objects.count() == rounds
    assert promotion.evidence[0].observed_on == dt.date.today()


def test_a_prefilled_board_suggests_the_bottleneck_its_notes_came_from(facilitator):
    board = build_board(facilitator, prefill=True)
    prefilled = Note.objects.filter(workshop=board.workshop, group=board.group, bottleneck__isnull=False).first()
    item = next(item for item in selectors.outcome_items(board.workshop) if item.group == board.group)
    assert item.suggested == prefilled.bottleneck
    promotion = services.group_promote(user=facilitator, group=board.group, bottleneck=item.suggested)
    assert prefilled.text not in [e.what for e in promotion.evidence]  # the map's own bottleneck is not evidence


@pytest.mark.parametrize("persona", ["member", "tartu_editor", "other_facilitator", "participant"])
def test_others_may_not_promote(request, board, persona, django_user_model):
    user = outsider(request, persona, board, django_user_model)
    with pytest.raises(PermissionDenied):
        promote_new(user, board)
    with pytest.raises(PermissionDenied):
        services.note_promote(user=user, note=board.notes[FORM_NOTE])
    assert NoteGroup.objects.get(pk=board.group.pk).bottleneck is None


def test_a_coordinator_may_promote(board, coordinator):
    assert promote_new(coordinator, board).bottleneck.created_by == coordinator


def outsider(request, persona, board, django_user_model):
    if persona == "other_facilitator":
        return django_user_model.objects.create_user(username="teine", role="facilitator")
    if persona == "participant":  # a member of the network who joined the board with their account
        user = request.getfixturevalue("member")
        services.participant_join(workshop=board.workshop, name="Liige", user=user)
        return user
    return request.getfixturevalue(persona)


# The page


def test_the_page_lists_groups_and_voted_notes_most_votes_first(board, as_persona):
    response = page(as_persona("facilitator"), board)
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [h2.get_text(strip=True) for h2 in soup.select("section.outcome-item h2")]
    assert titles == ["Registreerimise järjekord", FORM_NOTE]
    group = soup.select_one(f"#group-{board.group.pk}")
    assert "3 votes" in group.get_text(" ") and HIDDEN_NOTE in group.get_text()
    assert "hidden: not taken as evidence" in group.get_text()
    assert not soup.select(".notice")  # in the summary
    assert soup.select_one(f'a[href="/en/workshops/{board.workshop.code}/export.csv"]')


def test_every_field_has_a_label_and_a_unique_id(board, as_persona):
    soup = BeautifulSoup(page(as_persona("facilitator"), board).content, "html.parser")
    fields = soup.select("form input:not([type=hidden]), form select, form textarea")
    ids = [field["id"] for field in fields]
    assert len(ids) == len(set(ids))
    for field in fields:
        assert soup.select_one(f'label[for="{field["id"]}"]'), field["id"]
    assert soup.select_one(f"#id_group-{board.group.pk}-title_en")["lang"] == "en"


def test_outside_the_summary_the_page_says_so(facilitator, as_persona):
    board = build_board(facilitator, phase=Phase.DISCUSS)
    soup = BeautifulSoup(page(as_persona("facilitator"), board).content, "html.parser")
    assert "not in its summary yet" in soup.select_one(".notice").get_text()


def test_promote_from_the_page_then_the_page_links_the_bottleneck(board, as_persona):
    client = as_persona("facilitator")
    key = f"group-{board.group.pk}"
    data = form_data(key, proposal_1_title="Tõlk kohale", proposal_1_level="municipality")
    response = client.post(f"/en/workshops/{board.workshop.code}/outcome/", data)
    assert response.status_code == 302 and response["Location"].endswith(f"/outcome/#{key}")
    bottleneck = Bottleneck.objects.get(texts__title="Uus kitsaskoht töötoast")
    assert Proposal.objects.get(texts__title="Tõlk kohale").bottlenecks.get() == bottleneck
    soup = BeautifulSoup(page(client, board).content, "html.parser")
    section = soup.select_one(f"#{key}")
    assert section.select_one(f'a[href="{bottleneck.get_absolute_url()}"]') and not section.select("form")
    again = client.post(f"/en/workshops/{board.workshop.code}/outcome/", data, follow=True)
    assert "already been turned into a bottleneck" in again.content.decode()
    assert Bottleneck.objects.filter(texts__title="Uus kitsaskoht töötoast").count() == 1


def test_merge_from_the_page(board, as_persona):
    key = f"group-{board.group.pk}"
    target = Bottleneck.objects.current().filter(stage__slug=CELL[0], perspective__slug=CELL[1]).first()
    data = form_data(key, action="merge", bottleneck=target.pk)
    response = as_persona("facilitator").post(f"/en/workshops/{board.workshop.code}/outcome/", data)
    assert response.status_code == 302 and NoteGroup.objects.get(pk=board.group.pk).bottleneck == target


def test_a_voted_note_is_promoted_from_the_page(board, as_persona):
    key = f"note-{board.notes[FORM_NOTE].pk}"
    response = as_persona("facilitator").post(f"/en/workshops/{board.workshop.code}/outcome/", form_data(key))
    assert response.status_code == 302
    assert Note.objects.get(pk=board.notes[FORM_NOTE].pk).group.bottleneck.text("et").title == "Uus kitsaskoht töötoast"


@pytest.mark.parametrize(
    "values, field, message",
    [
        ({"title_et": ""}, "title_et", "Estonian title is required"),
        ({"action": "merge"}, "bottleneck", "Choose the bottleneck"),
        ({"proposal_2_title": "Midagi"}, "proposal_2_level", "Choose the level"),
    ],
)
def test_a_wrong_form_is_shown_again_with_its_errors(board, as_persona, values, field, message):
    key = f"group-{board.group.pk}"
    response = as_persona("facilitator").post(f"/en/workshops/{board.workshop.code}/outcome/", form_data(key, **values))
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    control = soup.select_one(f"#id_{key}-{field}")
    error = soup.select_one(f"#id_{key}-{field}_error")
    assert message in error.get_text() and error["id"] in control["aria-describedby"].split()
    assert control["aria-invalid"] == "true"
    assert NoteGroup.objects.get(pk=board.group.pk).bottleneck is None


def test_an_unknown_target_or_code_is_404(board, as_persona):
    client = as_persona("facilitator")
    assert client.post(f"/en/workshops/{board.workshop.code}/outcome/", form_data("group-999999")).status_code == 404
    assert client.get("/en/workshops/ZZZZZZ/outcome/").status_code == 404


def test_the_page_answers_get_and_post_only(board, as_persona):
    assert as_persona("facilitator").delete(f"/en/workshops/{board.workshop.code}/outcome/").status_code == 405


@pytest.mark.parametrize("persona", ["member", "tartu_editor", "other_facilitator", "participant"])
def test_others_get_404_on_the_page(request, board, persona, django_user_model):
    client = Client()
    client.force_login(outsider(request, persona, board, django_user_model))
    assert page(client, board).status_code == 404
    key = f"group-{board.group.pk}"
    assert client.post(f"/en/workshops/{board.workshop.code}/outcome/", form_data(key)).status_code == 404
    assert NoteGroup.objects.get(pk=board.group.pk).bottleneck is None


def test_a_coordinator_sees_the_page_and_a_visitor_is_asked_to_sign_in(board, as_persona):
    assert page(as_persona("coordinator"), board).status_code == 200
    response = page(Client(), board)
    assert response.status_code == 302 and "/login/" in response["Location"]
    key = f"group-{board.group.pk}"
    assert Client().post(f"/en/workshops/{board.workshop.code}/outcome/", form_data(key)).status_code == 403


# On the journey map


def test_the_new_bottleneck_is_on_the_map_and_its_stage_with_its_origin(board, facilitator):
    bottleneck = promote_new(facilitator, board).bottleneck
    link = f'a[href="{bottleneck.get_absolute_url()}"]'
    by_event = BeautifulSoup(Client().get(f"/en/journey/?event={board.event.pk}").content, "html.parser")
    assert by_event.select_one(link)
    stage = BeautifulSoup(Client().get(f"/en/journey/stages/{CELL[0]}/").content, "html.parser")
    assert stage.select_one(link)
    shown = BeautifulSoup(Client().get(bottleneck.get_absolute_url()).content, "html.parser")
    assert "Raised at" in shown.select_one("dl.facts").get_text()
    municipalities = {a.get_text() for a in shown.select("dl.facts a[href*='/journey/municipalities/']")}
    assert municipalities == set(
        Municipality.objects.filter(slug__in=["tartu-linn", "parnu-linn"]).values_list("name", flat=True)
    )


@pytest.mark.parametrize("language", ["et", "ru", "uk"])
def test_the_page_and_the_pdf_speak_every_ui_language(board, as_persona, language):
    client = as_persona("facilitator")
    response = client.get(f"/{language}/workshops/{board.workshop.code}/outcome/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == language
    assert client.get(f"/{language}/workshops/{board.workshop.code}/export.pdf").status_code == 200
