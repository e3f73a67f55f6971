"""The figures of the statistics page and the annual report, read through each capability's selectors.

Sample content is left out unless asked for; then every figure that counted some says how many, so a
starter record is never shown as a fact about the network or the state.
"""

import datetime as dt
from collections import defaultdict

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from teekond.guide.selectors.stuck import stuck_groups
from teekond.journey import selectors as journey
from teekond.journey.selectors import (
    Level,
    ProposalState,
    body_ledgers,
    bottleneck_counts,
    proposal_counts,
    sample_counts,
)
from teekond.spikker.selectors import areas_by_id, feedback_counts
from teekond.statistics.charts import Figure, Series


def _sample_note(count: int, with_samples: bool) -> list[str]:
    if not count:
        return []
    if with_samples:
        return [
            ngettext(
                "Includes %(count)s sample record (starter content, not a fact).",
                "Includes %(count)s sample records (starter content, not facts).",
                count,
            )
            % {"count": count}
        ]
    return [
        ngettext("%(count)s sample record is left out.", "%(count)s sample records are left out.", count)
        % {"count": count}
    ]


def proposals_by_year(*, with_samples: bool = False) -> Figure:
    rows = proposal_counts(with_samples=with_samples)
    categories = sorted({(row["year"], row["level"]) for row in rows})
    states = [state for state in ProposalState if any(row["state"] == state for row in rows)]
    counts = {(row["year"], row["level"], row["state"]): row["n"] for row in rows}
    return Figure(
        key="proposals-by-year",
        title=_("Proposals by state and level, per year submitted"),
        description=_(
            "A bar per year and level, divided by the proposals' present state; the table below has the same numbers."
        ),
        category_label=_("Year and level"),
        categories=[f"{year} · {Level(level).label}" for year, level in categories],
        series=[Series(str(state.label), [counts.get((y, lv, state), 0) for y, lv in categories]) for state in states],
        notes=_sample_note(sample_counts()["proposals"], with_samples),
    )


def _whole(number: float) -> int | float:
    return int(number) if number == int(number) else number


def answer_time_by_body(*, today: dt.date, with_samples: bool = False) -> Figure:
    ledgers = [ledger for ledger in body_ledgers(today, with_samples=with_samples) if ledger.answer_days]
    samples = sum(ledger.sample_count for ledger in body_ledgers(today))
    return Figure(
        key="answer-time-by-body",
        title=_("Days to answer, by body"),
        description=_(
            "For each body that has answered: the median and the longest number of days from sending to the answer; "
            "the table below has the same numbers."
        ),
        category_label=_("Body"),
        categories=[ledger.body.name for ledger in ledgers],
        series=[
            Series(_("median days"), [_whole(ledger.median_days) for ledger in ledgers]),
            Series(_("longest days"), [max(ledger.answer_days) for ledger in ledgers]),
        ],
        stacked=False,
        category_lang="et",
        notes=_sample_note(samples, with_samples),
    )


def bottlenecks_by_stage(*, with_samples: bool = False) -> Figure:
    rows = bottleneck_counts(with_samples=with_samples)
    counts = {(row["stage"], row["perspective"]): row["n"] for row in rows}
    stages = [s for s in journey.stages() if any(k[0] == s.pk for k in counts)]
    perspectives = list(journey.perspectives())
    return Figure(
        key="bottlenecks-by-stage",
        title=_("Bottlenecks by stage and perspective"),
        description=_(
            "A bar per stage of the journey, divided by whose perspective the bottleneck is seen from; "
            "the table below has the same numbers."
        ),
        category_label=_("Stage"),
        categories=[stage.text().title for stage in stages],
        series=[Series(p.text().name, [counts.get((s.pk, p.pk), 0) for s in stages]) for p in perspectives],
        notes=_sample_note(sample_counts()["bottlenecks"], with_samples),
    )


def stuck_by_month() -> Figure:
    counts: dict[tuple, int] = defaultdict(int)
    stages = {}
    for group in stuck_groups():
        counts[(group.month, group.stage.pk)] += group.count
        stages[group.stage.pk] = group.stage
    months = sorted({month for month, _stage in counts})
    ordered = sorted(stages.values(), key=lambda stage: (stage.order, stage.slug))
    return Figure(
        key="stuck-by-month",
        title=_("“I got stuck here” reports by month and stage"),
        description=_(
            "A bar per month, divided by the stage of the journey where newcomers reported being stuck; "
            "the table below has the same numbers."
        ),
        category_label=_("Month"),
        categories=[month.strftime("%m.%Y") for month in months],
        series=[Series(stage.text().title, [counts.get((m, stage.pk), 0) for m in months]) for stage in ordered],
    )


def helpfulness_by_area() -> Figure:
    totals: dict[int, list] = {}
    rows = feedback_counts()
    areas = areas_by_id({row.entry.area_id for row in rows})
    for row in rows:
        area = areas[row.entry.area_id]
        totals.setdefault(area.pk, [area, 0, 0])
        totals[area.pk][1] += row.yes
        totals[area.pk][2] += row.no
    areas = sorted(totals.values(), key=lambda item: (item[0].order, item[0].key))
    return Figure(
        key="helpfulness-by-area",
        title=_("Was the spikker helpful? Answers by life area"),
        description=_(
            "A bar per life area, divided into readers who found an entry helpful and who did not; "
            "the table below has the same numbers."
        ),
        category_label=_("Life area"),
        categories=[area.text().name for area, _yes, _no in areas],
        series=[
            Series(_("helpful"), [yes for _a, yes, _n in areas]),
            Series(_("not helpful"), [no for _a, _y, no in areas]),
        ],
    )


def all_figures(*, today: dt.date, with_samples: bool = False) -> list[Figure]:
    return [
        proposals_by_year(with_samples=with_samples),
        answer_time_by_body(today=today, with_samples=with_samples),
        bottlenecks_by_stage(with_samples=with_samples),
        stuck_by_month(),
        helpfulness_by_area(),
    ]
