"""The starter journey map (data/), loaded through the same import as any exported file.

Perspectives, stages and steps (data/map.json) are added when missing. The sample bottlenecks and
proposals (data/sample-issues.json) are loaded only into a map that has none yet, so that a coordinator who
replaced them does not see them come back on the next `make run`. Both files name their sources by the
keys of the shared sources file (core/data/sources.json).
"""

import json
from pathlib import Path

from teekond.core.sources import SOURCES_FILE
from teekond.journey.exchange import import_data
from teekond.journey.exchange.files import merge_documents
from teekond.journey.models import Bottleneck, Round
from teekond.network.models import Event, EventType

DATA = Path(__file__).parent / "data"
MAP_FILE = DATA / "map.json"
SAMPLE_ISSUES_FILE = DATA / "sample-issues.json"


def starter_files(*, with_issues: bool) -> list[Path]:
    return [SOURCES_FILE, MAP_FILE] + ([SAMPLE_ISSUES_FILE] if with_issues else [])


def starter_data(*, with_issues: bool) -> dict:
    files = starter_files(with_issues=with_issues)
    return merge_documents([json.loads(path.read_text(encoding="utf-8")) for path in files])


def load_seed() -> dict[str, int]:
    created = import_data(starter_data(with_issues=not Bottleneck.objects.exists()), overwrite=False)
    created["rounds"] = _rounds()
    return created


def _rounds() -> int:
    """Each network meeting and workshop is a round of prioritisation (closed once it is over)."""
    count = 0
    meetings = Event.objects.filter(type__in=[EventType.NETWORK_MEETING, EventType.WORKSHOP], start_date__isnull=False)
    for event in meetings:
        _round, created = Round.objects.get_or_create(event=event, defaults={"budget": 5, "is_open": False})
        count += created
    return count
