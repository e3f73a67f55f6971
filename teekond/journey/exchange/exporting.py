"""The journey map exported as plain data (the shape journey.exchange describes)."""

from teekond.core.translation import exported_texts
from teekond.journey.exchange.files import FORMAT, VERSION
from teekond.journey.models import (
    Bottleneck,
    MapEdition,
    Perspective,
    Proposal,
    Stage,
    Step,
)
from teekond.network import selectors as network

TEXT_FIELDS = {
    Perspective: ("name", "description"),
    Stage: ("title", "summary"),
    Step: ("title", "what", "deadline"),
    Bottleneck: ("title", "description"),
    Proposal: ("title", "body"),
    MapEdition: ("title", "summary"),
}


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
    return [[o.name, o.short_name, o.kind, o.website, *([o.names] if o.names else [])] for o in used]


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
