"""Upgrading to the release with the second factor signs out every session opened before it."""

import importlib

from django.apps import apps

upgrade = importlib.import_module("teekond.accounts.migrations.0003_sign_out_sessions_from_before_the_second_factor")


def test_a_coordinator_signed_in_before_the_second_factor_must_sign_in_again(client, coordinator):
    client.force_login(coordinator)  # on the password alone, as every sign-in was before the upgrade
    assert client.get("/en/journey/bottlenecks/new/").status_code == 200

    upgrade.sign_everyone_out(apps, None)

    answer = client.get("/en/journey/bottlenecks/new/")
    assert answer.status_code == 302 and answer["Location"].startswith("/en/login/")
