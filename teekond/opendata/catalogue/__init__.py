"""Every public record type of open data, in the order the dumps and the interface list them.

One module per app whose data it publishes; each reads that app's data through its selectors."""

from teekond.opendata.catalogue import guide, journey, network, proposals, spikker
from teekond.opendata.records import RecordType

RECORD_TYPES: list[RecordType] = [
    *journey.RECORD_TYPES,
    *proposals.RECORD_TYPES,
    *spikker.RECORD_TYPES,
    *network.RECORD_TYPES,
    *guide.RECORD_TYPES,
]


def record_types() -> list[RecordType]:
    return list(RECORD_TYPES)
