"""Schemathesis sends generated requests (odd text, every script, bad languages) to every endpoint of
the OpenAPI document and checks each answer against it: no server error, documented status codes,
bodies of the documented shape."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from teekond.api.records import OPEN_DATA_TAG
from teekond.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


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


@pytest.mark.django_db
@schema.exclude(tag=OPEN_DATA_TAG).parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_endpoint_keeps_its_contract(case):
    # Uncompressed: schemathesis's WSGI transport announces brotli and gzip but reads the body undecoded.
    case.call_and_validate(headers={"Host": "testserver", "Accept-Encoding": "identity"})


# The open-data endpoints only read, with few parameters of simple types, and are two dozen: fewer examples
# each keep the suite's time within CI's budget.
@pytest.mark.django_db
@schema.include(tag=OPEN_DATA_TAG).parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_open_data_endpoint_keeps_its_contract(case):
    case.call_and_validate(headers={"Host": "testserver", "Accept-Encoding": "identity"})
