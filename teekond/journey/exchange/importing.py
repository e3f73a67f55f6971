"""The journey map imported from plain data (the shape journey.exchange describes), all or nothing."""

import datetime as dt

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction

from teekond.core.output import ImportRefused
from teekond.core.translation import imported_texts
from teekond.journey.exchange.exporting import TEXT_FIELDS
from teekond.journey.exchange.files import resolved_sources
from teekond.journey.exchange.validation import validate
from teekond.journey.models import (
    Bottleneck,
    BottleneckStatus,
    Evidence,
    MapEdition,
    Milestone,
    Perspective,
    Proposal,
    ProposalState,
    Stage,
    Step,
    Timing,
)
from teekond.journey.services import apply_move, check_move, record_transition
from teekond.network import selectors as network
from teekond.network.services import organisation_get_or_create

# What a proposal's history sets; an import replays the history from these.
FRESH_PROPOSAL = {
    "state": ProposalState.DRAFT,
    "merged_into": None,
    "submitted_on": None,
    "sent_on": None,
    "sent_reference": "",
    "answer_kind": "",
    "answered_on": None,
    "answer_text": "",
    "answer_reasons": "",
    "progress": 0,
    "registered_on": None,
    "answer_due": None,
    "extension_announced_on": None,
    "extension_reason": "",
}


def import_data(data: dict, *, overwrite: bool = True) -> dict[str, int]:
    """Create (or, with `overwrite`, update) every record by key; refuse the whole file on any error."""
    data, errors = resolved_sources(data)
    errors += validate(data)
    if errors:
        raise ImportRefused(errors)
    with transaction.atomic():
        return _Importer(data, overwrite).run()


class _Importer:
    def __init__(self, data: dict, overwrite: bool):
        self.data, self.overwrite = data, overwrite
        self.counts = {"perspectives": 0, "stages": 0, "steps": 0, "bottlenecks": 0, "proposals": 0, "editions": 0}

    def run(self) -> dict[str, int]:
        for row in self.data.get("organisations", []):
            # [name, short name, kind, website] and, optionally, {language: name} for documents in other languages
            name, short, kind, website, *names = row
            organisation_get_or_create(
                name=name, short_name=short, kind=kind, website=website, names=names[0] if names else None
            )
        self._each("perspectives", "slug", self._perspective)
        self._each("stages", "slug", self._stage)
        self._each("steps", "key", self._step)
        self._each("bottlenecks", "key", self._bottleneck)
        self._merges()
        self._each("proposals", "key", self._proposal)
        self._each("editions", "year", self._edition)
        return self.counts

    def _each(self, collection: str, key: str, handler) -> None:
        for index, item in enumerate(self.data.get(collection, [])):
            where = f"{collection}[{index}] {item.get(key)}"
            try:
                handler(item)
            except ValidationError as error:
                raise ImportRefused([f"{where}: {message}" for message in error.messages]) from None
            except (KeyError, ValueError, TypeError, ObjectDoesNotExist) as error:
                raise ImportRefused([f"{where}: {type(error).__name__}: {error}"]) from None

    def _upsert(self, model, lookup: dict, fields: dict):
        obj = model.objects.filter(**lookup).first()
        if obj is not None and not self.overwrite:
            return obj, False
        obj = obj or model(**lookup)
        for name, value in fields.items():
            setattr(obj, name, value)
        obj.full_clean(exclude=["source_version"])
        obj.save()
        return obj, True

    def _texts(self, obj, texts: dict) -> None:
        imported_texts(obj, texts, TEXT_FIELDS[type(obj)])

    def _perspective(self, item):
        obj, changed = self._upsert(Perspective, {"slug": item["slug"]}, {"order": item.get("order", 0)})
        if changed:
            self._texts(obj, item.get("texts", {}))
            self.counts["perspectives"] += 1

    def _stage(self, item):
        fields = {
            "order": item.get("order", 0),
            "situations": item.get("situations", []),
            "timing": item.get("timing", Timing.LATER),
        }
        obj, changed = self._upsert(Stage, {"slug": item["slug"]}, fields)
        if changed:
            obj.perspectives.set(Perspective.objects.filter(slug__in=item.get("perspectives", [])))
            self._texts(obj, item.get("texts", {}))
            self.counts["stages"] += 1

    def _step(self, item):
        deadline = item.get("deadline") or {}
        institution = item.get("institution")
        fields = {
            "stage": Stage.objects.get(slug=item["stage"]),
            "order": item.get("order", 0),
            "actor": item.get("actor", "person"),
            "institution": None if institution == "municipality" else network.organisation_named(institution),
            "deadline_amount": deadline.get("amount"),
            "deadline_unit": deadline.get("unit") or "",
            "deadline_from": deadline.get("from") or "",
            "situations": item.get("situations", []),
            "children_only": item.get("children_only", False),
            "source": item.get("source", ""),
            "source_municipality": network.municipality_by_slug(item.get("source_municipality")),
            "checked": _date(item.get("checked")),
        }
        obj, changed = self._upsert(Step, {"key": item["key"]}, fields)
        if changed:
            self._texts(obj, item.get("texts", {}))
            self.counts["steps"] += 1

    def _bottleneck(self, item):
        fields = {
            "stage": Stage.objects.get(slug=item["stage"]),
            "perspective": Perspective.objects.get(slug=item["perspective"]),
            "status": item.get("status", BottleneckStatus.OPEN),
            "origin": _event(item.get("origin")),
            "owner_municipality": network.municipality_by_slug(item.get("owner")),
            "source": item.get("source", ""),
            "is_sample": item.get("sample", False),
        }
        obj, changed = self._upsert(Bottleneck, {"key": item["key"]}, fields)
        if not changed:
            return
        obj.municipalities.set(network.municipalities_by_slugs(item.get("municipalities", [])))
        self._texts(obj, item.get("texts", {}))
        obj.evidence.all().delete()
        for row in item.get("evidence", []):
            Evidence.objects.create(
                bottleneck=obj,
                what=row["what"],
                where=row.get("where", ""),
                reported_by=row.get("source", ""),
                observed_on=_date(row.get("observed")),
                is_internal=row.get("internal", False),
                municipality=network.municipality_by_slug(row.get("municipality")),
                language=row.get("language", "et"),
            )
        self.counts["bottlenecks"] += 1

    def _merges(self):
        for item in self.data.get("bottlenecks", []):
            if item.get("merged_into"):
                Bottleneck.objects.filter(key=item["key"]).update(
                    merged_into=Bottleneck.objects.get(key=item["merged_into"])
                )

    def _proposal(self, item):
        body, owner = _body(item.get("body"))
        owner = network.municipality_by_slug(item.get("owner")) or owner
        fields = {
            "level": item["level"],
            "responsible_body": body,
            "owner_municipality": owner,
            "author_names": item.get("authors", ""),
            "is_sample": item.get("sample", False),
        }
        obj, changed = self._upsert(Proposal, {"key": item["key"]}, fields)
        if not changed:
            return
        obj.bottlenecks.set(Bottleneck.objects.filter(key__in=item.get("bottlenecks", [])))
        obj.origin_events.set([e for e in (_event(ref) for ref in item.get("origins", [])) if e])
        self._texts(obj, item.get("texts", {}))
        self._history(obj, item)
        self.counts["proposals"] += 1

    def _edition(self, item):
        led_by = network.organisation_named(item["led_by"]) if item.get("led_by") else None
        obj, changed = self._upsert(
            MapEdition, {"year": item["year"]}, {"led_by": led_by, "source": item.get("source", "")}
        )
        if changed:
            self._texts(obj, item.get("texts", {}))
            self.counts["editions"] += 1

    def _history(self, proposal: Proposal, item: dict) -> None:
        """Replay the recorded path through the lifecycle's own checks: an impossible history is refused."""
        proposal.transitions.all().delete()
        proposal.milestones.all().delete()
        for name, empty in FRESH_PROPOSAL.items():
            setattr(proposal, name, empty)
        for step in item.get("history", []):
            _replay(proposal, step)
        _due_date(proposal, item)
        proposal.save()
        for row in item.get("milestones", []):
            Milestone.objects.create(
                proposal=proposal, on=_date(row["date"]), text=row["text"], progress=row.get("progress", 0)
            )


