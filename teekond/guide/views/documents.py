"""The personal plan to take away: a PDF (WeasyPrint, DejaVu fonts so Cyrillic renders) and an iCalendar
file with one all-day event per dated deadline, for the person's own calendar program."""

import datetime as dt
from functools import wraps

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from teekond.core.dates import format_date
from teekond.guide.selectors.plan import Plan, PlanStep, personal_plan
from teekond.guide.views.plan import BAD_REQUEST, plan_address, reads_plan_address, site_url

PRODUCT_ID = "-//ELVL//Teekond guide//ET"


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    disposition = content_disposition_header(as_attachment=True, filename=filename)
    return HttpResponse(content, content_type=content_type, headers={"Content-Disposition": disposition})


def pdf_response(plan: Plan, *, language: str, address: str, site_url: str) -> HttpResponse:
    """`address` is the plan's own address, printed so the reader finds the live version again."""
    from weasyprint import HTML

    context = {
        "plan": plan,
        "language": language,
        "address": address,
        "site_url": site_url,
        "today": format_date(timezone.localdate()),
    }
    html = render_to_string("guide/plan_pdf.html", context)
    pdf = HTML(string=html, base_url=address).write_pdf()
    return _download(pdf, "application/pdf", f"teekond-{plan.municipality.slug}.pdf")


def ics_response(plan: Plan, plan_url: str) -> HttpResponse:
    calendar = deadlines_calendar(plan, plan_url=plan_url)
    return _download(calendar.to_ical(), "text/calendar; charset=utf-8", f"teekond-{plan.municipality.slug}.ics")


def deadlines_calendar(plan: Plan, *, plan_url: str) -> Calendar:
    """In the active language: the titles and texts are the reader's, as on the plan page."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Teekond: deadlines in %(town)s") % {"town": plan.municipality.name})
    stamp = timezone.now()
    for plan_step in plan.dated_steps:
        calendar.add_component(_deadline_event(plan, plan_step, stamp=stamp, plan_url=plan_url))
    return calendar


def _deadline_event(plan: Plan, plan_step: PlanStep, *, stamp, plan_url: str) -> CalendarEvent:
    event = CalendarEvent()
    # The same plan downloaded again gives the same identifiers, so a calendar updates rather than doubles.
    event.add("uid", f"{plan_step.key}.{plan.municipality.slug}.{plan.situation}.{plan.arrival}@teekond")
    event.add("dtstamp", stamp)
    event.add("summary", plan_step.text.title)
    # All-day event: DTEND is exclusive, so the deadline's own day is the one shown.
    event.add("dtstart", plan_step.due)
    event.add("dtend", plan_step.due + dt.timedelta(days=1))
    event.add("description", _description(plan, plan_step))
    event.add("url", plan_url)
    event.add("transp", "TRANSPARENT")
    return event


def _description(plan: Plan, plan_step: PlanStep) -> str:
    lines = [plan_step.text.what, _("Where: %(office)s") % {"office": office_line(plan, plan_step)}]
    if plan_step.step.source:
        lines.append(_("Source: %(source)s") % {"source": plan_step.step.source})
    return "\n\n".join(line for line in lines if line)


def office_line(plan: Plan, plan_step: PlanStep) -> str:
    """Where the person goes for the step: the local office when known, else the responsible institution."""
    service = plan_step.service
    if service:
        return ", ".join(part for part in (service.office_name, service.address, service.phone) if part)
    if plan_step.step.institution:
        return plan_step.step.institution.name
    return plan.municipality.name


# The views


def reads_plan(view):
    """The plan the address asks for, dated for its arrival and today (a wrong address: see reads_plan_address)."""

    @reads_plan_address
    @wraps(view)
    def wrapper(request, municipality, choices, params):
        plan = personal_plan(
            municipality,
            choices["situation"],
            choices["children"],
            choices["arrival"],
            request.LANGUAGE_CODE,
            today=timezone.localdate(),
        )
        return view(request, plan, params)

    return wrapper


@reads_plan
def plan_pdf(request, plan, params):
    address = request.build_absolute_uri(plan_address(plan.municipality.slug, params))
    return pdf_response(plan, language=request.LANGUAGE_CODE, address=address, site_url=site_url(request))


@reads_plan
def plan_ics(request, plan, params):
    if plan.arrival is None:
        context = {"plan": plan, "params": params, "plan_address": plan_address(plan.municipality.slug, params)}
        return render(request, "guide/deadlines_need_arrival.html", context, status=BAD_REQUEST)
    address = request.build_absolute_uri(plan_address(plan.municipality.slug, params))
    return ics_response(plan, address)
