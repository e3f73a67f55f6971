"""Every page answers only the methods it is written for: a write view refuses a read (and a form page refuses
PUT and DELETE) with 405, a read view refuses POST with 405, and nothing is written either way.

The tables below name every route of the site (the workshop's routes are tested in `workshops`, the
interface's in `api`); a route added without being named here fails `test_every_route_is_in_a_table`.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from teekond.conftest import verified_with_second_factor

pytestmark = pytest.mark.django_db

POST = ("POST",)
FORM = ("GET", "POST")

# Route name → (the route's arguments, the methods it accepts). Arguments need not name real records: the
# method is refused before anything is looked up.
WRITES = {
    "network:municipality_edit": ({"slug": "tartu-linn"}, FORM),
    "network:event_create": ({}, FORM),
    "network:event_edit": ({"pk": 1}, FORM),
    "network:event_delete": ({"pk": 1}, FORM),
    "network:agreement_create": ({}, FORM),
    "network:agreement_edit": ({"pk": 1}, FORM),
    "journey:step_confirm": ({"key": "residence-notice"}, POST),
    "journey:bottleneck_create": ({}, FORM),
    "journey:bottleneck_edit": ({"pk": 1}, FORM),
    "journey:evidence_add": ({"pk": 1}, POST),
    "journey:bottleneck_merge": ({"pk": 1}, FORM),
    "journey:bottleneck_support": ({"pk": 1}, POST),
    "journey:proposal_support": ({"pk": 1}, POST),
    "journey:proposal_create": ({}, FORM),
    "journey:proposal_edit": ({"pk": 1}, FORM),
    "journey:proposal_move": ({"pk": 1}, FORM),
    "journey:comment_add": ({"pk": 1}, POST),
    "journey:milestone_add": ({"pk": 1}, POST),
    "journey:proposal_extend": ({"pk": 1}, FORM),
    "journey:proposal_due": ({"pk": 1}, FORM),
    "spikker:suggest": ({}, FORM),
    "spikker:suggestion_moderate": ({"pk": 1}, POST),
    "spikker:feedback": ({"key": "tipping"}, POST),
    "spikker:entry_create": ({}, FORM),
    "spikker:entry_edit": ({"key": "tipping"}, FORM),
    "spikker:entry_state": ({"key": "tipping"}, POST),
    "spikker:entry_confirm": ({"key": "tipping"}, POST),
    "spikker:revision": ({"key": "tipping", "pk": 1}, FORM),
    "spikker:translate": ({"key": "tipping", "language": "ru"}, FORM),
    "guide:stuck": ({}, POST),
    "guide:stuck_attach": ({"pk": 1}, POST),
    "guide:stuck_open": ({"pk": 1}, POST),
    "guide:stuck_dismiss": ({"pk": 1}, POST),
    "guide:local_service_edit": ({"slug": "tartu-linn", "step_key": "residence-notice"}, FORM),
    "guide:local_service_delete": ({"slug": "tartu-linn", "step_key": "residence-notice"}, FORM),
    "following:follow": ({}, POST),
    "following:confirm": ({"token": "x"}, FORM),
    "following:unsubscribe": ({"token": "x"}, FORM),
    "login": ({}, FORM),
    "accounts:code": ({}, FORM),
    "accounts:second_factor": ({}, FORM),
    "logout": ({}, POST),
}

READS = {
    "calendar_ics": {},
    "healthz": {},
    "service_worker": {},
    "manifest": {},
    "open_data": {},
    "open_data_file": {"name": "README.md"},
    "home": {},
    "core:accessibility": {},
    "core:design": {},
    "network:partners": {},
    "network:municipalities": {},
    "network:municipality": {"slug": "tartu-linn"},
    "network:calendar": {},
    "network:event": {"pk": 1},
    "network:working_group": {},
    "network:agreements": {},
    "journey:map": {},
    "journey:stage": {"slug": "residence-registration"},
    "journey:bottleneck": {"pk": 1},
    "journey:proposal": {"pk": 1},
    "journey:state_tracker": {},
    "journey:bodies": {},
    "journey:body": {"slug": "siseministeerium"},
    "journey:poster": {},
    "journey:proposals_xlsx": {},
    "journey:municipality": {"slug": "tartu-linn"},
    "spikker:index": {},
    "spikker:search": {},
    "spikker:booklet": {},
    "spikker:suggestions": {},
    "spikker:feedback_overview": {},
    "spikker:manage": {},
    "spikker:worklist": {},
    "spikker:entry_history": {"key": "tipping"},
    "spikker:entry": {"key": "tipping"},
    "guide:stuck_reports": {},
    "guide:stuck_group": {
        "stage": "residence-registration",
        "perspective": "kov",
        "municipality": "tartu-linn",
        "year": 2026,
        "month": 1,
    },
    "guide:local_services_to_check": {},
    "guide:local_services": {"slug": "tartu-linn"},
    "guide:local_service_choose_step": {"slug": "tartu-linn"},
    "guide:chooser": {},
    "guide:plan": {"slug": "tartu-linn"},
    "guide:plan_pdf": {"slug": "tartu-linn"},
    "guide:plan_ics": {"slug": "tartu-linn"},
    "guide:plan_stuck": {"slug": "tartu-linn"},
    "reports:annual": {},
    "reports:to_check": {},
    "statistics:index": {},
    "statistics:chart_png": {"key": "bottlenecks-by-stage"},
    "terms:glossary": {},
}

# Not in the tables, and why: the workshop's routes (workshops/tests), the interface's (api/tests, which
# tries every method through schemathesis), the admin (Django's own), and the Atom feeds (Django's
# syndication views, which write nothing and answer every method alike).
ELSEWHERE = ("workshops:", "api-v1:", "admin:")
FEEDS = {"proposals_feed", "spikker_feed", "events_feed", "following:feed"}


def _routes(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _routes(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def test_every_route_is_in_a_table():
    routes = {name for name in _routes(get_resolver().url_patterns) if not name.startswith(ELSEWHERE)}
    assert routes - FEEDS == set(WRITES) | set(READS)
    assert not set(WRITES) & set(READS)


@pytest.fixture
def coordinator_client(client, coordinator):
    """Signed in with the second factor: the refusal must come from the method, not from signing in."""
    client.force_login(coordinator)
    verified_with_second_factor(client, coordinator)
    return client


def _wrong_methods(allowed: tuple[str, ...]) -> list[str]:
    return ["GET"] if allowed == POST else ["PUT", "DELETE"]


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_write_view_refuses_the_methods_it_is_not_written_for(coordinator_client, name):
    kwargs, allowed = WRITES[name]
    url = reverse(name, kwargs=kwargs)
    for method in _wrong_methods(allowed):
        response = coordinator_client.generic(method, url)
        assert response.status_code == 405, (method, url)
        answered = set(response["Allow"].split(", "))
        assert set(allowed) <= answered and method not in answered


@pytest.mark.parametrize("name", sorted(READS))
def test_a_read_view_refuses_post(coordinator_client, name):
    url = reverse(name, kwargs=READS[name])
    response = coordinator_client.post(url)
    assert response.status_code == 405, url
    assert "POST" not in response["Allow"]
