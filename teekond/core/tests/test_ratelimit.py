"""The rate limits' counts are atomic (issue 14, finding 5): a hundred requests at once never get past a limit.

Each thread has its own database connection, as each server worker has. The threads cannot share the test's
own transaction, so they count through connections of their own: to a file next to the test on SQLite (the
test database lives in memory there), to the test database itself on PostgreSQL (their rows are removed
afterwards).
"""

import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from django.db.utils import load_backend

from teekond.core import ratelimit

pytestmark = pytest.mark.django_db
THREADS = 100
LIMIT = 20
COUNTERS = "rate-counters"


@pytest.fixture
def counters_database(tmp_path, monkeypatch):
    """Each thread's own connection for the counters, and the counters' table in what they reach."""
    config = {**connection.settings_dict}
    if connection.vendor == "sqlite":
        config.update(NAME=str(tmp_path / "counters.sqlite3"), TEST={})
    backend = load_backend(config["ENGINE"])
    mine = threading.local()

    def own_connection():
        if not hasattr(mine, "connection"):
            mine.connection = backend.DatabaseWrapper(config, COUNTERS)
        return mine.connection

    if connection.vendor == "sqlite":  # the table as migration core.0001 makes it
        with own_connection().cursor() as cursor:
            cursor.execute(
                "CREATE TABLE core_ratecounter (id integer PRIMARY KEY AUTOINCREMENT, "
                "name varchar(200) NOT NULL UNIQUE, hits integer NOT NULL, expires bigint NOT NULL)"
            )
    monkeypatch.setattr(ratelimit, "_connection", own_connection)
    monkeypatch.setitem(settings.CACHES, "default", {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"})
    yield own_connection
    with own_connection().cursor() as cursor:
        cursor.execute("DELETE FROM core_ratecounter WHERE name LIKE %s", ["test:%"])
    own_connection().close()  # this thread's; each other thread closed its own


def _hits(own_connection, prefix: str) -> list[int]:
    with own_connection().cursor() as cursor:
        cursor.execute("SELECT hits FROM core_ratecounter WHERE name LIKE %s", [prefix + "%"])
        return [row[0] for row in cursor.fetchall()]


def _names(own_connection) -> list[str]:
    with own_connection().cursor() as cursor:
        cursor.execute("SELECT name FROM core_ratecounter")
        return [row[0] for row in cursor.fetchall()]


def _at_once(work) -> list:
    """Run `work` in THREADS threads released together; what each returned or raised."""
    start, results = threading.Barrier(THREADS), [None] * THREADS

    def run(index):
        start.wait()
        try:
            results[index] = work()
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            results[index] = error
        finally:
            ratelimit._connection().close()  # this thread's own

    threads = [threading.Thread(target=run, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_a_hundred_wrong_codes_at_once_never_pass_the_limit(counters_database):
    def wrong_code():
        ratelimit.take_slot("test:wrong-code", "192.0.2.50", LIMIT)
        return "counted"

    results = _at_once(wrong_code)
    assert [r for r in results if not isinstance(r, str | ratelimit.RateLimited)] == []
    assert results.count("counted") == LIMIT
    assert sum(isinstance(r, ratelimit.RateLimited) for r in results) == THREADS - LIMIT
    assert _hits(counters_database, "test:wrong-code") == [THREADS]


def test_counts_are_exact_under_concurrency(counters_database):
    results = _at_once(lambda: ratelimit.count("test:exact", window_seconds=60))
    assert sorted(results) == list(range(1, THREADS + 1))  # every thread saw a count of its own


def test_a_window_that_ran_out_starts_again(counters_database, monkeypatch):
    for _attempt in range(3):
        ratelimit.count("test:window", window_seconds=60)
    assert ratelimit.count("test:window", amount=0) == 3
    later = time.time() + 61
    monkeypatch.setattr(ratelimit.time, "time", lambda: later)
    assert ratelimit.count("test:window", amount=0) == 0
    assert ratelimit.count("test:window", window_seconds=60) == 1


def test_the_address_is_never_stored(counters_database):
    ratelimit.take_slot("test:privacy", "198.51.100.23", 5)
    names = _names(counters_database)
    assert names and not any("198.51.100.23" in name for name in names)


def _redis_url() -> str | None:
    """Redis for this test: its own database number, so it meets no other user of the server."""
    try:
        import redis
    except ImportError:
        return None
    url = "redis://127.0.0.1:6379/14"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return None
    return url


@pytest.mark.skipif(_redis_url() is None, reason="no Redis server (or no redis package) here to count in")
def test_with_redis_a_hundred_wrong_codes_at_once_never_pass_the_limit():
    from django.core.cache import cache
    from django.test import override_settings

    redis_cache = {"BACKEND": ratelimit.REDIS_CACHE, "LOCATION": _redis_url(), "KEY_PREFIX": "teekond-test"}
    with override_settings(CACHES={**settings.CACHES, "default": redis_cache}):
        cache.delete("ratelimit:test:wrong-code:" + ratelimit.client_fingerprint("192.0.2.51"))

        def wrong_code():
            ratelimit.take_slot("test:wrong-code", "192.0.2.51", LIMIT)
            return "counted"

        results = _at_once(wrong_code)
        assert results.count("counted") == LIMIT
        assert sum(isinstance(r, ratelimit.RateLimited) for r in results) == THREADS - LIMIT
        cache.clear()
