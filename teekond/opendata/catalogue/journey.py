"""The public record types of open data (see records.py): journey map, ledger, spikker, network, guide."""

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from teekond.journey import selectors as journey_selectors
from teekond.journey.models import Bottleneck, Perspective, ProposalTransition, Stage, Step
from teekond.journey.selectors import mark_waiting, visible_proposals
from teekond.opendata.records import (
    BOOLEAN,
    DATE,
    DATETIME,
    INTEGER,
    NUMBER,
    STRING,
    Column,
    RecordType,
    iso,
    joined,
    latest,
    register,
    text_columns,
    text_values,
)

KEY = "A stable key: it never changes, and other records refer to this one by it."
CHANGED = Column("changed_at", DATETIME, "When the record or one of its texts last changed (ISO 8601).")
SAMPLE = Column(
    "sample", BOOLEAN, "True for starter content written for coordinators to confirm or replace: not a fact."
)


def page(record) -> str:
    """The record's page (in the language RecordType.rows has set: Estonian)."""
    return settings.SITE_URL + record.get_absolute_url()


def _latest_text(record):
    return max((row.updated_at for row in record.texts.all()), default=None)


def _perspectives():
    for p in Perspective.objects.prefetch_related("texts"):
        yield {"key": p.slug, "order": p.order, **text_values(p, ("name", "description"))}


register(
    RecordType(
        name="perspectives",
        title="Perspectives",
        description="Whose view a row of the journey map shows: the municipality, the immigrant, the returnee.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("order", INTEGER, "Position on the map, top first."),
            *text_columns({"name": "Name", "description": "Description"}),
        ],
        read=_perspectives,
    )
)


def _stages():
    for s in Stage.objects.prefetch_related("texts", "perspectives"):
        yield {
            "key": s.slug,
            "order": s.order,
            "perspectives": joined(sorted(p.slug for p in s.perspectives.all())),
            "situations": joined(s.situations),
            "url": page(s),
            "changed_at": latest(_latest_text(s)),
            **text_values(s, ("title", "summary")),
        }


register(
    RecordType(
        name="stages",
        title="Stages of the adaptation journey",
        description="The stages of a newcomer's journey, left to right on the map.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("order", INTEGER, "Position on the journey, first stage first."),
            Column(
                "perspectives",
                STRING,
                "Keys of the perspectives (perspectives.key) the stage is seen from, joined by '; '.",
            ),
            Column(
                "situations",
                STRING,
                "Newcomer situations it concerns (eu, third-country, temporary-protection, returnee), joined by '; '.",
            ),
            Column("url", STRING, "The stage's page."),
            CHANGED,
            *text_columns({"title": "Title", "summary": "Summary"}),
        ],
        read=_stages,
        filters=("perspective", "changed_since"),
        column_filters={"perspective": "perspectives"},
    )
)


def _steps():
    steps = Step.objects.select_related("stage", "institution").prefetch_related("texts")
    for s in steps:
        yield {
            "key": s.key,
            "stage": s.stage.slug,
            "order": s.order,
            "actor": s.actor,
            "institution": s.institution.slug if s.institution else None,
            "deadline_amount": s.deadline_amount,
            "deadline_unit": s.deadline_unit or None,
            "deadline_from": s.deadline_from or None,
            "situations": joined(s.situations),
            "children_only": s.children_only,
            "source": s.source,
            "checked": iso(s.checked),
            "changed_at": latest(_latest_text(s)),
            **text_values(s, ("title", "what", "deadline")),
        }


register(
    RecordType(
        name="steps",
        title="Steps",
        description="What a newcomer (or the municipality) does in a stage, by when, and where the fact comes from.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("stage", STRING, "Key of the stage (stages.key)."),
            Column("order", INTEGER, "Position within the stage."),
            Column("actor", STRING, "Who acts: person (the newcomer) or municipality."),
            Column(
                "institution",
                STRING,
                "Key of the responsible institution (bodies.key); empty: the person's own municipality.",
            ),
            Column("deadline_amount", INTEGER, "The deadline's number of days or months; empty when there is none."),
            Column("deadline_unit", STRING, "days or months."),
            Column("deadline_from", STRING, "What the deadline counts from: arrival, registration or expiry."),
            Column("situations", STRING, "Situations it applies to, joined by '; '."),
            Column("children_only", BOOLEAN, "True when it applies only to a family with children."),
            Column("source", STRING, "Where the fact can be checked."),
            Column("checked", DATE, "When a person last checked the source."),
            CHANGED,
            *text_columns({"title": "Title", "what": "What to do", "deadline": "The deadline in words"}),
        ],
        read=_steps,
        filters=("stage", "changed_since"),
    )
)


