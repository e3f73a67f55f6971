"""The proposal lifecycle: explicit states, every change a dated row with who and why, invalid moves refused."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from teekond.journey.models import Bottleneck, Proposal, ProposalState, ProposalTransition
from teekond.journey.services import proposal_move, proposal_save
from teekond.network.models import Organisation

pytestmark = pytest.mark.django_db
TEXTS = {"et": {"title": "Registreerimine inglise keeles", "body": "Ettepanek"}}


@pytest.fixture
def draft(member):
    bottleneck = Bottleneck.objects.filter(stage__slug="residence-registration").first()
    return proposal_save(
        user=member,
        fields={"level": "state", "responsible_body": Organisation.objects.get(name="Siseministeerium")},
        texts=TEXTS,
        bottlenecks=[bottleneck],
    )


def move(user, proposal, state, **options):
    options.setdefault("on", dt.date(2026, 1, 10))
    return proposal_move(user=user, proposal=proposal, to_state=state, **options)


def test_a_proposal_walks_its_whole_path(draft, member, coordinator):
    move(member, draft, "submitted", reason="ready")
    move(coordinator, draft, "discussed", reason="network meeting")
    move(coordinator, draft, "adopted")
    move(coordinator, draft, "sent", reference="1-7/42")
    move(coordinator, draft, "answered", answer_kind="partly", answer_text="Osaliselt", answer_reasons="Raha")
    move(coordinator, draft, "in-implementation", progress=30)
    move(coordinator, draft, "implemented")
    draft.refresh_from_db()
    assert (draft.state, draft.sent_reference, draft.answer_kind, draft.progress) == (
        "implemented",
        "1-7/42",
        "partly",
        100,
    )
    path = list(draft.transitions.values_list("from_state", "to_state"))
    assert path[0] == ("draft", "submitted") and path[-1] == ("in-implementation", "implemented")
    assert draft.transitions.get(to_state="submitted").by == member


@pytest.mark.parametrize("state", ["discussed", "sent", "answered", "implemented", "in-implementation", "nonsense"])
def test_invalid_transitions_are_refused_with_a_message(draft, coordinator, state):
    with pytest.raises(ValidationError, match="cannot become"):
        move(coordinator, draft, state)
    assert Proposal.objects.get(pk=draft.pk).state == ProposalState.DRAFT
    assert not ProposalTransition.objects.filter(proposal=draft).exists()


def test_what_each_step_needs(draft, coordinator):
    with pytest.raises(ValidationError, match="Give the reason"):
        move(coordinator, draft, "withdrawn")
    for state in ("submitted", "discussed", "adopted", "sent"):
        move(coordinator, draft, state)
    with pytest.raises(ValidationError, match="answered"):
        move(coordinator, draft, "answered")
    move(coordinator, draft, "answered", answer_kind="rejected", answer_text="Ei")
    with pytest.raises(ValidationError, match="Only an accepted or partly accepted"):
        move(coordinator, draft, "in-implementation")


def test_dates_cannot_go_back_or_into_the_future(draft, coordinator):
    move(coordinator, draft, "submitted", on=dt.date(2026, 2, 1))
    with pytest.raises(ValidationError, match="before the previous"):
        move(coordinator, draft, "discussed", on=dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="future"):
        move(coordinator, draft, "discussed", on=dt.date.today() + dt.timedelta(days=3))


def test_authors_may_only_submit_or_withdraw(draft, member, parnu_editor):
    with pytest.raises(PermissionDenied):
        move(parnu_editor, draft, "submitted")  # not an author of it
    move(member, draft, "submitted")
    with pytest.raises(PermissionDenied):
        move(member, draft, "discussed")


def test_merging_moves_the_bottlenecks_to_the_other_proposal(draft, coordinator, member):
    other = proposal_save(
        user=member,
        fields={"level": "network"},
        texts=TEXTS,
        bottlenecks=[Bottleneck.objects.filter(stage__slug="benefits").first()],
    )
    move(member, other, "submitted")
    with pytest.raises(ValidationError, match="Choose the other proposal"):
        move(coordinator, draft, "merged", reason="same")
    move(coordinator, draft, "merged", reason="same thing", merged_into=other)
    assert set(draft.bottlenecks.all()) <= set(other.bottlenecks.all())


def test_a_draft_withdrawn_before_it_was_submitted_never_becomes_public(draft, member, client):
    move(member, draft, "withdrawn", reason="mõtlesin ümber")
    assert client.get(f"/en/journey/proposals/{draft.pk}/").status_code == 404
    assert draft.code not in client.get("/en/journey/state/").content.decode()