def _replay(proposal: Proposal, step: dict) -> None:
    """One recorded move, checked and applied as the lifecycle does it."""
    on = _date(step["date"])
    merged_into = Proposal.objects.filter(key=step.get("merged_into") or "").first()
    options = {
        "answer_kind": step.get("answer", ""),
        "answer_text": step.get("answer_text", ""),
        "progress": step.get("progress"),
        "merged_into": merged_into,
    }
    reason = step.get("reason", "")
    check_move(proposal, step["state"], on=on, reason=reason, **options)
    details = apply_move(
        proposal,
        step["state"],
        on=on,
        reference=step.get("reference", ""),
        answer_reasons=step.get("answer_reasons", ""),
        registered_on=_date(step.get("registered_on")),
        answer_due=_date(step.get("answer_due")),
        **options,
    )
    record_transition(proposal, step["state"], on=on, reason=reason, details=details)


def _due_date(proposal: Proposal, item: dict) -> None:
    """The due date as the file states it now (edited or extended after sending), when it does."""
    if item.get("answer_due") and proposal.sent_on:
        proposal.answer_due = _date(item["answer_due"])
        if proposal.answer_due < proposal.sent_on:
            raise ValidationError(f"field 'answer_due': {item['answer_due']} is before the day it was sent")
    extension = item.get("extension") or {}
    if extension.get("date"):
        proposal.extension_announced_on = _date(extension["date"])
        proposal.extension_reason = extension.get("reason", "")


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def _event(reference):
    if not reference:
        return None
    event_type, start = reference
    return network.event_on(event_type, _date(start))


def _body(name):
    if not name:
        return None, None
    if name.startswith("municipality:"):
        municipality = network.municipality_named(name.split(":", 1)[1])
        return organisation_get_or_create(name=municipality.name, kind="municipality"), municipality
    return network.organisation_named(name), None
