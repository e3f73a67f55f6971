"""Writes to the search app that other capabilities make: their synonyms."""

from django.db import transaction

from teekond.search.models import Synonym


@transaction.atomic
def synonyms_replace(*, source: str, groups: dict[str, list[dict]]) -> int:
    """Replace every synonym group of `source` ("terms") with `groups`: {group: [{language, phrase, pattern,
    matches}]}. Returns how many phrases are kept."""
    Synonym.objects.filter(group__startswith=f"{source}:").delete()
    rows = [
        Synonym(
            group=f"{source}:{group}",
            language=row["language"],
            phrase=row["phrase"],
            pattern=row.get("pattern", ""),
            matches=row.get("matches", True),
        )
        for group, phrases in groups.items()
        for row in phrases
    ]
    Synonym.objects.bulk_create(rows)
    return len(rows)
