"""Shared test personas and the seeded database every test starts from (style.md habit 6)."""

import pytest
from django.core.management import call_command
from django.test import Client

from teekond.core.roles import Role
from teekond.network.models import Municipality


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seed once; each test then runs inside its own rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("seed", verbosity=0)


def _person(django_user_model, username, role="", municipality_slug=None, **extra):
    municipality = Municipality.objects.get(slug=municipality_slug) if municipality_slug else None
    # No password: tests sign in with force_login, and hashing one per test would dominate the run time.
    return django_user_model.objects.create_user(username=username, role=role, municipality=municipality, **extra)


@pytest.fixture
def coordinator(db, django_user_model):
    return _person(django_user_model, "koordinaator", Role.COORDINATOR, is_staff=True)


@pytest.fixture
def tartu_editor(db, django_user_model):
    return _person(django_user_model, "tartu", Role.MUNICIPALITY_EDITOR, "tartu-linn")


@pytest.fixture
def parnu_editor(db, django_user_model):
    return _person(django_user_model, "parnu", Role.MUNICIPALITY_EDITOR, "parnu-linn")


@pytest.fixture
def facilitator(db, django_user_model):
    return _person(django_user_model, "fasilitaator", Role.FACILITATOR)


@pytest.fixture
def member(db, django_user_model):
    return _person(django_user_model, "liige", Role.NETWORK_MEMBER)


PERSONAS = ["coordinator", "tartu_editor", "parnu_editor", "facilitator", "member", "anonymous"]


@pytest.fixture
def as_persona(request, db):
    """A client signed in as the named persona ("anonymous" stays signed out)."""

    def sign_in(name: str) -> Client:
        client = Client()
        if name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        return client

    return sign_in
