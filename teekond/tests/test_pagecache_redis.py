"""With REDIS_URL set, pages, the content version, rate limits and built documents live in Redis.

Needs a Redis server: 127.0.0.1:6379 by default (CI starts one), or TEEKOND_TEST_REDIS_URL. Every key
written here carries a prefix of its own, and only those keys are deleted afterwards.
"""

import os
import secrets
import subprocess
import sys

import pytest
import redis
from django.core.cache import caches

from teekond.core import contentversion, pagecache
from teekond.core.pagecache import STATE_HEADER
from teekond.network.models import Municipality

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("TEEKOND_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_caches(settings):
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        pytest.fail(f"No Redis server at {REDIS_URL}: start one, or set TEEKOND_TEST_REDIS_URL.")
    prefix = f"teekond-test-{secrets.token_hex(4)}"
    backend = "django.core.cache.backends.redis.RedisCache"
    settings.CACHES = settings.CACHES | {
        alias: {"BACKEND": backend, "LOCATION": REDIS_URL, "KEY_PREFIX": f"{prefix}-{alias}"}
        for alias in ("default", "pages")
    }
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match=f"{prefix}-*"):
        client.delete(key)


def stored_keys(prefix: str) -> list[str]:
    return [key.decode() for key in redis.Redis.from_url(REDIS_URL).scan_iter(match=f"{prefix}-*")]


def test_pages_and_the_content_version_live_in_redis(client, redis_caches, django_assert_num_queries):
    url = "/et/municipalities/tartu-linn/"
    assert client.get(url)[STATE_HEADER] == "miss"
    keys = stored_keys(redis_caches)
    assert any(key.endswith(contentversion.KEY) for key in keys)
    assert {key.rsplit(":", 1)[1] for key in keys if ":page:" in key} == {"", "br", "gzip"}
    pagecache.recent.items.clear()  # another worker, which has not seen the page yet
    with django_assert_num_queries(0):
        assert client.get(url)[STATE_HEADER] == "hit"
    Municipality.objects.filter(slug="tartu-linn").update(phone="+372 736 1000")
    after = client.get(url)
    assert after[STATE_HEADER] == "miss" and "+372 736 1000" in after.content.decode()


def test_rate_limit_counters_count_in_redis(redis_caches):
    cache = caches["default"]
    cache.add("count", 0, timeout=60)
    assert [cache.incr("count") for _ in range(3)] == [1, 2, 3]
    assert any(key.endswith(":count") for key in stored_keys(redis_caches))


def test_redis_url_makes_every_shared_cache_redis():
    code = (
        "from django.core.cache import caches;"
        "print(*(type(caches[alias]).__name__ for alias in ('default', 'pages', 'boards')))"
    )
    env = dict(os.environ, REDIS_URL=REDIS_URL)
    done = subprocess.run(
        [sys.executable, "-m", "teekond.cli", "shell", "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines()[-1].split() == ["RedisCache", "RedisCache", "LocMemCache"], done.stderr
