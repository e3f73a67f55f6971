"""What has gone longest without a person checking it: journey steps and spikker entries on one list.

A fact's "checked" date is set only when a coordinator confirms it, so starter content starts at the top
("never checked") and each confirmation moves a row down. Confirming is done by the step's or entry's own
capability (journey, spikker); this page only reads them through their selectors.
"""

import datetime as dt
from dataclasses import dataclass

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from teekond.core.decorators import signed_in
from teekond.core.permissions import require
from teekond.journey import selectors as journey_selectors
from teekond.spikker import selectors as spikker_selectors

KINDS = {"step": _("Journey step"), "entry": _("Spikker entry")}


@dataclass
class ToCheck:
    kind: str
    obj: object
    url: str
    confirm_url: str
    checked: dt.date | None
    checked_by: object

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


def to_check_rows() -> list[ToCheck]:
    steps = [
        ToCheck(
            "step",
            step,
            f"{step.stage.get_absolute_url()}#step-{step.key}",
            reverse("journey:step_confirm", kwargs={"key": step.key}),
            step.checked,
            step.checked_by,
        )
        for step in journey_selectors.steps_by_last_check()
    ]
    entries = [
        ToCheck(
            "entry",
            entry,
            entry.get_absolute_url(),
            reverse("spikker:entry_confirm", kwargs={"key": entry.key}),
            entry.checked,
            entry.checked_by,
        )
        for entry in spikker_selectors.entries_by_last_check()
    ]
    # Never checked first, then the oldest check; the sort is stable, so each kind keeps its own order.
    return sorted(steps + entries, key=lambda row: (row.checked is not None, row.checked or dt.date.min))


@signed_in
@require_GET
def to_check(request):
    require(request.user, "reports.view_checks")
    rows = to_check_rows()
    never = sum(row.checked is None for row in rows)
    return render(request, "reports/to_check.html", {"rows": rows, "never": never, "here": request.path})
