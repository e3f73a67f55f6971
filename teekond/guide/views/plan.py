"""The newcomer's guide: the chooser and the personal plan (the plan as a PDF and a calendar: documents.py).

The newcomer's choices live only in the plan's address; these views write no session and set no
cookie, so nothing about the person stays on the server.
"""

from functools import wraps
from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from teekond.core import parts
from teekond.guide.forms.plan import ChooserForm, PlanForm
from teekond.guide.selectors.plan import Plan, chooser_municipalities, dated, municipalities, plan_outline

BAD_REQUEST = 400


def plan_address(slug: str, params: dict, name: str = "guide:plan") -> str:
    return f"{reverse(name, kwargs={'slug': slug})}?{urlencode(params)}"


def site_url(request) -> str:
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


def plan_form_again(request, municipality):
    """A wrong plan address gets the chooser back with what to correct."""
    again = _chooser_form({**request.GET.dict(), "municipality": municipality.slug})
    return _chooser_page(request, again, status=BAD_REQUEST)


def reads_plan_address(view):
    """Reads the choices a plan's address holds (the view gets the municipality, the cleaned choices and the
    address's parameters); a wrong address gets the chooser back with what to correct."""

    @wraps(view)
    @require_GET
    def wrapper(request, slug):
        municipality = get_object_or_404(municipalities(), slug=slug)
        form = PlanForm(request.GET)
        if not form.is_valid():
            return plan_form_again(request, municipality)
        return view(request, municipality, form.cleaned_data, form.params())

    return wrapper


def plan_parts(municipality, situation: str, children: bool, language: str) -> tuple[Plan, str]:
    """The plan without dates, each step's HTML that does not depend on the day, and the rules section:
    built once per municipality, situation, children, language and content version (core.parts)."""

    def build():
        outline = plan_outline(municipality, situation, children, language)
        shared = {"municipality": municipality, "LANGUAGE_CODE": language}
        for plan_step in outline.steps:
            plan_step.body = render_to_string("guide/_plan_step_body.html", {**shared, "plan_step": plan_step})
        rules = render_to_string("guide/_plan_rules.html", {**shared, "plan": outline})
        for plan_stage in outline.stages:  # rendered above: the kept outline need not carry the entries
            plan_stage.rules = []
            plan_stage.stage._prefetched_objects_cache = {}
        return outline, rules

    return parts.cached("guide-plan", (municipality.pk, situation, children, language), build)


@reads_plan_address
def plan(request, municipality, choices, params):
    """The plan page: its parts from the cache of parts, the dates filled in for this arrival and today."""
    outline, rules = plan_parts(municipality, choices["situation"], choices["children"], request.LANGUAGE_CODE)
    plan = dated(outline, choices["arrival"], today=timezone.localdate())
    plan.municipality = municipality
    context = {
        "plan": plan,
        "rules": rules,
        "town": format_html('<span lang="et">{}</span>', plan.municipality.name),
        "pdf_address": plan_address(plan.municipality.slug, params, "guide:plan_pdf"),
        "ics_address": plan_address(plan.municipality.slug, params, "guide:plan_ics"),
        "stuck_address": plan_address(plan.municipality.slug, params, "guide:plan_stuck"),
        "params": params,
    }
    return render(request, "guide/plan.html", context)


@reads_plan_address
def plan_stuck(request, municipality, choices, params):
    """ "I got stuck here" for a plan's steps: plan.js brings this form into the step whose "I got stuck here"
    is opened; without JavaScript the plan links here."""
    outline, _rules = plan_parts(municipality, choices["situation"], choices["children"], request.LANGUAGE_CODE)
    context = {"plan": outline, "back": plan_address(municipality.slug, params)}
    return render(request, "guide/plan_stuck.html", context)
