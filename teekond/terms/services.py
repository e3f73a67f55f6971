"""Writes to the termbase: importing its data file and keeping search's synonyms in step with it.

Coordinators edit concepts in the admin, which calls `synonyms_refresh` after a save; the import (the seed
and `teekond terms import`) does the same.
"""

from django.conf import settings
from django.db import transaction

from teekond.core.output import ImportRefused
from teekond.core.translation import save_text
from teekond.search.services import synonyms_replace
from teekond.terms.exchange import validate
from teekond.terms.models import Concept, Domain, Variant

SYNONYM_SOURCE = "terms"


@transaction.atomic
def termbase_import(*, data: dict, overwrite: bool = False) -> dict[str, int]:
    """Create the concepts that are missing (with `overwrite`, update those that exist too); all or nothing."""
    errors = validate(data)
    if errors:
        raise ImportRefused(errors)
    counts = {"concepts": 0, "variants": 0}
    imported = []
    for order, item in enumerate(data["concepts"]):
        concept = Concept.objects.filter(key=item["key"]).first()
        if concept is not None and not overwrite:
            continue
        concept = concept or Concept(key=item["key"])
        concept.domain, concept.order, concept.source = item["domain"], order, item.get("source", "")
        concept.save()
        counts["variants"] += _save_terms(concept, item["terms"])
        counts["concepts"] += 1
        imported.append((concept, item))
    for concept, item in imported:
        concept.related.set(Concept.objects.filter(key__in=item.get("related", [])))
    synonyms_refresh()
    return counts


def _save_terms(concept: Concept, terms: dict) -> int:
    concept.variants.all().delete()
    variants = []
    for language in settings.CONTENT_LANGUAGES:
        row = terms[language]
        save_text(concept, language=language, term=row["term"].strip(), note=row.get("note", ""))
        variants += [
            Variant(
                concept=concept,
                language=language,
                text=item["text"].strip(),
                status=item["status"],
                pattern=item.get("pattern", ""),
                note=item.get("note", ""),
            )
            for item in row.get("variants", [])
        ]
    Variant.objects.bulk_create(variants)
    return len(variants)


def synonyms_refresh() -> int:
    """Give search every name of every concept as one synonym group; an institution's group also widens a query
    with the preferred terms of the concepts it points to (see also)."""
    concepts = Concept.objects.prefetch_related("texts", "variants", "related__texts")
    groups = {}
    for concept in concepts:
        names = [{"language": row.language, "phrase": row.term} for row in concept.texts.all() if row.term] + [
            {"language": v.language, "phrase": v.text, "pattern": v.pattern, "matches": True}
            for v in concept.variants.all()
        ]
        # An institution's name also stands for its field ("Haigekassa" → health insurance); other concepts'
        # "see also" is for readers of the glossary only, or a query would drift to the neighbouring topics.
        widening = [
            {"language": row.language, "phrase": row.term, "matches": False}
            for other in (concept.related.all() if concept.domain == Domain.INSTITUTIONS else ())
            for row in other.texts.all()
        ]
        groups[concept.key] = names + widening
    return synonyms_replace(source=SYNONYM_SOURCE, groups=groups)
