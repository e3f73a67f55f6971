"""Schemathesis sends generated requests (odd text, every script, bad languages) to every endpoint of
the OpenAPI document and checks each answer against it: no server error, documented status codes,
bodies of the documented shape."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from teekond.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_endpoint_keeps_its_contract(case):
    case.call_and_validate(headers={"Host": "testserver"})
