"""Reads of the local services: a municipality's services by stage, and the editors' "to check" list.

Every list is built from a fixed number of queries (texts prefetched), however many services there are.
"""

import datetime as dt
from itertools import groupby

from django.db.models import F, Q

from teekond.core.dates import add_months
from teekond.core.permissions import allowed
from teekond.guide.models import LocalService
from teekond.journey.models import Stage, Step
from teekond.network.models import Municipality

# A fact not looked at for this long may have changed (offices move, hours change): check it again.
CHECK_AFTER_MONTHS = 6


def _with_details(services):
    return services.select_related("municipality", "step__stage").prefetch_related(
        "texts", "step__texts", "step__stage__texts"
    )


def _grouped(items, key) -> list[tuple]:
    """[(group, [item, …]), …] in the items' order; `key` gives the group object of an item."""
    return [(group, list(members)) for group, members in groupby(items, key=key)]


def municipality_services_by_stage(municipality: Municipality) -> list[tuple[Stage, list[LocalService]]]:
    services = _with_details(LocalService.objects.filter(municipality=municipality)).order_by(
        "step__stage__order", "step__order", "step__pk"
    )
    return _grouped(services, key=lambda service: service.step.stage)


def local_services_by_step(municipality: Municipality) -> dict[int, LocalService]:
    """The municipality's services keyed by step id, notes prefetched (for the newcomer's plan)."""
    services = LocalService.objects.filter(municipality=municipality).prefetch_related("texts")
    return {service.step_id: service for service in services}


def steps_without_service(municipality: Municipality) -> list[tuple[Stage, list[Step]]]:
    """The steps a municipality has not described a local service for yet, by stage."""
    steps = (
        Step.objects.exclude(local_services__municipality=municipality)
        .select_related("stage")
        .prefetch_related("texts", "stage__texts")
        .order_by("stage__order", "order", "pk")
    )
    return _grouped(steps, key=lambda step: step.stage)


def services_to_check(user, today: dt.date) -> list[tuple[Municipality, list[LocalService]]]:
    """Services never checked or checked more than six months ago, in the municipalities the user keeps.

    Never checked ones come first, then the oldest.
    """
    kept = [place.pk for place in Municipality.objects.all() if allowed(user, "guide.change_localservice", place)]
    due = Q(checked__isnull=True) | Q(checked__lt=add_months(today, -CHECK_AFTER_MONTHS))
    services = _with_details(LocalService.objects.filter(due, municipality__in=kept)).order_by(
        "municipality__name", F("checked").asc(nulls_first=True), "step__stage__order", "step__order"
    )
    return _grouped(services, key=lambda service: service.municipality)


def service_for_step(municipality: Municipality, step: Step) -> LocalService | None:
    return LocalService.objects.filter(municipality=municipality, step=step).prefetch_related("texts").first()


def municipalities():
    return Municipality.objects.all()


def step_exists(key: str) -> bool:
    return Step.objects.filter(key=key).exists()


def steps_with_texts():
    return Step.objects.prefetch_related("texts")


def all_local_services():
    """Every municipality's local services, oldest first (open data)."""
    services = LocalService.objects.select_related("municipality", "step__stage").prefetch_related("texts")
    return services.order_by("pk")