def _bottlenecks():
    bottlenecks = Bottleneck.objects.select_related("stage", "perspective", "origin", "merged_into")
    bottlenecks = bottlenecks.prefetch_related("texts", "municipalities").annotate(
        public_evidence=Count("evidence", filter=Q(evidence__is_internal=False)),
    )
    for b in bottlenecks.order_by("pk"):
        yield {
            "key": b.key,
            "stage": b.stage.slug,
            "perspective": b.perspective.slug,
            "status": b.status,
            "municipalities": joined(sorted(m.slug for m in b.municipalities.all())),
            "raised_at_event": b.origin_id,
            "merged_into": b.merged_into.key if b.merged_into else None,
            "evidence_count": b.public_evidence,
            "source": b.source,
            "sample": b.is_sample,
            "created_at": iso(b.created_at),
            "url": page(b),
            "changed_at": latest(b.created_at, _latest_text(b)),
            **text_values(b, ("title", "description")),
        }


register(
    RecordType(
        name="bottlenecks",
        title="Bottlenecks",
        description="Where newcomers get stuck, by stage and perspective, with how much public evidence backs each.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("stage", STRING, "Key of the stage (stages.key)."),
            Column("perspective", STRING, "Key of the perspective (perspectives.key)."),
            Column("status", STRING, "open, being-solved, solved or no-longer-relevant."),
            Column(
                "municipalities", STRING, "Slugs of the affected municipalities (municipalities.key), joined by '; '."
            ),
            Column("raised_at_event", INTEGER, "The event where it was raised (events.key)."),
            Column(
                "merged_into", STRING, "When merged: the key of the bottleneck it became; its page redirects there."
            ),
            Column(
                "evidence_count", INTEGER, "Items of public evidence (internal evidence naming people is not counted)."
            ),
            Column("source", STRING, "Where the fact can be checked."),
            SAMPLE,
            Column("created_at", DATETIME, "When it was recorded."),
            Column("url", STRING, "Its page."),
            CHANGED,
            *text_columns({"title": "Title", "description": "Description"}),
        ],
        read=_bottlenecks,
        filters=("stage", "perspective", "municipality", "changed_since"),
        column_filters={"municipality": "municipalities"},
    )
)


def _proposals():
    today = timezone.localdate()
    proposals = visible_proposals(internal=False).select_related("responsible_body", "merged_into")
    proposals = proposals.prefetch_related("bottlenecks__stage", "bottlenecks__perspective", "transitions")
    for p in proposals.order_by("pk"):
        mark_waiting(p, today)
        bottlenecks = list(p.bottlenecks.all())
        yield {
            "key": p.key,
            "code": p.code,
            "level": p.level,
            "state": p.state,
            "body": p.responsible_body.slug if p.responsible_body else None,
            "bottlenecks": joined(sorted(b.key for b in bottlenecks)),
            "stages": joined(sorted({b.stage.slug for b in bottlenecks})),
            "perspectives": joined(sorted({b.perspective.slug for b in bottlenecks})),
            "submitted_on": iso(p.submitted_on),
            "sent_on": iso(p.sent_on),
            "sent_reference": p.sent_reference,
            "registered_on": iso(p.registered_on),
            "answer_due": iso(p.answer_due),
            "extension_announced_on": iso(p.extension_announced_on),
            "extension_reason": p.extension_reason,
            "days_waiting": p.waiting_days,
            "overdue": p.overdue,
            "answered_on": iso(p.answered_on),
            "answer": p.answer_kind or None,
            "answer_text": p.answer_text,
            "answer_reasons": p.answer_reasons,
            "days_to_answer": p.days_to_answer(),
            "progress": p.progress,
            "merged_into": p.merged_into.key if p.merged_into else None,
            "sample": p.is_sample,
            "url": page(p),
            "changed_at": latest(p.created_at, _latest_text(p), *(t.recorded_at for t in p.transitions.all())),
            **text_values(p, ("title", "body")),
        }


