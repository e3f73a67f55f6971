"""The newcomer's guide: the chooser, the personal plan, and the plan as a PDF and a calendar.

The newcomer's choices live only in the plan's address; these views write no session and set no
cookie, so nothing about the person stays on the server.
"""

from functools import wraps
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from teekond.guide import plan_documents
from teekond.guide.plan import chooser_municipalities, personal_plan
from teekond.guide.plan_forms import ChooserForm, PlanForm
from teekond.network.models import Municipality

BAD_REQUEST = 400


def plan_address(slug: str, params: dict, name: str = "guide:plan") -> str:
    return f"{reverse(name, kwargs={'slug': slug})}?{urlencode(params)}"


def _site_url(request) -> str:
    """The site's address without a trailing slash: printed plans show where their links lead."""
    return request.build_absolute_uri("/").rstrip("/")


def _chooser_page(request, form: ChooserForm, *, status: int = 200):
    return render(request, "guide/chooser.html", {"form": form}, status=status)


def _chooser_form(data=None) -> ChooserForm:
    return ChooserForm(data, municipality_groups=chooser_municipalities(timezone.localdate()))


@require_GET
def chooser(request):
    """The first page; once filled in, it sends the reader on to the address of their plan."""
    if not request.GET:
        return _chooser_page(request, _chooser_form())
    form = _chooser_form(request.GET)
    if not form.is_valid():
        return _chooser_page(request, form, status=BAD_REQUEST)
    return redirect(plan_address(form.cleaned_data["municipality"], form.params()))


def reads_plan(view):
    """Reads the plan the address asks for; a wrong address gets the chooser back with what to correct."""

    @wraps(view)
    @require_GET
    def wrapper(request, slug):
        municipality = get_object_or_404(Municipality, slug=slug)
        form = PlanForm(request.GET)
        if not form.is_valid():
            again = _chooser_form({**request.GET.dict(), "municipality": municipality.slug})
            return _chooser_page(request, again, status=BAD_REQUEST)
        choices = form.cleaned_data
        plan = personal_plan(
            municipality,
            choices["situation"],
            choices["children"],
            choices["arrival"],
            request.LANGUAGE_CODE,
            today=timezone.localdate(),
        )
        return view(request, plan, form.params())

    return wrapper


@reads_plan
def plan(request, plan, params):
    context = {
        "plan": plan,
        "town": format_html('<span lang="et">{}</span>', plan.municipality.name),
        "pdf_address": plan_address(plan.municipality.slug, params, "guide:plan_pdf"),
        "ics_address": plan_address(plan.municipality.slug, params, "guide:plan_ics"),
        "params": params,
        "site_url": _site_url(request),
    }
    return render(request, "guide/plan.html", context)


@reads_plan
def plan_pdf(request, plan, params):
    address = request.build_absolute_uri(plan_address(plan.municipality.slug, params))
    return plan_documents.pdf_response(
        plan, language=request.LANGUAGE_CODE, address=address, site_url=_site_url(request)
    )


@reads_plan
def plan_ics(request, plan, params):
    if plan.arrival is None:
        context = {"plan": plan, "params": params, "plan_address": plan_address(plan.municipality.slug, params)}
        return render(request, "guide/deadlines_need_arrival.html", context, status=BAD_REQUEST)
    address = request.build_absolute_uri(plan_address(plan.municipality.slug, params))
    return plan_documents.ics_response(plan, address)
