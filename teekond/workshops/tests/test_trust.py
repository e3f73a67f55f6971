"""Issue 14's findings on workshops: what a caller who may not see a workshop can learn (9), facilitator tokens
that end (3), the join limit that never refuses a right code (5) and the limits on one participant's notes (10)."""

import re

import pytest
from django.test import Client

from teekond.core.roles import Role
from teekond.journey.models import Perspective, Stage
from teekond.workshops import services

pytestmark = pytest.mark.django_db
CELL = ("residence-registration", "kov")


def new_workshop(user, **options):
    workshop, token = services.workshop_create(
        user=user,
        title="Töötuba",
        stages=Stage.objects.filter(slug=CELL[0]),
        perspectives=Perspective.objects.filter(slug=CELL[1]),
        **options,
    )
    return workshop, token


@pytest.fixture
def other_facilitator(django_user_model):
    return django_user_model.objects.create_user(username="teine-fasilitaator", role=Role.FACILITATOR)


def _page(response) -> str:
    """The page without its CSRF token, which is masked afresh in every answer."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


# Finding 9: a signed-in user cannot tell a real code from an unknown one.

FACILITATOR_PAGES = ["", "projector/", "outcome/", "export.csv", "export.pdf"]
FACILITATOR_POSTS = ["phase/", "timer/", "groups/", "focus/", "close/", "outcome/"]


@pytest.mark.parametrize("persona", ["member", "tartu_editor", "other_facilitator"])
def test_a_workshop_one_may_not_run_looks_like_one_that_does_not_exist(request, facilitator, persona):
    workshop, _token = new_workshop(facilitator)
    client = Client()
    client.force_login(request.getfixturevalue(persona))
    for path in FACILITATOR_PAGES:
        real = client.get(f"/en/workshops/{workshop.code}/{path}")
        unknown = client.get(f"/en/workshops/ZZZZZZ/{path}")
        assert real.status_code == unknown.status_code == 404, path
        assert _page(real) == _page(unknown).replace("ZZZZZZ", workshop.code), path
    for path in FACILITATOR_POSTS:
        real = client.post(f"/en/workshops/{workshop.code}/{path}", {"phase": "collect"})
        unknown = client.post(f"/en/workshops/ZZZZZZ/{path}", {"phase": "collect"})
        assert real.status_code == unknown.status_code == 404, path
    workshop.refresh_from_db()
    assert workshop.phase == "lobby"
