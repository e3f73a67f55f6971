"""A meeting's tally as a round's priority, and municipalities named as affected (used by workshop outcomes)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from teekond.journey.models import Bottleneck, Round
from teekond.journey.selectors import priority_trend, with_priority
from teekond.journey.services import bottleneck_municipalities_add, tally_record
from teekond.network.models import Event, EventType, Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def bottleneck():
    return Bottleneck.objects.current().first()


@pytest.fixture
def new_event():
    return Event.objects.create(type=EventType.WORKSHOP, year=2026)


def priority(bottleneck) -> int:
    return with_priority(Bottleneck.objects.filter(pk=bottleneck.pk)).get().priority


@pytest.mark.parametrize("persona", ["coordinator", "facilitator"])
def test_a_tally_is_one_support_of_its_weight_in_a_new_closed_round(request, persona, bottleneck, new_event):
    before = priority(bottleneck)
    support = tally_record(user=request.getfixturevalue(persona), event=new_event, bottleneck=bottleneck, weight=7)
    assert support.supporter is None and support.weight == 7
    assert Round.objects.get(event=new_event).is_open is False
    assert priority(bottleneck) == before + 7
    assert (new_event.start_date, new_event.pk, 7) in priority_trend(bottleneck=bottleneck)


def test_two_tallies_of_one_round_add_up(facilitator, bottleneck, new_event):
    tally_record(user=facilitator, event=new_event, bottleneck=bottleneck, weight=2)
    tally_record(user=facilitator, event=new_event, bottleneck=bottleneck, weight=3)
    assert Round.objects.filter(event=new_event).count() == 1
    assert sum(s.weight for s in bottleneck.supports.filter(round__event=new_event)) == 5


@pytest.mark.parametrize("persona", ["tartu_editor", "member"])
def test_others_may_not_record_a_tally(request, persona, bottleneck, new_event):
    with pytest.raises(PermissionDenied):
        tally_record(user=request.getfixturevalue(persona), event=new_event, bottleneck=bottleneck, weight=1)
    assert not Round.objects.filter(event=new_event).exists()


def test_a_tally_needs_a_vote_and_a_current_bottleneck(facilitator, bottleneck, new_event):
    with pytest.raises(ValidationError):
        tally_record(user=facilitator, event=new_event, bottleneck=bottleneck, weight=0)
    merged = Bottleneck.objects.create(
        stage=bottleneck.stage, perspective=bottleneck.perspective, merged_into=bottleneck
    )
    with pytest.raises(ValidationError):
        tally_record(user=facilitator, event=new_event, bottleneck=merged, weight=1)


def test_municipalities_are_added_not_replaced(facilitator, tartu_editor, bottleneck):
    tartu, parnu = Municipality.objects.get(slug="tartu-linn"), Municipality.objects.get(slug="parnu-linn")
    kept = set(bottleneck.municipalities.all())
    bottleneck_municipalities_add(user=facilitator, bottleneck=bottleneck, municipalities=[tartu, parnu])
    assert set(bottleneck.municipalities.all()) == kept | {tartu, parnu}
    with pytest.raises(PermissionDenied):
        bottleneck_municipalities_add(user=tartu_editor, bottleneck=bottleneck, municipalities=[parnu])
    bottleneck_municipalities_add(user=tartu_editor, bottleneck=bottleneck, municipalities=[tartu])
