"""Django's own checks over the whole project, as part of the suite (they ran as separate commands before it,
each paying Django's start-up): what `teekond check --fail-level WARNING` and `teekond makemigrations --check`
say. The termbase check over the catalogues and data files is `terms/tests/test_check.py`."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError


def test_the_system_checks_find_no_warning_or_error():
    try:
        call_command("check", fail_level="WARNING", verbosity=0)
    except SystemCheckError as found:
        pytest.fail(str(found))


@pytest.mark.django_db
def test_every_model_change_has_its_migration(capsys):
    try:
        call_command("makemigrations", check=True, dry_run=True, verbosity=1)
    except SystemExit:
        pytest.fail(f"A model change has no migration (run `teekond makemigrations`):\n{capsys.readouterr().out}")
