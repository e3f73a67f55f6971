"""Reads for the newcomer's personal plan: the journey map turned toward one person.

The plan is the newcomer's own steps, in the stages that apply to their situation, grouped by when they
are due (now, within a month, later, when needed): a dated deadline decides where a step goes, otherwise
its stage's usual timing. The soonest dated deadline is the plan's "next deadline".
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
from dataclasses import dataclass, field, replace

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from teekond.core.dates import add_months, format_date
from teekond.core.translation import Shown, pick_text
from teekond.guide.models import LocalService, LocalServiceText
from teekond.journey.models import Actor, DeadlineAnchor, DeadlineUnit, Situation, Stage, Step, Timing
from teekond.network.models import Municipality
from teekond.network.selectors import current_partners
from teekond.spikker.models import Entry

# A dated step due within two weeks (or already overdue) is for now.
NOW_DAYS = 14
# Plans list at most this many unwritten rules per stage; the rest are behind "more".
RULES_SHOWN = 3
GROUP_HEADINGS = {
    Timing.NOW: gettext_lazy("Now"),
    Timing.FIRST_MONTH: gettext_lazy("Within a month"),
    Timing.LATER: gettext_lazy("Later"),
    Timing.WHEN_NEEDED: gettext_lazy("When needed"),
}


@dataclass
class PlanStep:
    step: Step
    text: Shown
    due: dt.date | None
    service: LocalService | None = None
    notes: Shown | None = None
    stage_text: Shown | None = None
    source: str = ""
    days_left: int | None = None
    timing: str = Timing.LATER
    body: str = ""  # the step's HTML that does not depend on the day, when the plan page has built it

    @property
    def key(self) -> str:
        return self.step.key

    @property
    def due_words(self) -> str:
        """The deadline as a date written the Estonian way, in the reader's language: "by 15.12.2026"."""
        return _("by %(date)s") % {"date": format_date(self.due)} if self.due else ""

    @property
    def days_words(self) -> str:
        """How far the deadline is from today: "in 13 days", "today", "3 days ago"."""
        days = self.days_left
        if days is None:
            return ""
        if days == 0:
            return _("today")
        if days > 0:
            return ngettext("in %(count)s day", "in %(count)s days", days) % {"count": days}
        return ngettext("%(count)s day ago", "%(count)s days ago", -days) % {"count": -days}

    @property
    def is_overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


@dataclass
class PlanGroup:
    timing: str
    steps: list[PlanStep]

    @property
    def heading(self) -> str:
        return GROUP_HEADINGS[self.timing]


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
    # Every rule of the stage that concerns the person, those listed at an earlier stage included: what the
    # spikker shows for the stage and the person's situation.
    rule_count: int = 0

    @property
    def first_rules(self) -> list[Rule]:
        return self.rules[:RULES_SHOWN]

    @property
    def more_rules(self) -> list[Rule]:
        return self.rules[RULES_SHOWN:]


@dataclass
class Plan:
    municipality: Municipality
    situation: str
    children: bool
    arrival: dt.date | None
    stages: list[PlanStage]
    groups: list[PlanGroup] = field(default_factory=list)

    @property
    def next_step(self) -> PlanStep | None:
        """The step whose dated deadline comes next (today or later)."""
        upcoming = [plan_step for plan_step in self.dated_steps if plan_step.days_left >= 0]
        return min(upcoming, key=lambda plan_step: plan_step.due, default=None)

    @property
    def first_deadline(self) -> PlanStep | None:
        """Without the arrival date: the step whose deadline after arrival is shortest ("within 14 days")."""
        counted = [p for p in self.steps if p.step.deadline_from == DeadlineAnchor.ARRIVAL and p.step.deadline_amount]
        return min(counted, key=lambda plan_step: _days_after_arrival(plan_step.step), default=None)

    @property
    def stages_with_rules(self) -> list[PlanStage]:
        return [plan_stage for plan_stage in self.stages if plan_stage.rules]

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
    municipality: Municipality,
    situation: str,
    children: bool,
    arrival: dt.date | None,
    language: str,
    *,
    today: dt.date,
) -> Plan:
    return dated(plan_outline(municipality, situation, children, language), arrival, today=today)


def plan_outline(municipality: Municipality, situation: str, children: bool, language: str) -> Plan:
    """The plan without an arrival date: everything that does not depend on the day (steps, texts, sources,
    local services, rules). It can be kept per content version; `dated` fills in the dates."""
    services, notes = _local_services(municipality)
    steps_by_stage = defaultdict(list)
    for step in _steps():
        if _concerns(step, situation, children, services):
            steps_by_stage[step.stage_id].append(_plan_step(step, language, services, notes))
    stages = [
        PlanStage(stage, stage.text(language), steps_by_stage[stage.pk])
        for stage in _stages_with_rules()
        if applies(stage.situations, situation) and steps_by_stage[stage.pk]
    ]
    for plan_stage in stages:
        for plan_step in plan_stage.steps:
            plan_step.stage_text = plan_stage.text
            plan_step.source = plan_step.step.source_for(municipality)
    _add_rules(stages, situation, children, language)
    return Plan(municipality, situation, children, None, stages)


