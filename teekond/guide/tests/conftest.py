"""Fixtures shared by the guide's tests."""

import pytest

from teekond.guide.models import LocalService
from teekond.journey.models import Step
from teekond.network.models import Municipality


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
