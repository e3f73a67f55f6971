"""Checks of a journey file before anything is imported: every error names the record and the field."""

from django.conf import settings

from teekond.core.translation import outdated_mark_errors
from teekond.journey.exchange.files import FORMAT, VERSION
from teekond.journey.exchange.schema import problems
from teekond.journey.models import (
    Bottleneck,
    BottleneckStatus,
    Level,
    Perspective,
    ProposalState,
    Stage,
    Timing,
)
from teekond.network import selectors as network


def validate(data: dict) -> list[str]:
    """Every reason to refuse the file: its shape first (types, lengths, duplicate keys), so that what follows
    may read every field as what it is, then what each record names that neither the file nor the site knows."""
    errors = problems(data, format_name=FORMAT, version=VERSION)
    if errors:
        return errors
    if data.get("format", FORMAT) != FORMAT:
        errors.append(f"format: expected {FORMAT!r}, found {data.get('format')!r}")
    known = _known(data)
    for collection, key_field, check in CHECKS:
        for where, item in _each(data, collection, key_field):
            errors += check(where, item, known) + _need_source_title(where, item, "title")
    return errors


def _known(data: dict) -> dict[str, set]:
    """What a record may name: what the file brings and what the site already has."""
    return {
        "perspectives": {p.get("slug") for p in data.get("perspectives", [])}
        | set(Perspective.objects.values_list("slug", flat=True)),
        "stages": {s.get("slug") for s in data.get("stages", [])} | set(Stage.objects.values_list("slug", flat=True)),
        "organisations": {o[0] for o in data.get("organisations", [])} | network.organisation_names(),
        "municipalities": network.municipality_slugs(),
        "bottlenecks": {b.get("key") for b in data.get("bottlenecks", [])}
        | set(Bottleneck.objects.values_list("key", flat=True)),
    }


def _unknown(where: str, field: str, what: str, values, known: set) -> list[str]:
    return [f"{where}: field '{field}': unknown {what} {value!r}" for value in values if value not in known]


def _not_one_of(where: str, field: str, value, choices) -> list[str]:
    return (
        []
        if value in choices.values
        else [f"{where}: field '{field}': {value!r} is not one of {', '.join(choices.values)}"]
    )


def _stage_errors(where: str, stage: dict, known: dict) -> list[str]:
    errors = _unknown(where, "perspectives", "perspective", stage.get("perspectives", []), known["perspectives"])
    return errors + _not_one_of(where, "timing", stage.get("timing", Timing.LATER), Timing)


def _step_errors(where: str, step: dict, known: dict) -> list[str]:
    errors = _unknown(where, "stage", "stage", [step.get("stage")], known["stages"])
    if step.get("source_municipality"):
        errors += _unknown(
            where, "source_municipality", "municipality", [step["source_municipality"]], known["municipalities"]
        )
    organisations = known["organisations"] | {"municipality"}
    return errors + _unknown(where, "institution", "organisation", [step.get("institution")], organisations)


def _bottleneck_errors(where: str, item: dict, known: dict) -> list[str]:
    errors = _unknown(where, "stage", "stage", [item.get("stage")], known["stages"])
    errors += _unknown(where, "perspective", "perspective", [item.get("perspective")], known["perspectives"])
    errors += _not_one_of(where, "status", item.get("status", "open"), BottleneckStatus)
    return errors + _unknown(
        where, "municipalities", "municipality", item.get("municipalities", []), known["municipalities"]
    )


def _proposal_errors(where: str, item: dict, known: dict) -> list[str]:
    errors = _not_one_of(where, "level", item.get("level"), Level)
    errors += _unknown(where, "bottlenecks", "bottleneck", item.get("bottlenecks", []), known["bottlenecks"])
    body = item.get("body")
    if body and not body.startswith("municipality:"):
        errors += _unknown(where, "body", "organisation", [body], known["organisations"])
    states = [h.get("state") for h in item.get("history", [])]
    return errors + _unknown(where, "history", "state", states, set(ProposalState.values))


def _edition_errors(where: str, item: dict, known: dict) -> list[str]:
    led_by = [item["led_by"]] if item.get("led_by") else []
    return _unknown(where, "led_by", "organisation", led_by, known["organisations"])


CHECKS = (
    ("stages", "slug", _stage_errors),
    ("steps", "key", _step_errors),
    ("bottlenecks", "key", _bottleneck_errors),
    ("proposals", "key", _proposal_errors),
    ("editions", "year", _edition_errors),
)


def _each(data, collection, key_field):
    rows = data.get(collection, [])
    if not isinstance(rows, list):
        yield f"{collection}", {}
        return
    seen = set()
    for index, row in enumerate(rows):
        where = (
            f"{collection}[{index}] {row.get(key_field, '?')!s}" if isinstance(row, dict) else f"{collection}[{index}]"
        )
        if not isinstance(row, dict) or not row.get(key_field):
            yield where, {key_field: None, "texts": {"et": {"title": "-"}}}
            continue
        if row[key_field] in seen:
            yield where, {"texts": {"et": {"title": "-"}}, "_duplicate": True}
        seen.add(row[key_field])
        yield where, row


def _need_source_title(where, item, field) -> list[str]:
    languages = set((item.get("texts") or {}).keys()) - set(settings.CONTENT_LANGUAGES)
    if languages:
        return [f"{where}: field 'texts': unknown language {sorted(languages)[0]!r}"]
    if item.get("_duplicate"):
        return [f"{where}: the key appears twice in the file"]
    if not item.get("key", item.get("slug", True)):
        return [f"{where}: the record has no key"]
    title = (item.get("texts") or {}).get("et", {}).get(field) or (item.get("texts") or {}).get("et", {}).get("name")
    missing = [] if title else [f"{where}: field 'texts.et.{field}': the Estonian {field} is missing"]
    return missing + outdated_mark_errors(where, "texts", item.get("texts"))
