"""Parts of pages built once per content version: rendered HTML (or small values) that many answers share.

A page that differs per request only in a little (the plan, by its arrival date) is assembled from parts
kept here, keyed by the content version and the code's fingerprint, like the page cache's pages
(core.pagecache): a write makes new keys, so a part is never served stale, and old ones fall out as the
least recently used. Each worker keeps the parts it used lately in its own memory, in front of the shared
cache (the file cache, or Redis with REDIS_URL), so a part costs a dictionary lookup after its first use.
"""

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import caches

from teekond.core import contentversion
from teekond.core.fingerprint import code_fingerprint

log = logging.getLogger(__name__)
T = TypeVar("T")
WORKER_ITEMS = 2000


class _Recent:
    """The parts this worker used lately, bounded by their number."""

    def __init__(self, max_items: int):
        self.max_items = max_items
        self.items: OrderedDict[str, object] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
            return None

    def put(self, key: str, value) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.max_items:
                self.items.popitem(last=False)


recent = _Recent(WORKER_ITEMS)


def part_key(name: str, *identity) -> str:
    """The key of part `name` for `identity` under the content version now (read before the part is built)."""
    digest = hashlib.sha256(repr(identity).encode()).hexdigest()[:32]
    return f"part:{code_fingerprint()}:{contentversion.current()}:{name}:{digest}"


def cached(name: str, identity: tuple, build: Callable[[], T]) -> T:
    """The part `name` for `identity`: from this worker's memory, else the shared cache, else built and kept.

    Without the page cache (PAGE_CACHE=0) every part is built afresh, as the pages are."""
    if not settings.PAGE_CACHE:
        return build()
    try:
        key = part_key(name, *identity)
    except Exception:
        log.exception("The content version could not be read; building the part without the cache")
        return build()
    value = recent.get(key)
    if value is not None:
        return value
    store = caches[settings.PAGE_CACHE_ALIAS]
    try:
        value = store.get(key)
    except Exception:
        log.exception("A part could not be read from the cache")
    if value is None:
        value = build()
        try:
            store.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            log.exception("A part could not be written to the cache")
    recent.put(key, value)
    return value
