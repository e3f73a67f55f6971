"""Whole public pages for visitors without a session, served from a cache and never stale.

A GET from a visitor who carries no cookie but the CSRF one (so: no session, no messages) and no
`Authorization` header is looked up under a key made of the content version (core.contentversion), the
code's fingerprint, the day in Tallinn, the language, the scheme and host, the path with its query and the
`HX-Request` header. A hit is answered from the cache in the encoding the client accepts, or as `304` when
its validators match; nothing below this middleware runs, so a hit reads no session and queries no
database. A miss runs the page as usual; the answer is stored only when every one of these holds: the
view is one of `settings.PAGE_CACHE_VIEWS`, the status is 200, it sets no cookie (a page that rendered a
CSRF token, or showed or stored messages, does), it is not marked private or no-store, and it varies on
nothing the key does not hold. It is stored once in each encoding (core.compression).

Middleware that adds headers to every answer (security headers, Content-Security-Policy) must come
BEFORE this one in `MIDDLEWARE`, so that it runs for hits too; `teekond check` warns about any other.
"""

import datetime as dt
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from teekond.core import compression, contentversion
from teekond.core.fingerprint import code_fingerprint

log = logging.getLogger(__name__)

STATE_HEADER = "X-Page-Cache"
# The request headers a stored page may vary on: each is either in the key or ruled out by eligibility.
KEYED_VARY = frozenset({"accept-encoding", "accept-language", "cookie", "hx-request"})
# Per-answer headers that the cache sets itself.
OWN_HEADERS = frozenset({"content-length", "content-encoding", "etag", "last-modified"})
MAX_BYTES = 8 * 1024 * 1024
CONDITIONAL = frozenset(["HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE"])


@dataclass(frozen=True)
class Entry:
    """One stored page in one encoding."""

    headers: dict[str, tuple[str, str]]  # as Django's ResponseHeaders keeps them: lower-case name → (name, value)
    body: bytes
    encoding: str
    etag: str
    last_modified: float
    xframe_options_exempt: bool = False


def eligible(request) -> bool:
    if request.method != "GET" or not settings.PAGE_CACHE or "HTTP_AUTHORIZATION" in request.META:
        return False
    return "HTTP_COOKIE" not in request.META or set(request.COOKIES) <= {settings.CSRF_COOKIE_NAME}


def page_key(request, version: str) -> str:
    """The page's key under a content version, which must be read before the page is built, never after."""
    language = translation.get_language_from_request(request, check_path=True)
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{request.META.get('HTTP_HX_REQUEST')}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"page:{code_fingerprint()}:{version}:{today()}:{language}:{digest}"


_day = ("", 0.0)  # the day in the site's time zone, and until when it lasts


def today() -> str:
    """The day in Tallinn: pages that list what is coming or current change with it."""
    global _day
    if time.time() >= _day[1]:
        now = timezone.localtime()
        ends = (now.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)).timestamp()
        _day = (now.date().isoformat(), ends)
    return _day[0]


def cacheable(request, response) -> bool:
    match = request.resolver_match
    if match is None or match.view_name not in settings.PAGE_CACHE_VIEWS:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.has_header("Content-Encoding") or len(response.content) > MAX_BYTES:
        return False
    control = response.get("Cache-Control", "").lower()
    if "private" in control or "no-store" in control:
        return False
    varies = {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}
    return varies <= KEYED_VARY


def entries_for(response) -> dict[str, Entry]:
    """The answer as stored: its own headers, cache headers added, once per encoding."""
    patch_vary_headers(response, ("Cookie",))  # a signed-in visitor's browser must not reuse it
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
    bodies = compression.variants(response.content, response.get("Content-Type", ""))
    if len(bodies) > 1:
        patch_vary_headers(response, ("Accept-Encoding",))
    etag = f'W/"{hashlib.sha256(response.content).hexdigest()[:24]}"'
    built = float(int(time.time()))
    exempt = getattr(response, "xframe_options_exempt", False)
    kept = {lower: pair for lower, pair in response.headers._store.items() if lower not in OWN_HEADERS}
    kept |= {"etag": ("ETag", etag), "last-modified": ("Last-Modified", http_date(built))}
    entries = {}
    for encoding, body in bodies.items():
        headers = kept | {"content-length": ("Content-Length", str(len(body)))}
        if encoding:
            headers["content-encoding"] = ("Content-Encoding", encoding)
        entries[encoding] = Entry(headers, body, encoding, etag, built, exempt)
    return entries


def answer(request, entry: Entry, state: str):
    response = HttpResponse(entry.body)
    # Taken as they are: Django checked each header when it built the page that was stored.
    response.headers._store.update(entry.headers)
    if CONDITIONAL.intersection(request.META):
        etag, modified = entry.etag, int(entry.last_modified)
        response = get_conditional_response(request, etag=etag, last_modified=modified, response=response) or response
    response.headers[STATE_HEADER] = state
    if entry.xframe_options_exempt:
        response.xframe_options_exempt = True
    return response


class Recent:
    """The pages this worker served lately, in its own memory, in front of the shared cache.

    A key holds the content version, so a remembered page can never go stale: a write makes new keys, and
    old ones fall out as the least recently used. Bounded by total bytes."""

    def __init__(self, max_bytes: int):
        self.max_bytes, self.size = max_bytes, 0
        self.items: OrderedDict[str, Entry] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        with self.lock:
            entry = self.items.get(key)
            if entry is not None:
                self.items.move_to_end(key)
            return entry

    def put(self, key: str, entry: Entry) -> None:
        if len(entry.body) > self.max_bytes // 8:
            return
        with self.lock:
            old = self.items.pop(key, None)
            self.size += len(entry.body) - (len(old.body) if old else 0)
            self.items[key] = entry
            while self.size > self.max_bytes:
                _key, dropped = self.items.popitem(last=False)
                self.size -= len(dropped.body)


recent = Recent(settings.PAGE_CACHE_WORKER_BYTES)


def lookup(key: str, encoding: str) -> Entry | None:
    """The stored page in `encoding` (or plain, for a page that does not compress): memory first, then the
    shared cache."""
    for name in (encoding, "") if encoding else ("",):
        entry = recent.get(f"{key}:{name}")
        if entry is None:
            entry = store().get(f"{key}:{name}")
            if entry is not None:
                recent.put(f"{key}:{name}", entry)
        if entry is not None:
            return entry
    return None


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not eligible(request):
            return self.uncached(request)
        try:
            version = contentversion.current()
        except Exception:
            log.exception("The content version could not be read; answering without the page cache")
            return self.uncached(request)
        key = page_key(request, version)
        accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
        try:
            entry = lookup(key, compression.choose(accepted, compression.ENCODINGS))
        except Exception:
            log.exception("The page cache could not be read; answering without it")
            return self.uncached(request)
        if entry is not None:
            return answer(request, entry, "hit")
        response = self.get_response(request)
        if not cacheable(request, response):
            return finish_uncached(request, response)
        entries = entries_for(response)
        keyed = {f"{key}:{name}": value for name, value in entries.items()}
        try:
            store().set_many(keyed, settings.PAGE_CACHE_SECONDS)
        except Exception:
            log.exception("The page cache could not be written")
        for full_key, value in keyed.items():
            recent.put(full_key, value)
        return answer(request, entries[compression.choose(accepted, entries)], "miss")

    def uncached(self, request):
        return finish_uncached(request, self.get_response(request))


def finish_uncached(request, response):
    """An answer built for this request alone: private unless it says otherwise, gzipped when text."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    return compression.compress_dynamic(request, response)


def store():
    return caches[settings.PAGE_CACHE_ALIAS]
