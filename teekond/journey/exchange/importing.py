"""The journey map as plain data: the JSON export, and its import (all-or-nothing).

The starter content (data/map.json, data/sample-issues.json) is written in this same shape, so the seed
is an import too. Every record has a stable key; an import creates or updates by key, and an error names
the record and the field and changes nothing.

A file may carry `"sources": {"S1": "https://…"}` and name a source by its key in any `source` field
("S21; S20"); several files are read as one (`exchange_files.merge_documents`), so the starter files share one sources
file (core/data/sources.json). An export writes the addresses themselves.
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction

from teekond.core.output import ImportRefused
from teekond.core.translation import exported_texts, imported_texts, outdated_mark_errors
from teekond.journey import exchange_schema
from teekond.journey.exchange_files import FORMAT, VERSION, resolved_sources
from teekond.journey.models import (
    Bottleneck,
    BottleneckStatus,
    Evidence,
    Level,
    MapEdition,
    Milestone,
    Perspective,
    Proposal,
    ProposalState,
    ProposalTransition,
    Stage,
    Step,
    Timing,
)
from teekond.journey.services import apply_move, check_move
from teekond.network import selectors as network
from teekond.network.services import organisation_get_or_create

TEXT_FIELDS = {
    Perspective: ("name", "description"),
    Stage: ("title", "summary"),
    Step: ("title", "what", "deadline"),
    Bottleneck: ("title", "description"),
    Proposal: ("title", "body"),
    MapEdition: ("title", "summary"),
}
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


# Export


def export_data() -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisations": _export_organisations(),
        "perspectives": [_export_perspective(p) for p in Perspective.objects.prefetch_related("texts")],
        "stages": [_export_stage(s) for s in Stage.objects.prefetch_related("texts", "perspectives")],
        "steps": [_export_step(s) for s in _steps()],
        "bottlenecks": [_export_bottleneck(b) for b in _bottlenecks()],
        "proposals": [_export_proposal(p) for p in _proposals()],
        "editions": [_export_edition(e) for e in MapEdition.objects.select_related("led_by").prefetch_related("texts")],
    }


def _export_edition(edition):
    return {
        "year": edition.year,
        "led_by": edition.led_by.name if edition.led_by else None,
        "source": edition.source,
        "texts": exported_texts(edition, ("title", "summary")),
    }


def _steps():
    return Step.objects.select_related("stage", "institution", "source_municipality").prefetch_related("texts")


def _event_ref(event) -> list | None:
    return [event.type, event.start_date.isoformat()] if event and event.start_date else None


def _export_organisations() -> list:
    used = network.organisations_in_use(also_ids=MapEdition.objects.values("led_by"))
    return [
        [o.name, o.short_name, o.kind, o.website, *([o.names] if o.names else [])]
        for o in used
    ]


def _export_perspective(p):
    return {"slug": p.slug, "order": p.order, "texts": exported_texts(p, ("name", "description"))}


def _export_stage(s):
    return {
        "slug": s.slug,
        "order": s.order,
        "perspectives": sorted(p.slug for p in s.perspectives.all()),
        "situations": s.situations,
        "timing": s.timing,
        "texts": exported_texts(s, ("title", "summary")),
    }


def _export_step(s):
    deadline = None
    if s.deadline_from:
        deadline = {"amount": s.deadline_amount, "unit": s.deadline_unit or None, "from": s.deadline_from}
    return {
        "key": s.key,
        "stage": s.stage.slug,
        "order": s.order,
        "actor": s.actor,
        "institution": s.institution.name if s.institution else "municipality",
        "deadline": deadline,
        "situations": s.situations,
        "children_only": s.children_only,
        "source": s.source,
        "source_municipality": s.source_municipality.slug if s.source_municipality else None,
        "checked": s.checked.isoformat() if s.checked else None,
        "texts": exported_texts(s, ("title", "what", "deadline")),
    }


def _bottlenecks():
    return (
        Bottleneck.objects.select_related("stage", "perspective", "origin", "owner_municipality", "merged_into")
        .prefetch_related("texts", "municipalities", "evidence__municipality")
        .order_by("pk")
    )


def _export_bottleneck(b):
    return {
        "key": b.key,
        "stage": b.stage.slug,
        "perspective": b.perspective.slug,
        "status": b.status,
        "municipalities": sorted(m.slug for m in b.municipalities.all()),
        "origin": _event_ref(b.origin),
        "owner": b.owner_municipality.slug if b.owner_municipality else None,
        "merged_into": b.merged_into.key if b.merged_into else None,
        "source": b.source,
        "sample": b.is_sample,
        "texts": exported_texts(b, ("title", "description")),
        "evidence": [
            {
                "what": e.what,
                "where": e.where,
                "source": e.reported_by,
                "observed": e.observed_on.isoformat() if e.observed_on else None,
                "municipality": e.municipality.slug if e.municipality else None,
                "internal": e.is_internal,
                "language": e.language,
            }
            for e in b.evidence.all()
        ],
    }


def _proposals():
    return (
        Proposal.objects.select_related("responsible_body", "owner_municipality", "merged_into")
        .prefetch_related("texts", "bottlenecks", "origin_events", "transitions", "milestones")
        .order_by("pk")
    )


def _export_proposal(p):
    return {
        "key": p.key,
        "bottlenecks": sorted(b.key for b in p.bottlenecks.all()),
        "level": p.level,
        "body": p.responsible_body.name if p.responsible_body else None,
        "owner": p.owner_municipality.slug if p.owner_municipality else None,
        "origins": sorted(_event_ref(e) for e in p.origin_events.all() if e.start_date),
        "authors": p.author_names,
        "sample": p.is_sample,
        "state": p.state,
        "texts": exported_texts(p, ("title", "body")),
        "history": [_export_transition(t) for t in p.transitions.all()],
        "milestones": [{"date": m.on.isoformat(), "text": m.text, "progress": m.progress} for m in p.milestones.all()],
        # Optional since the ledger (older files have neither): the due date as it stands now, and the
        # body's extension of its time to answer.
        "answer_due": p.answer_due.isoformat() if p.answer_due else None,
        "extension": {
            "date": p.extension_announced_on.isoformat(),
            "reason": p.extension_reason,
        }
        if p.extension_announced_on
        else None,
    }


def _export_transition(t):
    row = {"state": t.to_state, "date": t.on.isoformat(), "reason": t.reason}
    details = t.details or {}
    for key in ("reference", "registered_on", "answer_due", "answer", "answer_text", "answer_reasons", "progress"):
        if details.get(key) not in (None, ""):
            row[key] = details[key]
    if details.get("merged_into"):
        row["merged_into"] = Proposal.objects.get(pk=details["merged_into"]).key
    return row


# Import


def import_data(data: dict, *, overwrite: bool = True) -> dict[str, int]:
    """Create (or, with `overwrite`, update) every record by key; refuse the whole file on any error."""
    data, errors = resolved_sources(data)
    errors += _validate(data)
    if errors:
        raise ImportRefused(errors)
    with transaction.atomic():
        return _Importer(data, overwrite).run()


def _validate(data: dict) -> list[str]:
    # The shape first (types, lengths, duplicate keys): what follows may then read every field as what it is.
    errors = exchange_schema.problems(data, format_name=FORMAT, version=VERSION)
    if errors:
        return errors
    if data.get("format", FORMAT) != FORMAT:
        errors.append(f"format: expected {FORMAT!r}, found {data.get('format')!r}")
    perspectives = {p.get("slug") for p in data.get("perspectives", [])} | set(
        Perspective.objects.values_list("slug", flat=True)
    )
    stages = {s.get("slug") for s in data.get("stages", [])} | set(Stage.objects.values_list("slug", flat=True))
    organisations = {o[0] for o in data.get("organisations", [])} | network.organisation_names()
    municipalities = network.municipality_slugs()
    bottleneck_keys = {b.get("key") for b in data.get("bottlenecks", [])} | set(
        Bottleneck.objects.values_list("key", flat=True)
    )
    for where, stage in _each(data, "stages", "slug"):
        errors += [
            f"{where}: field 'perspectives': unknown perspective {p!r}"
            for p in stage.get("perspectives", [])
            if p not in perspectives
        ]
        if stage.get("timing", Timing.LATER) not in Timing.values:
            errors.append(f"{where}: field 'timing': {stage.get('timing')!r} is not one of {', '.join(Timing.values)}")
        errors += _need_source_title(where, stage, "title")
    for where, step in _each(data, "steps", "key"):
        if step.get("stage") not in stages:
            errors.append(f"{where}: field 'stage': unknown stage {step.get('stage')!r}")
        if step.get("source_municipality") and step["source_municipality"] not in municipalities:
            errors.append(f"{where}: field 'source_municipality': unknown municipality {step['source_municipality']!r}")
        if step.get("institution") not in organisations | {"municipality"}:
            errors.append(f"{where}: field 'institution': unknown organisation {step.get('institution')!r}")
        errors += _need_source_title(where, step, "title")
    for where, item in _each(data, "bottlenecks", "key"):
        if item.get("stage") not in stages:
            errors.append(f"{where}: field 'stage': unknown stage {item.get('stage')!r}")
        if item.get("perspective") not in perspectives:
            errors.append(f"{where}: field 'perspective': unknown perspective {item.get('perspective')!r}")
        if item.get("status", "open") not in BottleneckStatus.values:
            errors.append(
                f"{where}: field 'status': {item.get('status')!r} is not one of {', '.join(BottleneckStatus.values)}"
            )
        errors += [
            f"{where}: field 'municipalities': unknown municipality {m!r}"
            for m in item.get("municipalities", [])
            if m not in municipalities
        ]
        errors += _need_source_title(where, item, "title")
    for where, item in _each(data, "proposals", "key"):
        if item.get("level") not in Level.values:
            errors.append(f"{where}: field 'level': {item.get('level')!r} is not one of {', '.join(Level.values)}")
        errors += [
            f"{where}: field 'bottlenecks': unknown bottleneck {k!r}"
            for k in item.get("bottlenecks", [])
            if k not in bottleneck_keys
        ]
        body = item.get("body")
        if body and not body.startswith("municipality:") and body not in organisations:
            errors.append(f"{where}: field 'body': unknown organisation {body!r}")
        errors += [
            f"{where}: field 'history': unknown state {h.get('state')!r}"
            for h in item.get("history", [])
            if h.get("state") not in ProposalState.values
        ]
        errors += _need_source_title(where, item, "title")
    for where, item in _each(data, "editions", "year"):
        if item.get("led_by") and item["led_by"] not in organisations:
            errors.append(f"{where}: field 'led_by': unknown organisation {item['led_by']!r}")
        errors += _need_source_title(where, item, "title")
    return errors


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
            on = _date(step["date"])
            merged_into = Proposal.objects.filter(key=step.get("merged_into") or "").first()
            options = {
                "answer_kind": step.get("answer", ""),
                "answer_text": step.get("answer_text", ""),
                "progress": step.get("progress"),
            }
            check_move(
                proposal, step["state"], on=on, reason=step.get("reason", ""), merged_into=merged_into, **options
            )
            details = apply_move(
                proposal,
                step["state"],
                on=on,
                reference=step.get("reference", ""),
                answer_reasons=step.get("answer_reasons", ""),
                merged_into=merged_into,
                registered_on=_date(step.get("registered_on")),
                answer_due=_date(step.get("answer_due")),
                **options,
            )
            ProposalTransition.objects.create(
                proposal=proposal,
                from_state=proposal.state,
                to_state=step["state"],
                on=on,
                reason=step.get("reason", ""),
                details=details,
            )
            proposal.state, proposal.state_changed_on = step["state"], on
        _due_date(proposal, item)
        proposal.save()
        for row in item.get("milestones", []):
            Milestone.objects.create(
                proposal=proposal, on=_date(row["date"]), text=row["text"], progress=row.get("progress", 0)
            )


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
