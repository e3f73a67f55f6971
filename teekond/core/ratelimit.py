"""A rate limit per client for what the public may send without signing in.

The count lives only in the cache, under a keyed hash of the client's address that expires with its
window: the address itself is never stored, in the cache or in the database.
"""

from django.core.cache import cache
from django.utils.crypto import salted_hmac

HOUR = 60 * 60


class RateLimited(Exception):
    """The client has sent more than its share within the window; it may try again later."""


def client_fingerprint(client_address: str) -> str:
    # Keyed with SECRET_KEY: a cache dump cannot be turned back into addresses by hashing all of them.
    # The salt predates this module (it was the spikker's) and is kept so running windows survive a deploy.
    return salted_hmac("teekond.spikker.rate-limit", client_address or "unknown").hexdigest()


def _key(action: str, client_address: str) -> str:
    return f"{action}:{client_fingerprint(client_address)}"


def is_limited(action: str, client_address: str, limit: int) -> bool:
    """Whether the client is already over `limit`, without counting this look: for limits on failures
    only (wrong join codes), where a client that used up its failures must not try any more guesses."""
    return (cache.get(_key(action, client_address)) or 0) >= limit


def take_slot(action: str, client_address: str, limit: int, window_seconds: int = HOUR) -> None:
    """Count one more `action` from this client; raise RateLimited once it is over `limit` in the window.

    `action` names the capability and what is sent ("spikker:suggestion"), so each has its own count.
    """
    key = _key(action, client_address)
    cache.add(key, 0, timeout=window_seconds)
    try:
        sent = cache.incr(key)
    except ValueError:  # the window ran out between add() and incr()
        cache.set(key, 1, timeout=window_seconds)
        sent = 1
    if sent > limit:
        raise RateLimited
