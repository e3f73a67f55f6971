"""Every write of the journey map, by every persona: the right roles may, the others are refused and
nothing changes."""

import pytest

from teekond.conftest import PERSONAS
from teekond.journey.models import Bottleneck, Comment, Evidence, Proposal, ProposalState, Round, Support
from teekond.journey.services import proposal_save
from teekond.network.models import Municipality

pytestmark = pytest.mark.django_db


def bottleneck_data(**changes):
    bottleneck = Bottleneck.objects.filter(stage__slug="residence-registration").first()
    data = {
        "stage": bottleneck.stage_id,
        "perspective": bottleneck.perspective_id,
        "status": "open",
        "origin": "",
        "source": "",
        "title_et": "Uus kitsaskoht",
        "description_et": "",
        "title_en": "",
        "description_en": "",
        "title_ru": "",
        "description_ru": "",
        "title_uk": "",
        "description_uk": "",
        "reason": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def tartu_bottleneck(tartu_editor):
    bottleneck = Bottleneck.objects.filter(stage__slug="residence-registration").first()
    bottleneck.owner_municipality = tartu_editor.municipality
    bottleneck.save()
    return bottleneck


@pytest.mark.parametrize("persona", PERSONAS)
def test_record_a_bottleneck(as_persona, persona):
    response = as_persona(persona).post("/en/journey/bottlenecks/new/", bottleneck_data())
    created = Bottleneck.objects.filter(texts__title="Uus kitsaskoht").first()
    if persona in {"coordinator", "tartu_editor", "parnu_editor", "facilitator"}:
        assert response.status_code == 302 and created is not None
    else:
        assert response.status_code == 403 and created is None


def test_an_editor_records_for_their_own_municipality(as_persona, tartu_editor):
    as_persona("tartu_editor").post("/en/journey/bottlenecks/new/", bottleneck_data())
    assert Bottleneck.objects.get(texts__title="Uus kitsaskoht").owner_municipality.slug == "tartu-linn"


def test_an_editor_cannot_attribute_a_bottleneck_to_another_municipality(as_persona, tartu_bottleneck):
    """Issue 14, finding 8: it would then show on the other municipality's page."""
    parnu, tartu = Municipality.objects.get(slug="parnu-linn"), Municipality.objects.get(slug="tartu-linn")
    client = as_persona("tartu_editor")
    response = client.post("/en/journey/bottlenecks/new/", bottleneck_data(municipalities=[parnu.pk]))
    assert response.status_code == 200 and not Bottleneck.objects.filter(texts__title="Uus kitsaskoht").exists()
    data = bottleneck_data(title_et="Muudetud", municipalities=[tartu.pk, parnu.pk])
    response = client.post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/edit/", data)
    assert response.status_code == 200 and tartu_bottleneck.text("et").title != "Muudetud"
    assert parnu not in tartu_bottleneck.municipalities.all()
    assert client.get(f"/en/journey/municipalities/{parnu.slug}/").content.count(b"Muudetud") == 0


def test_an_editor_names_their_own_municipality_and_keeps_the_others(as_persona, tartu_bottleneck):
    parnu, tartu = Municipality.objects.get(slug="parnu-linn"), Municipality.objects.get(slug="tartu-linn")
    tartu_bottleneck.municipalities.set([parnu])  # named by a coordinator
    client = as_persona("tartu_editor")
    data = bottleneck_data(title_et="Muudetud", municipalities=[tartu.pk])
    assert client.post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/edit/", data).status_code == 302
    assert set(tartu_bottleneck.municipalities.all()) == {parnu, tartu}
    data = bottleneck_data(title_et="Muudetud uuesti", municipalities=[])
    assert client.post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/edit/", data).status_code == 302
    assert set(tartu_bottleneck.municipalities.all()) == {parnu}
    coordinator = as_persona("coordinator")
    data = bottleneck_data(title_et="Koordinaator", municipalities=[tartu.pk])
    assert coordinator.post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/edit/", data).status_code == 302
    assert set(tartu_bottleneck.municipalities.all()) == {tartu}


@pytest.mark.parametrize("persona", PERSONAS)
def test_edit_a_bottleneck(as_persona, persona, tartu_bottleneck):
    data = bottleneck_data(title_et="Muudetud")
    response = as_persona(persona).post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/edit/", data)
    title = tartu_bottleneck.text("et").title
    if persona in {"coordinator", "tartu_editor"}:
        assert response.status_code == 302 and title == "Muudetud"
    else:
        assert response.status_code == 403 and title != "Muudetud"


@pytest.mark.parametrize("persona", PERSONAS)
def test_add_evidence(as_persona, persona, tartu_bottleneck):
    before = Evidence.objects.count()
    data = {"what": "Nähtud", "where": "", "reported_by": "", "observed_on": "", "municipality": "", "language": "et"}
    response = as_persona(persona).post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/evidence/", data)
    if persona in {"coordinator", "tartu_editor", "parnu_editor", "facilitator"}:
        assert response.status_code == 302 and Evidence.objects.count() == before + 1
    else:
        assert response.status_code == 403 and Evidence.objects.count() == before


@pytest.mark.parametrize("persona", PERSONAS)
def test_merge_bottlenecks(as_persona, persona, tartu_bottleneck):
    target = Bottleneck.objects.filter(stage=tartu_bottleneck.stage).exclude(pk=tartu_bottleneck.pk).first()
    data = {"target": target.pk, "reason": "sama asi"}
    response = as_persona(persona).post(f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/merge/", data)
    tartu_bottleneck.refresh_from_db()
    if persona == "coordinator":
        assert response.status_code == 302 and tartu_bottleneck.merged_into == target
    else:
        assert response.status_code == 403 and tartu_bottleneck.merged_into is None


def proposal_data(**changes):
    data = {
        "bottlenecks": [Bottleneck.objects.first().pk],
        "level": "network",
        "responsible_body": "",
        "origin_events": [],
        "author_names": "",
        "title_et": "Uus ettepanek",
        "body_et": "",
        "title_en": "",
        "body_en": "",
        "title_ru": "",
        "body_ru": "",
        "title_uk": "",
        "body_uk": "",
        "reason": "",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("persona", PERSONAS)
def test_write_a_proposal(as_persona, persona):
    response = as_persona(persona).post("/en/journey/proposals/new/", proposal_data())
    created = Proposal.objects.filter(texts__title="Uus ettepanek").first()
    if persona == "anonymous":
        assert response.status_code == 403 and created is None
    else:
        assert response.status_code == 302 and created.state == ProposalState.DRAFT


@pytest.fixture
def members_draft(member):
    return proposal_save(
        user=member,
        fields={"level": "network"},
        texts={"et": {"title": "Liikme mustand"}},
        bottlenecks=[Bottleneck.objects.first()],
    )


@pytest.mark.parametrize("persona", PERSONAS)
def test_edit_a_draft_proposal(as_persona, persona, members_draft):
    response = as_persona(persona).post(f"/en/journey/proposals/{members_draft.pk}/edit/", proposal_data(title_et="X"))
    title = members_draft.text("et").title
    if persona in {"coordinator", "member"}:
        assert response.status_code == 302 and title == "X"
    else:
        assert response.status_code == 403 and title == "Liikme mustand"


@pytest.mark.parametrize("persona", PERSONAS)
def test_move_a_proposal(as_persona, persona, members_draft):
    data = {"to_state": "submitted", "on": "2026-01-05", "reason": "valmis"}
    response = as_persona(persona).post(f"/en/journey/proposals/{members_draft.pk}/state/", data)
    members_draft.refresh_from_db()
    if persona in {"coordinator", "member"}:
        assert response.status_code == 302 and members_draft.state == "submitted"
    else:
        assert response.status_code == 403 and members_draft.state == "draft"


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_coordinator_moves_a_submitted_proposal_onward(as_persona, persona):
    proposal = Proposal.objects.filter(state="submitted").first()
    data = {"to_state": "discussed", "on": "2026-01-05", "reason": "arutatud"}
    response = as_persona(persona).post(f"/en/journey/proposals/{proposal.pk}/state/", data)
    proposal.refresh_from_db()
    if persona == "coordinator":
        assert response.status_code == 302 and proposal.state == "discussed"
    else:
        assert response.status_code == 403 and proposal.state == "submitted"


@pytest.mark.parametrize("persona", PERSONAS)
def test_comment_on_a_proposal(as_persona, persona):
    proposal = Proposal.objects.exclude(state="draft").first()
    response = as_persona(persona).post(f"/en/journey/proposals/{proposal.pk}/comments/", {"text": "Toetan"})
    exists = Comment.objects.filter(text="Toetan").exists()
    if persona == "anonymous":
        assert response.status_code == 403 and not exists
    else:
        assert response.status_code == 302 and exists


@pytest.mark.parametrize("persona", PERSONAS)
def test_support_within_the_budget(as_persona, persona):
    round = Round.objects.first()
    Round.objects.update(is_open=False)
    round.is_open, round.budget = True, 2
    round.save()
    client = as_persona(persona)
    targets = list(Bottleneck.objects.current()[:3])
    responses = [client.post(f"/en/journey/bottlenecks/{b.pk}/support/") for b in targets]
    counted = Support.objects.filter(round=round).count()
    if persona == "anonymous":
        assert {r.status_code for r in responses} == {403} and counted == 0
    else:
        assert counted == 2  # the third is beyond the budget of two
        messages = [m.message for m in client.get(f"/en/journey/bottlenecks/{targets[2].pk}/").context["messages"]]
        assert any("used all 2 of your supports" in m for m in messages)


def test_drafts_and_internal_evidence_stay_inside_the_network(client, as_persona, members_draft, tartu_bottleneck):
    assert client.get(f"/en/journey/proposals/{members_draft.pk}/").status_code == 404
    assert as_persona("member").get(f"/en/journey/proposals/{members_draft.pk}/").status_code == 200
    Evidence.objects.create(
        bottleneck=tartu_bottleneck,
        what="Nimega juhtum: Mari",
        is_internal=True,
        municipality=Municipality.objects.get(slug="tartu-linn"),
    )
    url = f"/en/journey/bottlenecks/{tartu_bottleneck.pk}/"
    assert "Nimega juhtum" not in client.get(url).content.decode()
    assert "Nimega juhtum" in as_persona("facilitator").get(url).content.decode()


@pytest.mark.parametrize("persona", PERSONAS)
def test_record_a_milestone(as_persona, persona):
    proposal = Proposal.objects.filter(state="in-implementation").first()
    before = proposal.milestones.count()
    data = {"on": "2026-11-01", "text": "Juhend valmis", "progress": "80"}
    response = as_persona(persona).post(f"/en/journey/proposals/{proposal.pk}/milestones/", data)
    proposal.refresh_from_db()
    if persona == "coordinator":
        assert response.status_code == 302 and proposal.milestones.count() == before + 1 and proposal.progress == 80
    else:
        assert response.status_code == 403 and proposal.milestones.count() == before
