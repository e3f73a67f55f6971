from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from teekond.core.decorators import signed_in
from teekond.core.permissions import allowed, get_allowed_object, require
from teekond.network import selectors, services
from teekond.network.forms import AgreementForm, EventForm, MunicipalityContactForm
from teekond.network.models import Event, EventType, Municipality, PartnerAgreement


def _event_type(request) -> str | None:
    value = request.GET.get("type") or None
    if value is not None and value not in EventType.values:
        raise Http404
    return value


@require_GET
def partners(request):
    today = timezone.localdate()
    return render(request, "network/partners.html", {"partnerships": selectors.current_partners(today)})


@require_GET
def municipalities(request):
    rows = Municipality.objects.annotate(agreement_count=Count("agreements")).order_by("county", "name")
    return render(request, "network/municipalities.html", {"municipalities": rows})


@require_GET
def municipality(request, slug):
    try:
        place = selectors.municipality_page(slug)
    except Municipality.DoesNotExist:
        raise Http404 from None
    can_edit = allowed(request.user, "network.change_municipality", place)
    return render(request, "network/municipality.html", {"municipality": place, "can_edit": can_edit})


@signed_in
@require_http_methods(["GET", "POST"])
def municipality_edit(request, slug):
    place = get_allowed_object(request.user, "network.change_municipality", Municipality.objects, slug=slug)
    form = MunicipalityContactForm(request.POST or None, instance=place)
    if request.method == "POST" and form.is_valid():
        contact = {name: form.cleaned_data[name] for name in form.Meta.fields}
        services.municipality_update_contact(
            user=request.user, municipality=place, reason=form.cleaned_data["reason"], **contact
        )
        messages.success(request, _("The contact details of %(name)s were saved.") % {"name": place.name})
        return redirect(place)
    return render(request, "network/municipality_form.html", {"form": form, "municipality": place})


@require_GET
def calendar(request):
    today = timezone.localdate()
    event_type = _event_type(request)
    context = {
        "upcoming": selectors.upcoming_events(today, event_type),
        "past_by_year": selectors.past_events_by_year(today, event_type),
        "event_types": EventType.choices,
        "selected_type": event_type,
    }
    return render(request, "network/calendar.html", context)


@require_GET
def event(request, pk):
    item = get_object_or_404(Event.objects.with_details().prefetch_related("participating_municipalities"), pk=pk)
    context = {
        "event": item,
        "shown": item.text(),
        "can_edit": allowed(request.user, "network.change_event", item),
        "can_delete": allowed(request.user, "network.delete_event", item),
    }
    return render(request, "network/event.html", context)


@signed_in
@require_http_methods(["GET", "POST"])
def event_create(request):
    require(request.user, "network.add_event")
    return _event_form(request, Event())


@signed_in
@require_http_methods(["GET", "POST"])
def event_edit(request, pk):
    item = get_allowed_object(request.user, "network.change_event", Event.objects.prefetch_related("texts"), pk=pk)
    return _event_form(request, item)


def _event_form(request, item: Event):
    form = EventForm(request.POST or None, instance=item, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.event_save(
                user=request.user,
                event=item if item.pk else None,
                fields=form.event_fields(),
                texts=form.texts(),
                organisers=form.cleaned_data["organisers"],
                co_organisers=form.cleaned_data["co_organisers"],
                participating_municipalities=form.cleaned_data["participating_municipalities"],
                minor=form.cleaned_data["minor"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The event was saved."))
            return redirect(saved)
    return render(request, "network/event_form.html", {"form": form, "event": item})


@signed_in
@require_http_methods(["GET", "POST"])
def event_delete(request, pk):
    item = get_allowed_object(request.user, "network.delete_event", Event.objects.prefetch_related("texts"), pk=pk)
    if request.method == "POST":
        try:
            services.event_delete(user=request.user, event=item, reason=request.POST.get("reason", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(item)
        messages.success(request, _("The event was deleted."))
        return redirect("network:calendar")
    return render(request, "network/event_delete.html", {"event": item, "shown": item.text()})


@require_GET
def working_group(request):
    group = selectors.working_group_with_members()
    if group is None:
        raise Http404
    memberships = list(group.memberships.all())
    years = sorted({m.year for m in memberships}, reverse=True)
    context = {
        "group": group,
        "years": [(year, [m for m in memberships if m.year == year]) for year in years],
        "meetings": list(group.meetings.all()),
    }
    return render(request, "network/working_group.html", context)


@signed_in
@require_GET
def agreements(request):
    require(request.user, "network.view_partneragreement")
    today = timezone.localdate()
    context = {
        "agreements": selectors.all_agreements(),
        "ending_soon": selectors.agreements_ending_within(today, months=6),
    }
    return render(request, "network/agreements.html", context)


@signed_in
@require_http_methods(["GET", "POST"])
def agreement_create(request):
    require(request.user, "network.add_partneragreement")
    return _agreement_form(request, PartnerAgreement())


@signed_in
@require_http_methods(["GET", "POST"])
def agreement_edit(request, pk):
    item = get_allowed_object(request.user, "network.change_partneragreement", PartnerAgreement.objects, pk=pk)
    return _agreement_form(request, item)


def _agreement_form(request, item: PartnerAgreement):
    form = AgreementForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        try:
            services.agreement_save(
                user=request.user,
                agreement=item if item.pk else None,
                fields=form.agreement_fields(),
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The agreement was saved."))
            return redirect("network:agreements")
    return render(request, "network/agreement_form.html", {"form": form, "agreement": item})
