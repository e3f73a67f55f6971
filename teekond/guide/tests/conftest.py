"""Fixtures shared by this app's tests (the personas are in teekond/conftest.py)."""

import pytest

from teekond.guide.models import LocalService
from teekond.guide.tests.stuck_helpers import STAGE
from teekond.journey import services as journey_services
from teekond.journey.models import Perspective, Stage, Step
from teekond.network.models import Municipality


@pytest.fixture
def bottleneck(coordinator):
    return journey_services.bottleneck_save(
        user=coordinator,
        fields={"stage": Stage.objects.get(slug=STAGE), "perspective": Perspective.objects.get(slug="immigrant")},
        texts={"et": {"title": "Elukohateate dokumendid on segased"}},
    )


@pytest.fixture
def tartu_registration():
    """A starter service: the Tartu Welcome Centre for the residence notice."""
    return LocalService.objects.get(municipality__slug="tartu-linn", step__key="residence-notice")


@pytest.fixture
def parnu_registration():
    return LocalService.objects.create(
        municipality=Municipality.objects.get(slug="parnu-linn"),
        step=Step.objects.get(key="residence-notice"),
        office_name="Pärnu linn",
    )
