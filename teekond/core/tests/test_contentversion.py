"""The content version changes with every write that may change a public page, and only with those."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.checks import run_checks
from django.db import connection, transaction

from teekond.accounts.models import User
from teekond.core import contentversion
from teekond.core.checks import PAGE_CACHE

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "sql",
    [
        'INSERT INTO "network_person" ("name") VALUES (%s)',
        'UPDATE "journey_stage" SET "order" = %s',
        'DELETE FROM "spikker_entry" WHERE "id" = %s',
        "INSERT INTO search_fts (rowid, title_terms) VALUES (%s, %s)",
        "  insert or replace into spikker_entrytext values (%s)",
        'ALTER TABLE "network_event" ADD COLUMN "x" integer',
        "TRUNCATE network_event",
    ],
)
def test_writes_and_schema_changes_change_content(sql):
    assert contentversion.changes_content(sql)


@pytest.mark.parametrize(
    "sql",
    [
        'SELECT "network_person"."name" FROM "network_person"',
        'SAVEPOINT "s1_x1"',
        'RELEASE SAVEPOINT "s1_x1"',
        'INSERT INTO "django_session" ("session_key") VALUES (%s)',
        'INSERT INTO "spikker_feedback" ("helpful") VALUES (%s)',
        'INSERT INTO "workshops_note" ("text") VALUES (%s)',
        'UPDATE "workshops_workshop" SET "version" = %s WHERE "id" = %s',
        'INSERT INTO "network_historicalperson" ("name") VALUES (%s)',
        'UPDATE "accounts_user" SET "last_login" = %s WHERE "accounts_user"."id" = %s',
    ],
)
def test_reads_and_writes_no_public_page_shows_leave_it(sql):
    assert not contentversion.changes_content(sql)


def test_a_user_renamed_changes_content():
    assert contentversion.changes_content('UPDATE "accounts_user" SET "last_login" = %s, "first_name" = %s WHERE x')


def test_every_write_to_content_changes_the_version_at_once():
    before = contentversion.current()
    User.objects.filter(username="nobody").update(first_name="x")
    middle = contentversion.current()
    assert middle != before
    User.objects.exists()
    assert contentversion.current() == middle


def test_quiet_writes_leave_the_version():
    before = contentversion.current()
    session = SessionStore()
    session["answered"] = ["x"]
    session.save()
    assert Session.objects.filter(session_key=session.session_key).exists()
    assert contentversion.current() == before


def test_a_transaction_changes_it_once_when_it_starts_writing():
    before = contentversion.current()
    with transaction.atomic():
        User.objects.create(username="eins")
        first = contentversion.current()
        User.objects.create(username="zwei")
        assert contentversion.current() == first != before
    with transaction.atomic():
        User.objects.create(username="drei")
        assert contentversion.current() != first


def test_a_version_lost_from_the_cache_is_made_anew():
    before = contentversion.current()
    contentversion.store().delete(contentversion.KEY)
    assert contentversion.current() not in (None, before)


def test_every_connection_watches_its_writes():
    assert contentversion.watch_writes in connection.execute_wrappers


def test_middleware_below_the_page_cache_is_named_by_the_checks(settings):
    assert [message.id for message in run_checks()] == []
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "example.ContentSecurityPolicyMiddleware"]
    warnings = [message for message in run_checks() if message.id == "teekond.W002"]
    assert len(warnings) == 1 and "example.ContentSecurityPolicyMiddleware" in warnings[0].msg
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != PAGE_CACHE]
    assert "teekond.W001" in [message.id for message in run_checks()]
