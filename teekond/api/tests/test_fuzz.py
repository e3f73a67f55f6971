"""Schemathesis sends generated requests (odd text, every script, bad languages, wrong types) to every endpoint
of the OpenAPI document and checks each answer against it with every check it has (`--checks all`): no server
error, documented status codes, content types and headers, bodies of the documented shape, invalid data refused
and valid data accepted, authentication not ignored.

The workshop endpoints are called on a real board, with a real participant's or facilitator's token most of
the time, so that the calls reach the services and not only the token check."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, is_check_class, load_all_checks

from teekond.api.records import OPEN_DATA_TAG
from teekond.journey.models import Perspective, Stage
from teekond.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
load_all_checks()
ALL_CHECKS = [check for check in CHECKS.get_all() if not is_check_class(check)]
EXAMPLES = 60  # per endpoint: 15 endpoints got some 1,400 calls (with the examples and shrinking), in about 25 s
CALLS = []
# Uncompressed: schemathesis's WSGI transport announces brotli and gzip but reads the body undecoded.
IDENTITY = {"Host": "testserver", "Accept-Encoding": "identity"}
FACILITATOR_PATHS = ("/phase", "/groups", "/hide", "/focus", "/timer", "/decision", "/close", "/token")


@pytest.fixture(autouse=True)
def keep_the_test_transactions_connection():
    """Requests go through the real WSGI handler, which would close the database connection after each
    answer (and with it the test's transaction on PostgreSQL); Django's own test client holds it open
    the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def board(facilitator):
    """A board in the collect phase with a note, and the tokens of its facilitator and of a participant."""
    from teekond.workshops import services

    workshop, host_token = services.workshop_create(
        user=facilitator,
        title="Fuzz",
        stages=Stage.objects.filter(slug="residence-registration"),
        perspectives=Perspective.objects.filter(slug="kov"),
    )
    seat, token = services.participant_join(workshop=workshop, name="Mari")
    services.phase_set(actor=facilitator, workshop=workshop, phase="collect")
    services.note_post(participant=seat, stage="residence-registration", perspective="kov", text="Järjekord")
    return {"code": workshop.code, "host": host_token, "participant": token}


def _aim(case, board) -> dict:
    """Most valid calls on the real board with the right kind of token; some keep what was generated, and
    so does every call made invalid on purpose (it must stay invalid)."""
    headers = dict(IDENTITY)
    negative = case._meta is not None and case._meta.generation.mode.is_negative
    if negative or "{code}" not in case.operation.path or len(CALLS) % 5 == 4:
        return headers
    case.path_parameters = {**(case.path_parameters or {}), "code": board["code"]}
    facilitator = any(part in case.operation.path for part in FACILITATOR_PATHS)
    if not case.operation.path.endswith("/join"):
        headers["Authorization"] = f"Bearer {board['host' if facilitator else 'participant']}"
    return headers


@pytest.mark.django_db
@schema.exclude(tag=OPEN_DATA_TAG).parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_endpoint_keeps_its_contract(case, board):
    headers = _aim(case, board)
    CALLS.append(case.operation.label)
    case.call_and_validate(headers=headers, checks=ALL_CHECKS)


# The open-data endpoints only read, with few parameters of simple types, and are two dozen: fewer examples
# each keep the suite's time within CI's budget.
@pytest.mark.django_db
@schema.include(tag=OPEN_DATA_TAG).parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_open_data_endpoint_keeps_its_contract(case):
    CALLS.append(case.operation.label)
    case.call_and_validate(headers=IDENTITY, checks=ALL_CHECKS)


def test_the_endpoints_got_at_least_a_thousand_calls():
    """Runs after the fuzzing, in the same process: `make test` runs this module on its own, not in parallel
    workers (schemathesis gives all its generated tests one name, which the workers cannot tell apart)."""
    operations = {operation.label for operation in schema.get_all_operations() if hasattr(operation, "label")}
    if not CALLS:
        pytest.skip("the fuzzing above was not selected in this run")
    assert set(CALLS) >= operations or not operations, set(operations) - set(CALLS)
    print(f"{len(CALLS)} calls over {len(set(CALLS))} endpoints")
    assert len(CALLS) >= 1000, len(CALLS)
