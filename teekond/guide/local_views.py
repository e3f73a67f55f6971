"""The pages municipality editors keep their local services on; the newcomer reads them in the guide."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from teekond.core.decorators import signed_in
from teekond.core.permissions import allowed, get_allowed_object, require
from teekond.guide import local_selectors, local_services
from teekond.guide.local_forms import LocalServiceForm
from teekond.guide.models import LocalService
from teekond.journey.models import Step
from teekond.network.models import Municipality


@signed_in
@require_GET
def municipality_services(request, slug):
    place = get_allowed_object(request.user, "guide.view_localservice", Municipality.objects, slug=slug)
    can_add = allowed(request.user, "guide.add_localservice", place)
    context = {
        "municipality": place,
        "stages": local_selectors.municipality_services_by_stage(place),
        "can_add": can_add,
        "missing_steps": local_selectors.steps_without_service(place) if can_add else [],
        "can_change": allowed(request.user, "guide.change_localservice", place),
        "can_delete": allowed(request.user, "guide.delete_localservice", place),
    }
    return render(request, "guide/local/services.html", context)


@signed_in
@require_GET
def local_service_choose_step(request, slug):
    """The "add a service for a step" form sends the step as a query; the form's address names it."""
    place = get_allowed_object(request.user, "guide.add_localservice", Municipality.objects, slug=slug)
    step_key = request.GET.get("step", "")
    if not Step.objects.filter(key=step_key).exists():
        raise Http404
    return redirect("guide:local_service_edit", slug=place.slug, step_key=step_key)


@signed_in
@require_http_methods(["GET", "POST"])
def local_service_edit(request, slug, step_key):
    place = get_object_or_404(Municipality, slug=slug)
    step = get_object_or_404(Step.objects.prefetch_related("texts"), key=step_key)
    service = local_selectors.service_for_step(place, step)
    if service is None:
        require(request.user, "guide.add_localservice", place)
    else:
        require(request.user, "guide.change_localservice", service)
    form = LocalServiceForm(request.POST or None, instance=service or LocalService(municipality=place, step=step))
    if request.method == "POST" and form.is_valid() and _saved(request, form, place, step, service):
        messages.success(request, _("The local service was saved."))
        return redirect("guide:local_services", slug=place.slug)
    context = {
        "form": form,
        "municipality": place,
        "step": step,
        "service": service,
        "can_delete": service is not None and allowed(request.user, "guide.delete_localservice", service),
    }
    return render(request, "guide/local/service_form.html", context)


def _saved(request, form, place, step, service) -> bool:
    try:
        local_services.local_service_save(
            user=request.user,
            municipality=place,
            step=step,
            service=service,
            fields=form.service_fields(),
            texts=form.texts(),
            minor=form.cleaned_data["minor"],
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as error:
        form.add_service_errors(error)
        return False
    return True


@signed_in
@require_http_methods(["GET", "POST"])
def local_service_delete(request, slug, step_key):
    service = get_allowed_object(
        request.user,
        "guide.delete_localservice",
        LocalService.objects.select_related("municipality", "step").prefetch_related("step__texts"),
        municipality__slug=slug,
        step__key=step_key,
    )
    if request.method == "POST":
        local_services.local_service_delete(
            user=request.user, service=service, reason=request.POST.get("reason", "")[:300]
        )
        messages.success(request, _("The local service was deleted."))
        return redirect("guide:local_services", slug=slug)
    return render(request, "guide/local/service_delete.html", {"service": service})


@signed_in
@require_GET
def services_to_check(request):
    require(request.user, "guide.view_localservice")
    context = {
        "municipalities": local_selectors.services_to_check(request.user, timezone.localdate()),
        "months": local_selectors.CHECK_AFTER_MONTHS,
    }
    return render(request, "guide/local/to_check.html", context)
