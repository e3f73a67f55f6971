"""Spikker search at scale: server time of one query over 2,000 published entries in four languages.

Builds a throwaway database of its own (SQLite in a temporary folder, or a throwaway PostgreSQL database
when DATABASE_URL names a PostgreSQL server: made and dropped here), seeds it, imports 2,000 entries
written from the starter entries' texts (each entry numbered, so no two are alike) in Estonian, English,
Russian and Ukrainian through the spikker's own import (which indexes them), then asks the search
page and the search API each of the suite's 46 queries (all four languages) several times, with the page
cache off, inside the server process (Django's handler, middleware, search and templates; no network).
Prints p50, p95 and max per interface. Run with `make bench`, or alone:

    .venv/bin/python bench/search.py
    BENCH_ENTRIES=500 .venv/bin/python bench/search.py
"""

import os
import secrets
import statistics
import sys
import tempfile
import time
import urllib.parse

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "2000"))
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "5"))
NUMBERS = ["üks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa", "kümme"]


def configure(data_dir: str) -> str | None:
    """Settings for a private database; the name of a PostgreSQL database to drop afterwards, if any."""
    os.environ.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(40),
        ALLOWED_HOSTS="testserver",
        TEEKOND_DATA_DIR=data_dir,
        LOG_LEVEL="WARNING",
        PAGE_CACHE="0",
        DJANGO_SETTINGS_MODULE="teekond.settings",
    )
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        os.environ.pop("DATABASE_URL", None)
        return None
    name = f"bench_search_{secrets.token_hex(4)}"
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name
    return name


def generated_entries(starters: list[dict]) -> list[dict]:
    """ENTRIES entries, each a starter's texts with its own number, in all four languages."""
    with_slavic = [item for item in starters if {"ru", "uk"} <= set(item["translations"])]
    entries = []
    for number in range(ENTRIES):
        starter = starters[number % len(starters)]
        translations = {code: dict(text) for code, text in starter["translations"].items()}
        for code in ("ru", "uk"):
            translations.setdefault(code, dict(with_slavic[number % len(with_slavic)]["translations"][code]))
        for text in translations.values():
            text["title"] = f"{text['title']} ({number + 1})"
            text["tip"] = f"{text['tip']} {NUMBERS[number % 10]} {number}".strip()
            text.pop("outdated", None)
        entries.append({**starter, "key": f"bench-{number + 1}", "translations": translations})
    return entries


def build() -> None:
    from django.core.management import call_command

    from teekond.spikker.exchange import export_data, import_data

    call_command("migrate", verbosity=0)
    call_command("seed", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    started = time.perf_counter()
    import_data({"entries": generated_entries(export_data()["entries"])}, publish=True)
    print(f"imported and indexed {ENTRIES} entries × 4 languages in {time.perf_counter() - started:.0f} s")


def timings(client, addresses: list[str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each request: on a shared machine the wall clock also counts the
    time other processes held the cores, the CPU time only this server's own work."""
    for address in addresses:
        client.get(address)  # the analysers' caches warm up, as in a running server
    wall, cpu = [], []
    for _round in range(ROUNDS):
        for address in addresses:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(address)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, address
    return wall, cpu


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def report() -> None:
    from django.test import Client

    from teekond.search.models import SearchDocument
    from teekond.spikker.tests.test_search import QUERIES

    documents = SearchDocument.objects.count()
    client = Client()
    interfaces = {
        "search page": [f"/{lang}/spikker/search/?q={urllib.parse.quote(query)}" for lang, query, _key in QUERIES],
        "search API": [
            f"/api/v1/spikker/search?q={urllib.parse.quote(query)}&lang={lang}" for lang, query, _key in QUERIES
        ],
    }
    print(f"{documents} search documents; {len(QUERIES)} queries × {ROUNDS} rounds, page cache off, in-process")
    print("| interface | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |\n|---|---:|---:|---:|---:|---:|")
    for name, addresses in interfaces.items():
        wall, cpu = timings(client, addresses)
        print(
            f"| {name} | {statistics.median(wall):.1f} | {p95(wall):.1f} | {max(wall):.1f} "
            f"| {statistics.median(cpu):.1f} | {p95(cpu):.1f} |"
        )


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    kept = os.environ.get("BENCH_KEEP_DIR")  # a folder to build in once and measure again (SQLite only)
    with tempfile.TemporaryDirectory() as data_dir:
        database = configure(kept or data_dir)
        try:
            import django

            django.setup()
            if not (kept and os.path.exists(os.path.join(kept, "teekond.sqlite3"))):
                build()
            report()
        finally:
            if database:
                from django.db import connection

                connection.close()
                import psycopg

                admin_url = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
                with psycopg.connect(admin_url, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{database}"')


if __name__ == "__main__":
    main()