def dated(outline: Plan, arrival: dt.date | None, *, today: dt.date) -> Plan:
    """The outline with its deadlines as dates counted from `arrival`, and grouped by when they are due.

    Arithmetic only, no query: the outline is left as it is and each step is copied."""
    stages = []
    for plan_stage in outline.stages:
        steps = [_date(plan_step, plan_stage.stage, arrival, today) for plan_step in plan_stage.steps]
        stages.append(replace(plan_stage, steps=steps))
    plan = replace(outline, arrival=arrival, stages=stages)
    plan.groups = _groups(plan.steps)
    return plan


def _plan_step(step: Step, language: str, services: dict, notes: dict) -> PlanStep:
    service = services.get(step.pk)
    service_notes = pick_text(notes[service.pk], language) if service and notes[service.pk] else None
    return PlanStep(step, step.text(language), None, service, service_notes)


def _date(plan_step: PlanStep, stage: Stage, arrival: dt.date | None, today: dt.date) -> PlanStep:
    """A copy of the step with its due date, the days left and the group it goes in."""
    dated_step = replace(plan_step, due=plan_step.step.deadline_for(arrival), days_left=None)
    if dated_step.due:
        dated_step.days_left = (dated_step.due - today).days
    dated_step.timing = _timing(dated_step, stage, today)
    return dated_step


def _timing(plan_step: PlanStep, stage: Stage, today: dt.date) -> str:
    step = plan_step.step
    if plan_step.due:
        if plan_step.days_left <= NOW_DAYS:
            return Timing.NOW
        return Timing.FIRST_MONTH if plan_step.due <= add_months(today, 1) else Timing.LATER
    if step.deadline_from == DeadlineAnchor.EXPIRY:
        return Timing.WHEN_NEEDED
    if step.deadline_from == DeadlineAnchor.ARRIVAL and step.deadline_amount:
        days = _days_after_arrival(step)
        return Timing.NOW if days <= NOW_DAYS else Timing.FIRST_MONTH if days <= 31 else Timing.LATER
    return stage.timing


def _days_after_arrival(step: Step) -> int:
    return step.deadline_amount * (30 if step.deadline_unit == DeadlineUnit.MONTHS else 1)


def _groups(steps: list[PlanStep]) -> list[PlanGroup]:
    """Steps by when they are due; within a group the dated ones first, soonest first, then the map's order."""
    by_timing = defaultdict(list)
    for plan_step in steps:
        by_timing[plan_step.timing].append(plan_step)
    groups = []
    for timing in Timing.values:
        members = sorted(by_timing[timing], key=lambda p: (p.due is None, p.due or dt.date.max))
        if members:
            groups.append(PlanGroup(timing, members))
    return groups


def _concerns(step: Step, situation: str, children: bool, services: dict) -> bool:
    for_the_newcomer = step.actor == Actor.PERSON or step.pk in services
    return for_the_newcomer and applies(step.situations, situation) and (children or not step.children_only)


def _steps():
    steps = Step.objects.select_related("institution", "stage").prefetch_related("texts")
    return steps.order_by("stage__order", "order", "pk")


def _stages_with_rules():
    rules = Entry.objects.published().prefetch_related("texts").order_by("area__order", "key")
    return Stage.objects.prefetch_related("texts", Prefetch("spikker_entries", queryset=rules))


def _add_rules(stages: list[PlanStage], situation: str, children: bool, language: str) -> None:
    """Each stage's unwritten rules that concern this person, each rule once (at its first stage): first
    the rules about their own situation or children, then those written in their language."""
    seen = set()
    for plan_stage in stages:
        concerning = [entry for entry in plan_stage.stage.spikker_entries.all() if entry.concerns(situation, children)]
        plan_stage.rule_count = len(concerning)
        entries = [entry for entry in concerning if entry.pk not in seen]
        seen.update(entry.pk for entry in entries)
        rules = [Rule(entry, entry.text(language)) for entry in entries]
        # A stable sort: within each kind the life areas' order stays.
        plan_stage.rules = sorted(rules, key=lambda rule: (not _is_specific(rule.entry), rule.text.is_fallback))


def _is_specific(entry) -> bool:
    """About a narrower group than every immigrant: families with children, or fewer situations (a rule for
    all the immigrant situations is the newcomer primer, general for this plan's reader)."""
    return entry.children_only or 0 < len(set(entry.situations)) < len(Situation.values) - 1


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


def municipalities():
    """Every municipality, for a plan's address to name one."""
    return Municipality.objects.all()
