"""The board's rules as the services keep them: phases, budgets, hidden notes, the version that tells
clients something changed, and the board pre-filled from the journey map (votes: test_votes.py)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from teekond.journey.models import Bottleneck, BottleneckStatus, Stage
from teekond.workshops import selectors, services
from teekond.workshops.models import Note, NoteGroup, Phase, Vote, Workshop
from teekond.workshops.tests.helpers import PERSPECTIVES, STAGES, create, join, post, to_phase, version

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(facilitator):
    return create(facilitator, vote_budget=3, vote_cap=2)[0]


# Creating and joining


def test_a_new_workshop_has_a_readable_code_and_a_facilitator_seat(facilitator):
    workshop, token = create(facilitator)
    assert len(workshop.code) == 6 and set(workshop.code) <= set(services.CODE_ALPHABET)
    assert not set(workshop.code) & set("0O1I")
    seat = services.participant_for_token(workshop.code.lower(), token)
    assert seat.is_facilitator and seat.user == facilitator and seat.workshop == workshop
    assert (workshop.phase, workshop.facilitator) == (Phase.LOBBY, facilitator)
    assert sorted(workshop.stages.values_list("slug", flat=True)) == sorted(STAGES)


def test_a_member_cannot_create_a_workshop(member):
    with pytest.raises(PermissionDenied):
        create(member)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"vote_budget": 0}, "Votes per person"),
        ({"vote_budget": 2, "vote_cap": 3}, "Votes on one item"),
        ({"language": "xx"}, "Unknown language"),
    ],
)
def test_settings_of_a_workshop_are_checked(facilitator, options, message):
    with pytest.raises(ValidationError, match=message):
        create(facilitator, **options)


def test_prefill_copies_the_open_bottlenecks_of_the_chosen_cells(facilitator):
    cells = Bottleneck.objects.current().filter(stage__slug__in=STAGES, perspective__slug__in=PERSPECTIVES)
    solved = cells.first()
    solved.status = BottleneckStatus.SOLVED
    solved.save()
    expected = set(cells.filter(status__in=["open", "being-solved"]).values_list("pk", flat=True))
    assert len(expected) >= 3
    workshop, _token = create(facilitator, prefill=True, language="en")
    notes = list(workshop.notes.select_related("bottleneck"))
    assert {note.bottleneck_id for note in notes} == expected
    for note in notes:
        assert (note.stage_id, note.perspective_id) == (note.bottleneck.stage_id, note.bottleneck.perspective_id)
        assert note.text == note.bottleneck.text("en").title and note.participant is None


def test_prefill_falls_back_to_estonian_when_the_workshop_language_has_no_title(facilitator):
    bottleneck = Bottleneck.objects.current().filter(stage__slug=STAGES[0], perspective__slug="kov").first()
    bottleneck.texts.filter(language="ru").delete()
    workshop, _token = create(facilitator, prefill=True, language="ru")
    assert workshop.notes.get(bottleneck=bottleneck).text == bottleneck.text("et").title


def test_joining_gives_a_token_for_this_workshop_only(facilitator, workshop):
    participant, token = services.participant_join(workshop=workshop, name="  Mari  ", municipality="tartu-linn")
    assert (participant.name, participant.municipality.slug) == ("Mari", "tartu-linn")
    assert participant.token_hash == services.hash_token(token) and token not in participant.token_hash
    assert services.participant_for_token(workshop.code, token) == participant
    other, _token = create(facilitator)
    assert services.participant_for_token(other.code, token) is None
    assert services.participant_for_token(workshop.code, token + "x") is None


def test_joining_a_closed_workshop_is_refused(workshop):
    services.workshop_close(actor=workshop.facilitator, workshop=workshop)
    with pytest.raises(services.WorkshopClosed, match="This workshop is closed"):
        join(workshop)


def test_joining_with_an_unknown_municipality_or_a_long_name_is_refused(workshop):
    with pytest.raises(ValidationError, match="Unknown municipality"):
        join(workshop, municipality="atlantis")  # NotOnBoard, a ValidationError
    with pytest.raises(ValidationError, match="at most 60"):
        join(workshop, name="x" * 61)


def test_wrong_codes_are_limited_per_client_but_a_right_code_is_never_refused(workshop):
    assert services.workshop_for_code(workshop.code.lower(), client_address="192.0.2.1") == workshop
    for _attempt in range(services.WRONG_CODES_ALLOWED):
        with pytest.raises(Workshop.DoesNotExist):
            services.workshop_for_code("ZZZZZZ", client_address="192.0.2.1")
    with pytest.raises(services.RateLimited):
        services.workshop_for_code("ZZZZZY", client_address="192.0.2.1")
    assert services.workshop_for_code(workshop.code, client_address="192.0.2.1") == workshop
    with pytest.raises(Workshop.DoesNotExist):
        services.workshop_for_code("ZZZZZY", client_address="192.0.2.2")


# Notes


def test_notes_are_posted_only_while_collecting(workshop):
    mari = join(workshop)
    for phase in (Phase.LOBBY, Phase.GROUP, Phase.VOTE):
        to_phase(workshop, phase)
        with pytest.raises(services.WrongPhase, match="only while the board collects notes"):
            post(mari)
    to_phase(workshop, Phase.COLLECT)
    note = post(mari, text="  Järjekord on pikk \n")
    assert (note.text, note.stage.slug, note.perspective.slug) == ("Järjekord on pikk", STAGES[0], "kov")


@pytest.mark.parametrize("text", ["", "   ", "x" * 281])
def test_a_note_has_one_to_280_characters(workshop, text):
    to_phase(workshop, Phase.COLLECT)
    with pytest.raises(ValidationError, match="1 to 280"):
        post(join(workshop), text=text)
    assert post(join(workshop), text="x" * 280).text == "x" * 280


def test_a_note_goes_only_into_a_cell_of_the_board(workshop):
    to_phase(workshop, Phase.COLLECT)
    with pytest.raises(services.NotOnBoard, match="benefits"):
        post(join(workshop), stage="benefits")
    with pytest.raises(services.NotOnBoard, match="returnee"):
        post(join(workshop), perspective="returnee")


def test_hidden_notes_are_left_out_for_participants_and_the_projector(workshop, host):
    to_phase(workshop, Phase.COLLECT)
    mari = join(workshop)
    rude, kind = post(mari, text="Rude"), post(mari, text="Kind")
    services.note_hide(actor=host, note=rude)
    for viewer in (mari, None):
        assert [n["text"] for n in selectors.board(workshop, participant=viewer)["notes"]] == ["Kind"]
    seen = {n["text"]: n["hidden"] for n in selectors.board(workshop, participant=host)["notes"]}
    assert seen == {"Rude": True, "Kind": False}
    services.note_hide(actor=host, note=rude, hidden=False)
    assert len(selectors.board(workshop, participant=mari)["notes"]) == 2
    assert kind.pk in [n["id"] for n in selectors.board(workshop)["notes"]]


def test_anonymous_notes_have_no_author(workshop):
    to_phase(workshop, Phase.COLLECT)
    mari, nameless = join(workshop), join(workshop, name="")
    post(mari, text="Signed"), post(mari, text="Anonymous", anonymous=True), post(nameless, text="Nameless")
    authors = {n["text"]: n["author"] for n in selectors.board(workshop, participant=mari)["notes"]}
    assert authors == {"Signed": "Mari", "Anonymous": None, "Nameless": None}


# Groups


def test_a_group_takes_the_cell_of_the_first_note_given_and_the_votes_of_its_notes(workshop, host):
    to_phase(workshop, Phase.COLLECT)
    mari = join(workshop)
    first = post(mari, stage="personal-code", perspective="immigrant")
    second = post(mari)
    to_phase(workshop, Phase.VOTE)
    services.vote_cast(participant=mari, target_id=f"n{second.pk}")
    to_phase(workshop, Phase.GROUP)
    group = services.group_create(actor=host, workshop=workshop, title="Järjekorrad", note_ids=[first.pk, second.pk])
    assert (group.stage.slug, group.perspective.slug) == ("personal-code", "immigrant")
    assert set(group.notes.values_list("pk", flat=True)) == {first.pk, second.pk}
    assert Vote.objects.get(participant=mari).group == group
    other = services.group_create(actor=host, workshop=workshop, title="Teine", note_ids=[second.pk, first.pk])
    assert (other.stage.slug, other.perspective.slug) == ("residence-registration", "kov")
    assert set(other.notes.values_list("pk", flat=True)) == {first.pk, second.pk}


def test_groups_are_made_in_the_group_phase_from_notes_of_this_board(workshop, host, facilitator):
    to_phase(workshop, Phase.COLLECT)
    note = post(join(workshop))
    with pytest.raises(services.WrongPhase):
        services.group_create(actor=host, workshop=workshop, title="G", note_ids=[note.pk])
    to_phase(workshop, Phase.GROUP)
    other, _token = create(facilitator)
    to_phase(other, Phase.COLLECT)
    stranger = post(join(other))
    with pytest.raises(services.NotOnBoard):
        services.group_create(actor=host, workshop=workshop, title="G", note_ids=[note.pk, stranger.pk])
    with pytest.raises(ValidationError, match="title"):
        services.group_create(actor=host, workshop=workshop, title=" ", note_ids=[note.pk])
    assert not NoteGroup.objects.filter(workshop=workshop).exists()


def test_a_group_is_renamed_in_any_phase_but_its_notes_change_only_in_the_group_phase(workshop, host):
    to_phase(workshop, Phase.COLLECT)
    mari = join(workshop)
    one, two = post(mari, text="One"), post(mari, text="Two")
    to_phase(workshop, Phase.GROUP)
    group = services.group_create(actor=host, workshop=workshop, title="G", note_ids=[one.pk])
    services.group_update(actor=host, group=group, add_note_ids=[two.pk], remove_note_ids=[one.pk])
    assert list(group.notes.values_list("text", flat=True)) == ["Two"]
    to_phase(workshop, Phase.DISCUSS)
    services.group_update(actor=host, group=group, title="Renamed")
    assert NoteGroup.objects.get(pk=group.pk).title == "Renamed"
    with pytest.raises(services.WrongPhase):
        services.group_update(actor=host, group=group, add_note_ids=[one.pk])


# Facilitation


def test_the_facilitator_moves_phases_forward_and_back_and_a_phase_change_stops_the_timer(workshop, host):
    for phase in (Phase.COLLECT, Phase.VOTE, Phase.GROUP, Phase.SUMMARY, Phase.DISCUSS, Phase.SUMMARY):
        services.timer_set(actor=host, workshop=workshop, seconds=300)
        assert workshop.timer_ends_at is not None
        services.phase_set(actor=host, workshop=workshop, phase=phase)
        assert (Workshop.objects.get(pk=workshop.pk).phase, workshop.timer_ends_at) == (phase, None)
    with pytest.raises(ValidationError, match="Unknown phase"):
        services.phase_set(actor=host, workshop=workshop, phase="party")


def test_phase_changes_are_in_the_history_with_who(workshop, facilitator):
    to_phase(workshop, Phase.COLLECT)
    latest = workshop.history.first()
    assert (latest.phase, latest.history_user, latest.history_change_reason) == (
        "collect",
        facilitator,
        "phase: collect",
    )


def test_the_timer_runs_up_to_two_hours_and_zero_stops_it(workshop, host):
    services.timer_set(actor=host, workshop=workshop, seconds=90)
    assert 85 < (workshop.timer_ends_at - workshop.created_at).total_seconds() < 95
    services.timer_set(actor=host, workshop=workshop, seconds=0)
    assert Workshop.objects.get(pk=workshop.pk).timer_ends_at is None
    with pytest.raises(ValidationError):
        services.timer_set(actor=host, workshop=workshop, seconds=2 * 60 * 60 + 1)


def test_focus_is_in_the_discuss_phase_and_decisions_in_discuss_or_summary(voting, host):
    workshop, group = voting["workshop"], voting["group"]
    with pytest.raises(services.WrongPhase):
        services.focus_set(actor=host, workshop=workshop, group=group)
    with pytest.raises(services.WrongPhase):
        services.decision_save(actor=host, group=group, text="Ühine infoleht")
    to_phase(workshop, Phase.DISCUSS)
    services.focus_set(actor=host, workshop=workshop, group=group)
    services.decision_save(actor=host, group=group, text="  Ühine infoleht ")
    board = selectors.board(workshop, participant=voting["mari"])
    assert board["focus"] == group.pk and board["groups"][0]["decision"] == "Ühine infoleht"
    services.focus_set(actor=host, workshop=workshop, group=None)
    assert selectors.board(workshop)["focus"] is None


def test_closing_moves_to_the_summary_and_refuses_further_writes(voting, host):
    workshop = voting["workshop"]
    services.workshop_close(actor=host, workshop=workshop)
    assert (workshop.is_closed, workshop.phase) == (True, Phase.SUMMARY)
    with pytest.raises(services.WorkshopClosed):
        services.vote_cast(participant=voting["mari"], target_id=voting["group"].pk)
    with pytest.raises(services.WorkshopClosed):
        services.phase_set(actor=host, workshop=workshop, phase=Phase.VOTE)
    assert selectors.board(workshop, participant=voting["mari"])["closed"] is True


# The version: every write changes it, a refused one does not, and `since` answers "unchanged"


def test_every_write_bumps_the_version_and_a_refused_one_does_not(workshop, host):
    mari = join(workshop)
    writes = [
        lambda: join(workshop, name="Jaan"),
        lambda: services.phase_set(actor=host, workshop=workshop, phase=Phase.COLLECT),
        lambda: post(mari, text="One"),
        lambda: post(mari, text="Two"),
        lambda: services.note_hide(actor=host, note=Note.objects.get(text="Two")),
        lambda: services.timer_set(actor=host, workshop=workshop, seconds=60),
        lambda: services.phase_set(actor=host, workshop=workshop, phase=Phase.GROUP),
        lambda: services.group_create(actor=host, workshop=workshop, title="G", note_ids=[mari.notes.first().pk]),
        lambda: services.group_update(actor=host, group=NoteGroup.objects.get(), title="G2"),
        lambda: services.phase_set(actor=host, workshop=workshop, phase=Phase.VOTE),
        lambda: services.vote_cast(participant=mari, target_id=NoteGroup.objects.get().pk),
        lambda: services.vote_withdraw(participant=mari, target_id=NoteGroup.objects.get().pk),
        lambda: services.phase_set(actor=host, workshop=workshop, phase=Phase.DISCUSS),
        lambda: services.focus_set(actor=host, workshop=workshop, group=NoteGroup.objects.get()),
        lambda: services.decision_save(actor=host, group=NoteGroup.objects.get(), text="Decided"),
        lambda: services.workshop_close(actor=host, workshop=workshop),
    ]
    for write in writes:
        before = version(workshop)
        write()
        assert version(workshop) == before + 1
    with pytest.raises(services.WorkshopClosed):
        join(workshop)
    assert version(workshop) == before + 1


def test_since_the_current_version_the_board_answers_unchanged(workshop):
    mari = join(workshop)
    workshop.refresh_from_db()
    full = selectors.board(workshop, participant=mari)
    assert full["unchanged"] is False and full["participants"] == 1
    assert selectors.board(workshop, since=full["version"], participant=mari) == {
        "version": full["version"],
        "phase": "lobby",
        "notes": [],
        "groups": [],
        "unchanged": True,
    }
    assert selectors.board(workshop, since=full["version"] - 1, participant=mari)["unchanged"] is False


def test_the_board_names_its_cells_in_the_workshop_language(facilitator):
    workshop, _token = create(facilitator, language="en")
    board = selectors.board(workshop)
    assert [s["slug"] for s in board["stages"]] == STAGES
    stage = Stage.objects.get(slug=STAGES[0])
    assert board["stages"][0]["title"] == stage.text("en").title != stage.text("et").title
