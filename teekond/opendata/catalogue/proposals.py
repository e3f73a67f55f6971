"""Open-data record types of proposals: the proposals, their history and the bodies' ledger (see records.py)."""

from django.utils import timezone

from teekond.journey import selectors as journey
from teekond.opendata.records import (
    BOOLEAN,
    CHANGED,
    DATE,
    DATETIME,
    INTEGER,
    KEY,
    NUMBER,
    SAMPLE,
    STRING,
    Column,
    RecordType,
    iso,
    joined,
    latest,
    latest_text,
    page,
    text_columns,
    text_values,
)

RECORD_TYPES: list[RecordType] = []


def _proposals():
    today = timezone.localdate()
    for p in journey.public_proposals_in_full():
        journey.mark_waiting(p, today)
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
            "changed_at": latest(p.created_at, latest_text(p), *(t.recorded_at for t in p.transitions.all())),
            **text_values(p, ("title", "body")),
        }


RECORD_TYPES.append(
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
    for t in journey.public_transitions().order_by("proposal_id", "on", "pk"):
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


RECORD_TYPES.append(
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
    for ledger in journey.body_ledgers(timezone.localdate()):
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


RECORD_TYPES.append(
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