register(
    RecordType(
        name="proposals",
        title="Proposals",
        description="Solution proposals from the moment they are submitted, with their state, the body they were "
        "sent to, the day its answer is due (MSVS § 6: 30 days from registration, extendable to two months) "
        "and the answer. Their history of states is in proposal-history.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("code", STRING, "The code people quote, TK-year-number."),
            Column("level", STRING, "Who can act on it: municipality, network or state."),
            Column(
                "state",
                STRING,
                "submitted, discussed, adopted, sent, answered, in-implementation, implemented, "
                "withdrawn, merged or rejected.",
            ),
            Column("body", STRING, "Key of the responsible body (bodies.key)."),
            Column("bottlenecks", STRING, "Keys of the bottlenecks it addresses, joined by '; '."),
            Column("stages", STRING, "Keys of those bottlenecks' stages, joined by '; '."),
            Column("perspectives", STRING, "Keys of those bottlenecks' perspectives, joined by '; '."),
            Column("submitted_on", DATE, "When it was submitted (and became public)."),
            Column("sent_on", DATE, "When the network sent it to the body."),
            Column("sent_reference", STRING, "The reference number of the letter."),
            Column("registered_on", DATE, "When the body registered the letter, if known."),
            Column("answer_due", DATE, "The day the body's answer is due."),
            Column("extension_announced_on", DATE, "When the body announced it needs longer, if it did."),
            Column("extension_reason", STRING, "The reason the body gave for the extension."),
            Column(
                "days_waiting", INTEGER, "Days since it was sent, while unanswered (on the day of the dump or request)."
            ),
            Column("overdue", BOOLEAN, "True while unanswered after the due date (on the day of the dump or request)."),
            Column("answered_on", DATE, "When the body answered."),
            Column("answer", STRING, "accepted, partly or rejected."),
            Column("answer_text", STRING, "What the body answered."),
            Column("answer_reasons", STRING, "The reasons the body gave (MSVS § 5)."),
            Column("days_to_answer", INTEGER, "Days from sending to the answer."),
            Column("progress", INTEGER, "Implementation progress, 0–100 %."),
            Column("merged_into", STRING, "When merged: the key of the proposal it became part of."),
            SAMPLE,
            Column("url", STRING, "Its page, with the whole timeline."),
            CHANGED,
            *text_columns({"title": "Title", "body": "The proposal"}),
        ],
        read=_proposals,
        filters=("state", "level", "body", "stage", "perspective", "changed_since"),
        column_filters={"stage": "stages", "perspective": "perspectives"},
    )
)


def _history():
    public = visible_proposals(internal=False).values("pk")
    transitions = ProposalTransition.objects.filter(proposal__in=public).select_related("proposal")
    for t in transitions.order_by("proposal_id", "on", "pk"):
        details = t.details or {}
        yield {
            "key": t.pk,
            "proposal": t.proposal.key,
            "from_state": t.from_state,
            "to_state": t.to_state,
            "on": iso(t.on),
            "reason": t.reason,
            "event": t.event_id,
            "reference": details.get("reference", ""),
            "answer_due": details.get("answer_due"),
            "changed_at": iso(t.recorded_at),
        }


register(
    RecordType(
        name="proposal-history",
        title="Proposals' history",
        description="Every change of a public proposal's state: when, from what to what, why.",
        key="key",
        columns=[
            Column("key", INTEGER, KEY, True),
            Column("proposal", STRING, "Key of the proposal (proposals.key)."),
            Column("from_state", STRING, "The state before."),
            Column("to_state", STRING, "The state after."),
            Column("on", DATE, "The day of the change."),
            Column("reason", STRING, "Why, or what was decided (in Estonian)."),
            Column("event", INTEGER, "The event where it was decided (events.key)."),
            Column("reference", STRING, "When sent: the reference of the letter."),
            Column("answer_due", DATE, "When sent: the due date set then."),
            Column("changed_at", DATETIME, "When the change was recorded."),
        ],
        read=_history,
        filters=("changed_since",),
    )
)


def _bodies():
    for ledger in journey_selectors.body_ledgers(timezone.localdate()):
        body = ledger.body
        yield {
            "key": body.slug,
            "name": body.name,
            "short_name": body.short_name,
            "kind": body.kind,
            "website": body.website,
            "proposals_sent": len(ledger.real),
            "waiting": len(ledger.waiting),
            "overdue": len(ledger.overdue),
            "answered": len(ledger.answered),
            "median_days_to_answer": ledger.median_days,
            "longest_days": ledger.longest_days,
            "sample_proposals": ledger.sample_count,
        }


register(
    RecordType(
        name="bodies",
        title="Responsible bodies",
        description="Ministries, agencies and others the network has sent proposals to, with their record of "
        "answering. The figures count real proposals only; sample proposals are counted apart.",
        key="key",
        columns=[
            Column("key", STRING, KEY, True),
            Column("name", STRING, "Official name (Estonian)."),
            Column("short_name", STRING, "Abbreviation."),
            Column("kind", STRING, "ministry, agency, municipality, association, international or other."),
            Column("website", STRING, "Website."),
            Column("proposals_sent", INTEGER, "Real proposals sent to it."),
            Column("waiting", INTEGER, "Of those, waiting for its answer."),
            Column("overdue", INTEGER, "Of those, waiting after the due date."),
            Column("answered", INTEGER, "Of those, answered."),
            Column("median_days_to_answer", NUMBER, "Median days from sending to the answer."),
            Column("longest_days", INTEGER, "The longest wait, answered or still waiting, in days."),
            Column("sample_proposals", INTEGER, "Sample proposals sent to it (starter content, not counted above)."),
        ],
        read=_bodies,
    )
)
