"""Upgrading to the release with the second factor signs out every session opened before it."""

import importlib

from django.apps import apps
from django.contrib.sessions.models import Session

upgrade = importlib.import_module("teekond.accounts.migrations.0003_sign_out_sessions_from_before_the_second_factor")


def test_every_session_from_before_the_second_factor_ends(client, member):
    client.force_login(member)  # a session from before the upgrade
    assert client.get("/en/account/second-factor/").status_code == 200

    upgrade.sign_everyone_out(apps, None)

    assert not Session.objects.exists()
    answer = client.get("/en/account/second-factor/")
    assert answer.status_code == 302 and answer["Location"].startswith("/en/login/")
