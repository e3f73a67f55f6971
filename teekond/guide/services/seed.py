"""Starter local services of the partner municipalities (data/local-services.json), from the brief's facts only.

Only the brief's local facts are loaded: Tallinn, Tartu, Saaremaa vald and Haapsalu. A partner the brief
says nothing local about gets no service rather than an empty one, because a service on a step replaces
the municipality's general contact details in the newcomer's plan.

Loading is idempotent and never overwrites: a service is created only for a (municipality, step) that has
never had one, so an editor's changes stay and a service an editor deleted does not come back.
"""

import json
from pathlib import Path

from django.db import transaction

from teekond.core.history import stamp
from teekond.core.translation import save_text
from teekond.guide.models import LocalService
from teekond.journey.models import Step
from teekond.network.models import Municipality

DATA = Path(__file__).parent.parent / "data" / "local-services.json"
STARTER_REASON = "Starter data from the domain brief"
ADDRESS_FIELDS = ("website", "source")


def load_seed() -> dict[str, int]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {"local services": _create_missing(data)}


@transaction.atomic
def _create_missing(data: dict) -> int:
    entries = data["services"]
    municipalities = _by_natural_key(Municipality.objects, "slug", {entry["municipality"] for entry in entries})
    steps = _by_natural_key(Step.objects, "key", {entry["step"] for entry in entries})
    had_a_service = set(LocalService.history.values_list("municipality_id", "step_id"))
    had_a_service |= set(LocalService.objects.values_list("municipality_id", "step_id"))
    created = 0
    for entry in entries:
        municipality, step = municipalities[entry["municipality"]], steps[entry["step"]]
        if (municipality.pk, step.pk) not in had_a_service:
            _create(data, entry, municipality, step)
            created += 1
    return created


def _by_natural_key(manager, key: str, values: set[str]) -> dict:
    found = {getattr(obj, key): obj for obj in manager.filter(**{f"{key}__in": values})}
    missing = values - set(found)
    if missing:
        raise ValueError(f"{DATA.name} names a {key} that is not in the database: {', '.join(sorted(missing))}")
    return found


def _create(data: dict, entry: dict, municipality: Municipality, step: Step) -> LocalService:
    fields = {name: value for name, value in entry.items() if name not in ("municipality", "step", "notes")}
    for name in ADDRESS_FIELDS:
        if name in fields:
            fields[name] = data["sources"][fields[name]]
    service = LocalService(municipality=municipality, step=step, **fields)
    service.full_clean(exclude=["source_version"])
    stamp(service, reason=STARTER_REASON)
    service.save()
    for language, notes in data["notes"].get(entry.get("notes"), {}).items():
        save_text(service, language=language, notes=notes)
    return service
