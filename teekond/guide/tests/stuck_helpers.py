"""Helpers shared by the tests of test_stuck."""

from django.test import Client
from django.utils import timezone, translation

from teekond.guide import selectors, services
from teekond.guide.models import StuckReport
from teekond.journey.models import Step
from teekond.network.models import Municipality


def in_ukrainian(message: str) -> str:
    """The message as a Ukrainian reader of the plan sees it."""
    with translation.override("uk"):
        return translation.gettext(message)


PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"


TEMPORARY_PROTECTION_STEP = "residence-notice"  # residence registration: third-country, protection, returnee


RETURNEE_ONLY_STEP = "returnee-counselling"


STAGE = "residence-registration"


REPORT = {
    "municipality": "tartu-linn",
    "step": TEMPORARY_PROTECTION_STEP,
    "situation": "temporary-protection",
    "text": "  Не зрозуміло, які документи потрібні.  ",
    "next": PLAN,
    "website": "",
}


def send(client=None, **changes):
    return (client or Client()).post("/uk/guide/stuck/", {**REPORT, **changes}, REMOTE_ADDR="198.51.100.7")


def make_report(situation="temporary-protection", text="", municipality="tartu-linn", step=TEMPORARY_PROTECTION_STEP):
    return services.stuck_report_send(
        municipality=Municipality.objects.get(slug=municipality),
        step=Step.objects.select_related("stage").get(key=step),
        situation=situation,
        language="uk",
        text=text,
        client_address=f"203.0.113.{StuckReport.objects.count()}",
    )


def group_url(perspective="immigrant", municipality="tartu-linn", month=None):
    month = month or selectors.month_of(timezone.now())
    return f"/en/guide/stuck-reports/{STAGE}/{perspective}/{municipality}/{month.year}-{month.month}/"
