"""Rate limits: how often a client (by address), an account or a seat may do something within a window.

The count is kept under a keyed hash of what it counts, never the address or the name itself, and it expires
with its window. Counting is atomic, so a hundred requests arriving at once cannot slip past a limit between
reading and writing the count: in Redis (its INCR) when the default cache is Redis, otherwise in the database
(`core.RateCounter`, one INSERT … ON CONFLICT DO UPDATE … RETURNING per count, on SQLite and PostgreSQL alike).
A file or memory cache would not do: their increments read and write in two steps.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router
from django.utils.crypto import salted_hmac

HOUR = 60 * 60
REDIS_CACHE = "django.core.cache.backends.redis.RedisCache"


class RateLimited(Exception):
    """The client has sent more than its share within the window; it may try again later."""


def client_fingerprint(client_address: str) -> str:
    # Keyed with SECRET_KEY: a dump cannot be turned back into addresses by hashing all of them.
    # The salt predates this module (it was the spikker's) and is kept so running windows survive a deploy.
    return salted_hmac("teekond.spikker.rate-limit", client_address or "unknown").hexdigest()


def _key(action: str, client_address: str) -> str:
    return f"{action}:{client_fingerprint(client_address)}"


def _uses_redis() -> bool:
    return settings.CACHES.get("default", {}).get("BACKEND") == REDIS_CACHE


# The two counters: each answers the count after adding `amount` (0 only reads).


def _redis_count(key: str, amount: int, window_seconds: int) -> int:
    key = f"ratelimit:{key}"
    if amount == 0:
        return cache.get(key) or 0
    cache.add(key, 0, timeout=window_seconds)  # SET NX: starts the window once
    try:
        return cache.incr(key, amount)  # INCR: atomic in Redis
    except ValueError:  # the window ran out between add() and incr()
        cache.add(key, 0, timeout=window_seconds)
        return cache.incr(key, amount)


# One statement: the row is created, or its count grown (or restarted when its window ran out), and the new
# count read back, all under the row's lock.
_UPSERT = (
    "INSERT INTO core_ratecounter (name, hits, expires) VALUES (%s, %s, %s) "
    "ON CONFLICT (name) DO UPDATE SET "
    "hits = CASE WHEN core_ratecounter.expires <= %s THEN excluded.hits "
    "ELSE core_ratecounter.hits + excluded.hits END, "
    "expires = CASE WHEN core_ratecounter.expires <= %s THEN excluded.expires ELSE core_ratecounter.expires END "
    "RETURNING hits"
)


def _connection():
    from teekond.core.models import RateCounter

    return connections[router.db_for_write(RateCounter)]


def _database_count(key: str, amount: int, window_seconds: int) -> int:
    now = int(time.time())
    with _connection().cursor() as cursor:
        if amount == 0:
            cursor.execute("SELECT hits FROM core_ratecounter WHERE name = %s AND expires > %s", [key, now])
        else:
            cursor.execute(_UPSERT, [key, amount, now + window_seconds, now, now])
        row = cursor.fetchone()
    return row[0] if row else 0


def count(key: str, *, amount: int = 1, window_seconds: int = HOUR) -> int:
    """Add `amount` to the count under `key` (a new window when the last one ran out); the count after it."""
    counter = _redis_count if _uses_redis() else _database_count
    return counter(key, amount, window_seconds)


def expired_counters_delete() -> int:
    """Drop the counts whose window ran out (the database keeps them until then; Redis expires its own)."""
    from teekond.core.models import RateCounter

    deleted, _kinds = RateCounter.objects.filter(expires__lte=int(time.time())).delete()
    return deleted


# What the capabilities call


def is_limited(action: str, client_address: str, limit: int) -> bool:
    """Whether the client is already over `limit`, without counting this look."""
    return count(_key(action, client_address), amount=0) >= limit


def take_slot(action: str, client_address: str, limit: int, window_seconds: int = HOUR) -> None:
    """Count one more `action` from this client; raise RateLimited once it is over `limit` in the window.

    `action` names the capability and what is sent ("spikker:suggestion"), so each has its own count.
    """
    if count(_key(action, client_address), window_seconds=window_seconds) > limit:
        raise RateLimited


def record(action: str, who: str, *, window_seconds: int = HOUR) -> int:
    """Count one more `action` by `who` (an address, an account name) without refusing it: for limits on
    failures, which are counted after the fact and checked with `is_limited` before the next try."""
    return count(_key(action, who), window_seconds=window_seconds)


def forget(action: str, client_address: str) -> None:
    """Start the client's window for `action` afresh (a sign-in that succeeded forgets the failures)."""
    key = _key(action, client_address)
    if _uses_redis():
        cache.delete(f"ratelimit:{key}")
        return
    with _connection().cursor() as cursor:
        cursor.execute("DELETE FROM core_ratecounter WHERE name = %s", [key])
