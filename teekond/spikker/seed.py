"""The life areas and the starter spikker (data/spikker-starter.json), published.

A starter entry is added, through the same import as any file, when its key is missing; an entry that
is already in the database is never changed, so an editor's work stays and `teekond seed` can run again
(a database seeded before new starter entries were written gets them). A search index that is still
incomplete is filled. Starter entries ship unchecked: a date in the file is not a person's confirmation,
so the seed leaves every source's "checked" empty until a coordinator confirms the entry.
"""

import json
from pathlib import Path

from django.conf import settings

from teekond.core.translation import save_text
from teekond.search.models import SearchDocument
from teekond.spikker.exchange import import_data
from teekond.spikker.models import Entry, LifeArea
from teekond.spikker.search import KIND, reindex_all

STARTER = Path(__file__).parent / "data" / "spikker-starter.json"

AREAS = [
    ("home", {"et": "Kodu ja naabrid", "en": "Home and neighbours", "ru": "Дом и соседи", "uk": "Дім і сусіди"}),
    (
        "communication",
        {
            "et": "Suhtlemine ja viisakus",
            "en": "Communication and manners",
            "ru": "Общение и вежливость",
            "uk": "Спілкування та ввічливість",
        },
    ),
    (
        "officials",
        {
            "et": "Ametiasutused ja e-riik",
            "en": "Officials and the e-state",
            "ru": "Учреждения и э-государство",
            "uk": "Установи та е-держава",
        },
    ),
    ("work", {"et": "Töö", "en": "Work", "ru": "Работа", "uk": "Робота"}),
    ("family-school", {"et": "Pere ja kool", "en": "Family and school", "ru": "Семья и школа", "uk": "Сім’я та школа"}),
    ("health", {"et": "Tervis", "en": "Health", "ru": "Здоровье", "uk": "Здоров’я"}),
    (
        "public-space",
        {
            "et": "Avalik ruum ja turvalisus",
            "en": "Public space and safety",
            "ru": "Общественное пространство и безопасность",
            "uk": "Громадський простір і безпека",
        },
    ),
    (
        "holidays",
        {
            "et": "Pühad ja traditsioonid",
            "en": "Holidays and traditions",
            "ru": "Праздники и традиции",
            "uk": "Свята та традиції",
        },
    ),
    (
        "food-visits",
        {"et": "Toit ja külaskäigud", "en": "Food and visits", "ru": "Еда и визиты в гости", "uk": "Їжа та гостювання"},
    ),
]


def starter_data() -> dict:
    data = json.loads(STARTER.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        entry["sources"] = [{"url": source["url"]} for source in entry.get("sources", [])]
    return data


def load_seed() -> dict[str, int]:
    created = {"life areas": 0, "entries": 0}
    for order, (key, names) in enumerate(AREAS, start=1):
        area, was_created = LifeArea.objects.get_or_create(key=key, defaults={"order": order})
        if was_created:
            for language, name in names.items():
                save_text(area, language=language, name=name)
            created["life areas"] += 1
    if STARTER.exists():
        data = starter_data()
        known = set(Entry.objects.values_list("key", flat=True))
        missing = [item for item in data["entries"] if item["key"] not in known]
        if missing:
            created["entries"] = import_data({**data, "entries": missing}, publish=True)["created"]
    # A database from before the search index (or before every language had a document) is indexed once.
    languages = len(settings.CONTENT_LANGUAGES)
    if SearchDocument.objects.filter(kind=KIND).count() < Entry.objects.count() * languages:
        reindex_all()
    return created
