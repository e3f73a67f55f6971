"""The content version: one value, shared by every worker, that changes after every write to the data.

The page cache (core.pagecache) keys every stored page by it, so a page built before a write is never
served after it. The version changes from the database connection itself: every INSERT, UPDATE, DELETE
(and schema change) that Django sends, whichever way it came — a service, the admin, an import, the
seed, `QuerySet.update()`, `bulk_create()`, raw SQL of the search index, a migration — except writes to
the tables named in `settings.PAGE_CACHE_QUIET_MODELS` and `PAGE_CACHE_QUIET_APPS` (data no anonymous
page shows: sessions, readers' answers, live workshop boards) and to history tables.

When: a write in a transaction changes the version once when the transaction's first write is sent and
again after it commits. The second closes the race in which another worker read the old rows after the
first change and stored its page under the new version; the first makes the write fail, and so roll back,
while the cache cannot be written (a page could otherwise stay stale). A write outside a transaction
changes it once, after the statement. Inside a test's own transaction (which never commits), each atomic
block of the code under test counts as a transaction that committed when its first write was sent.

The version is random, never a counter, so two workers changing it at once cannot land on the same value.
"""

import logging
import re
import secrets
import time
from functools import cache

from django.apps import apps
from django.conf import settings
from django.core.cache import caches

log = logging.getLogger(__name__)

KEY = "content-version"
_READS = ("SELECT", "SAVEPO", "RELEAS", "ROLLBA", "BEGIN", "COMMIT", "PRAGMA", "SET ", "SHOW", "EXPLAI")
_WRITE = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.I)
# Signing in stamps the user's last login; no page shows it.
_LAST_LOGIN = re.compile(r'\s*UPDATE\s+"?accounts_user"?\s+SET\s+"?last_login"?\s*=\s*%s\s+WHERE', re.I)


def store():
    return caches[settings.PAGE_CACHE_ALIAS]


def current() -> str:
    """The version now; made (once, by whichever worker asks first) when the cache holds none."""
    version = store().get(KEY)
    if version is None:
        store().add(KEY, _new(), timeout=None)
        version = store().get(KEY) or _new()
    return version


def bump() -> None:
    store().set(KEY, _new(), timeout=None)


def _new() -> str:
    return f"{time.time_ns() // 1000:x}{secrets.token_hex(4)}"


def _bump_after_commit() -> None:
    try:
        bump()
    except Exception:  # the write is committed and the first change stands; say so, do not fail the request
        log.exception("The content version could not be changed after a commit")


@cache
def quiet_tables() -> frozenset[str]:
    quiet_models = set(settings.PAGE_CACHE_QUIET_MODELS)
    quiet_apps = set(settings.PAGE_CACHE_QUIET_APPS)
    return frozenset(
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label in quiet_models
        or model._meta.app_label in quiet_apps
        or hasattr(model, "instance_type")  # django-simple-history's historical records
    )


def changes_content(sql: str) -> bool:
    """Whether a statement may change what a page shows: a write, to a table that is not quiet."""
    head = sql[:16].lstrip()[:6].upper()
    if head.startswith(_READS):
        return False
    write = _WRITE.match(sql)
    if write is None:
        return True  # schema changes and anything unexpected count: a needless change costs only a miss
    return write.group(1) not in quiet_tables() and not _LAST_LOGIN.match(sql)


def note_write(connection) -> None:
    """Change the version for a write just sent on `connection` (see the module's docstring for when)."""
    blocks = connection.atomic_blocks
    outer = next((index for index, block in enumerate(blocks) if not block._from_testcase), None)
    if outer is None:  # autocommit, or straight inside a test's transaction: the write counts now
        bump()
    elif outer == 0:  # a real transaction
        if not any(callback is _bump_after_commit for _sids, callback, _robust in connection.run_on_commit):
            bump()
            connection.on_commit(_bump_after_commit)
    else:  # an atomic block inside a test's transaction: once per block
        block_id = connection.savepoint_ids[outer - 1]
        if block_id is None or block_id != getattr(connection, "teekond_bumped_block", None):
            connection.teekond_bumped_block = block_id
            bump()


def watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if changes_content(sql):
        note_write(context["connection"])
    return result


def install(sender, connection, **kwargs) -> None:
    """On `connection_created`: watch what this connection sends (once per connection object)."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)
