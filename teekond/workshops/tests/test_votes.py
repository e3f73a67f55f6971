"""The services' votes: within the budget and the cap, in the vote phase, on what is on the board."""

import pytest
from django.core.exceptions import ValidationError

from teekond.workshops import selectors, services
from teekond.workshops.models import Phase, Workshop
from teekond.workshops.tests.helpers import create, join, to_phase

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(facilitator):
    return create(facilitator, vote_budget=3, vote_cap=2)[0]


# Votes


def test_votes_are_kept_within_the_cap_per_target_and_the_budget(voting):
    mari, group, loose = voting["mari"], voting["group"], voting["loose"]
    services.vote_cast(participant=mari, target_id=group.pk)
    services.vote_cast(participant=mari, target_id=f"g{group.pk}")
    with pytest.raises(services.BoardConflict, match="at most 2 votes to one item"):
        services.vote_cast(participant=mari, target_id=f"g{group.pk}")
    services.vote_cast(participant=mari, target_id=f"n{loose.pk}")
    with pytest.raises(services.BoardConflict, match="used all your 3 votes"):
        services.vote_cast(participant=mari, target_id=f"n{loose.pk}")
    services.vote_withdraw(participant=mari, target_id=f"g{group.pk}")
    services.vote_cast(participant=mari, target_id=f"N{loose.pk}")
    seen = selectors.board(voting["workshop"], participant=mari)
    assert seen["my_votes"] == {f"g{group.pk}": 1, f"n{loose.pk}": 2} and seen["votes_left"] == 0
    assert {g["id"]: g["votes"] for g in seen["groups"]} == {group.pk: 1}


def test_a_cap_of_one_is_said_in_the_singular(voting, host):
    Workshop.objects.filter(pk=voting["workshop"].pk).update(vote_cap=1)
    services.vote_cast(participant=voting["mari"], target_id=voting["group"].pk)
    with pytest.raises(services.BoardConflict, match="at most 1 vote to one item"):
        services.vote_cast(participant=voting["mari"], target_id=voting["group"].pk)


def test_budgets_are_per_person(voting):
    for person in (voting["mari"], join(voting["workshop"], name="Jaan")):
        for _vote in range(2):
            services.vote_cast(participant=person, target_id=voting["group"].pk)
    assert selectors.board(voting["workshop"])["groups"][0]["votes"] == 4


def test_votes_outside_the_vote_phase_are_refused(voting):
    to_phase(voting["workshop"], Phase.DISCUSS)
    with pytest.raises(services.WrongPhase, match="only in the vote phase"):
        services.vote_cast(participant=voting["mari"], target_id=voting["group"].pk)


def test_a_vote_goes_to_a_group_or_a_visible_note_in_no_group(voting, host):
    mari = voting["mari"]
    with pytest.raises(services.BoardConflict, match="vote for the group"):
        services.vote_cast(participant=mari, target_id=f"n{voting['grouped'].pk}")
    with pytest.raises(services.NotOnBoard):
        services.vote_cast(participant=mari, target_id="g999999")
    with pytest.raises(ValidationError, match="vote target"):
        services.vote_cast(participant=mari, target_id="x1")
    services.note_hide(actor=host, note=voting["loose"])
    with pytest.raises(services.BoardConflict, match="hidden"):
        services.vote_cast(participant=mari, target_id=f"n{voting['loose'].pk}")


def test_hiding_a_note_gives_its_votes_back(voting, host):
    mari, loose = voting["mari"], voting["loose"]
    services.vote_cast(participant=mari, target_id=f"n{loose.pk}")
    services.note_hide(actor=host, note=loose)
    assert selectors.board(voting["workshop"], participant=mari)["votes_left"] == 3


def test_taking_back_a_vote_one_does_not_have_is_refused(voting):
    with pytest.raises(services.BoardConflict, match="no vote there"):
        services.vote_withdraw(participant=voting["mari"], target_id=voting["group"].pk)
