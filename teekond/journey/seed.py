"""The starter journey map, loaded through the same import as any exported file.

Perspectives, stages and steps (starter_map.py) are added when missing. The sample bottlenecks and
proposals (starter_issues.py) are loaded only into a map that has none yet, so that a coordinator who
replaced them does not see them come back on the next `make run`.
"""

from teekond.journey import starter_issues, starter_map
from teekond.journey.exchange import import_data
from teekond.journey.models import Bottleneck, Round
from teekond.network.models import Event, EventType


def starter_data(*, with_issues: bool) -> dict:
    data = {
        "organisations": [list(row) for row in starter_map.ORGANISATIONS],
        "perspectives": starter_map.PERSPECTIVES,
        "stages": starter_map.STAGES,
        "steps": starter_map.STEPS,
    }
    if with_issues:
        data.update(bottlenecks=starter_issues.BOTTLENECKS, proposals=starter_issues.PROPOSALS)
    return data


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
