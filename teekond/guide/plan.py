"""Reads for the newcomer's personal plan: the journey map turned toward one person.

The plan is the newcomer's own steps, in the stages that apply to their situation, in the map's order.
The map's steps done by the municipality are written for its staff ("tell the person…"), so they are
left out, except where this municipality keeps a local service for one: then it is a place the
newcomer can go (the adaptation specialist, say). Everything comes from a fixed number of
queries whatever the municipality and however many local services and spikker entries there are: the
local services and their notes are read with explicit queries rather than prefetches, because a
prefetch is skipped when there is nothing to prefetch from, and the count would then differ between
a town with local details and one without.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from teekond.core.dates import format_date
from teekond.core.translation import Shown, pick_text
from teekond.guide.models import LocalService, LocalServiceText
from teekond.journey.models import Actor, DeadlineAnchor, Situation, Stage, Step
from teekond.network.models import Municipality
from teekond.network.selectors import current_partners
from teekond.spikker.models import Entry


@dataclass
class PlanStep:
    step: Step
    text: Shown
    due: dt.date | None
    service: LocalService | None = None
    notes: Shown | None = None

    @property
    def key(self) -> str:
        return self.step.key

    @property
    def due_words(self) -> str:
        """The deadline as a date written the Estonian way, in the reader's language: "by 15.12.2026"."""
        return _("by %(date)s") % {"date": format_date(self.due)} if self.due else ""


@dataclass
class Rule:
    """A published spikker entry that matters at a stage, with its title in the reader's language."""

    entry: Entry
    text: Shown

    @property
    def url(self) -> str:
        return self.entry.get_absolute_url()


@dataclass
class PlanStage:
    stage: Stage
    text: Shown
    steps: list[PlanStep] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass
class Plan:
    municipality: Municipality
    situation: str
    children: bool
    arrival: dt.date | None
    stages: list[PlanStage]

    @property
    def situation_label(self) -> str:
        return Situation(self.situation).label

    @property
    def steps(self) -> list[PlanStep]:
        return [plan_step for stage in self.stages for plan_step in stage.steps]

    @property
    def dated_steps(self) -> list[PlanStep]:
        return [plan_step for plan_step in self.steps if plan_step.due]

    @property
    def has_local_detail(self) -> bool:
        return any(plan_step.service for plan_step in self.steps)

    @property
    def has_arrival_deadlines(self) -> bool:
        """Whether some step counts its deadline from arrival: then the arrival date turns it into a date."""
        return any(plan_step.step.deadline_from == DeadlineAnchor.ARRIVAL for plan_step in self.steps)


def applies(situations: list, situation: str) -> bool:
    """A stage or step with no situations listed concerns everyone."""
    return not situations or situation in situations


def personal_plan(
    municipality: Municipality, situation: str, children: bool, arrival: dt.date | None, language: str
) -> Plan:
    services, notes = _local_services(municipality)
    steps_by_stage = defaultdict(list)
    for step in _steps():
        if _concerns(step, situation, children, services):
            steps_by_stage[step.stage_id].append(_plan_step(step, arrival, language, services, notes))
    stages = [
        PlanStage(stage, stage.text(language), steps_by_stage[stage.pk], _rules(stage, language, situation))
        for stage in _stages_with_rules()
        if applies(stage.situations, situation) and steps_by_stage[stage.pk]
    ]
    return Plan(municipality, situation, children, arrival, stages)


def _plan_step(step: Step, arrival, language: str, services: dict, notes: dict) -> PlanStep:
    service = services.get(step.pk)
    service_notes = pick_text(notes[service.pk], language) if service and notes[service.pk] else None
    return PlanStep(step, step.text(language), step.deadline_for(arrival), service, service_notes)


def _concerns(step: Step, situation: str, children: bool, services: dict) -> bool:
    for_the_newcomer = step.actor == Actor.PERSON or step.pk in services
    return for_the_newcomer and applies(step.situations, situation) and (children or not step.children_only)


def _steps():
    steps = Step.objects.select_related("institution").prefetch_related("texts")
    return steps.order_by("stage__order", "order", "pk")


def _stages_with_rules():
    rules = Entry.objects.published().prefetch_related("texts").order_by("area__order", "key")
    return Stage.objects.prefetch_related("texts", Prefetch("spikker_entries", queryset=rules))


def _rules(stage: Stage, language: str, situation: str) -> list[Rule]:
    """The stage's unwritten rules written for this situation (an entry's audience is data: none means all)."""
    entries = stage.spikker_entries.all()
    return [Rule(entry, entry.text(language)) for entry in entries if applies(entry.situations, situation)]


def _local_services(municipality: Municipality) -> tuple[dict, dict]:
    """This municipality's local services by step, and their notes by service and language (two queries)."""
    services = {service.step_id: service for service in LocalService.objects.filter(municipality=municipality)}
    notes = defaultdict(dict)
    for row in LocalServiceText.objects.filter(service__municipality=municipality):
        notes[row.service_id][row.language] = row
    return services, notes


def chooser_municipalities(today: dt.date) -> list[tuple[str, list[Municipality]]]:
    """All municipalities for the chooser, the network's partners first (they keep local details)."""
    partners = sorted((p.municipality for p in current_partners(today)), key=lambda m: m.name)
    partner_ids = {m.pk for m in partners}
    others = [m for m in Municipality.objects.all() if m.pk not in partner_ids]
    return [(_("Partner municipalities of the network"), partners), (_("Other municipalities"), others)]
