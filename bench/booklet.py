"""The spikker booklet with 100 published entries: seconds to build the PDF, per language.

Target: a booklet of 100 entries builds in seconds (the download view caches it afterwards). Runs on a
throwaway SQLite database of its own: the project's seed with its 36 starter entries, plus copies of them
under new keys up to 100, so the length and the language mix are those of real entries.
Run with `.venv/bin/python bench/booklet.py`.
"""

import json
import os
import statistics
import tempfile
import time

ENTRIES = 100
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def setup_django(data_dir: str) -> None:
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(DJANGO_SETTINGS_MODULE="teekond.settings", TEEKOND_DATA_DIR=data_dir, LOG_LEVEL="ERROR")
    import django

    django.setup()


def seed_entries(count: int) -> None:
    from django.core.management import call_command

    from teekond.spikker.exchange import import_data
    from teekond.spikker.models import Entry
    from teekond.spikker.seed import STARTER

    call_command("migrate", verbosity=0)
    call_command("seed", verbosity=0)  # the journey stages the entries refer to, the areas, the starter spikker
    starter = json.loads(STARTER.read_text(encoding="utf-8"))["entries"]
    copies = []
    for number in range(count - Entry.objects.published().count()):
        original = starter[number % len(starter)]
        copy = json.loads(json.dumps(original))
        copy["key"] = f"{original['key']}-{number + 2}"
        for text in copy["translations"].values():
            text["title"] = f"{text['title']} ({number + 2})"
        copies.append(copy)
    import_data({"entries": copies}, publish=True)
    assert Entry.objects.published().count() == count


def measure(language: str) -> tuple[list[float], int, int]:
    from teekond.spikker.booklet import booklet_document, document_pdf

    seconds = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        document = booklet_document(language)
        content = document_pdf(document)
        seconds.append(time.perf_counter() - started)
    return seconds, len(document.pages), len(content)


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir)
        from django.conf import settings

        seed_entries(ENTRIES)
        print(f"spikker booklet, {ENTRIES} published entries, {ROUNDS} builds per language")
        print(f"{'language':10} {'median s':>9} {'max s':>7} {'pages':>6} {'bytes':>9}")
        for language in settings.CONTENT_LANGUAGES:
            seconds, pages, size = measure(language)
            print(f"{language:10} {statistics.median(seconds):9.2f} {max(seconds):7.2f} {pages:6} {size:9,}")


if __name__ == "__main__":
    main()
