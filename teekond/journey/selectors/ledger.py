"""Reads of the ledger of answers: who owes the network an answer, since when, and how long bodies take.

Each function takes `today` so that pages, tests and reminders agree on the day.
"""

import datetime as dt
import statistics
from dataclasses import dataclass, field

from django.db.models import Prefetch

from teekond.journey.models import Level, Proposal, ProposalState
from teekond.journey.selectors.map import mark_waiting, visible_proposals
from teekond.network import selectors as network
from teekond.network.selectors import Organisation, OrganisationKind

ANSWERED_STATES = (ProposalState.ANSWERED, ProposalState.IN_IMPLEMENTATION, ProposalState.IMPLEMENTED)
STATE_BODY_KINDS = (OrganisationKind.MINISTRY, OrganisationKind.STATE_AGENCY)


@dataclass
class BodyLedger:
    """A body and every proposal sent to it. The figures (open, overdue, time to answer) count real
    proposals only: sample content is listed, marked, and never counted as a fact about a body."""

    body: Organisation
    proposals: list = field(default_factory=list)
    count_samples: bool = False  # only for figures that say so, clearly marked

    @property
    def real(self) -> list:
        return [p for p in self.proposals if self.count_samples or not p.is_sample]

    @property
    def answered(self) -> list:
        return [p for p in self.real if p.answered_on]

    @property
    def waiting(self) -> list:
        return [p for p in self.real if p.state == ProposalState.SENT]

    @property
    def overdue(self) -> list:
        return [p for p in self.waiting if p.overdue]

    @property
    def answer_days(self) -> list[int]:
        return sorted(d for d in (p.days_to_answer() for p in self.answered) if d is not None)

    @property
    def median_days(self) -> float | None:
        days = self.answer_days
        return statistics.median(days) if days else None

    @property
    def longest_days(self) -> int | None:
        """The longest wait: an answer that took longest, or one still waiting longer than that."""
        days = self.answer_days + [p.waiting_days for p in self.waiting if p.waiting_days is not None]
        return max(days) if days else None

    @property
    def sample_count(self) -> int:
        return sum(1 for p in self.proposals if p.is_sample)


def sent_proposals(internal: bool):
    """Every proposal that went to a body, answered or not, in the order it was sent."""
    proposals = visible_proposals(internal).filter(sent_on__isnull=False, responsible_body__isnull=False)
    return proposals.select_related("responsible_body").order_by("sent_on", "pk")


def body_ledgers(today: dt.date, internal: bool = False, *, with_samples: bool = False) -> list[BodyLedger]:
    """State bodies with what was sent to them, most overdue and then most open first."""
    ledgers: dict[int, BodyLedger] = {}
    for body in network.organisations_of_kinds(STATE_BODY_KINDS):
        ledgers[body.pk] = BodyLedger(body, count_samples=with_samples)
    for proposal in sent_proposals(internal):
        new = BodyLedger(proposal.responsible_body, count_samples=with_samples)
        ledger = ledgers.setdefault(proposal.responsible_body_id, new)
        ledger.proposals.append(mark_waiting(proposal, today))
    ranked = [ledger for ledger in ledgers.values() if ledger.proposals]
    return sorted(ranked, key=lambda b: (-len(b.overdue), -len(b.waiting), -len(b.real), b.body.name))


def body_ledger(slug: str, today: dt.date, internal: bool = False) -> BodyLedger:
    body = network.organisation_named_by_slug(slug)
    proposals = sent_proposals(internal).filter(responsible_body=body)
    proposals = proposals.prefetch_related(Prefetch("bottlenecks__texts"))
    return BodyLedger(body, [mark_waiting(p, today) for p in proposals])


def state_level_waiting(today: dt.date, internal: bool) -> list[Proposal]:
    """Proposals to the state still waiting for an answer, the most overdue first."""
    proposals = sent_proposals(internal).filter(level=Level.STATE, state=ProposalState.SENT)
    return sorted((mark_waiting(p, today) for p in proposals), key=lambda p: (p.answer_due or today, p.pk))


def public_target(kind: str, key: str):
    """The public record a person may follow, by its stable key, or None."""
    from teekond.journey.models import Bottleneck, Stage

    if kind == "proposal":
        return visible_proposals(internal=False).filter(key=key).first()
    if kind == "bottleneck":
        return Bottleneck.objects.current().prefetch_related("texts").filter(key=key).first()
    if kind == "stage":
        return Stage.objects.prefetch_related("texts").filter(slug=key).first()
    if kind == "body":
        return network.organisation_by_slug(key)
    return None


def proposal_subjects(proposal: Proposal) -> list[tuple[str, str]]:
    """Whom a change of a proposal concerns: itself, its body, its bottlenecks and their stages."""
    subjects = [("proposal", proposal.key)]
    if proposal.responsible_body_id:
        subjects.append(("body", proposal.responsible_body.slug))
    for bottleneck in proposal.bottlenecks.select_related("stage"):
        subjects += [("bottleneck", bottleneck.key), ("stage", bottleneck.stage.slug)]
    return list(dict.fromkeys(subjects))


def bottleneck_subjects(bottleneck, *also) -> list[tuple[str, str]]:
    """Whom a change of a bottleneck concerns: itself (and any merged into it), its stage, and the public
    proposals that address it."""
    subjects = [("bottleneck", bottleneck.key), ("stage", bottleneck.stage.slug)]
    subjects += [("bottleneck", other.key) for other in also]
    proposals = visible_proposals(internal=False).filter(bottlenecks=bottleneck)
    subjects += [("proposal", key) for key in proposals.values_list("key", flat=True)]
    return list(dict.fromkeys(subjects))


def proposal_counts(*, with_samples: bool = False) -> list[dict]:
    """Public proposals counted by the year submitted, level and state: [{year, level, state, n}]."""
    from django.db.models import Count
    from django.db.models.functions import ExtractYear

    proposals = visible_proposals(internal=False)
    if not with_samples:
        proposals = proposals.filter(is_sample=False)
    rows = proposals.annotate(year=ExtractYear("submitted_on")).values("year", "level", "state")
    return list(rows.annotate(n=Count("pk")).order_by("year", "level", "state"))


def bottleneck_counts(*, with_samples: bool = False) -> list[dict]:
    """Current bottlenecks counted by stage and perspective: [{stage, perspective, n}] (ids)."""
    from django.db.models import Count

    from teekond.journey.models import Bottleneck

    bottlenecks = Bottleneck.objects.current()
    if not with_samples:
        bottlenecks = bottlenecks.filter(is_sample=False)
    return list(bottlenecks.values("stage", "perspective").annotate(n=Count("pk")).order_by("stage", "perspective"))


def sample_counts() -> dict[str, int]:
    from teekond.journey.models import Bottleneck

    return {
        "proposals": visible_proposals(internal=False).filter(is_sample=True).count(),
        "bottlenecks": Bottleneck.objects.current().filter(is_sample=True).count(),
    }
