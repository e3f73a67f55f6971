"""The termbase as a data file (data/termbase.json) and its all-or-nothing import.

{"format": "teekond-termbase", "version": 1, "apostrophe": {"uk": "’"},
 "concepts": [{"key", "domain", "source", "related": [keys],
               "terms": {"et": {"term", "note", "variants": [{"text", "status", "pattern", "note"}]}, ...}}]}

Every concept has its preferred term in every content language. An error names the concept and the field
and nothing is imported.
"""

from django.conf import settings
from django.utils.text import slugify

from teekond.search.phrases import compile_phrase
from teekond.terms.models import Concept, ConceptText, Domain, Variant, VariantStatus

FORMAT = "teekond-termbase"


def _limit(model, field: str) -> int:
    return model._meta.get_field(field).max_length


def validate(data) -> list[str]:
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
        return ['the file must hold {"format": "teekond-termbase", "concepts": [...]}']
    if data.get("format", FORMAT) != FORMAT:
        return [f"format: expected {FORMAT!r}, found {data.get('format')!r}"]
    keys = [item.get("key") for item in data["concepts"] if isinstance(item, dict)]
    known = set(keys) | set(Concept.objects.values_list("key", flat=True))
    errors, seen = [], set()
    for index, item in enumerate(data["concepts"]):
        where = f"concepts[{index}] {item.get('key') if isinstance(item, dict) else ''}"
        if not isinstance(item, dict):
            errors.append(f"{where}: not an object")
            continue
        errors += _concept_errors(where, item, seen, known)
        seen.add(item.get("key"))
    return errors


def _concept_errors(where: str, item: dict, seen: set, known: set) -> list[str]:
    key, errors = item.get("key"), []
    if not key or slugify(key) != key or len(key) > _limit(Concept, "key"):
        errors.append(f"{where}: field 'key': a slug of at most 80 lower-case letters, digits and hyphens")
    if key in seen:
        errors.append(f"{where}: field 'key': appears twice in the file")
    if item.get("domain") not in Domain.values:
        errors.append(f"{where}: field 'domain': {item.get('domain')!r} is not one of {', '.join(Domain.values)}")
    if len(item.get("source", "")) > _limit(Concept, "source"):
        errors.append(f"{where}: field 'source': longer than {_limit(Concept, 'source')} characters")
    errors += [f"{where}: field 'related': unknown concept {k!r}" for k in item.get("related", []) if k not in known]
    terms = item.get("terms") if isinstance(item.get("terms"), dict) else {}
    for language in settings.CONTENT_LANGUAGES:
        errors += _language_errors(f"{where}: field 'terms.{language}", language, terms.get(language))
    errors += [
        f"{where}: field 'terms.{code}': unknown language" for code in terms if code not in settings.CONTENT_LANGUAGES
    ]
    return errors


def _language_errors(where: str, language: str, row) -> list[str]:
    if not isinstance(row, dict) or not str(row.get("term", "")).strip():
        return [f"{where}.term': the preferred term is missing"]
    errors = []
    if len(row["term"]) > _limit(ConceptText, "term"):
        errors.append(f"{where}.term': longer than {_limit(ConceptText, 'term')} characters")
    texts = set()
    for number, variant in enumerate(row.get("variants", [])):
        at = f"{where}.variants[{number}]"
        if not isinstance(variant, dict) or not str(variant.get("text", "")).strip():
            errors.append(f"{at}.text': the variant is missing")
            continue
        if variant["text"] in texts:
            errors.append(f"{at}.text': {variant['text']!r} appears twice")
        texts.add(variant["text"])
        errors += _variant_errors(at, language, variant)
    return errors


def _variant_errors(at: str, language: str, variant: dict) -> list[str]:
    errors = []
    if variant.get("status") not in VariantStatus.values:
        errors.append(f"{at}.status': {variant.get('status')!r} is not one of {', '.join(VariantStatus.values)}")
    for field in ("text", "pattern", "note"):
        if len(variant.get(field, "")) > _limit(Variant, field):
            errors.append(f"{at}.{field}': longer than {_limit(Variant, field)} characters")
    try:
        compile_phrase(variant["text"], language, variant.get("pattern", ""))
    except ValueError as error:
        errors.append(f"{at}.pattern': {error}")
    return errors


def export_data() -> dict:
    concepts = Concept.objects.prefetch_related("texts", "variants", "related")
    return {"format": FORMAT, "version": 1, "concepts": [_export(concept) for concept in concepts]}


def _export(concept: Concept) -> dict:
    texts = concept.texts_by_language()
    terms = {}
    for language in settings.CONTENT_LANGUAGES:
        row = texts.get(language)
        variants = [
            {"text": v.text, "status": v.status, "pattern": v.pattern, "note": v.note}
            for v in concept.variants.all()
            if v.language == language
        ]
        terms[language] = {"term": row.term if row else "", "note": row.note if row else "", "variants": variants}
    return {
        "key": concept.key,
        "domain": concept.domain,
        "source": concept.source,
        "related": sorted(other.key for other in concept.related.all()),
        "terms": terms,
    }
